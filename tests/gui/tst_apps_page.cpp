// The Applications page (gui/apps): its models under QAbstractItemModelTester,
// grouping rules, sorting and search (data-driven), values that cannot be
// measured, the one-application dashboard, the dialogs, keyboard use, a real
// recorded per-process session, and screenshots (apps-*.png) to look at.
#include "app_dashboard.h"
#include "apps_controller.h"
#include "apps_filter_model.h"
#include "apps_page.h"
#include "apps_table_model.h"
#include "chart_widget.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "metric_totals_model.h"
#include "navigation_model.h"
#include "process_picker_dialog.h"
#include "rules_editor_dialog.h"
#include "rules_store.h"
#include "session_controller.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace kinsight;
using namespace kinsight::apps;
using namespace kinsight::apps::ui;
using namespace kinsight::guitest;
using namespace Qt::StringLiterals;

namespace {

const QString kDocker = u"/system.slice/docker-"_s + QString(64, u'a') + u".scope"_s;

// process, fd and vfs in entry mode (errors unavailable), per process, with cgroups.
SessionInfo appsSession()
{
    const QString entryOnly = u"errors are counted only in return load mode"_s;
    const KeyedTableInfo cgroups{u"cgroup"_s, {}, {}};
    ModuleInfo process{u"process"_s, {}, {}, {}, {}, true, {}, {}, {}, {}};
    process.counters = {{u"process_create"_s, u"calls"_s, {}, false}, {u"thread_create"_s, u"calls"_s, {}, false},
                        {u"task_exit"_s, u"calls"_s, {}, false},      {u"task_close"_s, u"calls"_s, {}, false},
                        {u"task_error"_s, u"calls"_s, {}, true}};
    for (int i = 0; i < 5; ++i)
        process.appMetrics.append({process.counters[i].name, u"process"_s, u"calls"_s, {i}, i == 4});
    process.unavailable.insert(4, entryOnly);
    ModuleInfo fd{u"fd"_s, {}, {}, {}, {}, true, {}, {}, {}, {}};
    fd.counters = {{u"file_open"_s, u"calls"_s, {}, false}, {u"open_error"_s, u"calls"_s, {}, true},
                   {u"file_closed"_s, u"calls"_s, {}, false}, {u"file_error_closed"_s, u"calls"_s, {}, true}};
    for (int i = 0; i < 4; ++i)
        fd.appMetrics.append({fd.counters[i].name, u"file access"_s, u"calls"_s, {i}, i % 2 == 1});
    fd.unavailable = {{1, entryOnly}, {3, entryOnly}};
    ModuleInfo vfs{u"vfs"_s, {}, {}, {}, {}, true, {}, {}, {}, {}};
    vfs.counters = {{u"vfs_read_call"_s, u"calls"_s, {}, false}, {u"vfs_write_call"_s, u"calls"_s, {}, false},
                    {u"vfs_read_bytes"_s, u"bytes"_s, {}, false}, {u"vfs_write_bytes"_s, u"bytes"_s, {}, false}};
    for (int i = 0; i < 4; ++i)
        vfs.appMetrics.append({vfs.counters[i].name, u"vfs"_s, vfs.counters[i].unit, {i}, false});
    process.tables = fd.tables = vfs.tables = {cgroups};
    SessionInfo s;
    s.loadMode = u"entry"_s;
    s.pidMode = u"all"_s;
    s.modules = {process, fd, vfs};
    return s;
}

struct Proc {
    quint32 pid, ppid;
    QString comm, exe, cgroup;
    double opens, readBytes, forks;  // per second
};

// make with two compilers in a login session, nginx as a service, python in a container.
QList<Proc> processes()
{
    return {{100, 1, u"make"_s, u"/usr/bin/make"_s, u"/user.slice/user-1000.slice/session-3.scope"_s, 2, 1000, 3},
            {101, 100, u"cc1plus"_s, u"/usr/lib/gcc/x86_64-linux-gnu/12/cc1plus"_s,
             u"/user.slice/user-1000.slice/session-3.scope"_s, 10, 50000, 0},
            {102, 100, u"cc1plus"_s, u"/usr/lib/gcc/x86_64-linux-gnu/12/cc1plus"_s,
             u"/user.slice/user-1000.slice/session-3.scope"_s, 5, 50000, 0},
            {200, 1, u"nginx"_s, u"/usr/sbin/nginx"_s, u"/system.slice/nginx.service"_s, 30, 2000000, 0},
            {300, 1, u"python3"_s, u"/usr/bin/python3.11"_s, kDocker, 1, 0, 0}};
}

// Frame i at t = i s: every counter is its rate times i.
Frame frameAt(int i, const QList<Proc> &procs = processes())
{
    Frame f;
    f.sequence = quint64(i);
    f.monotonicNs = quint64(i) * 1'000'000'000ull;
    f.modules.resize(3);
    const QStringList names{u"process"_s, u"fd"_s, u"vfs"_s};
    for (int m = 0; m < 3; ++m)
        f.modules[m].module = names[m];
    QMap<QString, QList<QList<quint64>>> cgroups;
    for (const Proc &p : procs) {
        ProcessIdentity id;
        id.tgid = p.pid;
        id.ppid = p.ppid;
        id.uid = 1000;
        id.comm = p.comm;
        id.exe = p.exe;
        id.cgroup = p.cgroup;
        id.startTicks = p.pid;
        f.identities.append(id);
        const quint64 forks = quint64(p.forks * i), opens = quint64(p.opens * i), bytes = quint64(p.readBytes * i);
        const QList<QList<quint64>> rows{{forks, forks, 0, 0, 0}, {opens, 0, opens, 0}, {opens * 3, opens, bytes, bytes / 2}};
        auto &sum = cgroups[p.cgroup];
        sum.resize(3);
        for (int m = 0; m < 3; ++m) {
            f.modules[m].processes.append({p.pid, 0, rows[m]});
            sum[m].resize(rows[m].size());
            for (qsizetype c = 0; c < rows[m].size(); ++c)
                sum[m][c] += rows[m][c];
        }
    }
    for (auto it = cgroups.cbegin(); it != cgroups.cend(); ++it)
        for (int m = 0; m < 3; ++m)
            f.modules[m].keyed[u"cgroup"_s].append({it.key(), it.value()[m]});
    return f;
}

void feed(AppsController &c, int from, int to)
{
    for (int i = from; i <= to; ++i)
        c.addFrame(frameAt(i));
}

QStringList column(const QAbstractItemModel *model, int col = 0)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out.append(model->index(r, col).data().toString());
    return out;
}

