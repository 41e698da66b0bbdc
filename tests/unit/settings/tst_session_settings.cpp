// Which settings a session runs with (session_settings.h) and live apply
// (SessionManager::applySettings): arguments left to the settings follow the
// files, the client's own values stay; after a change the affected sessions
// get a new engine in place and their stream goes on with a new header whose
// settings say what changed, with sequence numbers that keep counting.
#include "session_manager.h"
#include "session_settings.h"
#include "settings_store.h"

#include "frame.h"

#include <QDBusConnection>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

using namespace kinsight;
using namespace Qt::StringLiterals;

namespace {

// Every argument left to the settings.
StartArguments followSettings()
{
    return {{}, {}, {}, 0, 0, 0, false, false, {}};
}

const SessionSetting *setting(const CollectorOptions &options, const QString &name)
{
    for (const SessionSetting &s : options.settings)
        if (s.name == name)
            return &s;
    return nullptr;
}

// A producer that says in its header what it was started with.
class OptionsProducer : public FrameProducer {
public:
    explicit OptionsProducer(const CollectorOptions &options)
    {
        info_.loadMode = options.engine.loadMode == engine::LoadMode::Return ? u"return"_s : u"entry"_s;
        for (const std::string &m : options.engine.modules) {
            ModuleInfo module;
            module.name = QString::fromStdString(m);
            info_.modules.append(module);
        }
        info_.settings = options.settings;
        connect(&timer_, &QTimer::timeout, this, [this] {
            ++sequence_;
            emit frameReady(Frame{sequence_, sequence_ * 1000000, {}, {}});
        });
        ++alive;
    }
    ~OptionsProducer() override { --alive; }
    const SessionInfo &info() const override { return info_; }
    void startTimer() override { timer_.start(5); }
    void stopTimer() override { timer_.stop(); }
    static inline int alive = 0;
    static inline bool refuse = false;

private:
    SessionInfo info_;
    QTimer timer_;
    quint64 sequence_ = 0;
};

struct StreamLog {
    QList<SessionInfo> headers;
    QList<quint64> sequences;
    QList<int> headerAt;  // index into sequences where each header arrived
};

void drain(int fd, stream::MessageReader &reader, StreamLog &log)
{
    char buf[65536];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0)
        reader.append(QByteArray(buf, n));
    for (auto k = reader.next(); k != stream::MessageReader::Kind::None; k = reader.next()) {
        if (k == stream::MessageReader::Kind::Header) {
            log.headers.append(reader.header());
            log.headerAt.append(int(log.sequences.size()));
        } else if (k == stream::MessageReader::Kind::Frame) {
            log.sequences.append(reader.frame().sequence);
        }
    }
}

}  // namespace

class TestSessionSettings : public QObject {
    Q_OBJECT

    QTemporaryDir tmp;
    QProcess bus;
    QString address;

    SettingsStore storeWith(const QString &name, const QMap<QString, QByteArray> &files)
    {
        const QString dir = tmp.filePath(name);
        SettingsStore store(dir, {});
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const SettingsStore::WriteResult result = store.write(it.key(), it.value());
            if (!result.ok())
                qFatal("fixture %s: %s", qPrintable(it.key()), qPrintable(result.errors.join(u'\n')));
        }
        return store;
    }

