#include "authorizer.h"

#include <QDBusArgument>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace kinsight {

namespace {

struct PolkitSubject {
    QString kind;
    QVariantMap details;
};

}  // namespace
}  // namespace kinsight

Q_DECLARE_METATYPE(kinsight::PolkitSubject)

static QDBusArgument &operator<<(QDBusArgument &a, const kinsight::PolkitSubject &s)
{
    a.beginStructure();
    a << s.kind << s.details;
    a.endStructure();
    return a;
}

static const QDBusArgument &operator>>(const QDBusArgument &a, kinsight::PolkitSubject &s)
{
    a.beginStructure();
    a >> s.kind >> s.details;
    a.endStructure();
    return a;
}

namespace kinsight {

Decision decisionFromReply(const QDBusMessage &reply)
{
    if (reply.type() == QDBusMessage::ErrorMessage)
        return {false, QStringLiteral("polkit could not decide (%1: %2)").arg(reply.errorName(), reply.errorMessage())};
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 1)
        return {false, QStringLiteral("polkit sent an unexpected reply")};
    const QVariant v = reply.arguments().constFirst();
    if (!v.canConvert<QDBusArgument>())
        return {false, QStringLiteral("polkit sent an unexpected reply")};
    const QDBusArgument arg = v.value<QDBusArgument>();
    if (arg.currentSignature() != QLatin1String("(bba{ss})"))
        return {false, QStringLiteral("polkit sent a reply of signature %1").arg(arg.currentSignature())};
    bool authorized = false, challenge = false;
    QMap<QString, QString> details;
    arg.beginStructure();
    arg >> authorized >> challenge >> details;
    arg.endStructure();
    if (authorized)
        return {true, {}};
    if (challenge)
        return {false, QStringLiteral("authentication is required and no answer was given (is a polkit authentication "
                                      "agent running in your session?)")};
    if (details.value(QStringLiteral("polkit.dismissed")) == QLatin1String("true"))
        return {false, QStringLiteral("the authentication dialog was dismissed")};
    return {false, QStringLiteral("polkit denied it")};
}

PolkitAuthorizer::PolkitAuthorizer(const QDBusConnection &bus, QObject *parent) : QObject(parent), bus_(bus)
{
    qDBusRegisterMetaType<PolkitSubject>();
    qDBusRegisterMetaType<QMap<QString, QString>>();
}

void PolkitAuthorizer::check(const QString &busName, const QString &action, bool interactive,
                             std::function<void(Decision)> done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.PolicyKit1"), QStringLiteral("/org/freedesktop/PolicyKit1/Authority"),
        QStringLiteral("org.freedesktop.PolicyKit1.Authority"), QStringLiteral("CheckAuthorization"));
    const PolkitSubject subject{QStringLiteral("system-bus-name"), {{QStringLiteral("name"), busName}}};
    call << QVariant::fromValue(subject) << action << QVariant::fromValue(QMap<QString, QString>())
         << quint32(interactive ? 1 : 0) << QString();
    auto *watcher = new QDBusPendingCallWatcher(bus_.asyncCall(call, interactive ? interactiveTimeoutMs_ : timeoutMs_), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(decisionFromReply(watcher->reply()));
    });
}

}  // namespace kinsight