QString recordedFixture()
{
    return QStringLiteral(KINSIGHT_APPS_FIXTURE);
}

}  // namespace

class TestAppsPage : public QObject {
    Q_OBJECT
private:
    QDir out_;

    void save(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(50);
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull());
        const QString path = out_.filePath(name + u".png"_s);
        QVERIFY(image.save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private slots:
    void initTestCase()
    {
        useTestSettings();
        QFile::remove(RulesStore::path());  // Kinsight's defaults, whatever an earlier run saved
        const QString dir = qEnvironmentVariable("KINSIGHT_SCREENSHOT_DIR", QStringLiteral(KINSIGHT_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(dir));
        out_ = QDir(dir);
    }

    void modelsPassTheTester()
    {
        AppsController c;
        c.setSession(appsSession());
        AppsPage page(&c);
        AppDashboard dashboard;
        dashboard.setSession(appsSession());
        dashboard.setSubject(AppSubject::application(u"compilers"_s));
        QList<QAbstractItemModelTester *> testers;
        for (auto kind : {AppsPage::Kind::Applications, AppsPage::Kind::Cgroups, AppsPage::Kind::Processes}) {
            testers.append(new QAbstractItemModelTester(page.model(kind), QAbstractItemModelTester::FailureReportingMode::QtTest, this));
            testers.append(new QAbstractItemModelTester(page.filter(kind), QAbstractItemModelTester::FailureReportingMode::QtTest, this));
        }
        testers.append(new QAbstractItemModelTester(dashboard.totalsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, this));
        QList<Proc> procs = processes();
        for (int i = 1; i <= 6; ++i) {
            // Processes come and go: rows are removed and added in place.
            if (i == 3)
                procs.removeAt(1);
            if (i == 5)
                procs.append({400, 1, u"curl"_s, u"/usr/bin/curl"_s, u"/system.slice/cron.service"_s, 4, 10, 0});
            c.addFrame(frameAt(i, procs));
            dashboard.addSnapshot(c.latest());
            page.filter(AppsPage::Kind::Processes)->setSearch(i % 2 ? u"cc1"_s : QString());
            page.valuesSelector()->setCurrentIndex(i % 2);
        }
        QVERIFY(page.model(AppsPage::Kind::Processes)->rowOf(u"p:400"_s) >= 0);
        QCOMPARE(page.model(AppsPage::Kind::Processes)->rowOf(u"p:101"_s), -1);
        qDeleteAll(testers);
    }

    void rules_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QStringList>("applications");
        QTest::newRow("defaults") << AppRules::defaultText()
                                  << QStringList{u"build tools"_s, u"compilers"_s, u"nginx"_s, u"python3.11"_s};
        QTest::newRow("none") << QString() << QStringList{u"cc1plus"_s, u"make"_s, u"nginx"_s, u"python3.11"_s};
        QTest::newRow("glob on names") << u"web: nginx python3*"_s << QStringList{u"cc1plus"_s, u"make"_s, u"web"_s};
        // As in a shell, * stops at '/'.
        QTest::newRow("glob on the path") << u"gcc: /usr/lib/gcc/*/*/cc1*"_s
                                          << QStringList{u"gcc"_s, u"make"_s, u"nginx"_s, u"python3.11"_s};
        QTest::newRow("first rule wins") << u"a: cc1*\nb: cc1plus make"_s
                                         << QStringList{u"a"_s, u"b"_s, u"nginx"_s, u"python3.11"_s};
        QTest::newRow("bad lines skipped") << u"# comment\nno colon here\nall: *"_s << QStringList{u"all"_s};
    }

    void rules()
    {
        QFETCH(QString, rules);
        QFETCH(QStringList, applications);
        AppsController c;
        c.setRulesText(u"x: nothing-matches-this"_s);
        c.setSession(appsSession());
        feed(c, 1, 3);
        // Applied live: what was counted under the old rules is regrouped at once.
        c.setRulesText(rules);
        AppsTableModel model(AppsTableModel::Kind::Applications);
        model.setSnapshot(c.latest(), c.activity());
        QStringList names = column(&model);
        names.sort();
        QCOMPARE(names, applications);
        // Nothing lost by regrouping: the opens of all applications are those of all processes.
        double sum = 0;
        const int opens = model.metricColumn(u"file_open"_s);
        model.setValues(AppsTableModel::Values::SinceStart);
        for (int r = 0; r < model.rowCount(); ++r)
            sum += model.index(r, opens).data(AppsTableModel::SortRole).toDouble();
        QCOMPARE(sum, (2 + 10 + 5 + 30 + 1) * 3.0);
    }

    void sorting_data()
    {
        QTest::addColumn<QString>("metric");  // a table metric id, or "" for the name column
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("first");
        QTest::newRow("opens, most first") << u"file_open"_s << int(Qt::DescendingOrder) << u"nginx"_s;
        QTest::newRow("opens, least first") << u"file_open"_s << int(Qt::AscendingOrder) << u"python3.11"_s;
        QTest::newRow("vfs bytes") << u"vfs_bytes"_s << int(Qt::DescendingOrder) << u"nginx"_s;
        QTest::newRow("forks") << u"process_create"_s << int(Qt::DescendingOrder) << u"build tools"_s;
        QTest::newRow("name") << QString() << int(Qt::AscendingOrder) << u"build tools"_s;
        QTest::newRow("name, reversed") << QString() << int(Qt::DescendingOrder) << u"python3.11"_s;
        // Unavailable (n/a) sorts below every measured value, whichever way.
        QTest::newRow("unavailable") << u"oomkills"_s << int(Qt::DescendingOrder) << QString();
    }

    void sorting()
    {
        QFETCH(QString, metric);
        QFETCH(int, order);
        QFETCH(QString, first);
        AppsController c;
        c.setSession(appsSession());
        AppsPage page(&c);
        feed(c, 1, 4);
        QTreeView *view = page.view(AppsPage::Kind::Applications);
        const AppsTableModel *model = page.model(AppsPage::Kind::Applications);
        const int col = metric.isEmpty() ? 0 : model->metricColumn(metric);
        view->sortByColumn(col, Qt::SortOrder(order));
        if (first.isEmpty()) {
            QCOMPARE(view->model()->index(0, col).data().toString(), u"n/a"_s);
            return;
        }
        QCOMPARE(view->model()->index(0, 0).data().toString(), first);
        // The order holds while frames arrive.
        feed(c, 5, 6);
        QCOMPARE(view->model()->index(0, 0).data().toString(), first);
    }

    void search_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("part of a name") << 0 << u"ngi"_s << QStringList{u"nginx"_s};
        QTest::newRow("ignores case") << 0 << u"COMP"_s << QStringList{u"compilers"_s};
        QTest::newRow("nothing") << 0 << u"zzz"_s << QStringList{};
        QTest::newRow("every word") << 2 << u"cc1 102"_s << QStringList{u"102"_s};
        QTest::newRow("by executable path") << 2 << u"/usr/sbin"_s << QStringList{u"200"_s};
        QTest::newRow("by application") << 2 << u"build"_s << QStringList{u"100"_s};
        QTest::newRow("container") << 1 << u"docker"_s << QStringList{u"docker aaaaaaaaaaaa"_s};
        QTest::newRow("service") << 1 << u"nginx"_s << QStringList{u"nginx.service"_s};
    }