private slots:
    void defaultsWithoutAnyFile()
    {
        QString error;
        const auto options = resolveSessionOptions(followSettings(), storeWith(u"none"_s, {}).effective(), &error);
        QVERIFY2(options, qPrintable(error));
        // Kinsight's defaults: these modules on, entry mode, 1 s, per-process counters (apps = yes).
        const std::vector<std::string> expected{"process", "socket", "sync", "vfs", "mount", "fd", "oomkill"};
        QCOMPARE(options->engine.modules, expected);
        QVERIFY(options->engine.loadMode == engine::LoadMode::Entry);
        QCOMPARE(options->intervalSeconds, 1.0);
        QCOMPARE(options->engine.pidTableSize, 32768u);
        QCOMPARE(options->engine.pidMode, KS_PID_ALL);
        QCOMPARE(options->engine.cgroups.source, KS_CGROUP_OFF);
        QCOMPARE(options->engine.attach.toString(), std::string("auto"));
        QVERIFY(options->engine.switchedOff.empty());
        QVERIFY(!options->connections.keep);  // network connections = no by default
        QCOMPARE(setting(*options, u"ebpf load mode"_s)->origin, u"Kinsight default"_s);
        QCOMPARE(setting(*options, u"ebpf programs"_s)->value, u"process socket sync vfs mount fd oomkill"_s);
        QCOMPARE(setting(*options, u"network connections"_s)->value, u"off"_s);
        // Said so that the Applications page starts with the user's `collect pid`.
        QCOMPARE(setting(*options, u"collect pid"_s)->value, u"all"_s);
        QCOMPARE(setting(*options, u"collect pid"_s)->origin, u"Kinsight default"_s);
    }

    void filesDecideWhatTheClientLeavesOpen()
    {
        const SettingsStore store = storeWith(
            u"files"_s, {{u"main"_s, "[global]\n    ebpf load mode = return\n    update every = 3\n    apps = no\n"
                                     "    ebpf co-re tracing = tracepoint\n    pid table size = 10\n    collect pid = real parent\n"
                                     "[ebpf programs]\n    vfs = no\n    socket = no\n    cachestat = yes\n"
                                     "    disk = yes\n"},
                         {u"sync"_s, "[syscalls]\n    msync = no\n    fsync = no\n"},
                         {u"fd"_s, "[global]\n    update every = 9\n"}});
        QString error;
        const auto options = resolveSessionOptions(followSettings(), store.effective(), &error);
        QVERIFY2(options, qPrintable(error));
        const std::vector<std::string> expected{"process", "cachestat", "sync", "disk", "mount", "fd", "oomkill"};
        QCOMPARE(options->engine.modules, expected);
        QVERIFY(options->engine.loadMode == engine::LoadMode::Return);
        QCOMPARE(options->intervalSeconds, 3.0);
        QCOMPARE(options->engine.pidMode, KS_PID_NONE);
        QCOMPARE(options->engine.attach.toString(), std::string("tracepoint"));
        QCOMPARE(options->engine.pidTableSize, kMinPidTableSize);  // 10 is below the helper's minimum
        QCOMPARE(options->engine.switchedOff.at("sync"), (std::vector<std::string>{"msync", "fsync"}));
        const QString main = tmp.filePath(u"files/ebpf.d.conf"_s);
        QCOMPARE(setting(*options, u"ebpf load mode"_s)->origin, main + u":2"_s);
        QCOMPARE(setting(*options, u"ebpf programs"_s)->origin, main);
        QCOMPARE(setting(*options, u"sync [syscalls]"_s)->value, u"off: msync fsync"_s);
        QCOMPARE(setting(*options, u"collect pid"_s)->value, u"real parent"_s);
        QCOMPARE(setting(*options, u"collect pid"_s)->origin, main + u":7"_s);
        const QString notes = options->settingsNotes.join(u'\n');
        QVERIFY2(notes.contains(u"sets 'update every = 9' for the fd module"_s), qPrintable(notes));
        QVERIFY2(!notes.contains(u"has no collector"_s), qPrintable(notes));  // every Netdata module has one now
        QVERIFY2(notes.contains(u"below the helper's minimum"_s), qPrintable(notes));
    }

    void theClientsOwnValuesStay()
    {
        const SettingsStore store =
            storeWith(u"explicit"_s, {{u"main"_s, "[global]\n    ebpf load mode = return\n    update every = 3\n"
                                                  "    apps = no\n    cgroups = no\n"}});
        QString error;
        const auto options = resolveSessionOptions(
            {{u"vfs"_s}, u"entry"_s, u"probe"_s, 0.5, 4096, 0, false, true, u"off"_s}, store.effective(), &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->engine.modules, std::vector<std::string>{"vfs"});
        QVERIFY(options->engine.loadMode == engine::LoadMode::Entry);
        QCOMPARE(options->intervalSeconds, 0.5);
        QCOMPARE(options->engine.pidTableSize, 4096u);
        QCOMPARE(options->engine.pidMode, KS_PID_ALL);
        for (const SessionSetting &s : options->settings)
            if (s.name != u"collect pid"_s)  // not a start argument: always from the files
                QCOMPARE(s.origin, u"client"_s);
    }

    void badArgumentsAndEmptyModuleSetsAreRefused()
    {
        QString error;
        const config::EffectiveConfig defaults = storeWith(u"defaults"_s, {}).effective();
        StartArguments bad = followSettings();
        bad.loadMode = u"dev"_s;
        QVERIFY(!resolveSessionOptions(bad, defaults, &error));
        QVERIFY2(error.contains(u"load mode"_s), qPrintable(error));

        QByteArray allOff = "[ebpf programs]\n";
        for (const config::ModuleSpec &module : config::OptionSchema::instance().modules())
            allOff += "    " + module.programsKey.toUtf8() + " = no\n";
        const SettingsStore store = storeWith(u"all-off"_s, {{u"main"_s, allOff}});
        QVERIFY(!resolveSessionOptions(followSettings(), store.effective(), &error));
        QVERIFY2(error.contains(u"no module is enabled in [ebpf programs]"_s), qPrintable(error));
        // Naming modules still works.
        StartArguments named = followSettings();
        named.modules = {u"vfs"_s};
        QVERIFY2(resolveSessionOptions(named, store.effective(), &error), qPrintable(error));
    }

    void connectionFilterComesFromNetworkConf()
    {
        const SettingsStore store = storeWith(
            u"network"_s, {{u"main"_s, "[ebpf programs]\n    network connections = yes\n"},
                           {u"socket"_s, "[network connections]\n    ports = !22 *\n    ips = 10.0.0.0/8\n"}});
        QString error;
        const auto options = resolveSessionOptions(followSettings(), store.effective(), &error);
        QVERIFY2(options, qPrintable(error));
        QVERIFY(options->connections.keep);
        QVERIFY(options->connections.filter);
        const auto ten = config::IpAddress::parse(u"10.1.2.3");
        const auto other = config::IpAddress::parse(u"192.168.1.1");
        QVERIFY(options->connections.filter->decide(443, *ten).accepted);
        QVERIFY(!options->connections.filter->decide(22, *ten).accepted);
        QVERIFY(!options->connections.filter->decide(443, *other).accepted);
        QVERIFY2(setting(*options, u"network connections"_s)->value.startsWith(u"ports !22 *, ips 10.0.0.0/8"_s),
                 qPrintable(setting(*options, u"network connections"_s)->value));
        QCOMPARE(setting(*options, u"network connections"_s)->origin, tmp.filePath(u"network/ebpf.d/network.conf:2"_s));
    }

    void sameCollectionIgnoresOnlyOrigins()
    {
        QString error;
        const config::EffectiveConfig defaults = storeWith(u"same"_s, {}).effective();
        auto a = resolveSessionOptions(followSettings(), defaults, &error);
        auto b = resolveSessionOptions(followSettings(),
                                       storeWith(u"same2"_s, {{u"main"_s, "[global]\nupdate every = 1\n"}}).effective(),
                                       &error);
        QVERIFY(a && b);
        QVERIFY(sameCollection(*a, *b));  // same values, another origin: no restart
        auto c = resolveSessionOptions(followSettings(),
                                       storeWith(u"same3"_s, {{u"sync"_s, "[syscalls]\nsync = no\n"}}).effective(),
                                       &error);
        QVERIFY(c);
        QVERIFY(!sameCollection(*a, *c));
    }

    // ---- live apply through the session manager ----

    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY(bus.waitForReadyRead(5000));
        address = QString::fromUtf8(bus.readLine()).trimmed();
    }
    void cleanupTestCase()
    {
        bus.kill();
        bus.waitForFinished();
    }

    void affectedSessionsRestartInPlace()
    {
        QDBusConnection connection = QDBusConnection::connectToBus(address, u"live"_s);
        QVERIFY(connection.isConnected());
        SessionManager manager(connection, [](const CollectorOptions &options, SessionManager::ProducerFailure *failure) {
            if (OptionsProducer::refuse) {
                failure->message = u"the kernel refused"_s;
                return std::unique_ptr<FrameProducer>();
            }
            return std::unique_ptr<FrameProducer>(new OptionsProducer(options));
        });
        const QString dir = tmp.filePath(u"live"_s);
        SettingsStore store(dir, {});
        QVERIFY(store.write(u"main"_s, "[global]\n    ebpf load mode = entry\n").ok());
        auto resolver = [&store](const StartArguments &request, QString *error) {
            return resolveSessionOptions(request, store.effective(), error);
        };
        auto start = [&](const StartArguments &request) {
            QString error;
            const auto options = resolver(request, &error);
            if (!options)
                qFatal("%s", qPrintable(error));
            auto started = manager.start(u":1.42"_s, 1000, *options, request);
            fcntl(started.clientFd, F_SETFL, O_NONBLOCK);
            return started;
        };
        auto following = start(followSettings());
        StartArguments explicitRequest = followSettings();
        explicitRequest.loadMode = u"entry"_s;
        explicitRequest.modules = {u"vfs"_s};
        auto pinned = start(explicitRequest);
        QCOMPARE(OptionsProducer::alive, 2);
        QTest::qWait(60);

        // Load mode return, vfs off: the following session restarts, the pinned one does not.
        QVERIFY(store.write(u"main"_s, "[global]\n    ebpf load mode = return\n[ebpf programs]\n    vfs = no\n").ok());
        SessionManager::ApplyReport report = manager.applySettings(resolver);
        QCOMPARE(report.restarted, 1);
        QCOMPARE(report.unchanged, 1);
        QVERIFY(report.failures.isEmpty());
        QCOMPARE(OptionsProducer::alive, 2);  // the old engine is gone, the new one runs
        QCOMPARE(manager.count(), 2);
        QVERIFY(report.describe().join(u' ').contains(u"1 running session now measures with the new settings"_s));
        QTest::qWait(60);

        stream::MessageReader reader;
        StreamLog log;
        drain(following.clientFd, reader, log);
        QCOMPARE(log.headers.size(), 2);
        QCOMPARE(log.headers[0].loadMode, u"entry"_s);
        QCOMPARE(log.headers[1].loadMode, u"return"_s);
        QVERIFY(!log.headers[1].module(u"vfs"_s));
        bool sawOrigin = false;
        for (const SessionSetting &s : log.headers[1].settings)
            sawOrigin |= s.name == u"ebpf load mode" && s.value == u"return" && s.origin == dir + u"/ebpf.d.conf:2"_s;
        QVERIFY(sawOrigin);
        // Frames before and after the new header: the sequence goes on, without a gap or a repeat.
        QVERIFY(log.headerAt[1] > 0 && log.headerAt[1] < log.sequences.size());
        for (qsizetype i = 1; i < log.sequences.size(); ++i)
            QCOMPARE(log.sequences[i], log.sequences[i - 1] + 1);

        stream::MessageReader pinnedReader;
        StreamLog pinnedLog;
        drain(pinned.clientFd, pinnedReader, pinnedLog);
        QCOMPARE(pinnedLog.headers.size(), 1);

        // A session that cannot apply new settings keeps running with the old ones.
        OptionsProducer::refuse = true;
        QVERIFY(store.write(u"main"_s, "[global]\n    ebpf load mode = entry\n").ok());
        report = manager.applySettings(resolver);
        OptionsProducer::refuse = false;
        QCOMPARE(report.restarted, 0);
        QCOMPARE(report.failures, QStringList{u"the kernel refused"_s});
        QCOMPARE(manager.count(), 2);
        QTest::qWait(30);
        drain(following.clientFd, reader, log);
        QCOMPARE(log.headers.size(), 2);

        ::close(following.clientFd);
        ::close(pinned.clientFd);
        manager.stopAll(u"done"_s);
        QDBusConnection::disconnectFromBus(u"live"_s);
    }

    void treeSessionsKeepTheirSettings()
    {
        QDBusConnection connection = QDBusConnection::connectToBus(address, u"tree"_s);
        SessionManager manager(connection, [](const CollectorOptions &options, SessionManager::ProducerFailure *) {
            return std::unique_ptr<FrameProducer>(new OptionsProducer(options));
        });
        SettingsStore store(tmp.filePath(u"tree"_s), {});
        auto resolver = [&store](const StartArguments &request, QString *error) {
            return resolveSessionOptions(request, store.effective(), error);
        };
        StartArguments request = followSettings();
        request.treePid = int(::getpid());
        QString error;
        auto started = manager.start(u":1.43"_s, 1000, *resolver(request, &error), request);
        QVERIFY(store.write(u"main"_s, "[global]\nebpf load mode = return\n").ok());
        const SessionManager::ApplyReport report = manager.applySettings(resolver);
        QCOMPARE(report.keptForTree, 1);
        QCOMPARE(report.restarted, 0);
        ::close(started.clientFd);
        manager.stopAll(u"done"_s);
        QDBusConnection::disconnectFromBus(u"tree"_s);
    }
};

QTEST_GUILESS_MAIN(TestSessionSettings)
#include "tst_session_settings.moc"
