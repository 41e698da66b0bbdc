// Launch and inspect against the live helper: run by tests/e2e/run-e2e.sh as a
// user polkit grants (KINSIGHT_LIVE_HELPER=1), on the e2e test's private bus.
// The workload's totals in the GUI equal its known counts and
// `kinsight-cli stat`'s for the same command; exports parse back and agree;
// a slower shell loop shows the running view (inspect-running.png).
// Counting an existing cgroup (no launch): the workload moved into it counts
// exactly as when launched (plus its own move), a busy process outside not at
// all (cgroup-live-*.png). The e2e test delegates the cgroup to the user.
#include "chart_widget.h"
#include "gui_test_support.h"
#include "inspect_run.h"
#include "inspect_view.h"
#include "inspect_window.h"
#include "session_export.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

using namespace kinsight;
using namespace kinsight::inspect;
using namespace Qt::StringLiterals;

namespace {

QString shotDir()
{
    const QString dir = qEnvironmentVariable("KINSIGHT_SCREENSHOT_DIR", QStringLiteral(KINSIGHT_SCREENSHOT_DIR));
    QDir().mkpath(dir);
    return dir;
}

bool shoot(QWidget *w, const QString &name)
{
    QCoreApplication::processEvents();
    return w->grab().save(shotDir() + u'/' + name);
}

const QString kWorkloadArgs = u"opens=12 failing=3 reads=7 bytes=512 forks=2 threads=2"_s;

}  // namespace

