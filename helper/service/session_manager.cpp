#include "session_manager.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace kinsight {

Q_LOGGING_CATEGORY(sessionLog, "kinsight.helper.sessions", QtInfoMsg)

namespace {
// Unguessable, so that one client cannot name another's session.
QString newSessionId()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QString::number(words[0], 16).rightJustified(16, QLatin1Char('0'))
           + QString::number(words[1], 16).rightJustified(16, QLatin1Char('0'));
}
}  // namespace

SessionManager::SessionManager(const QDBusConnection &bus, ProducerFactory factory, QObject *parent)
    : QObject(parent), bus_(bus), factory_(std::move(factory))
{
    ownerWatcher_.setConnection(bus_);
    ownerWatcher_.setWatchMode(QDBusServiceWatcher::WatchForUnregistration);
    connect(&ownerWatcher_, &QDBusServiceWatcher::serviceUnregistered, this, [this](const QString &owner) {
        for (const QString &id : sessionsOf(owner))
            remove(id, QStringLiteral("the client left the bus"));
    });
}

SessionManager::~SessionManager()
{
    stopAll(QStringLiteral("kinsight-helper is stopping"));
}

int SessionManager::countForUser(uint uid) const
{
    int n = 0;
    for (const auto &s : sessions_)
        n += s->uid == uid;
    return n;
}

QStringList SessionManager::sessionsOf(const QString &owner) const
{
    QStringList ids;
    for (const auto &s : sessions_)
        if (s->owner == owner)
            ids << s->id;
    return ids;
}

SessionManager::StartResult SessionManager::start(const QString &owner, uint ownerUid, const CollectorOptions &options,
                                                  const std::optional<StartArguments> &request)
{
    if (count() >= kMaxSessions || countForUser(ownerUid) >= kMaxSessionsPerUser)
        return {StartStatus::LimitReached, {}, -1,
                QStringLiteral("too many sessions (at most %1 per user and %2 in all); stop one first")
                    .arg(kMaxSessionsPerUser)
                    .arg(kMaxSessions)};
    ProducerFailure failure;
    std::unique_ptr<FrameProducer> producer = factory_(options, &failure);
    if (!producer)
        return {failure.subject ? StartStatus::SubjectRefused : StartStatus::ProducerFailed, {}, -1, failure.message};

    int pair[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0)
        return {StartStatus::ProducerFailed, {}, -1,
                QStringLiteral("cannot create the stream socket: %1").arg(QString::fromLocal8Bit(strerror(errno)))};
    // The client's end only reads; the helper's end only writes.
    shutdown(pair[1], SHUT_WR);
    shutdown(pair[0], SHUT_RD);

    auto session = std::make_shared<Session>();
    session->id = newSessionId();
    session->owner = owner;
    session->uid = ownerUid;
    session->producer = std::move(producer);
    session->writer = new StreamWriter(pair[0], this);
    session->options = options;
    session->request = request;
    connectProducer(*session);
    const QString id = session->id;
    connect(session->writer, &StreamWriter::peerClosed, this,
            [this, id] { remove(id, QStringLiteral("the client closed its stream")); }, Qt::QueuedConnection);
    session->producer->startTimer();
    sessions_.insert(id, session);
    ownerWatcher_.addWatchedService(owner);
    qCInfo(sessionLog) << "session" << id << "started for" << owner << "uid" << ownerUid;
    emit countChanged(count());
    return {StartStatus::Started, id, pair[1], {}};
}

bool SessionManager::stop(const QString &owner, const QString &sessionId, const QString &reason)
{
    auto it = sessions_.find(sessionId);
    if (it == sessions_.end() || it.value()->owner != owner)
        return false;
    remove(sessionId, reason);
    return true;
}

bool SessionManager::setCostReporting(const QString &owner, const QString &sessionId, bool enabled)
{
    auto it = sessions_.find(sessionId);
    if (it == sessions_.end() || it.value()->owner != owner)
        return false;
    it.value()->producer->setCostReporting(enabled);
    it.value()->costReporting = enabled;
    return true;
}

