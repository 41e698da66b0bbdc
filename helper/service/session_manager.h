// The helper's sessions: each belongs to the unique bus name that started it
// and stops when that name leaves the bus, when its reader closes the socket,
// or on StopSession. Bounded: sessions per user and in total.
#pragma once

#include "collector_session.h"
#include "start_request.h"
#include "stream_writer.h"

#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace kinsight {

class SessionManager : public QObject {
    Q_OBJECT
public:
    // Why a producer did not start. `subject`: what the session was asked to
    // inspect (a cgroup, a process tree) was refused, not the kernel.
    struct ProducerFailure {
        QString message;
        bool subject = false;
    };
    using ProducerFactory = std::function<std::unique_ptr<FrameProducer>(const CollectorOptions &, ProducerFailure *)>;

    static constexpr int kMaxSessionsPerUser = 4;
    static constexpr int kMaxSessions = 16;

    SessionManager(const QDBusConnection &bus, ProducerFactory factory, QObject *parent = nullptr);
    ~SessionManager() override;

    enum class StartStatus { Started, LimitReached, ProducerFailed, SubjectRefused };
    struct StartResult {
        StartStatus status;
        QString sessionId;
        int clientFd = -1;  // the caller's end of the stream; the caller closes it after sending
        QString error;
    };
    // `request`: the client's arguments as sent, kept to resolve them again
    // when the settings change (see applySettings); none: the options never change.
    StartResult start(const QString &owner, uint ownerUid, const CollectorOptions &options,
                      const std::optional<StartArguments> &request = std::nullopt);
    bool stop(const QString &owner, const QString &sessionId, const QString &reason);
    bool setCostReporting(const QString &owner, const QString &sessionId, bool enabled);
    void stopAll(const QString &reason);

    // After a settings change: every session's request is resolved again and
    // the sessions whose options differ get a new engine in place (same id,
    // same socket: the stream goes on with a new header, then frames whose
    // sequence numbers continue). The new engine is started before the old
    // one is released, so a session that cannot apply the settings keeps
    // running as it was. A session inspecting a process tree keeps its
    // settings until it ends: a new engine would lose the tree's counts.
    using Resolver = std::function<std::optional<CollectorOptions>(const StartArguments &, QString *error)>;
    struct ApplyReport {
        int restarted = 0;
        int unchanged = 0;
        int keptForTree = 0;
        QStringList failures;  // why a session could not apply them (no session ids: those are secrets)
        QStringList describe() const;
    };
    ApplyReport applySettings(const Resolver &resolve);

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
        CollectorOptions options;
        std::optional<StartArguments> request;
        bool costReporting = false;
        quint64 lastSequence = 0;    // last sequence number written to the stream
        quint64 sequenceOffset = 0;  // added to the current producer's numbers
    };
    void remove(const QString &sessionId, const QString &reason);
    // Sends the producer's header and forwards its frames to the session's stream.
    void connectProducer(Session &session);

    QDBusConnection bus_;
    ProducerFactory factory_;
    QDBusServiceWatcher ownerWatcher_;
    QHash<QString, std::shared_ptr<Session>> sessions_;
};

}  // namespace kinsight
