// The helper's session bookkeeping with a fake frame producer on a private
// bus: owners leaving end their sessions, limits hold, only the owner stops a
// session, a closed socket ends it, and a slow reader loses the oldest frames
// without ever blocking the helper.
#include "frame.h"
#include "session_manager.h"
#include "stream_writer.h"

#include <QDBusConnection>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace kinsight;
using namespace Qt::StringLiterals;

namespace {

class FakeProducer : public FrameProducer {
public:
    explicit FakeProducer(int payloadCounters = 4)
    {
        ModuleInfo m;
        m.name = u"fake"_s;
        m.loaded = true;
        info_.modules = {m};
        payload_ = payloadCounters;
        connect(&timer_, &QTimer::timeout, this, [this] { emitOne(); });
    }
    const SessionInfo &info() const override { return info_; }
    void startTimer() override { timer_.start(5); }
    void stopTimer() override { timer_.stop(); }
    void emitOne()
    {
        ModuleFrame m;
        m.module = u"fake"_s;
        ++sequence_;
        m.global = QList<quint64>(payload_, (quint64(1) << 60) + sequence_);  // 9 bytes each in CBOR
        emit frameReady(Frame{sequence_, sequence_ * 1000000, {m}, {}});
    }
    static inline int alive = 0;
    FakeProducer(const FakeProducer &) = delete;
    ~FakeProducer() override { --alive; }

private:
    SessionInfo info_;
    QTimer timer_;
    quint64 sequence_ = 0;
    int payload_;
};

SessionManager::ProducerFactory fakeFactory(int payload = 4)
{
    return [payload](const CollectorOptions &, SessionManager::ProducerFailure *) {
        ++FakeProducer::alive;
        return std::unique_ptr<FrameProducer>(new FakeProducer(payload));
    };
}

// Reads whatever is available on a non-blocking fd into a reader.
void drain(int fd, stream::MessageReader &reader)
{
    char buf[65536];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0)
        reader.append(QByteArray(buf, n));
}

}  // namespace

class TestSessions : public QObject {
    Q_OBJECT

    QProcess bus;
    QString address;

private slots:
    void initTestCase()
    {
        bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY(bus.waitForReadyRead(5000));
        address = QString::fromUtf8(bus.readLine()).trimmed();
        QVERIFY(!address.isEmpty());
    }
    void cleanupTestCase()
    {
        bus.kill();
        bus.waitForFinished();
    }

