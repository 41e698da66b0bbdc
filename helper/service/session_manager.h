// The helper's sessions: each belongs to the unique bus name that started it
// and stops when that name leaves the bus, when its reader closes the socket,
// or on StopSession. Bounded: sessions per user and in total.
#pragma once

#include "collector_session.h"
#include "stream_writer.h"

#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace kinsight {

class SessionManager : public QObject {
    Q_OBJECT
public:
    using ProducerFactory = std::function<std::unique_ptr<FrameProducer>(const CollectorOptions &, QString *error)>;

    static constexpr int kMaxSessionsPerUser = 4;
    static constexpr int kMaxSessions = 16;

    SessionManager(const QDBusConnection &bus, ProducerFactory factory, QObject *parent = nullptr);
    ~SessionManager() override;

    enum class StartStatus { Started, LimitReached, ProducerFailed };
    struct StartResult {
        StartStatus status;
        QString sessionId;
        int clientFd = -1;  // the caller's end of the stream; the caller closes it after sending
        QString error;
    };
    StartResult start(const QString &owner, uint ownerUid, const CollectorOptions &options);
    bool stop(const QString &owner, const QString &sessionId, const QString &reason);
    bool setCostReporting(const QString &owner, const QString &sessionId, bool enabled);
    void stopAll(const QString &reason);

    int count() const { return int(sessions_.size()); }
    int countForUser(uint uid) const;
    QStringList sessionsOf(const QString &owner) const;

signals:
    void countChanged(int sessions);

private:
    struct Session {
        QString id;
        QString owner;
        uint uid;
        std::unique_ptr<FrameProducer> producer;
        StreamWriter *writer;  // owned by the manager until its end message is out
    };
    void remove(const QString &sessionId, const QString &reason);

    QDBusConnection bus_;
    ProducerFactory factory_;
    QDBusServiceWatcher ownerWatcher_;
    QHash<QString, std::shared_ptr<Session>> sessions_;
};

}  // namespace kinsight
