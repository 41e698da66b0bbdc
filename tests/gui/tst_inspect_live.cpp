// Launch and inspect against the live helper: run by tests/e2e/run-e2e.sh as a
// user polkit grants (KINSIGHT_LIVE_HELPER=1), on the e2e test's private bus.
// The workload's totals in the GUI equal its known counts and
// `kinsight-cli stat`'s for the same command; exports parse back and agree;
// a slower shell loop shows the running view (inspect-running.png).
#include "chart_widget.h"
#include "gui_test_support.h"
#include "inspect_run.h"
#include "inspect_view.h"
#include "inspect_window.h"
#include "session_export.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_MAIN(TestInspectLive)
#include "tst_inspect_live.moc"
