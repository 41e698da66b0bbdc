#include "diagnostics_client.h"

#include "helper_client.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QTimer>

namespace kinsight {

namespace {

constexpr int kInteractiveTimeoutMs = 10 * 60 * 1000;  // an administrator typing a password
// Capabilities loads every module in every family once (then the helper caches it).
constexpr int kTimeoutMs = 2 * 60 * 1000;

// Emits `signal` with a result carrying `error` from the event loop, so callers
// always get their answer after the request returned, as with a real call.
template <typename Result, typename Signal>
void failLater(DiagnosticsClient *client, Signal signal, Result result, const HelperCallError &error)
{
    result.error = error;
    QTimer::singleShot(0, client, [client, signal, result] { emit (client->*signal)(result); });
}

HelperCallError noBus(const QDBusConnection &bus)
{
    return {HelperCallError::Kind::HelperMissing, QStringLiteral("org.freedesktop.DBus.Error.Disconnected"),
            DiagnosticsClient::tr("cannot reach the D-Bus system bus (%1)").arg(bus.lastError().message())};
}

}  // namespace

DiagnosticsClient::DiagnosticsClient(QObject *parent) : DiagnosticsClient(QDBusConnection::systemBus(), parent) {}

DiagnosticsClient::DiagnosticsClient(const QDBusConnection &bus, QObject *parent) : QObject(parent), bus_(bus)
{
    registerDBusTypes();
}

HelperCallError DiagnosticsClient::classify(const QDBusError &error)
{
    HelperCallError result{HelperCallError::Kind::Failed, error.name(), error.message()};
    switch (error.type()) {
    case QDBusError::NoError:
        result.kind = HelperCallError::Kind::None;
        break;
    case QDBusError::ServiceUnknown:
    case QDBusError::Disconnected:
        result.kind = HelperCallError::Kind::HelperMissing;
        break;
    case QDBusError::AccessDenied:
        result.kind = HelperCallError::Kind::NotAuthorized;
        break;
    case QDBusError::InvalidArgs:
        result.kind = HelperCallError::Kind::InvalidArgs;
        break;
    default:
        if (error.name() == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner"))
            result.kind = HelperCallError::Kind::HelperMissing;
        break;
    }
    return result;
}

QString DiagnosticsClient::explain(const HelperCallError &error, const QString &action)
{
    switch (error.kind) {
    case HelperCallError::Kind::None:
        return {};
    case HelperCallError::Kind::HelperMissing:
        return tr("kinsight-helper is not available (%1). Install Kinsight's package, or from a build tree run "
                  "'sudo cmake --install build', so that D-Bus can start the helper.")
            .arg(error.message);
    case HelperCallError::Kind::NotAuthorized: {
        // The helper says "not authorized for <action>: <why>"; the action is named once here.
        QString why = error.message;
        const QString prefix = QStringLiteral("not authorized for %1: ").arg(action);
        if (why.startsWith(prefix))
            why = why.mid(prefix.size());
        if (why.endsWith(u'.'))
            why.chop(1);
        return tr("Not authorized: polkit refused the action %1 for you: %2. Authenticate as an administrator "
                  "when asked, or ask one to grant you this action.")
            .arg(action, why);
    }
    case HelperCallError::Kind::InvalidArgs:
        return tr("kinsight-helper refused the request: %1").arg(error.message);
    case HelperCallError::Kind::Failed:
        if (error.name == QLatin1String("org.freedesktop.DBus.Error.NoReply")
            || error.name == QLatin1String("org.freedesktop.DBus.Error.Timeout"))
            return tr("kinsight-helper did not answer in time (%1).").arg(error.message);
        return tr("kinsight-helper could not do it: %1").arg(error.message);
    }
    return error.message;
}

QDBusPendingCallWatcher *DiagnosticsClient::call(const QString &method, const QVariantList &arguments,
                                                 bool interactive)
{
    QDBusMessage message = QDBusMessage::createMethodCall(QLatin1String(kHelperService), QLatin1String(kHelperPath),
                                                          QLatin1String(kHelperInterface), method);
    message.setArguments(arguments);
    message.setInteractiveAuthorizationAllowed(interactive);
    return new QDBusPendingCallWatcher(bus_.asyncCall(message, interactive ? kInteractiveTimeoutMs : kTimeoutMs),
                                       this);
}

void DiagnosticsClient::requestInputs(bool interactive)
{
    if (!bus_.isConnected()) {
        failLater(this, &DiagnosticsClient::inputsFinished, PrivilegedDiagnostics{}, noBus(bus_));
        return;
    }
    QDBusPendingCallWatcher *watcher = call(QStringLiteral("DiagnosticInputs"), {}, interactive);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        QDBusPendingReply<bool, QString, bool, QStringList, QString> reply = *finished;
        PrivilegedDiagnostics result;
        if (reply.isError()) {
            result.error = classify(reply.error());
        } else {
            if (reply.argumentAt<0>())
                result.lockdown = reply.argumentAt<1>();
            else
                result.lockdownNote = reply.argumentAt<1>();
            if (reply.argumentAt<2>())
                result.auditLines = reply.argumentAt<3>();
            result.auditNote = reply.argumentAt<4>();
        }
        emit inputsFinished(result);
    });
}

void DiagnosticsClient::requestCapabilities(const QString &loadMode, bool interactive)
{
    HelperCapabilities base;
    base.loadMode = loadMode;
    if (!bus_.isConnected()) {
        failLater(this, &DiagnosticsClient::capabilitiesFinished, base, noBus(bus_));
        return;
    }
    QDBusPendingCallWatcher *watcher = call(QStringLiteral("Capabilities"), {loadMode}, interactive);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, base](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        QDBusPendingReply<QString, bool, QString, AttachMatrix> reply = *finished;
        HelperCapabilities result = base;
        if (reply.isError()) {
            result.error = classify(reply.error());
        } else {
            result.kernel = reply.argumentAt<0>();
            result.btf = reply.argumentAt<1>();
            result.btfError = reply.argumentAt<2>();
            result.modules = reply.argumentAt<3>();
        }
        emit capabilitiesFinished(result);
    });
}

void DiagnosticsClient::applyFix(const QString &fix)
{
    FixOutcome base;
    base.fix = fix;
    if (!bus_.isConnected()) {
        failLater(this, &DiagnosticsClient::fixFinished, base, noBus(bus_));
        return;
    }
    QDBusPendingCallWatcher *watcher = call(QStringLiteral("ApplyFix"), {fix}, true);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, base](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        QDBusPendingReply<bool, QString> reply = *finished;
        FixOutcome result = base;
        if (reply.isError()) {
            result.error = classify(reply.error());
        } else {
            result.changed = reply.argumentAt<0>();
            result.message = reply.argumentAt<1>();
        }
        emit fixFinished(result);
    });
}

}  // namespace kinsight
