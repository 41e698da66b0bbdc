// Launch and inspect without the helper: a FakeSource stands in for the
// session, the programs are real. Checks that the program is held before its
// exec until the first frame is in, that its output, exit code and totals
// show, that CSV/JSON/PNG/SVG exports parse back and agree with the table,
// what errors say, that the dialog remembers, and writes inspect-*.png.
// Counting an existing cgroup or a running process's tree (no launch): the
// request, totals = last - first, Stop, refusals, exports (cgroup-*.png).
#include "app_dashboard.h"
#include "apps_controller.h"
#include "apps_page.h"
#include "chart_widget.h"
#include "gui_test_support.h"
#include "inspect_run.h"
#include "inspect_view.h"
#include "inspect_window.h"
#include "launch_dialog.h"
#include "main_window.h"
#include "session_export.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSvgRenderer>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <QProcess>
#include <QPointer>
#include <QScopeGuard>
#include <QTest>
#include <QTreeWidget>

using namespace kinsight;
using namespace kinsight::inspect;
using namespace kinsight::guitest;
using namespace Qt::StringLiterals;

namespace {

// Like the helper's process, fd and vfs modules, in return mode on a kernel
// without trampolines: vfs_create cannot be measured.
SessionInfo inspectSession()
{
    SessionInfo s;
    s.kernelRelease = u"6.1.0-test"_s;
    s.loadMode = u"return"_s;
    s.attachPolicy = u"auto"_s;
    s.intervalSeconds = 1;
    s.pidMode = u"tracked"_s;
    ModuleInfo process;
    process.name = u"process"_s;
    process.loaded = true;
    process.counters = {{u"fork"_s, u"calls"_s, {}}, {u"thread"_s, u"calls"_s, {}}, {u"exit"_s, u"calls"_s, {}}};
    process.appMetrics = {{u"process_create"_s, u"process"_s, u"calls"_s, {0}},
                          {u"thread_create"_s, u"process"_s, u"calls"_s, {1}},
                          {u"task_exit"_s, u"process"_s, u"calls"_s, {2}}};
    process.hooks = {{u"task_create"_s, u"tp_btf"_s, u"tracepoint"_s, {}, {}}};
    ModuleInfo fd;
    fd.name = u"fd"_s;
    fd.loaded = true;
    fd.counters = {{u"open"_s, u"calls"_s, {}}, {u"open_error"_s, u"calls"_s, {}, true}};
    fd.appMetrics = {{u"file_open"_s, u"file access"_s, u"calls"_s, {0}},
                     {u"open_error"_s, u"file access"_s, u"calls"_s, {1}, true}};
    fd.hooks = {{u"open"_s, u"tp_btf sys_exit"_s, u"tracepoint"_s, {}, {}}};
    ModuleInfo vfs;
    vfs.name = u"vfs"_s;
    vfs.loaded = true;
    vfs.counters = {{u"read"_s, u"calls"_s, {}}, {u"read_bytes"_s, u"bytes"_s, {}}, {u"create"_s, u"calls"_s, {}}};
    vfs.appMetrics = {{u"vfs_read_call"_s, u"vfs"_s, u"calls"_s, {0}},
                      {u"vfs_read_bytes"_s, u"vfs"_s, u"bytes"_s, {1}},
                      {u"vfs_create"_s, u"vfs"_s, u"calls"_s, {2}}};
    vfs.unavailable = {{2, u"vfs_create needs trampoline or probe mode"_s}};
    vfs.hooks = {{u"read"_s, u"tp_btf sys_exit"_s, u"tracepoint"_s, {}, {}}};
    s.modules = {process, fd, vfs};
    return s;
}

// Cumulative counters of tree 1: process (fork, thread, exit), fd (open, error), vfs (read, bytes, create).
Frame treeFrame(quint64 sequence, double seconds, const QList<quint64> &process, const QList<quint64> &fd,
                const QList<quint64> &vfs, qint64 live, bool finished)
{
    Frame f;
    f.sequence = sequence;
    f.monotonicNs = quint64(seconds * 1e9);
    const QList<std::pair<QString, QList<quint64>>> parts = {{u"process"_s, process}, {u"fd"_s, fd}, {u"vfs"_s, vfs}};
    for (const auto &[name, values] : parts) {
        ModuleFrame m;
        m.module = name;
        m.global = values;  // system-wide: the same numbers, it is all there is
        m.trees.insert(1, values);
        f.modules.append(m);
    }
    f.trees.insert(1, TreeState{live, finished, 0});
    return f;
}

QString shotDir()
{
    const QString dir = qEnvironmentVariable("KINSIGHT_SCREENSHOT_DIR", QStringLiteral(KINSIGHT_SCREENSHOT_DIR));
    QDir().mkpath(dir);
    return dir;
}

void shoot(QWidget *w, const QString &name)
{
    QCoreApplication::processEvents();
    const QImage image = w->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(shotDir() + u'/' + name));
}