    void search()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QStringList, rows);
        AppsController c;
        c.setSession(appsSession());
        AppsPage page(&c);
        feed(c, 1, 2);
        page.setCurrentKind(AppsPage::Kind(kind));
        page.searchField()->setText(text);
        QCOMPARE(column(page.view(AppsPage::Kind(kind))->model()), rows);
        page.searchField()->clear();
        QVERIFY(page.view(AppsPage::Kind(kind))->model()->rowCount() > rows.size());
    }

    void unavailableIsNeverZero()
    {
        AppsController c;
        c.setSession(appsSession());
        feed(c, 1, 2);
        AppsTableModel model(AppsTableModel::Kind::Applications);
        model.setSnapshot(c.latest(), c.activity());
        for (const QString &id : {u"network_bytes"_s, u"cachestat_misses"_s, u"oomkills"_s}) {
            const QModelIndex cell = model.index(0, model.metricColumn(id));
            QCOMPARE(cell.data().toString(), u"n/a"_s);
            QVERIFY(!cell.data(AppsTableModel::UnavailableRole).toString().isEmpty());
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"unavailable"_s));
        }
        const QModelIndex opens = model.index(model.rowOf(u"a:nginx"_s), model.metricColumn(u"file_open"_s));
        QCOMPARE(opens.data().toString(), u"30/s"_s);
        QCOMPARE(model.index(0, model.activityColumn()).data(AppsTableModel::SparklineRole).value<QList<double>>().size(), 2);
    }

    void updatesKeepTheCurrentRow()
    {
        AppsController c;
        c.setSession(appsSession());
        AppsPage page(&c);
        feed(c, 1, 2);
        QTreeView *view = page.view(AppsPage::Kind::Processes);
        page.setCurrentKind(AppsPage::Kind::Processes);
        const QModelIndexList hits = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, u"200"_s);
        QCOMPARE(hits.size(), 1);
        view->setCurrentIndex(hits.first());
        feed(c, 3, 5);
        QCOMPARE(view->currentIndex().siblingAtColumn(0).data().toString(), u"200"_s);
        QVERIFY(view->selectionModel()->isRowSelected(view->currentIndex().row(), {}));
    }

    void dashboardCountsFromSelection()
    {
        AppsController c;
        c.setSession(appsSession());
        AppsPage page(&c);
        feed(c, 1, 3);
        page.openDashboard(AppSubject::application(u"compilers"_s));
        QVERIFY(page.isDashboardShown());
        AppDashboard *d = page.dashboard();
        QCOMPARE(d->total(u"file_open"_s), std::optional<double>(0));
        feed(c, 4, 5);
        QCOMPARE(d->total(u"file_open"_s), std::optional<double>(2 * 15.0));
        QCOMPARE(d->total(u"vfs_read_bytes"_s), std::optional<double>(2 * 100000.0));
        QCOMPARE(d->total(u"open_error"_s), std::nullopt);  // entry mode: unavailable, not 0
        QVERIFY(d->chart(u"file_open"_s));
        QVERIFY(!d->chart(u"open_error"_s));  // said under the group's charts, with the reason
        const auto *note = d->findChild<QLabel *>(u"unavailable file access"_s);
        QVERIFY(note && note->text().contains(u"open_error, file_error_closed"_s));
        QVERIFY(note->text().contains(u"return load mode"_s));
        QVERIFY(!d->chart(u"oomkills"_s));  // the whole mem group is one "not collected" line
        QVERIFY(d->headerText().contains(u"live processes: 2"_s));
        const QModelIndex rate = d->totalsModel()->indexOf(u"file_open"_s).siblingAtColumn(MetricTotalsModel::RateColumn);
        QCOMPARE(rate.data().toString(), u"15/s"_s);
        // Since the session began: frames 1 to 5 of 15 opens a second.
        const QModelIndex session = d->totalsModel()->indexOf(u"file_open"_s).siblingAtColumn(MetricTotalsModel::SessionColumn);
        QCOMPARE(session.data().toString(), u"75"_s);
        // The frames before the selection are drawn too (rates from frame 2 on).
        QCOMPARE(d->chart(u"file_open"_s)->series(u"file_open"_s)->count(), 4);
        // A process that ends keeps its numbers on screen.
        page.openDashboard(AppSubject::process(101, u"cc1plus (pid 101)"_s));
        QList<Proc> rest = processes();
        rest.removeAt(1);
        c.addFrame(frameAt(6, rest));
        QVERIFY(!d->isSubjectPresent());
        QVERIFY(d->headerText().contains(u"ended"_s));
        d->findChild<QPushButton *>(u"backButton"_s)->click();
        QVERIFY(!page.isDashboardShown());
    }

    void dashboardOfAnInspectedTree()
    {
        // Launch and inspect: per-tree counters, no per-process session needed.
        SessionInfo session = appsSession();
        session.pidMode = u"tracked"_s;
        QList<Frame> frames;
        for (int i = 1; i <= 4; ++i) {
            Frame f;
            f.sequence = quint64(i);
            f.monotonicNs = quint64(i) * 500'000'000ull;
            f.modules.resize(1);
            f.modules[0].module = u"fd"_s;
            f.modules[0].trees.insert(1, {quint64(7 * i), 0, quint64(6 * i), 0});
            f.trees.insert(1, TreeState{1, i == 4, 0});
            frames.append(f);
        }
        AppDashboard d;
        d.setSubject(AppSubject::tree(1, u"./build.sh"_s));
        d.setFrames(session, frames);
        QCOMPARE(d.total(u"file_open"_s), std::optional<double>(21));
        QCOMPARE(d.total(u"file_closed"_s), std::optional<double>(18));
        QVERIFY(!d.isSubjectPresent());  // the tree finished
        QCOMPARE(d.totalsModel()->indexOf(u"file_open"_s).siblingAtColumn(2).data().toString(), u"14/s"_s);
    }

    void keyboard()
    {
        AppsController c;
        c.setSession(appsSession());
        AppsPage page(&c);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        feed(c, 1, 2);
        QTreeView *view = page.view(AppsPage::Kind::Applications);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        const QString name = view->currentIndex().data().toString();
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(page.isDashboardShown());
        QCOMPARE(page.dashboard()->subject(), AppSubject::application(name));
        page.showList();
        // A double click opens a row's dashboard too.
        const QRect second = view->visualRect(view->model()->index(1, 0));
        // (QTest::mouseDClick makes no double click of widget events on Qt 6.4: the events themselves.)
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, second.center());
        QMouseEvent dclick(QEvent::MouseButtonDblClick, second.center(), view->viewport()->mapToGlobal(second.center()),
                           Qt::LeftButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(view->viewport(), &dclick);
        QVERIFY(page.isDashboardShown());
        QCOMPARE(page.dashboard()->subject().key, view->model()->index(1, 0).data().toString());
        page.showList();
        // Search, then Enter moves to the table.
        page.searchField()->setText(u"nginx"_s);
        QTest::keyClick(page.searchField(), Qt::Key_Return);
        QCOMPARE(view->currentIndex().siblingAtColumn(0).data().toString(), u"nginx"_s);
    }

    void rulesEditorAppliesAndSaves()
    {
        AppsController c;
        c.setSession(appsSession());
        feed(c, 1, 2);
        RulesEditorDialog dialog(&c);
        dialog.editor()->setPlainText(u"web: nginx python3*\nbroken line\n"_s);
        QVERIFY(dialog.problems()->text().contains(u"line 2"_s));
        dialog.tester()->setText(u"/usr/bin/python3.11"_s);
        QVERIFY(dialog.testResult()->text().contains(u"web"_s));
        dialog.apply();
        QVERIFY(c.latest()->application(u"web"_s));
        QVERIFY(dialog.save());
        QFile saved(RulesStore::path());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().startsWith("web: nginx python3*"));
        // A new controller (the next start) reads them.
        AppsController next;
        QVERIFY(next.rulesText().startsWith(u"web:"_s));
        QVERIFY(QFile::remove(RulesStore::path()));
    }

    void processPicker()
    {
        AppsController c;
        c.setSession(appsSession());
        feed(c, 1, 2);
        ProcessPickerDialog dialog(&c);
        QTest::keyClicks(dialog.searchField(), u"cc1"_s);
        QCOMPARE(dialog.view()->model()->rowCount(), 2);
        QTest::keyClick(dialog.searchField(), Qt::Key_Down);
        QCOMPARE(dialog.selected().kind, AppSubject::Kind::Process);
        QVERIFY(dialog.selected().label.startsWith(u"cc1plus"_s));
        feed(c, 3, 3);  // live: the choice survives an update
        QVERIFY(dialog.selected().isValid());
    }

    // The all-modules recording keeps no per-process counters: the page says so.
    void sessionWithoutPerProcessCounters()
    {
        const Recording rec = loadFixture(allModulesFixturePath());
        gui::SessionController session;
        FakeSource source;
        session.follow(&source, gui::TimeLabeler::Mode::SinceStart);
        AppsController c(&session);
        AppsPage page(&c);
        page.resize(1280, 800);
        source.deliver(rec.session);
        for (const Frame &f : rec.frames)
            source.deliver(f);
        QVERIFY(!c.isPerProcess());
        QVERIFY(page.notice()->isVisibleTo(&page));
        QVERIFY(page.notice()->text().contains(u"apps = yes"_s));
        QCOMPARE(page.model(AppsPage::Kind::Applications)->rowCount(), 0);
        save(&page, u"apps-no-per-process"_s);
    }

    // A real per-process session recorded on this machine (kinsight-cli watch
    // --direct --per-process --cgroups v1:memory --record), replayed through the
    // SessionController the main window uses.
    void recordedSession()
    {
        QVERIFY2(QFile::exists(recordedFixture()), qPrintable(recordedFixture()));
        const Recording rec = loadFixture(recordedFixture());
        QVERIFY(rec.frames.size() >= 10);
        gui::SessionController session;
        FakeSource source;
        session.follow(&source, gui::TimeLabeler::Mode::SinceStart);
        AppsController c(&session);
        AppsPage page(&c);
        page.resize(1400, 860);
        page.show();
        source.deliver(rec.session);
        QVERIFY(c.isPerProcess());
        QVERIFY(c.hasCgroups());
        QVERIFY(!page.notice()->isVisibleTo(&page));

        // The page's totals are the aggregator's, fed the same frames independently.
        AppsAggregator reference(rec.session, AppRules::defaults());
        for (const Frame &f : rec.frames) {
            source.deliver(f);
            reference.push(f);
        }
        const AppsSnapshotPtr s = c.latest();
        const AppsSnapshotPtr r = reference.latest();
        QCOMPARE(s->applications.size(), r->applications.size());
        QVERIFY(s->applications.size() >= 3);
        QVERIFY(!s->cgroups.isEmpty());
        AppsTableModel *apps = page.model(AppsPage::Kind::Applications);
        QCOMPARE(apps->rowCount(), int(r->applications.size()));
        apps->setValues(AppsTableModel::Values::SinceStart);
        const int opens = apps->metricColumn(u"file_open"_s);
        const int col = r->column(u"file_open"_s);
        double sum = 0;
        for (const ApplicationRow &row : r->applications) {
            const QModelIndex cell = apps->index(apps->rowOf(ActivityHistory::applicationKey(row.name)), opens);
            QCOMPARE(cell.data(AppsTableModel::SortRole).toDouble(), double(row.totals.cumulative[col]));
            sum += double(row.totals.cumulative[col]);
        }
        QVERIFY2(sum > 0, "the recorded workload opened files");
        apps->setValues(AppsTableModel::Values::PerSecond);

        page.view(AppsPage::Kind::Applications)->sortByColumn(opens, Qt::DescendingOrder);
        page.view(AppsPage::Kind::Applications)->setCurrentIndex(page.view(AppsPage::Kind::Applications)->model()->index(1, 0));
        save(&page, u"apps-applications"_s);
        page.setCurrentKind(AppsPage::Kind::Cgroups);
        save(&page, u"apps-cgroups"_s);
        page.setCurrentKind(AppsPage::Kind::Processes);
        page.searchField()->setText(u"sh"_s);
        save(&page, u"apps-processes-search"_s);
        page.searchField()->clear();
        page.setCurrentKind(AppsPage::Kind::Applications);

        // The busiest application's dashboard over the second half of the recording.
        const QString busiest = page.view(AppsPage::Kind::Applications)->model()->index(0, 0).data().toString();
        gui::SessionController session2;
        FakeSource source2;
        session2.follow(&source2, gui::TimeLabeler::Mode::SinceStart);
        AppsController c2(&session2);
        AppsPage page2(&c2);
        page2.resize(1400, 900);
        page2.show();
        source2.deliver(rec.session);
        const qsizetype half = rec.frames.size() / 2;
        for (qsizetype i = 0; i < half; ++i)
            source2.deliver(rec.frames[i]);
        page2.openDashboard(AppSubject::application(busiest));
        for (qsizetype i = half; i < rec.frames.size(); ++i)
            source2.deliver(rec.frames[i]);
        const ApplicationRow *before = nullptr;
        AppsAggregator half1(rec.session, AppRules::defaults());
        for (qsizetype i = 0; i < half; ++i)
            half1.push(rec.frames[i]);
        before = half1.latest()->application(busiest);
        const ApplicationRow *after = r->application(busiest);
        QVERIFY(before && after);
        QCOMPARE(page2.dashboard()->total(u"file_open"_s),
                 std::optional<double>(double(after->totals.cumulative[col] - before->totals.cumulative[col])));
        save(&page2, u"apps-dashboard"_s);
        // A cgroup's dashboard: its totals since the session began are the cgroup row's.
        const CgroupRow &cgroup = r->cgroups.last();
        page2.openDashboard(AppSubject::cgroup(cgroup.path, cgroup.name.name));
        QVERIFY(page2.dashboard()->headerText().contains(cgroup.path));
        const QModelIndex cgroupOpens = page2.dashboard()->totalsModel()->indexOf(u"file_open"_s)
                                            .siblingAtColumn(MetricTotalsModel::SessionColumn);
        QCOMPARE(cgroupOpens.data().toString(), QLocale().toString(double(cgroup.totals.cumulative[col]), 'f', 0));
        page2.openDashboard(AppSubject::application(busiest));
        page2.dashboard()->totalsView()->setCurrentIndex(page2.dashboard()->totalsModel()->indexOf(u"vfs_read_bytes"_s));
        save(&page2, u"apps-dashboard-vfs"_s);

        RulesEditorDialog rules(&c);
        rules.resize(760, 560);
        rules.tester()->setText(u"cc1plus"_s);
        save(&rules, u"apps-rules-editor"_s);
        ProcessPickerDialog picker(&c);
        picker.resize(1000, 560);
        save(&picker, u"apps-process-picker"_s);
    }

    // The page in the main window: its navigation entry and menu action, Enter for a dashboard.
    void inTheMainWindow()
    {
        gui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openRecording(recordedFixture()));
        QTRY_COMPARE(window.source()->state(), StreamSource::State::Ended);
        QVERIFY(window.navigationModel()->indexFor(gui::NavigationModel::applicationsPageKey()).isValid());
        QVERIFY(window.appsAction()->isEnabled());
        window.appsAction()->trigger();
        QCOMPARE(window.currentPageKey(), gui::NavigationModel::applicationsPageKey());
        AppsPage *page = window.appsPage();
        QTRY_VERIFY(page->model(AppsPage::Kind::Applications)->rowCount() >= 3);
        save(&window, u"apps-main-window"_s);
        QTreeView *view = page->view(AppsPage::Kind::Applications);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(page->isDashboardShown());
        QCOMPARE(window.currentPageKey(), gui::NavigationModel::applicationsPageKey());
        save(&window, u"apps-main-window-dashboard"_s);
    }
};

QTEST_MAIN(TestAppsPage)
#include "tst_apps_page.moc"
