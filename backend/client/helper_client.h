// The live session from kinsight-helper over the system bus: StartSession,
// then the frames read from the Unix socket it hands over. Explains every
// failure in words with a way forward, and reconnects by itself when the
// helper goes away.
#pragma once

#include "dbus_types.h"
#include "stream_source.h"

#include <QDBusConnection>
#include <QDBusPendingCallWatcher>
#include <QSocketNotifier>
#include <QTimer>

#include <memory>

namespace kinsight {

inline constexpr char kHelperService[] = "org.kinsight.Helper1";
inline constexpr char kHelperPath[] = "/org/kinsight/Helper1";
inline constexpr char kHelperInterface[] = "org.kinsight.Helper1";

class HelperClient : public StreamSource {
    Q_OBJECT
public:
    explicit HelperClient(QObject *parent = nullptr);
    HelperClient(const QDBusConnection &bus, QObject *parent);
    ~HelperClient() override;

    void start(const SessionRequest &request) override;
    void stop() override;
    void setCostReporting(bool enabled) override;

    void setAutoReconnect(bool enabled) { autoReconnect_ = enabled; }
    QString sessionId() const { return sessionId_; }
    quint64 bytesReceived() const { return bytesReceived_; }

    // What a D-Bus error from the helper means for the user.
    static State stateFor(const QDBusError &error);
    static QString explain(const QDBusError &error);

    // Capabilities of this kernel, asked of the helper (authorized like a session).
    QDBusPendingCall capabilities(const QString &loadMode);

private:
    void onStartFinished(QDBusPendingCallWatcher *call);
    void onReadable();
    void closeStream();
    void streamLost(const QString &why);

    QDBusConnection bus_;
    SessionRequest request_;
    QString sessionId_;
    int fd_ = -1;
    std::unique_ptr<QSocketNotifier> notifier_;
    stream::MessageReader reader_;
    QTimer reconnect_;
    int reconnectAttempts_ = 0;
    bool autoReconnect_ = true;
    bool stopping_ = false;
    bool costReporting_ = false;
    quint64 bytesReceived_ = 0;
};

}  // namespace kinsight