void SessionManager::connectProducer(Session &session)
{
    session.writer->sendHeader(stream::encodeHeader(session.producer->info()));
    // The session outlives its producer's connections: they go with the producer.
    connect(session.producer.get(), &FrameProducer::frameReady, session.writer, [s = &session](const Frame &frame) {
        if (s->sequenceOffset == 0) {
            s->lastSequence = frame.sequence;
            s->writer->sendFrame(stream::encodeFrame(frame));
            return;
        }
        Frame renumbered = frame;
        renumbered.sequence += s->sequenceOffset;
        s->lastSequence = renumbered.sequence;
        s->writer->sendFrame(stream::encodeFrame(renumbered));
    });
}

QStringList SessionManager::ApplyReport::describe() const
{
    QStringList lines;
    if (restarted > 0)
        lines.append(restarted == 1 ? QStringLiteral("1 running session now measures with the new settings")
                                    : QStringLiteral("%1 running sessions now measure with the new settings").arg(restarted));
    if (unchanged > 0)
        lines.append(unchanged == 1
                         ? QStringLiteral("1 running session is not affected (it measures the same way)")
                         : QStringLiteral("%1 running sessions are not affected (they measure the same way)").arg(unchanged));
    if (keptForTree > 0)
        lines.append(QStringLiteral("%1 running session(s) inspecting a process tree keep their settings until they "
                                    "end, so that the tree's totals stay exact")
                         .arg(keptForTree));
    for (const QString &failure : failures)
        lines.append(QStringLiteral("a running session keeps its previous settings: %1").arg(failure));
    if (lines.isEmpty())
        lines.append(QStringLiteral("no session is running: the next one starts with these settings"));
    return lines;
}

SessionManager::ApplyReport SessionManager::applySettings(const Resolver &resolve)
{
    ApplyReport report;
    // Bounded: at most kMaxSessions engines are started here, one at a time.
    for (const std::shared_ptr<Session> &session : sessions_) {
        if (!session->request) {
            ++report.unchanged;
            continue;
        }
        QString error;
        std::optional<CollectorOptions> options = resolve(*session->request, &error);
        if (!options) {
            report.failures.append(error);
            continue;
        }
        if (sameCollection(*options, session->options)) {
            ++report.unchanged;
            continue;
        }
        if (session->options.treeRoot) {
            ++report.keptForTree;
            continue;
        }
        ProducerFailure failure;
        std::unique_ptr<FrameProducer> producer = factory_(*options, &failure);
        if (!producer) {
            report.failures.append(failure.message);
            qCWarning(sessionLog) << "session" << session->id << "keeps its settings:" << failure.message;
            continue;
        }
        // Links and maps of the old engine are released here, before the new one runs.
        session->producer->stopTimer();
        session->producer.reset();
        session->producer = std::move(producer);
        session->options = *options;
        session->sequenceOffset = session->lastSequence;
        connectProducer(*session);
        session->producer->setCostReporting(session->costReporting);
        session->producer->startTimer();
        ++report.restarted;
        qCInfo(sessionLog) << "session" << session->id << "restarted with the new settings";
    }
    return report;
}

void SessionManager::stopAll(const QString &reason)
{
    for (const QString &id : sessions_.keys())
        remove(id, reason);
}

void SessionManager::remove(const QString &sessionId, const QString &reason)
{
    auto it = sessions_.find(sessionId);
    if (it == sessions_.end())
        return;
    std::shared_ptr<Session> session = it.value();
    sessions_.erase(it);
    qCInfo(sessionLog) << "session" << sessionId << "of" << session->owner << "ends:" << reason;
    // Links and maps are released here, at once: the engine is destroyed with the producer.
    session->producer.reset();
    session->writer->finish(stream::encodeEnd(reason));
    session->writer->deleteLater();
    if (sessionsOf(session->owner).isEmpty())
        ownerWatcher_.removeWatchedService(session->owner);
    emit countChanged(count());
}

}  // namespace kinsight