// What /proc says the process runs now.
QString exeOf(qint64 pid)
{
    return QFile::symLinkTarget(u"/proc/%1/exe"_s.arg(pid));
}

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

}  // namespace

class TestInspect : public QObject {
    Q_OBJECT

    FakeSource *fake_ = nullptr;

    void useFake(InspectRun *run)
    {
        run->setSourceFactory([this](QObject *parent) {
            fake_ = new FakeSource(parent);
            return fake_;
        });
    }

private slots:
    void initTestCase() { useTestSettings(); }

    void runsHeldProgramAndShowsTotals()
    {
        InspectView view;
        view.resize(1180, 820);
        view.show();
        useFake(view.run());
        QTemporaryDir dir;
        LaunchSpec spec;
        spec.program = u"sh"_s;
        spec.arguments = uR"(-c 'echo "hello from $GREETING"; echo "a warning" >&2; pwd; exit 3')"_s;
        spec.workingDirectory = dir.path();
        spec.environment = {{u"GREETING"_s, u"kinsight"_s, false}, {u"HOME"_s, {}, true}};
        spec.intervalSeconds = 1;
        QVERIFY(view.start(spec));
        QCOMPARE(view.run()->phase(), InspectRun::Phase::Connecting);
        QVERIFY(fake_);
        QCOMPARE(fake_->lastRequest.treePid, view.run()->pid());
        QVERIFY(fake_->lastRequest.treeFromExec);
        QCOMPARE(fake_->lastRequest.modules, (QStringList{u"process"_s, u"fd"_s, u"vfs"_s}));
        QCOMPARE(fake_->lastRequest.loadMode, u"return"_s);

        // Held before the program's exec: still the waiting shell, and silent, until the first frame.
        QTest::qWait(300);
        QCOMPARE(exeOf(view.run()->pid()), QFileInfo(u"/bin/sh"_s).canonicalFilePath());
        QVERIFY(view.outputView()->toPlainText().isEmpty());

        fake_->deliver(inspectSession());
        fake_->enterState(StreamSource::State::Running, {});
        QCOMPARE(view.charts().size(), 4);  // process, file access, vfs calls, vfs bytes
        fake_->deliver(treeFrame(1, 100.0, {0, 0, 0}, {0, 0}, {0, 0, 0}, 1, false));
        QCOMPARE(view.run()->phase(), InspectRun::Phase::Running);
        QTRY_VERIFY2(view.outputView()->toPlainText().contains(u"hello from kinsight"_s),
                     qPrintable(view.statusLabel()->text() + u" | "_s + view.outputView()->toPlainText()));
        QTRY_VERIFY(view.outputView()->toPlainText().contains(u"a warning"_s));
        QTRY_VERIFY(view.outputView()->toPlainText().contains(dir.path()));
        fake_->deliver(treeFrame(2, 101.0, {1, 0, 0}, {5, 1}, {3, 4096, 0}, 2, false));
        QTRY_COMPARE(view.run()->phase(), InspectRun::Phase::Draining);
        QCOMPARE(*view.run()->exitCode(), 3);
        fake_->deliver(treeFrame(3, 101.5, {1, 0, 2}, {7, 1}, {4, 4608, 0}, 0, true));
        QCOMPARE(view.run()->phase(), InspectRun::Phase::Finished);
        QCOMPARE(fake_->stops, 1);
        QVERIFY(!view.run()->incomplete());

        const QMap<QString, QString> shown = view.shownTotals();
        QCOMPARE(shown.value(u"process_create"_s), QLocale().toString(1));
        QCOMPARE(shown.value(u"task_exit"_s), QLocale().toString(2));
        QCOMPARE(shown.value(u"file_open"_s), QLocale().toString(7));
        QCOMPARE(shown.value(u"open_error"_s), QLocale().toString(1));
        QCOMPARE(shown.value(u"vfs_read_bytes"_s), QLocale().toString(4608));
        QCOMPARE(shown.value(u"vfs_create"_s), u"unavailable"_s);
        QVERIFY(view.factsLabel()->text().contains(u"exit code 3"_s));
        QVERIFY(view.statusLabel()->text().contains(u"exited with 3"_s));
        QVERIFY(!view.stopButton()->isEnabled());
        QCOMPARE(view.run()->intervals().size(), 2);

        // Exports parse back and agree with the table.
        QTemporaryDir out;
        QString error;
        QVERIFY2(SessionExport::saveCsv(*view.run(), out.filePath(u"s.csv"_s), &error), qPrintable(error));
        QVERIFY2(SessionExport::saveJson(*view.run(), out.filePath(u"s.json"_s), &error), qPrintable(error));
        QFile csvFile(out.filePath(u"s.csv"_s));
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csvFile.readAll()));
        QCOMPARE(rows.first(), (QStringList{u"interval"_s, u"start_s"_s, u"end_s"_s, u"group"_s, u"metric"_s, u"unit"_s,
                                            u"value"_s, u"rate_per_s"_s, u"unavailable"_s}));
        QCOMPARE(rows.size(), 1 + 2 * 8);
        QMap<QString, quint64> sums;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), 9);
            if (row[4] == u"vfs_create"_s) {
                QVERIFY(row[6].isEmpty());
                QCOMPARE(row[8], u"vfs_create needs trampoline or probe mode"_s);
                continue;
            }
            sums[row[4]] += row[6].toULongLong();
        }
        const Totals totals = view.run()->totals();
        QCOMPARE(sums, totals.metrics);
        const QStringList second = rows[1 + 8 + 3];  // interval 1, file_open: 2 opens in 0.5 s
        QCOMPARE(second[4], u"file_open"_s);
        QCOMPARE(second[6], u"2"_s);
        QCOMPARE(second[7].toDouble(), 4.0);

        QFile jsonFile(out.filePath(u"s.json"_s));
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QStringList keys = doc.keys();
        QCOMPARE(keys, (QStringList{u"attach"_s, u"charts"_s, u"command"_s, u"duration_s"_s, u"exit_code"_s, u"kernel"_s,
                                    u"keyed"_s, u"load_mode"_s, u"metrics"_s, u"unavailable"_s}));
        QCOMPARE(doc[u"exit_code"_s].toInt(), 3);
        QCOMPARE(doc[u"command"_s].toArray().first().toString(), u"sh"_s);
        QCOMPARE(doc[u"load_mode"_s].toString(), u"return"_s);
        const QJsonObject metrics = doc[u"metrics"_s].toObject();
        QCOMPARE(metrics.size(), int(totals.metrics.size()));
        for (auto it = totals.metrics.begin(); it != totals.metrics.end(); ++it) {
            QCOMPARE(quint64(metrics[it.key()].toInteger()), it.value());
            QCOMPARE(shown.value(it.key()), QLocale().toString(it.value()));
        }
        QVERIFY(doc[u"unavailable"_s].toObject().contains(u"vfs_create"_s));

        // Charts as images.
        gui::ChartWidget *chart = view.charts().at(1);
        QVERIFY2(SessionExport::saveImage(chart, out.filePath(u"c.png"_s), chart->info().title, &error),
                 qPrintable(error));
        QVERIFY2(SessionExport::saveImage(chart, out.filePath(u"c.svg"_s), chart->info().title, &error),
                 qPrintable(error));
        QImage png(out.filePath(u"c.png"_s));
        QVERIFY(!png.isNull());
        QCOMPARE(png.size(), chart->grab().size());
        QSvgRenderer svg(out.filePath(u"c.svg"_s));
        QVERIFY(svg.isValid());
        QFile svgFile(out.filePath(u"c.svg"_s));
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY2(svgText.contains("<path") || svgText.contains("<polyline"), svgText.left(3000).constData());
        shoot(&view, u"inspect-fake-finished.png"_s);
    }

    void cgroupWatchCountsUntilStop()
    {
        InspectWindow window;
        window.resize(1280, 860);
        window.show();
        InspectView *view = window.view();
        useFake(view->run());
        QVERIFY(window.watchCgroup(u"/system.slice/build.service"_s, u"v1:memory"_s, 0.5));
        QVERIFY(fake_);
        QCOMPARE(fake_->lastRequest.inspectCgroup, u"/system.slice/build.service"_s);
        QCOMPARE(fake_->lastRequest.inspectHierarchy, u"v1:memory"_s);
        QCOMPARE(fake_->lastRequest.treePid, 0);
        QCOMPARE(fake_->lastRequest.intervalSeconds, 0.5);
        QCOMPARE(fake_->lastRequest.modules, (QStringList{u"process"_s, u"fd"_s, u"vfs"_s}));
        QCOMPARE(view->run()->phase(), InspectRun::Phase::Connecting);
        QCOMPARE(view->run()->target(), InspectRun::Target::Cgroup);
        QVERIFY(window.windowTitle().contains(u"/system.slice/build.service"_s));
        QVERIFY(!view->outputBox()->isVisible());  // nothing launched, nothing written here

        fake_->deliver(inspectSession());
        fake_->enterState(StreamSource::State::Running, {});
        // The cgroup counted before the first frame: none of it is in the totals.
        fake_->deliver(treeFrame(1, 50.0, {10, 2, 9}, {100, 4}, {30, 9000, 0}, 3, false));
        QCOMPARE(view->run()->phase(), InspectRun::Phase::Running);
        QVERIFY2(view->statusLabel()->text().contains(u"Counting cgroup “/system.slice/build.service” since"_s),
                 qPrintable(view->statusLabel()->text()));
        QVERIFY(view->run()->countingSince().isValid());
        fake_->deliver(treeFrame(2, 50.5, {11, 2, 9}, {104, 5}, {31, 9512, 0}, 3, false));
        fake_->deliver(treeFrame(3, 51.0, {13, 2, 11}, {110, 5}, {35, 11560, 0}, 4, false));
        QCOMPARE(view->run()->phase(), InspectRun::Phase::Running);  // a cgroup never ends by itself
        QCOMPARE(view->shownTotals().value(u"file_open"_s), QLocale().toString(10));
        QVERIFY(view->stopButton()->isEnabled());
        QVERIFY(!view->againButton()->isEnabled());
        shoot(&window, u"cgroup-running.png"_s);
        window.grab().save(shotDir() + u"/inspect-cgroup-running.png"_s);

        view->stopButton()->click();
        QCOMPARE(view->run()->phase(), InspectRun::Phase::Draining);
        QCOMPARE(fake_->stops, 0);  // the last counts are still to come
        fake_->deliver(treeFrame(4, 51.5, {14, 2, 13}, {111, 6}, {36, 12072, 0}, 2, false));
        QCOMPARE(view->run()->phase(), InspectRun::Phase::Finished);
        QCOMPARE(fake_->stops, 1);
        QVERIFY(!view->run()->incomplete());
        QVERIFY2(view->statusLabel()->text().contains(u"Counted cgroup “/system.slice/build.service”"_s),
                 qPrintable(view->statusLabel()->text()));
        QVERIFY(view->againButton()->isEnabled());
        QCOMPARE(view->againButton()->text(), u"Count again"_s);

        // Totals: the last frame's group counts minus the first's.
        const Totals totals = view->run()->totals();
        const QMap<QString, quint64> expected = {{u"process_create"_s, 4}, {u"thread_create"_s, 0}, {u"task_exit"_s, 4},
                                                 {u"file_open"_s, 11},     {u"open_error"_s, 2},    {u"vfs_read_call"_s, 6},
                                                 {u"vfs_read_bytes"_s, 3072}};
        QCOMPARE(totals.metrics, expected);
        const QMap<QString, QString> shown = view->shownTotals();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(shown.value(it.key()), QLocale().toString(it.value()));
        QCOMPARE(shown.value(u"vfs_create"_s), u"unavailable"_s);
        QCOMPARE(view->run()->intervals().size(), 3);

        // Exports: the CSV's intervals add up to the totals; the JSON names the cgroup, has no exit code.
        QTemporaryDir out;
        QString error;
        QVERIFY2(SessionExport::saveCsv(*view->run(), out.filePath(u"c.csv"_s), &error), qPrintable(error));
        QVERIFY2(SessionExport::saveJson(*view->run(), out.filePath(u"c.json"_s), &error), qPrintable(error));
        QFile csvFile(out.filePath(u"c.csv"_s));
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csvFile.readAll()));
        QCOMPARE(rows.size(), 1 + 3 * 8);
        QMap<QString, quint64> sums;
        for (const QStringList &row : rows.mid(1))
            if (!row[6].isEmpty())
                sums[row[4]] += row[6].toULongLong();
        QCOMPARE(sums, totals.metrics);
        QFile jsonFile(out.filePath(u"c.json"_s));
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(doc[u"cgroup"_s].toString(), u"/system.slice/build.service"_s);
        QCOMPARE(doc[u"cgroup_hierarchy"_s].toString(), u"v1:memory"_s);
        QVERIFY(!doc.contains(u"exit_code"_s));
        QVERIFY(!doc.contains(u"command"_s));
        QVERIFY(doc[u"since"_s].toString().endsWith(u'Z'));
        QCOMPARE(doc[u"duration_s"_s].toDouble() > 0, true);
        for (auto it = totals.metrics.begin(); it != totals.metrics.end(); ++it)
            QCOMPARE(quint64(doc[u"metrics"_s].toObject()[it.key()].toInteger()), it.value());
        for (gui::ChartWidget *chart : view->charts()) {
            QVERIFY(chart->info().title.contains(u"of the cgroup"_s));
            QVERIFY2(SessionExport::saveImage(chart, out.filePath(u"c.png"_s), chart->info().title, &error),
                     qPrintable(error));
            QVERIFY(!QImage(out.filePath(u"c.png"_s)).isNull());
        }
        shoot(&window, u"cgroup-finished.png"_s);
        window.grab().save(shotDir() + u"/inspect-cgroup-finished.png"_s);

        // Count again: the same cgroup, a new session.
        FakeSource *before = fake_;
        view->againButton()->click();
        QVERIFY(fake_ != before);
        QCOMPARE(fake_->lastRequest.inspectCgroup, u"/system.slice/build.service"_s);
        QCOMPARE(view->run()->phase(), InspectRun::Phase::Connecting);
        view->run()->stop();
        QCOMPARE(view->run()->phase(), InspectRun::Phase::Failed);
    }

    void cgroupWatchErrors()
    {
        InspectView view;
        view.resize(1180, 820);
        view.show();
        useFake(view.run());
        // The helper refuses (the cgroup is gone, or never was): its reason is shown.
        QVERIFY(view.watchCgroup(u"/gone.scope"_s, u"v2"_s));
        fake_->enterState(StreamSource::State::Failed, u"no cgroup /gone.scope in the v2 hierarchy (/sys/fs/cgroup)"_s);
        QCOMPARE(view.run()->phase(), InspectRun::Phase::Failed);
        QVERIFY2(view.statusLabel()->text().contains(u"no cgroup /gone.scope in the v2 hierarchy"_s),
                 qPrintable(view.statusLabel()->text()));
        QVERIFY(!view.run()->hasTotals());
        // It is not there: said in the GUI's own words first (where cgroup2 is mounted to look).
        QFile mounts(u"/proc/self/mounts"_s);
        if (mounts.open(QIODevice::ReadOnly) && mounts.readAll().contains(" cgroup2 "))
            QVERIFY2(view.statusLabel()->text().startsWith(u"There is no cgroup “/gone.scope” below /"_s),
                     qPrintable(view.statusLabel()->text()));
        shoot(&view, u"cgroup-refused.png"_s);

        // The session ends while counting: what was counted stays, marked incomplete.
        QVERIFY(view.watchCgroup(u"/a"_s, u"v2"_s));
        fake_->deliver(inspectSession());
        fake_->deliver(treeFrame(1, 5.0, {0, 0, 0}, {1, 0}, {0, 0, 0}, 1, false));
        fake_->deliver(treeFrame(2, 6.0, {0, 0, 0}, {3, 0}, {0, 0, 0}, 1, false));
        fake_->enterState(StreamSource::State::Failed, u"The helper went away."_s);
        QCOMPARE(view.run()->phase(), InspectRun::Phase::Failed);
        QVERIFY(view.run()->incomplete());
        QVERIFY(view.statusLabel()->text().contains(u"The helper went away."_s));
        QCOMPARE(view.run()->totals().metrics.value(u"file_open"_s), 2u);

        // Stop, and no frame comes: the count ends at the last frame, said to be incomplete.
        QVERIFY(view.watchCgroup(u"/b"_s, u"v2"_s, 0.1));
        fake_->deliver(inspectSession());
        fake_->deliver(treeFrame(1, 5.0, {0, 0, 0}, {1, 0}, {0, 0, 0}, 1, false));
        view.run()->setDrainTimeout(100);
        view.run()->stop();
        QCOMPARE(view.run()->phase(), InspectRun::Phase::Draining);
        QTRY_COMPARE(view.run()->phase(), InspectRun::Phase::Finished);
        QVERIFY(view.run()->incomplete());
        QVERIFY(view.run()->hasTotals());
    }

    void treeWatchEndsWithTheTree()
    {
        QProcess sleeper;
        sleeper.start(u"sleep"_s, {u"30"_s});
        QVERIFY(sleeper.waitForStarted());
        const qint64 pid = sleeper.processId();
        InspectWindow window;
        window.resize(1280, 860);
        useFake(window.view()->run());
        QVERIFY(window.watchTree(sleeper.processId(), u"sleep"_s));
        InspectRun *run = window.view()->run();
        QCOMPARE(fake_->lastRequest.treePid, qint32(sleeper.processId()));
        QVERIFY(!fake_->lastRequest.treeFromExec);
        QVERIFY(fake_->lastRequest.inspectCgroup.isEmpty());
        QVERIFY(window.windowTitle().contains(u"sleep (PID %1)"_s.arg(sleeper.processId())));
        fake_->deliver(inspectSession());
        fake_->deliver(treeFrame(1, 5.0, {0, 0, 0}, {7, 0}, {0, 0, 0}, 1, false));
        QCOMPARE(run->phase(), InspectRun::Phase::Running);
        fake_->deliver(treeFrame(2, 6.0, {1, 0, 1}, {9, 0}, {0, 0, 0}, 1, false));
        QCOMPARE(run->phase(), InspectRun::Phase::Running);
        // "Finished" while the root still runs (a tree armed while running starts
        // with a live count of 0 in the helper): counting goes on.
        fake_->deliver(treeFrame(3, 6.5, {1, 0, 1}, {9, 0}, {0, 0, 0}, 0, true));
        QCOMPARE(run->phase(), InspectRun::Phase::Running);
        QVERIFY(sleeper.state() == QProcess::Running);  // watching never touches the processes
        sleeper.kill();
        sleeper.waitForFinished();
        fake_->deliver(treeFrame(4, 7.0, {1, 0, 2}, {9, 0}, {0, 0, 0}, 0, true));
        QCOMPARE(run->phase(), InspectRun::Phase::Finished);
        QCOMPARE(run->totals().metrics.value(u"file_open"_s), 2u);
        QCOMPARE(run->totals().metrics.value(u"task_exit"_s), 2u);
        QCOMPARE(run->statJson()[u"pid"_s].toInteger(), pid);

        // A process that is gone: nothing asked of the helper.
        fake_ = nullptr;
        QVERIFY(!run->watchTree(pid, u"sleep"_s));
        QCOMPARE(run->phase(), InspectRun::Phase::Failed);
        QVERIFY(!fake_);
    }

    void applicationsDashboardOffersIt()
    {
        apps::ui::AppDashboard dashboard;
        dashboard.setSession(inspectSession());
        dashboard.setSubject(apps::ui::AppSubject::application(u"make"_s));
        QVERIFY(dashboard.inspectButton()->isHidden());
        dashboard.setSubject(apps::ui::AppSubject::cgroup(u"/system.slice/x.service"_s, u"x.service"_s));
        QVERIFY(!dashboard.inspectButton()->isHidden());
        QCOMPARE(dashboard.inspectButton()->text(), u"Inspect this cgroup in the &kernel…"_s);
        QList<apps::ui::AppSubject> asked;
        connect(&dashboard, &apps::ui::AppDashboard::inspectRequested, this,
                [&asked](const apps::ui::AppSubject &s) { asked.append(s); });
        dashboard.inspectButton()->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().key, u"/system.slice/x.service"_s);
        dashboard.setSubject(apps::ui::AppSubject::process(42, u"make (pid 42)"_s));
        QCOMPARE(dashboard.inspectButton()->text(), u"Inspect this process tree in the &kernel…"_s);

        // The hierarchy of the session's cgroup paths.
        SessionInfo session;
        session.settings = {{u"cgroups"_s, u"v1:memory"_s, u"client"_s}};
        QCOMPARE(cgroupHierarchyOf(session), u"v1:memory"_s);
        session.settings = {{u"cgroups"_s, u"v2"_s, u"client"_s}};
        QCOMPARE(cgroupHierarchyOf(session), u"v2"_s);
        session.settings = {{u"cgroups"_s, u"yes"_s, u"/etc/kinsight/ebpf.d.conf:3"_s}};
        const QString picked = cgroupHierarchyOf(session);
        QVERIFY2(picked == u"v2"_s || picked == u"v1:memory"_s, qPrintable(picked));
    }

    // The Applications page: a cgroup row's and a process row's context menus
    // open an InspectWindow counting that cgroup (in the session's hierarchy)
    // or that process's tree.
    void applicationsPageMenusOpenInspectWindows()
    {
        QProcess sleeper;  // a live process to offer
        sleeper.start(u"sleep"_s, {u"30"_s});
        QVERIFY(sleeper.waitForStarted());
        const auto pid = quint32(sleeper.processId());
        SessionInfo session = inspectSession();
        session.pidMode = u"all"_s;
        session.settings = {{u"cgroups"_s, u"v1:memory"_s, u"client"_s}};
        // Unlike Launch and inspect's defaults (process fd vfs, return), so that the request shows whose it is.
        session.loadMode = u"entry"_s;
        std::swap(session.modules[0], session.modules[2]);
        for (ModuleInfo &m : session.modules)
            m.tables = {KeyedTableInfo{u"cgroup"_s, {}, {}}};
        apps::ui::AppsController controller;
        controller.setSession(session);
        apps::ui::AppsPage page(&controller);
        page.resize(1100, 600);
        page.show();
        for (int i = 1; i <= 2; ++i) {
            Frame f = treeFrame(quint64(i), i, {1, 0, 0}, {quint64(5 * i), 0}, {2, 100, 0}, 1, false);
            f.trees.clear();
            ProcessIdentity id;
            id.tgid = pid;
            id.ppid = 1;
            id.uid = 1000;
            id.comm = u"sleep"_s;
            id.exe = u"/usr/bin/sleep"_s;
            id.cgroup = u"/system.slice/build.service"_s;
            f.identities = {id};
            for (ModuleFrame &m : f.modules) {
                m.processes = {{pid, 0, m.global}};
                m.keyed[u"cgroup"_s] = {{id.cgroup, m.global}};
                m.trees.clear();
            }
            controller.addFrame(f);
        }
        InspectRun::setDefaultSourceFactory([this](QObject *parent) {
            fake_ = new FakeSource(parent);
            return fake_;
        });
        const auto restore = qScopeGuard([] { InspectRun::setDefaultSourceFactory({}); });

        // Opens the context menu of row 0 of `kind`, lists it, saves it as `shot`, triggers the action saying `pick`.
        auto useMenu = [&](apps::ui::AppsPage::Kind kind, const QString &pick, const QString &shot) {
            page.setCurrentKind(kind);
            QTreeView *view = page.view(kind);
            view->setCurrentIndex(view->model()->index(0, 0));
            QStringList texts;
            QTimer::singleShot(100, this, [&] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                if (!menu)
                    return;
                menu->grab().save(shotDir() + u'/' + shot);
                for (QAction *a : menu->actions()) {
                    texts << a->text();
                    if (a->text() == pick)
                        a->trigger();
                }
                menu->close();
            });
            emit view->customContextMenuRequested(view->visualRect(view->currentIndex()).center());
            return texts;
        };
        fake_ = nullptr;
        const QStringList cgroupMenu = useMenu(apps::ui::AppsPage::Kind::Cgroups, u"Inspect this cgroup in the &kernel…"_s,
                                               u"apps-cgroup-menu.png"_s);
        QVERIFY2(cgroupMenu.contains(u"Inspect this cgroup in the &kernel…"_s), qPrintable(cgroupMenu.join(u" | "_s)));
        QVERIFY(cgroupMenu.contains(u"Copy cgroup &path"_s));
        QVERIFY(fake_);
        QCOMPARE(fake_->lastRequest.inspectCgroup, u"/system.slice/build.service"_s);
        QCOMPARE(fake_->lastRequest.inspectHierarchy, u"v1:memory"_s);  // the session's hierarchy
        // Measured like the page's session: its modules and load mode, not Launch and inspect's defaults.
        QStringList sessionModules;
        for (const ModuleInfo &m : session.modules)
            sessionModules.append(m.name);
        QCOMPARE(fake_->lastRequest.modules, sessionModules);
        QCOMPARE(fake_->lastRequest.loadMode, session.loadMode);
        InspectWindow *window = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *iw = qobject_cast<InspectWindow *>(w); iw && iw->view()->run()->target() == InspectRun::Target::Cgroup)
                window = iw;
        QVERIFY(window);
        QVERIFY(window->isVisible());
        QVERIFY(window->testAttribute(Qt::WA_DeleteOnClose));
        window->view()->run()->stop();  // still connecting: nothing to ask
        QPointer<InspectWindow> closing = window;
        window->close();
        QTRY_VERIFY(!closing);

        fake_ = nullptr;
        const QStringList processMenu = useMenu(apps::ui::AppsPage::Kind::Processes,
                                                u"Inspect this process tree in the &kernel…"_s, u"apps-process-menu.png"_s);
        QVERIFY2(processMenu.contains(u"Inspect this process tree in the &kernel…"_s), qPrintable(processMenu.join(u" | "_s)));
        QVERIFY(fake_);
        QCOMPARE(fake_->lastRequest.treePid, qint32(pid));
        QCOMPARE(fake_->lastRequest.modules, sessionModules);
        QVERIFY(!fake_->lastRequest.treeFromExec);
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *iw = qobject_cast<InspectWindow *>(w)) {
                QVERIFY(iw->windowTitle().startsWith(u"sleep (PID %1)"_s.arg(pid)));
                iw->view()->run()->stop();
                iw->close();
            }
        // The cgroup's dashboard offers the same, next to its header.
        page.openDashboard(apps::ui::AppSubject::cgroup(u"/system.slice/build.service"_s, u"build.service"_s));
        QVERIFY(page.dashboard()->inspectButton()->isVisible());
        page.grab().save(shotDir() + u"/apps-cgroup-dashboard.png"_s);
        fake_ = nullptr;
        page.dashboard()->inspectButton()->click();
        QVERIFY(fake_);
        QCOMPARE(fake_->lastRequest.inspectCgroup, u"/system.slice/build.service"_s);
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *iw = qobject_cast<InspectWindow *>(w)) {
                iw->view()->run()->stop();
                iw->close();
            }
        sleeper.kill();
        sleeper.waitForFinished();
    }

    void commandNotFound()
    {
        InspectRun run;
        useFake(&run);
        fake_ = nullptr;
        LaunchSpec spec;
        spec.program = u"no-such-program-kinsight"_s;
        QVERIFY(!run.start(spec));
        QCOMPARE(run.phase(), InspectRun::Phase::Failed);
        QVERIFY2(run.message().contains(u"Command not found"_s), qPrintable(run.message()));
        QVERIFY(run.message().contains(u"PATH"_s));
        QVERIFY(!fake_);  // nothing asked of the helper

        spec.program = u"sh"_s;
        spec.workingDirectory = u"/no/such/dir"_s;
        QVERIFY(!run.start(spec));
        QVERIFY(run.message().contains(u"does not exist"_s));
    }

    void notAuthorizedNeverRunsTheProgram()
    {
        InspectView view;
        view.resize(1180, 820);
        view.show();
        useFake(view.run());
        QTemporaryDir dir;
        LaunchSpec spec;
        spec.program = u"touch"_s;
        spec.arguments = u"ran"_s;
        spec.workingDirectory = dir.path();
        QVERIFY(view.start(spec));
        const qint64 pid = view.run()->pid();
        fake_->enterState(StreamSource::State::NotAuthorized,
                          u"Not authorized to monitor the kernel (polkit action org.kinsight.monitor): denied. "
                          "Authenticate as an administrator when asked, or ask one to grant you this action."_s);
        QCOMPARE(view.run()->phase(), InspectRun::Phase::Failed);
        QVERIFY(view.statusLabel()->text().contains(u"not authorized"_s, Qt::CaseInsensitive));
        QVERIFY(view.statusLabel()->text().contains(u"org.kinsight.monitor"_s));
        QTRY_VERIFY(!QFile::exists(u"/proc/%1"_s.arg(pid)) || exeOf(pid).isEmpty());
        QTest::qWait(200);
        QVERIFY(!QFile::exists(dir.filePath(u"ran"_s)));
        shoot(&view, u"inspect-not-authorized.png"_s);
    }

    void stopEndsTheTree()
    {
        InspectRun run;
        useFake(&run);
        LaunchSpec spec;
        spec.program = u"sh"_s;
        spec.arguments = u"-c 'sleep 30 & sleep 30; wait'"_s;
        QVERIFY(run.start(spec));
        fake_->deliver(inspectSession());
        fake_->enterState(StreamSource::State::Running, {});
        fake_->deliver(treeFrame(1, 10, {0, 0, 0}, {0, 0}, {0, 0, 0}, 1, false));
        QCOMPARE(run.phase(), InspectRun::Phase::Running);
        QTest::qWait(300);
        run.stop();
        QTRY_COMPARE_WITH_TIMEOUT(run.phase(), InspectRun::Phase::Draining, 20000);
        QCOMPARE(*run.exitCode(), 128 + 15);
        fake_->deliver(treeFrame(2, 11, {2, 0, 3}, {0, 0}, {0, 0, 0}, 0, true));
        QCOMPARE(run.phase(), InspectRun::Phase::Finished);
        QCOMPARE(run.totals().metrics.value(u"task_exit"_s), 3u);
    }

    void mainWindowOffersIt()
    {
        gui::MainWindow window;
        QAction *found = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L))
                found = a;
        QVERIFY(found);
        QCOMPARE(found->text(), u"Launch and &inspect…"_s);
    }

    void dialogRemembersAndExplains()
    {
        QTemporaryDir dir;
        {
            LaunchDialog dialog;
            dialog.resize(680, 600);
            dialog.programEdit()->setText(u"make"_s);
            dialog.argumentsEdit()->setText(u"-j2 \"all tests\""_s);
            dialog.workingDirectoryEdit()->setText(dir.path());
            LaunchSpec spec = dialog.spec();
            spec.environment = {{u"CFLAGS"_s, u"-O2 -g"_s, false}, {u"MAKEFLAGS"_s, {}, true}};
            spec.program = u"sh"_s;
            dialog.setSpec(spec);
            dialog.show();
            shoot(&dialog, u"inspect-dialog.png"_s);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        {
            LaunchDialog dialog;
            const LaunchSpec spec = dialog.spec();
            QCOMPARE(spec.program, u"sh"_s);
            QCOMPARE(spec.argumentList(), (QStringList{u"-j2"_s, u"all tests"_s}));
            QCOMPARE(spec.workingDirectory, dir.path());
            QCOMPARE(spec.environment.size(), 2);
            QVERIFY(spec.environment[1].unset);
            QCOMPARE(spec.environment[0].value, u"-O2 -g"_s);
            QVERIFY(spec.cliEquivalent().contains(u"kinsight-cli stat --load-mode return -- env 'CFLAGS=-O2 -g' "
                                                  "-u MAKEFLAGS sh -j2 'all tests'"_s));
            dialog.programEdit()->setText(u"no-such-program-kinsight"_s);
            dialog.show();
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(dialog.problemLabel()->isVisible());
            QVERIFY(dialog.problemLabel()->text().contains(u"Command not found"_s));
            shoot(&dialog, u"inspect-dialog-not-found.png"_s);
        }
    }
};

QTEST_MAIN(TestInspect)
#include "tst_inspect.moc"
