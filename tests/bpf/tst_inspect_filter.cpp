// Inspecting one application on the host kernel:
//  - per-application totals (backend/apps over a per-process session) of a
//    workload with a known footprint equal those counts, and equal what
//    `kinsight-cli stat` reports for the same workload;
//  - with per-process counting restricted to an inspected process tree or
//    cgroup, an unrelated busy process never shows: the inspected totals are
//    exactly the workload's, and no row of the inspected group is the busy
//    process's, although the system-wide counters saw it working.
#include "apps_aggregator.h"
#include "collector_session.h"
#include "rates.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace kinsight;

namespace {

const QStringList kModules = {u"process"_s, u"fd"_s, u"vfs"_s};

// The workload of tst_cli_stat and what it does (tests/workload/ks_workload.c).
QStringList workloadArgs(const QString &dir)
{
    return {dir,          u"opens=20"_s,  u"failing=4"_s, u"reads=8"_s,  u"bytes=1000"_s,
            u"errors=2"_s, u"forks=5"_s,  u"threads=3"_s, u"unlinks=2"_s};
}

QMap<QString, quint64> knownCounts()
{
    return {{u"file_open"_s, 22},      {u"vfs_read_call"_s, 10}, {u"vfs_read_bytes"_s, 8000},
            {u"vfs_write_bytes"_s, 8000}, {u"file_deleted"_s, 2},   {u"process_create"_s, 5},
            {u"thread_create"_s, 3},   {u"task_exit"_s, 9},      {u"task_close"_s, 9}};
}

// Per-application metrics of inspected group `group` in `frame`.
QMap<QString, quint64> groupMetrics(const SessionInfo &session, const Frame &frame, int group)
{
    QMap<QString, quint64> out;
    for (const ModuleInfo &module : session.modules) {
        const ModuleFrame *m = frame.module(module.name);
        if (!m || !m->trees.contains(group))
            continue;
        for (const AppMetricInfo &metric : module.appMetrics)
            out.insert(metric.name, RateCalculator::sum(m->trees.value(group), metric.counters));
    }
    return out;
}

quint64 globalCounter(const SessionInfo &session, const Frame &frame, const QString &moduleName, const QString &metricName)
{
    for (const ModuleInfo &module : session.modules) {
        if (module.name != moduleName)
            continue;
        const ModuleFrame *m = frame.module(module.name);
        for (const AppMetricInfo &metric : module.appMetrics)
            if (m && metric.name == metricName)
                return RateCalculator::sum(m->global, metric.counters);
    }
    return 0;
}

// Tgids of the rows of `group` in any frame of the list.
QSet<quint32> groupRows(const QList<Frame> &frames, int group)
{
    QSet<quint32> tgids;
    for (const Frame &f : frames)
        for (const ModuleFrame &m : f.modules)
            for (const ProcessCounters &p : m.processes)
                if (int(p.group) == group)
                    tgids.insert(p.tgid);
    return tgids;
}

bool gone(pid_t pid)
{
    return kill(pid, 0) != 0 && errno == ESRCH;
}

// A busy process that opens, reads, forks and execs all the time: `cat` of a
// file in a shell loop. With `cgroupProcs` it first moves into that cgroup.
struct Busy {
    QProcess shell;
    void start(const QString &file, const QString &cgroupProcs = {})
    {
        QString script = u"while :; do cat '%1' > /dev/null; done"_s.arg(file);
        if (!cgroupProcs.isEmpty())
            script = u"echo $$ > '%1' && exec sh -c \"%2\""_s.arg(cgroupProcs, script);
        shell.start(u"/bin/sh"_s, {u"-c"_s, script});
        shell.waitForStarted();
        QThread::msleep(100);  // it is in its cgroup and looping
    }
    ~Busy()
    {
        if (shell.state() != QProcess::NotRunning) {
            shell.kill();
            shell.waitForFinished(5000);
        }
    }
};

}  // namespace

class TestInspectFilter : public QObject {
    Q_OBJECT
    QTemporaryDir work;
    QString hierarchy;  // the unified hierarchy's mount
    QString workload;

