// Authorization of every helper method with polkit, for the caller's unique
// bus name (subject "system-bus-name", never a PID). Fails closed: an error,
// a timeout, a malformed reply or a challenge that could not be answered all
// deny.
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QString>

#include <functional>

namespace kinsight {

inline constexpr char kActionMonitor[] = "org.kinsight.monitor";
inline constexpr char kActionConfigure[] = "org.kinsight.configure";
inline constexpr char kActionFix[] = "org.kinsight.fix";

struct Decision {
    bool allowed = false;
    QString reason;  // why not, for the AccessDenied message
};

// polkit's CheckAuthorization reply -> decision (pure: unit-tested with canned replies).
Decision decisionFromReply(const QDBusMessage &reply);

class Authorizer {
public:
    virtual ~Authorizer() = default;
    // Calls `done` exactly once, possibly later from the event loop.
    virtual void check(const QString &busName, const QString &action, bool interactive,
                       std::function<void(Decision)> done) = 0;
};

class PolkitAuthorizer final : public QObject, public Authorizer {
    Q_OBJECT
public:
    explicit PolkitAuthorizer(const QDBusConnection &bus, QObject *parent = nullptr);
    void check(const QString &busName, const QString &action, bool interactive,
               std::function<void(Decision)> done) override;

    static constexpr int kInteractiveTimeoutMs = 5 * 60 * 1000;  // an admin typing a password
    static constexpr int kTimeoutMs = 25 * 1000;
    void setTimeouts(int interactiveMs, int otherMs)
    {
        interactiveTimeoutMs_ = interactiveMs;
        timeoutMs_ = otherMs;
    }

private:
    QDBusConnection bus_;
    int interactiveTimeoutMs_ = kInteractiveTimeoutMs;
    int timeoutMs_ = kTimeoutMs;
};

}  // namespace kinsight