class TestInspectLive : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("KINSIGHT_LIVE_HELPER") != u"1"_s)
            QSKIP("run by the e2e test, against a live helper");
        guitest::useTestSettings();
    }

    void runningViewShowsOutputAndCharts()
    {
        InspectWindow window;
        window.resize(1280, 860);
        window.show();
        LaunchSpec spec;
        spec.program = u"sh"_s;
        spec.arguments = uR"(-c 'for i in 1 2 3 4 5 6 7 8 9 10; do echo "step $i: listing /usr"; ls /usr > /dev/null; cat /etc/hostname > /dev/null; sleep 0.3; done; echo "all done" >&2')"_s;
        spec.intervalSeconds = 0.5;
        QVERIFY(window.start(spec));
        InspectRun *run = window.view()->run();
        QTRY_VERIFY2_WITH_TIMEOUT(run->phase() == InspectRun::Phase::Running, qPrintable(run->message()), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(run->intervals().size() >= 4, 10000);
        QVERIFY(window.view()->outputView()->toPlainText().contains(u"step 2"_s));
        QVERIFY(shoot(&window, u"inspect-running.png"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(run->phase() == InspectRun::Phase::Finished,
                                  qPrintable(run->message() + u" created %1 exited %2 closed %3"_s
                                             .arg(run->totals().metrics.value(u"process_create"_s))
                                             .arg(run->totals().metrics.value(u"task_exit"_s))
                                             .arg(run->totals().metrics.value(u"task_close"_s))),
                                  30000);
        QVERIFY(window.view()->outputView()->toPlainText().contains(u"all done"_s));
        QCOMPARE(*run->exitCode(), 0);
        // Every iteration forks ls, cat and sleep.
        QCOMPARE(run->totals().metrics.value(u"process_create"_s), 30u);
        QVERIFY(shoot(&window, u"inspect-finished-loop.png"_s));
    }

    void workloadTotalsEqualKnownCountsAndCli()
    {
        const QString workload = qEnvironmentVariable("KINSIGHT_INSPECT_WORKLOAD");
        const QString workdir = qEnvironmentVariable("KINSIGHT_INSPECT_WORKDIR");
        const QString cli = qEnvironmentVariable("KINSIGHT_CLI");
        if (workload.isEmpty() || workdir.isEmpty() || cli.isEmpty())
            QSKIP("needs KINSIGHT_INSPECT_WORKLOAD, KINSIGHT_INSPECT_WORKDIR and KINSIGHT_CLI");
        InspectWindow window;
        window.resize(1280, 860);
        window.show();
        LaunchSpec spec;
        spec.program = workload;
        spec.arguments = workdir + u' ' + kWorkloadArgs;
        spec.workingDirectory = workdir;
        spec.intervalSeconds = 0.5;
        QVERIFY(window.start(spec));
        InspectRun *run = window.view()->run();
        QTRY_VERIFY2_WITH_TIMEOUT(run->phase() == InspectRun::Phase::Finished, qPrintable(run->message()), 30000);
        QVERIFY2(!run->incomplete(), qPrintable(run->message()));
        QCOMPARE(*run->exitCode(), 0);

        // The workload's known counts (as the e2e test checks for kinsight-cli stat).
        const Totals totals = run->totals();
        const QMap<QString, quint64> known = {{u"file_open"_s, 14},     {u"open_error"_s, 3},
                                              {u"vfs_read_bytes"_s, 3584}, {u"vfs_write_bytes"_s, 3584},
                                              {u"process_create"_s, 2},  {u"thread_create"_s, 2},
                                              {u"task_close"_s, 5}};
        const QMap<QString, QString> shown = window.view()->shownTotals();
        for (auto it = known.begin(); it != known.end(); ++it) {
            QCOMPARE(totals.metrics.value(it.key()), it.value());
            QCOMPARE(shown.value(it.key()), QLocale().toString(it.value()));
        }

        // kinsight-cli stat, through the same helper, for the same command.
        QProcess stat;
        stat.setWorkingDirectory(workdir);
        stat.start(cli, QStringList{u"stat"_s, u"--json"_s, u"--load-mode"_s, u"return"_s, u"--"_s, workload, workdir}
                            + kWorkloadArgs.split(u' '));
        QVERIFY(stat.waitForFinished(30000));
        QCOMPARE(stat.exitCode(), 0);
        const QJsonObject cliDoc = QJsonDocument::fromJson(stat.readAllStandardOutput()).object();
        const QJsonObject cliMetrics = cliDoc[u"metrics"_s].toObject();
        QCOMPARE(cliMetrics.size(), int(totals.metrics.size()));
        for (auto it = totals.metrics.begin(); it != totals.metrics.end(); ++it)
            QCOMPARE(quint64(cliMetrics[it.key()].toInteger()), it.value());
        QCOMPARE(cliDoc[u"unavailable"_s].toObject().keys().size(), int(totals.unavailable.size()));

        // Exports parse back and agree with the table and the CLI.
        QTemporaryDir out;
        QString error;
        QVERIFY2(SessionExport::saveJson(*run, out.filePath(u"s.json"_s), &error), qPrintable(error));
        QVERIFY2(SessionExport::saveCsv(*run, out.filePath(u"s.csv"_s), &error), qPrintable(error));
        QFile jsonFile(out.filePath(u"s.json"_s));
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(doc.keys(), cliDoc.keys());
        QCOMPARE(doc[u"metrics"_s].toObject(), cliMetrics);
        QCOMPARE(doc[u"attach"_s].toObject(), cliDoc[u"attach"_s].toObject());
        QFile csvFile(out.filePath(u"s.csv"_s));
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QMap<QString, quint64> sums;
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QVERIFY(lines.first().startsWith("interval,start_s,end_s,group,metric,unit,value,rate_per_s,unavailable"));
        for (const QByteArray &line : lines.mid(1)) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> f = line.split(',');
            if (!f[6].isEmpty())
                sums[QString::fromUtf8(f[4])] += f[6].toULongLong();
        }
        QCOMPARE(sums, totals.metrics);

        for (gui::ChartWidget *chart : window.view()->charts()) {
            const QString base = out.filePath(QString(chart->info().id).replace(u'.', u'-'));
            QVERIFY2(SessionExport::saveImage(chart, base + u".png"_s, chart->info().title, &error), qPrintable(error));
            QVERIFY2(SessionExport::saveImage(chart, base + u".svg"_s, chart->info().title, &error), qPrintable(error));
            QVERIFY(!QImage(base + u".png"_s).isNull());
            QVERIFY(QSvgRenderer(base + u".svg"_s).isValid());
        }
        QVERIFY(shoot(&window, u"inspect-finished.png"_s));
    }

    // The e2e test made KINSIGHT_INSPECT_CGROUP (below the v2 mount KINSIGHT_INSPECT_CGROUP_ROOT)
    // the user's, and started this test in its child "test": the user may make
    // a cgroup beside it and move its own processes there.
    void cgroupCountsOnlyItsProcesses()
    {
        const QString workload = qEnvironmentVariable("KINSIGHT_INSPECT_WORKLOAD");
        const QString workdir = qEnvironmentVariable("KINSIGHT_INSPECT_WORKDIR");
        const QString root = qEnvironmentVariable("KINSIGHT_INSPECT_CGROUP_ROOT");
        const QString parent = qEnvironmentVariable("KINSIGHT_INSPECT_CGROUP");
        if (workload.isEmpty() || workdir.isEmpty() || root.isEmpty() || parent.isEmpty())
            QSKIP("needs KINSIGHT_INSPECT_WORKLOAD/WORKDIR and a delegated cgroup (KINSIGHT_INSPECT_CGROUP[_ROOT])");
        const QString path = u'/' + parent + u"/work"_s;
        const QString dir = root + path;
        QVERIFY2(QDir().mkdir(dir), qPrintable(dir));

        // The same workload launched, for the counts it makes from its exec on.
        const QStringList args = QStringList{workdir} + kWorkloadArgs.split(u' ');
        Totals launched;
        {
            InspectRun run;
            LaunchSpec spec;
            spec.program = workload;
            spec.arguments = args.join(u' ');
            spec.workingDirectory = workdir;
            spec.intervalSeconds = 0.5;
            QVERIFY(run.start(spec));
            QTRY_VERIFY2_WITH_TIMEOUT(run.phase() == InspectRun::Phase::Finished, qPrintable(run.message()), 30000);
            QVERIFY2(!run.incomplete(), qPrintable(run.message()));
            launched = run.totals();
        }

        // Busy outside the cgroup all along.
        QProcess busy;
        busy.start(u"sh"_s, {u"-c"_s, u"while :; do cat /etc/hostname > /dev/null; head -c 4096 /dev/zero > /dev/null; "
                                      "sleep 0.02; done"_s});
        QVERIFY(busy.waitForStarted());
        const auto cleanup = qScopeGuard([&] {
            busy.kill();
            busy.waitForFinished(5000);
            QThread::msleep(200);
            QDir().rmdir(dir);
        });

        InspectWindow window;
        window.resize(1280, 860);
        window.show();
        QVERIFY(window.watchCgroup(path, u"v2"_s, 0.5));
        InspectRun *run = window.view()->run();
        QTRY_VERIFY2_WITH_TIMEOUT(run->phase() == InspectRun::Phase::Running, qPrintable(run->message()), 20000);
        QVERIFY(window.windowTitle().contains(path));

        // The workload moves itself into the cgroup, then does its known work.
        QProcess p;
        p.setWorkingDirectory(workdir);
        p.start(workload, args + QStringList{u"cgroup="_s + dir});
        QVERIFY(p.waitForStarted());
        const qint64 pid = p.processId();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        // Two more intervals: the busy process goes on, the cgroup's totals must not move.
        const qsizetype seen = run->intervals().size();
        QTRY_VERIFY_WITH_TIMEOUT(run->intervals().size() >= seen + 3, 10000);
        QVERIFY(busy.state() == QProcess::Running);
        QVERIFY(shoot(&window, u"cgroup-live-running.png"_s));
        run->stop();
        QTRY_VERIFY2_WITH_TIMEOUT(run->phase() == InspectRun::Phase::Finished, qPrintable(run->message()), 10000);
        QVERIFY2(!run->incomplete(), qPrintable(run->message()));

        // Exactly the launched run's counts, plus the move: the write of its PID
        // to cgroup.procs and that file's close (its open came before the move).
        const Totals totals = run->totals();
        QCOMPARE(totals.metrics.keys(), launched.metrics.keys());
        for (auto it = launched.metrics.begin(); it != launched.metrics.end(); ++it) {
            const QString &metric = it.key();
            quint64 expected = it.value();
            if (metric == u"vfs_write_bytes"_s)
                expected += quint64(QByteArray::number(pid).size());
            else if (metric == u"vfs_write_call"_s || metric == u"file_closed"_s)
                expected += 1;
            QVERIFY2(totals.metrics.value(metric) == expected,
                     qPrintable(u"%1: %2 in the cgroup, %3 expected"_s.arg(metric).arg(totals.metrics.value(metric))
                                    .arg(expected)));
        }
        // The known counts (as launch mode checks them): the busy process's opens and reads are not in.
        QCOMPARE(totals.metrics.value(u"file_open"_s), 14u);
        QCOMPARE(totals.metrics.value(u"open_error"_s), 3u);
        QCOMPARE(totals.metrics.value(u"vfs_read_bytes"_s), 3584u);
        QCOMPARE(totals.metrics.value(u"process_create"_s), 2u);
        const QMap<QString, QString> shown = window.view()->shownTotals();
        for (auto it = totals.metrics.begin(); it != totals.metrics.end(); ++it)
            QCOMPARE(shown.value(it.key()), QLocale().toString(it.value()));

        QTemporaryDir out;
        QString error;
        QVERIFY2(SessionExport::saveJson(*run, out.filePath(u"c.json"_s), &error), qPrintable(error));
        QFile jsonFile(out.filePath(u"c.json"_s));
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(doc[u"cgroup"_s].toString(), path);
        QCOMPARE(quint64(doc[u"metrics"_s].toObject()[u"file_open"_s].toInteger()), 14u);
        QVERIFY(shoot(&window, u"cgroup-live-finished.png"_s));

        // A cgroup that is not there: the helper says so.
        QVERIFY(window.watchCgroup(path + u"-gone"_s, u"v2"_s, 0.5));
        QTRY_VERIFY_WITH_TIMEOUT(run->phase() == InspectRun::Phase::Failed, 20000);
        QVERIFY2(run->message().startsWith(u"There is no cgroup “%1-gone” below %2"_s.arg(path, root)),
                 qPrintable(run->message()));
        QVERIFY(shoot(&window, u"cgroup-live-refused.png"_s));
    }

    // A running process's tree (no launch): counted from the session on, until the tree is gone.
    void runningTreeCountedUntilItEnds()
    {
        const QString workload = qEnvironmentVariable("KINSIGHT_INSPECT_WORKLOAD");
        const QString workdir = qEnvironmentVariable("KINSIGHT_INSPECT_WORKDIR");
        if (workload.isEmpty() || workdir.isEmpty())
            QSKIP("needs KINSIGHT_INSPECT_WORKLOAD and KINSIGHT_INSPECT_WORKDIR");
        // Already running, waiting for a line; then it becomes the workload (same PID).
        QProcess p;
        p.setWorkingDirectory(workdir);
        p.start(u"sh"_s, QStringList{u"-c"_s, u"read -r _; exec \"$0\" \"$@\""_s, workload, workdir}
                             + kWorkloadArgs.split(u' '));
        QVERIFY(p.waitForStarted());
        const qint64 pid = p.processId();
        InspectWindow window;
        window.resize(1280, 860);
        window.show();
        QVERIFY(window.watchTree(pid, u"sh"_s, 0.5));
        InspectRun *run = window.view()->run();
        QTRY_VERIFY2_WITH_TIMEOUT(run->phase() == InspectRun::Phase::Running, qPrintable(run->message()), 20000);
        QVERIFY(window.windowTitle().contains(u"sh (PID %1)"_s.arg(pid)));
        p.write("go\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        // It ends by itself once the tree is gone and its counts are in.
        QTRY_VERIFY2_WITH_TIMEOUT(run->phase() == InspectRun::Phase::Finished, qPrintable(run->message()), 20000);
        QVERIFY2(!run->incomplete(), qPrintable(run->message()));
        const Totals totals = run->totals();
        // The shell's read and exec add reads; opens, forks and threads are the workload's alone.
        const QMap<QString, quint64> known = {{u"file_open"_s, 14}, {u"open_error"_s, 3},
                                              {u"process_create"_s, 2}, {u"thread_create"_s, 2}};
        for (auto it = known.begin(); it != known.end(); ++it)
            QVERIFY2(totals.metrics.value(it.key()) == it.value(),
                     qPrintable(u"%1: %2, expected %3"_s.arg(it.key()).arg(totals.metrics.value(it.key())).arg(it.value())));
        QCOMPARE(run->statJson()[u"pid"_s].toInteger(), pid);
        QVERIFY(shoot(&window, u"tree-live-finished.png"_s));

        // Another user's process (init): refused before the helper is asked.
        QVERIFY(!window.watchTree(1, u"init"_s, 0.5));
        QVERIFY2(run->message().contains(u"belongs to another user"_s), qPrintable(run->message()));
    }
};

QTEST_MAIN(TestInspectLive)
#include "tst_inspect_live.moc"