    // `kinsight-cli stat --direct --json` of the workload: its metrics.
    QMap<QString, quint64> cliStat(const QStringList &extra = {})
    {
        QProcess p;
        p.start(QStringLiteral(KINSIGHT_CLI),
                QStringList{u"stat"_s, u"--direct"_s, u"--json"_s} + extra + QStringList{u"--"_s, workload}
                    + workloadArgs(work.path()));
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning() << "kinsight-cli stat failed:" << p.readAllStandardError();
            return {};
        }
        QMap<QString, quint64> out;
        const QJsonObject m = QJsonDocument::fromJson(p.readAllStandardOutput()).object()[u"metrics"_s].toObject();
        for (auto it = m.begin(); it != m.end(); ++it)
            out.insert(it.key(), quint64(it.value().toInteger()));
        return out;
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("needs root to load BPF programs and create cgroups");
        QFile data(work.filePath(u"data"_s));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(QByteArray(64 * 1024, 'k'));
        data.close();
        // Its own executable name, so that its application is its alone.
        workload = work.filePath(u"ks-appwork"_s);
        QVERIFY(QFile::copy(QStringLiteral(KS_WORKLOAD), workload));
        QFile::setPermissions(workload, QFile::ExeOwner | QFile::ReadOwner | QFile::ExeOther | QFile::ReadOther);
        hierarchy = QFile::exists(u"/sys/fs/cgroup/unified/cgroup.procs"_s) ? u"/sys/fs/cgroup/unified"_s
                                                                           : u"/sys/fs/cgroup"_s;
    }

    // (a) Applications page totals == known counts == kinsight-cli stat.
    void applicationTotals()
    {
        CollectorOptions options;
        for (const QString &m : kModules)
            options.engine.modules.push_back(m.toStdString());
        options.engine.pidMode = KS_PID_ALL;
        options.engine.emitExits = true;
        options.intervalSeconds = 0.1;
        QString error;
        auto session = CollectorSession::start(options, &error);
        QVERIFY2(session, qPrintable(error));
        apps::AppsAggregator aggregator(session->info());
        aggregator.push(session->sample());

        // posix_spawn without file actions: the child does nothing countable before
        // its exec, as under kinsight-cli stat, which counts from the exec on.
        const QList<QByteArray> argBytes = [&] {
            QList<QByteArray> b{workload.toLocal8Bit()};
            for (const QString &a : workloadArgs(work.path()))
                b.append(a.toLocal8Bit());
            return b;
        }();
        std::vector<char *> argv;
        for (const QByteArray &a : argBytes)
            argv.push_back(const_cast<char *>(a.constData()));
        argv.push_back(nullptr);
        pid_t pid = 0;
        QCOMPARE(posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ), 0);
        int status = -1;
        auto finished = [&] { return waitpid(pid, &status, WNOHANG) == pid; };
        // Sample while it runs, as the page does: short-lived processes come as exit records.
        while (!finished()) {
            aggregator.push(session->sample());
            QThread::msleep(20);
        }
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        // Every process of it released (rows folded into exit records), then one more read.
        apps::AppsSnapshotPtr snap;
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            snap = aggregator.push(session->sample());
            // Settled once no row is left of a process of it that is gone (its final record is in).
            bool settled = gone(pid);
            for (const apps::ProcessRow &row : snap->processes)
                if (row.application == u"ks-appwork"_s || row.identity.comm == u"ks-appwork"_s
                    || row.identity.comm.isEmpty())
                    settled &= !gone(pid_t(row.identity.tgid));
            if (settled || clock.elapsed() > 10000)
                break;
            QThread::msleep(50);
        }
        snap = aggregator.push(session->sample());
        const apps::ApplicationRow *app = snap->application(u"ks-appwork"_s);
        QVERIFY2(app, "no application ks-appwork");
        QVERIFY(app->processes.isEmpty());
        QCOMPARE(snap->exitsDropped, quint64(0));

        QMap<QString, quint64> perApp;
        for (int c = 0; c < snap->columns.size(); ++c)
            if (snap->columns[c].unavailable.isEmpty())
                perApp.insert(snap->columns[c].name, app->totals.cumulative.value(c));
        qInfo() << "application totals:" << perApp;
        const auto known = knownCounts();
        for (auto it = known.begin(); it != known.end(); ++it)
            QCOMPARE(perApp.value(it.key(), quint64(-1)), it.value());

        const QMap<QString, quint64> stat = cliStat();
        QVERIFY(!stat.isEmpty());
        for (auto it = stat.begin(); it != stat.end(); ++it) {
            QVERIFY2(perApp.contains(it.key()), qPrintable(it.key()));
            if (perApp.value(it.key()) != it.value())
                QFAIL(qPrintable(u"%1: application %2, kinsight-cli stat %3"_s.arg(it.key())
                                     .arg(perApp.value(it.key()))
                                     .arg(it.value())));
        }
    }

    // (b) Tree filter: a busy process outside the inspected tree never counts in it.
    void treeFilterExcludesBusyProcess()
    {
        Busy busy;
        busy.start(work.filePath(u"data"_s));
        QVERIFY(busy.shell.state() == QProcess::Running);

        CollectorOptions options;
        for (const QString &m : kModules)
            options.engine.modules.push_back(m.toStdString());
        options.intervalSeconds = 0.1;
        // The root waits on a pipe, then execs the workload: counting starts at that exec.
        QProcess root;
        root.start(u"/bin/sh"_s, QStringList{u"-c"_s, u"read go; exec \"$0\" \"$@\""_s, workload} + workloadArgs(work.path()));
        QVERIFY(root.waitForStarted());
        options.treeRoot = pid_t(root.processId());
        options.treeFromExec = true;
        QString error;
        auto session = CollectorSession::start(options, &error);
        QVERIFY2(session, qPrintable(error));
        QVERIFY(session->treeGroup());
        const int group = *session->treeGroup();
        QList<Frame> frames{session->sample()};
        root.write("go\n");
        root.closeWriteChannel();
        while (root.state() != QProcess::NotRunning) {
            frames.append(session->sample());
            root.waitForFinished(20);
        }
        QCOMPARE(root.exitCode(), 0);
        QThread::msleep(500);  // the busy process goes on meanwhile: the totals must not move
        QElapsedTimer clock;
        clock.start();
        for (frames.append(session->sample()); !frames.last().trees.value(group).finished && clock.elapsed() < 10000;
             frames.append(session->sample()))
            QThread::msleep(20);
        QVERIFY(frames.last().trees.value(group).finished);

        const auto metrics = groupMetrics(session->info(), frames.last(), group);
        const auto known = knownCounts();
        for (auto it = known.begin(); it != known.end(); ++it)
            QCOMPARE(metrics.value(it.key(), quint64(-1)), it.value());
        QVERIFY(!groupRows(frames, group).contains(quint32(busy.shell.processId())));
        // The busy process did run meanwhile: the system-wide reads are far more than the tree's.
        const SessionInfo &info = session->info();
        QVERIFY(globalCounter(info, frames.last(), u"vfs"_s, u"vfs_read_call"_s)
                    - globalCounter(info, frames.first(), u"vfs"_s, u"vfs_read_call"_s)
                > 50);
    }

    // (b) Cgroup filter: the inspected cgroup and a child made after the session
    // started count; a busy process in a sibling cgroup never does.
    void cgroupFilterExcludesBusyProcess()
    {
        if (!QFile::exists(hierarchy + u"/cgroup.procs"_s))
            QSKIP("no cgroup2 hierarchy mounted");
        const QString name = u"kinsight-inspect-%1"_s.arg(getpid());
        const QString inspected = hierarchy + u'/' + name;
        const QString sibling = hierarchy + u"/kinsight-busy-%1"_s.arg(getpid());
        QVERIFY(QDir().mkdir(inspected));
        QVERIFY(QDir().mkdir(sibling));
        Busy busy;
        const auto cleanup = qScopeGuard([&] {
            busy.shell.kill();
            busy.shell.waitForFinished(5000);
            QThread::msleep(200);  // its last cat gone
            QDir().rmdir(inspected + u"/sub"_s);
            QDir().rmdir(inspected);
            QDir().rmdir(sibling);
        });
        busy.start(work.filePath(u"data"_s), sibling + u"/cgroup.procs"_s);
        QVERIFY(busy.shell.state() == QProcess::Running);

        CollectorOptions options;
        for (const QString &m : kModules)
            options.engine.modules.push_back(m.toStdString());
        options.intervalSeconds = 0.1;
        options.inspectCgroup = name.toStdString();  // a bare name: the helper finds it
        QString error;
        auto session = CollectorSession::start(options, &error);
        QVERIFY2(session, qPrintable(error));
        const int group = *session->treeGroup();
        // Made after the session started: the kernel adds it to the filter at its mkdir.
        QVERIFY(QDir().mkdir(inspected + u"/sub"_s));

        QList<Frame> frames{session->sample()};
        QProcess p;
        p.start(workload, workloadArgs(work.path()) << u"cgroup="_s + inspected + u"/sub"_s);
        QVERIFY(p.waitForStarted());
        const pid_t pid = pid_t(p.processId());
        while (p.state() != QProcess::NotRunning) {
            frames.append(session->sample());
            p.waitForFinished(20);
        }
        QCOMPARE(p.exitCode(), 0);
        QThread::msleep(500);  // the busy process goes on meanwhile: the totals must not move
        // Its processes released: no row of the group left for a process that is gone.
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            frames.append(session->sample());
            bool settled = true;
            for (const ModuleFrame &m : frames.last().modules)
                for (const ProcessCounters &row : m.processes)
                    settled &= int(row.group) != group || !gone(pid_t(row.tgid));
            if (settled || clock.elapsed() > 10000)
                break;
            QThread::msleep(20);
        }

        const auto metrics = groupMetrics(session->info(), frames.last(), group);
        auto known = knownCounts();
        // The move into the cgroup: its open of cgroup.procs happened outside,
        // the write of the PID returned inside.
        known[u"vfs_write_bytes"_s] += quint64(QByteArray::number(pid).size());
        for (auto it = known.begin(); it != known.end(); ++it)
            QCOMPARE(metrics.value(it.key(), quint64(-1)), it.value());
        QVERIFY(!groupRows(frames, group).contains(quint32(busy.shell.processId())));
        const SessionInfo &info = session->info();
        QVERIFY(globalCounter(info, frames.last(), u"vfs"_s, u"vfs_read_call"_s)
                    - globalCounter(info, frames.first(), u"vfs"_s, u"vfs_read_call"_s)
                > 50);
    }

    // The same through the CLI: `stat --cgroup` counts the cgroup while COMMAND runs.
    void cliStatCgroup()
    {
        if (!QFile::exists(hierarchy + u"/cgroup.procs"_s))
            QSKIP("no cgroup2 hierarchy mounted");
        const QString name = u"kinsight-stat-%1"_s.arg(getpid());
        const QString inspected = hierarchy + u'/' + name;
        const QString sibling = hierarchy + u"/kinsight-busy2-%1"_s.arg(getpid());
        QVERIFY(QDir().mkdir(inspected));
        QVERIFY(QDir().mkdir(sibling));
        Busy busy;
        const auto cleanup = qScopeGuard([&] {
            busy.shell.kill();
            busy.shell.waitForFinished(5000);
            QThread::msleep(200);
            QDir().rmdir(inspected);
            QDir().rmdir(sibling);
        });
        busy.start(work.filePath(u"data"_s), sibling + u"/cgroup.procs"_s);
        const QMap<QString, quint64> tree = cliStat();
        const QMap<QString, quint64> cgroup = cliStat({u"--cgroup"_s, name});
        // Rerun with the workload moving into the cgroup.
        QProcess p;
        p.start(QStringLiteral(KINSIGHT_CLI), QStringList{u"stat"_s, u"--direct"_s, u"--json"_s, u"--cgroup"_s, u'/' + name,
                                                          u"--"_s, workload}
                                                  + workloadArgs(work.path()) << u"cgroup="_s + inspected);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject m = QJsonDocument::fromJson(p.readAllStandardOutput()).object()[u"metrics"_s].toObject();
        QVERIFY(!tree.isEmpty());
        // Outside the cgroup the workload counted nothing there, nor did the busy process.
        QVERIFY(!cgroup.isEmpty());
        for (auto it = cgroup.begin(); it != cgroup.end(); ++it)
            QCOMPARE(it.value(), quint64(0));
        // Inside, everything after its move: what the plain tree run counted, plus
        // the write of its PID to cgroup.procs (1 to 7 digits) and that file's
        // close; the open of cgroup.procs came before the move.
        for (auto it = tree.begin(); it != tree.end(); ++it) {
            const QString metric = it.key();
            const qint64 got = m[metric].toInteger(-1);
            if (metric == u"vfs_write_bytes"_s) {
                QVERIFY2(got >= qint64(it.value()) + 1 && got <= qint64(it.value()) + 7, qPrintable(QString::number(got)));
                continue;
            }
            const bool moveAdds = metric == u"vfs_write_call"_s || metric == u"file_closed"_s;
            QVERIFY2(got == qint64(it.value()) + (moveAdds ? 1 : 0),
                     qPrintable(u"%1: %2 in the cgroup, %3 in the tree"_s.arg(metric).arg(got).arg(it.value())));
        }
    }

    // Names that must not reach the file system, and names that do not resolve.
    void rejectsBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("dotdot") << u"../etc"_s;
        QTest::newRow("inner dotdot") << u"a/../../b"_s;
        QTest::newRow("empty part") << u"a//b"_s;
        QTest::newRow("control") << u"a\nb"_s;
        QTest::newRow("missing") << u"kinsight-no-such-cgroup-xyz"_s;
        QTest::newRow("bad id") << u"#12ab"_s;
        QTest::newRow("unknown id") << u"#999999999999"_s;
    }
    void rejectsBadNames()
    {
        QFETCH(QString, name);
        CollectorOptions options;
        options.engine.modules = {"vfs"};
        options.inspectCgroup = name.toStdString();
        QString error;
        auto session = CollectorSession::start(options, &error);
        QVERIFY(!session);
        QVERIFY2(error.contains(u"cgroup"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestInspectFilter)
#include "tst_inspect_filter.moc"