    void ownerLeavingEndsItsSessions()
    {
        QDBusConnection helper = QDBusConnection::connectToBus(address, u"helper1"_s);
        QString owner;
        {
            // The connection only closes once no QDBusConnection refers to it.
            QDBusConnection client = QDBusConnection::connectToBus(address, u"client1"_s);
            QVERIFY(helper.isConnected() && client.isConnected());
            owner = client.baseService();
        }
        SessionManager manager(helper, fakeFactory());
        auto a = manager.start(owner, 1000, {});
        auto b = manager.start(owner, 1000, {});
        QCOMPARE(a.status, SessionManager::StartStatus::Started);
        QCOMPARE(manager.count(), 2);
        QCOMPARE(FakeProducer::alive, 2);
        QDBusConnection::disconnectFromBus(u"client1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(manager.count(), 0, 20000);  // returns at once when it holds; generous for loaded CI
        QCOMPARE(FakeProducer::alive, 0);  // engines (links, maps) released with the session
        ::close(a.clientFd);
        ::close(b.clientFd);
        QDBusConnection::disconnectFromBus(u"helper1"_s);
    }

    // A refused subject (the cgroup or tree to inspect) is the request's fault;
    // anything else that stops a producer is the kernel's. No session either way.
    void producerFailuresSayWhoseFaultItIs_data()
    {
        QTest::addColumn<bool>("subject");
        QTest::addColumn<int>("status");
        QTest::newRow("kernel") << false << int(SessionManager::StartStatus::ProducerFailed);
        QTest::newRow("subject") << true << int(SessionManager::StartStatus::SubjectRefused);
    }
    void producerFailuresSayWhoseFaultItIs()
    {
        QFETCH(bool, subject);
        QFETCH(int, status);
        QDBusConnection helper = QDBusConnection::connectToBus(address, u"helper5"_s);
        SessionManager manager(helper, [subject](const CollectorOptions &, SessionManager::ProducerFailure *f) {
            f->message = u"no cgroup named 'x'"_s;
            f->subject = subject;
            return std::unique_ptr<FrameProducer>();
        });
        auto r = manager.start(u":1.77"_s, 1000, {});
        QCOMPARE(int(r.status), status);
        QCOMPARE(r.error, u"no cgroup named 'x'"_s);
        QCOMPARE(r.clientFd, -1);
        QCOMPARE(manager.count(), 0);
        QDBusConnection::disconnectFromBus(u"helper5"_s);
    }

    void limitsPerUserAndInTotal()
    {
        QDBusConnection helper = QDBusConnection::connectToBus(address, u"helper2"_s);
        SessionManager manager(helper, fakeFactory());
        QList<int> fds;
        for (int i = 0; i < SessionManager::kMaxSessionsPerUser; ++i) {
            auto r = manager.start(u":1.900"_s, 1000, {});
            QCOMPARE(r.status, SessionManager::StartStatus::Started);
            fds << r.clientFd;
        }
        auto refused = manager.start(u":1.901"_s, 1000, {});
        QCOMPARE(refused.status, SessionManager::StartStatus::LimitReached);
        QVERIFY(refused.error.contains(u"too many sessions"_s));
        auto otherUser = manager.start(u":1.902"_s, 1001, {});
        QCOMPARE(otherUser.status, SessionManager::StartStatus::Started);
        fds << otherUser.clientFd;
        for (int fd : fds)
            ::close(fd);
        QDBusConnection::disconnectFromBus(u"helper2"_s);
    }

    void onlyTheOwnerStopsASessionAndItSaysWhy()
    {
        QDBusConnection helper = QDBusConnection::connectToBus(address, u"helper3"_s);
        SessionManager manager(helper, fakeFactory());
        auto r = manager.start(u":1.77"_s, 1000, {});
        QVERIFY(!manager.stop(u":1.78"_s, r.sessionId, u"x"_s));
        QVERIFY(!manager.stop(u":1.77"_s, u"no-such-session"_s, u"x"_s));
        QCOMPARE(manager.count(), 1);
        QTest::qWait(50);
        QVERIFY(manager.stop(u":1.77"_s, r.sessionId, u"stopped by the client"_s));
        QCOMPARE(manager.count(), 0);
        QCoreApplication::processEvents();
        fcntl(r.clientFd, F_SETFL, O_NONBLOCK);
        stream::MessageReader reader;
        drain(r.clientFd, reader);
        QList<stream::MessageReader::Kind> kinds;
        for (auto k = reader.next(); k != stream::MessageReader::Kind::None; k = reader.next())
            kinds << k;
        QVERIFY(kinds.size() >= 2);
        QCOMPARE(kinds.first(), stream::MessageReader::Kind::Header);
        QCOMPARE(kinds.last(), stream::MessageReader::Kind::End);
        QCOMPARE(reader.text(), u"stopped by the client"_s);
        ::close(r.clientFd);
        QDBusConnection::disconnectFromBus(u"helper3"_s);
    }

    void closedSocketEndsTheSession()
    {
        QDBusConnection helper = QDBusConnection::connectToBus(address, u"helper4"_s);
        SessionManager manager(helper, fakeFactory());
        auto r = manager.start(u":1.55"_s, 1000, {});
        ::close(r.clientFd);
        QTRY_COMPARE_WITH_TIMEOUT(manager.count(), 0, 20000);  // returns at once when it holds; generous for loaded CI
        QDBusConnection::disconnectFromBus(u"helper4"_s);
    }

    void slowReaderLosesOldestFramesAndSeesTheGap()
    {
        int pair[2];
        QVERIFY(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) == 0);
        StreamWriter writer(pair[0]);
        writer.sendHeader(stream::encodeHeader(SessionInfo{}));
        // 64 KiB frames, far more than the socket buffer and the queue bound hold.
        FakeProducer producer(8192);
        QList<quint64> sent;
        connect(&producer, &FrameProducer::frameReady, &writer,
                [&](const Frame &f) { writer.sendFrame(stream::encodeFrame(f)); sent << f.sequence; });
        for (int i = 0; i < 400; ++i) {
            producer.emitOne();
            QVERIFY(writer.queuedBytes() <= StreamWriter::kMaxQueuedBytes + 70 * 1024);  // bounded
        }
        QVERIFY(writer.droppedFrames() > 0);
        writer.finish(stream::encodeEnd(u"done"_s));

        stream::MessageReader reader;
        fcntl(pair[1], F_SETFL, O_NONBLOCK);
        QList<quint64> received;
        bool header = false, end = false;
        for (int spins = 0; spins < 2000 && !end; ++spins) {
            QCoreApplication::processEvents();
            drain(pair[1], reader);
            for (auto k = reader.next(); k != stream::MessageReader::Kind::None; k = reader.next()) {
                if (k == stream::MessageReader::Kind::Header)
                    header = received.isEmpty();
                else if (k == stream::MessageReader::Kind::Frame)
                    received << reader.frame().sequence;
                else if (k == stream::MessageReader::Kind::End)
                    end = true;
            }
        }
        QVERIFY(header);
        QVERIFY(end);
        QCOMPARE(quint64(sent.size() - received.size()), writer.droppedFrames());
        QVERIFY(std::is_sorted(received.begin(), received.end()));
        QCOMPARE(received.last(), sent.last());  // the newest frames are kept
        bool gap = false;
        for (qsizetype i = 1; i < received.size(); ++i)
            gap |= received[i] != received[i - 1] + 1;
        QVERIFY(gap);
        ::close(pair[1]);
    }
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
