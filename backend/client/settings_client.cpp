#include "settings_client.h"

#include "helper_client.h"

#include "config/option_schema.h"

#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFile>

namespace kinsight {

namespace {

// An administrator typing a password takes longer than QtDBus' default 25 s,
// and a write restarts the running sessions' engines before it answers.
constexpr int kCallTimeoutMs = 10 * 60 * 1000;

QDBusMessage helperCall(const QString &method)
{
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kHelperService), QLatin1String(kHelperPath),
                                                       QLatin1String(kHelperInterface), method);
    call.setInteractiveAuthorizationAllowed(true);
    return call;
}

}  // namespace

SettingsClient::SettingsClient(QObject *parent) : SettingsClient(QDBusConnection::systemBus(), parent) {}

SettingsClient::SettingsClient(const QDBusConnection &bus, QObject *parent) : SettingsService(parent), bus_(bus)
{
    qDBusRegisterMetaType<QMap<QString, QByteArray>>();
}

SettingsService::Failure SettingsClient::failureFor(const QDBusError &error)
{
    switch (error.type()) {
    case QDBusError::ServiceUnknown:
    case QDBusError::Disconnected:
        return Failure::HelperMissing;
    case QDBusError::AccessDenied:
        return Failure::NotAuthorized;
    case QDBusError::InvalidArgs:
        return Failure::Invalid;
    default:
        break;
    }
    if (error.name() == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner"))
        return Failure::HelperMissing;
    if (error.name() == QLatin1String(kErrorSettingsNotWritten))
        return Failure::NotWritten;
    return Failure::Failed;
}

QString SettingsClient::explainWriteFailure(const QDBusError &error)
{
    switch (failureFor(error)) {
    case Failure::HelperMissing:
        return tr("Not saved: kinsight-helper cannot be reached (%1). Install Kinsight's package so that D-Bus can "
                  "start it.")
            .arg(error.message());
    case Failure::NotAuthorized:
        return tr("Not saved: you are not allowed to change Kinsight's settings (polkit action "
                  "org.kinsight.configure). Authenticate as an administrator when asked, or ask one to grant you "
                  "this action.");
    case Failure::Invalid:
        return tr("Not saved: kinsight-helper found errors in the content. Nothing was written.");
    case Failure::NotWritten:
        return tr("Not saved: the file could not be written. Nothing was changed.");
    case Failure::Failed:
        break;
    }
    if (error.type() == QDBusError::NoReply || error.type() == QDBusError::Timeout)
        return tr("Not saved: kinsight-helper did not answer in time (%1).").arg(error.message());
    return tr("Not saved: kinsight-helper refused (%1: %2).").arg(error.name(), error.message());
}

SettingsSnapshot SettingsClient::readDirectly(const QString &directory)
{
    SettingsSnapshot snapshot;
    snapshot.directory = directory;
    snapshot.fromHelper = false;
    auto readOne = [&](const QString &id, const QString &relative) {
        QFile file(directory + QLatin1Char('/') + relative);
        // Settings files are small; anything huge is not one (the helper refuses past 256 KiB too).
        if (file.open(QIODevice::ReadOnly) && file.size() <= 256 * 1024)
            snapshot.files.insert(id, file.readAll());
    };
    const config::OptionSchema &schema = config::OptionSchema::instance();
    readOne(QStringLiteral("main"), config::OptionSchema::mainFileName());
    for (const config::ModuleSpec &module : schema.modules())
        readOne(module.id, config::OptionSchema::moduleDirectoryName() + QLatin1Char('/') + module.fileName);
    return snapshot;
}

void SettingsClient::read()
{
    if (!bus_.isConnected()) {
        SettingsSnapshot snapshot = readDirectly();
        snapshot.note = tr("The system bus cannot be reached (%1): the files were read directly.")
                            .arg(bus_.lastError().message());
        emit readFinished(snapshot);
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(bus_.asyncCall(helperCall(QStringLiteral("ReadSettings")), kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        QDBusPendingReply<QString, QMap<QString, QByteArray>, QString> reply = *call;
        if (reply.isError()) {
            // The files are world-readable: without the helper the page still shows them.
            SettingsSnapshot snapshot = readDirectly();
            snapshot.note = failureFor(reply.error()) == Failure::NotAuthorized
                                ? tr("kinsight-helper did not show the settings (%1): they were read directly.")
                                      .arg(reply.error().message())
                                : tr("kinsight-helper cannot be reached (%1): the settings were read directly.")
                                      .arg(reply.error().message());
            emit readFinished(snapshot);
            return;
        }
        SettingsSnapshot snapshot;
        snapshot.directory = reply.argumentAt<0>();
        snapshot.files = reply.argumentAt<1>();
        snapshot.importedFrom = reply.argumentAt<2>();
        emit readFinished(snapshot);
    });
}

void SettingsClient::write(const QString &fileId, const QByteArray &content)
{
    if (!bus_.isConnected()) {
        emit writeFailed(fileId, Failure::HelperMissing,
                         tr("Not saved: the system bus cannot be reached (%1).").arg(bus_.lastError().message()), {});
        return;
    }
    QDBusMessage call = helperCall(QStringLiteral("WriteSettings"));
    call << fileId << content;
    auto *watcher = new QDBusPendingCallWatcher(bus_.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, fileId](QDBusPendingCallWatcher *pending) {
        pending->deleteLater();
        QDBusPendingReply<QStringList, QStringList> reply = *pending;
        if (reply.isError()) {
            const QDBusError error = reply.error();
            const Failure failure = failureFor(error);
            const bool detailed = failure == Failure::Invalid || failure == Failure::NotWritten;
            emit writeFailed(fileId, failure, explainWriteFailure(error),
                             detailed ? error.message().split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList());
            return;
        }
        emit writeFinished(fileId, reply.argumentAt<0>(), reply.argumentAt<1>());
    });
}

}  // namespace kinsight
