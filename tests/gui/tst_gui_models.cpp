// The GUI's logic without windows: the dashboard catalog from session
// metadata, the navigation and attach-details models (under
// QAbstractItemModelTester), number and time formatting, the command line
// and what each session state says.
#include "attach_details_model.h"
#include "attach_summary.h"
#include "chart_catalog.h"
#include "gui_test_support.h"
#include "launch_options.h"
#include "navigation_model.h"
#include "state_presentation.h"
#include "time_axis.h"
#include "value_format.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace kinsight;
using namespace kinsight::gui;
using namespace kinsight::guitest;
using namespace Qt::StringLiterals;

namespace {

QStringList childTexts(const QAbstractItemModel &model, const QModelIndex &parent = {}, int column = 0)
{
    QStringList texts;
    for (int r = 0; r < model.rowCount(parent); ++r)
        texts.append(model.index(r, column, parent).data().toString());
    return texts;
}

QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent, const QString &text)
{
    for (int r = 0; r < model.rowCount(parent); ++r)
        if (model.index(r, 0, parent).data().toString() == text)
            return model.index(r, 0, parent);
    return {};
}

}  // namespace

class TestGuiModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());  // fixed separators in formatted numbers
    }

    void catalogFollowsSessionMetadata()
    {
        const ChartCatalog catalog(loadFixture().session);
        QStringList sections;
        for (const CatalogSection &s : catalog.sections())
            sections.append(s.name);
        QCOMPARE(sections, (QStringList{u"Filesystem"_s, u"eBPF"_s}));  // seed order, not session order
        QStringList families;
        for (const CatalogFamily &f : catalog.sections()[0].families)
            families.append(f.name);
        QCOMPARE(families, (QStringList{u"File descriptor"_s, u"VFS"_s}));
        QCOMPARE(catalog.sections()[1].families[0].name, u"Process"_s);

        QStringList overview;
        for (const CatalogChart &c : catalog.overviewCharts())
            overview.append(c.id);
        QCOMPARE(overview, ChartCatalog::preferredOverviewCharts());

        const CatalogChart *create = catalog.chart(u"filesystem.vfs_create"_s);
        QVERIFY(create);
        QVERIFY(!create->hasMeasuredDimension());
        QVERIFY(create->dimensions[0].unavailableReason.contains(u"vfs_create needs trampoline or probe mode"_s));
        const CatalogChart *status = catalog.chart(u"system.process_status"_s);
        QVERIFY(status && status->isGauge());
        QVERIFY(!catalog.chart(u"system.process_thread"_s)->isGauge());

        // The charts that cannot draw anything close their family.
        const QList<CatalogChart> &vfs = catalog.sections()[0].families[1].charts;
        QCOMPARE(vfs.size(), 10);
        for (int i = 0; i < 7; ++i)
            QVERIFY2(vfs[i].hasMeasuredDimension(), qPrintable(vfs[i].id));
        for (int i = 7; i < 10; ++i)
            QVERIFY2(!vfs[i].hasMeasuredDimension(), qPrintable(vfs[i].id));
    }

    void errorChartsInEntryModeAreUnavailable()
    {
        SessionInfo session = loadFixture().session;
        session.loadMode = u"entry"_s;
        const ChartCatalog catalog(session);
        const CatalogChart *errors = catalog.chart(u"filesystem.file_error"_s);
        QVERIFY(errors);
        for (const CatalogDimension &d : errors->dimensions)
            QVERIFY(d.unavailableReason.contains(u"load mode \"return\""_s));
        QVERIFY(catalog.chart(u"filesystem.file_descriptor"_s)->hasMeasuredDimension());
    }

    void moduleNotLoadedMakesItsChartsUnavailable()
    {
        SessionInfo session = syntheticSession();
        session.modules[0].loaded = false;
        session.modules[0].error = u"BTF for this kernel not found"_s;
        const ChartCatalog catalog(session);
        QCOMPARE(catalog.chart(u"filesystem.demo_io"_s)->dimensions[0].unavailableReason,
                 u"BTF for this kernel not found"_s);
    }

    void newSectionsNeedNoGuiChange()
    {
        SessionInfo session = syntheticSession();
        session.modules[0].charts[0].section = u"Memory"_s;
        session.modules[0].charts[0].family = u"Page cache"_s;
        session.modules[0].charts[1].section = u"Sockets"_s;  // unknown to the seed: goes last
        const ChartCatalog catalog(session);
        QStringList sections;
        for (const CatalogSection &s : catalog.sections())
            sections.append(s.name);
        QCOMPARE(sections, (QStringList{u"Memory"_s, u"eBPF"_s, u"Sockets"_s}));
        // No known headline chart: each module's first measured chart stands in.
        QCOMPARE(catalog.overviewCharts().size(), 1);
        QCOMPARE(catalog.overviewCharts()[0].id, u"filesystem.demo_io"_s);
    }

    void sameShape()
    {
        const ChartCatalog a(syntheticSession());
        QVERIFY(a.sameShape(ChartCatalog(syntheticSession())));
        SessionInfo other = syntheticSession();
        other.modules[0].unavailable.clear();
        QVERIFY(!a.sameShape(ChartCatalog(other)));
    }

    void navigationModel()
    {
        NavigationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(ChartCatalog(loadFixture().session));
        QCOMPARE(childTexts(model), (QStringList{u"System Overview"_s, u"Filesystem"_s, u"eBPF"_s}));
        const QModelIndex filesystem = model.index(1, 0);
        QCOMPARE(childTexts(model, filesystem), (QStringList{u"File descriptor"_s, u"VFS"_s}));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.index(0, 0).data(NavigationModel::PageRole).toString(), NavigationModel::overviewPageKey());
        const QModelIndex vfs = model.indexFor(u"Filesystem"_s, u"VFS"_s);
        QCOMPARE(vfs.parent(), filesystem);
        QCOMPARE(vfs.data(NavigationModel::FamilyRole).toString(), u"VFS"_s);
        QCOMPARE(model.indexFor(u"eBPF"_s), model.index(2, 0));
        QVERIFY(!model.indexFor(u"Memory"_s).isValid());

        // A new snapshot replaces the old one in one reset.
        model.setCatalog(ChartCatalog(syntheticSession()));
        QCOMPARE(childTexts(model), (QStringList{u"System Overview"_s, u"Filesystem"_s, u"eBPF"_s}));
        QCOMPARE(childTexts(model, model.index(1, 0)), QStringList{u"VFS"_s});
        model.setCatalog(ChartCatalog());
        QCOMPARE(model.rowCount(), 0);
    }

    void attachDetailsModel()
    {
        AttachDetailsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(loadFixture().session);
        QCOMPARE(childTexts(model), (QStringList{u"process"_s, u"fd"_s, u"vfs"_s}));
        QCOMPARE(model.columnCount(), 4);

        const QModelIndex vfs = model.index(2, 0);
        const QModelIndex read = childNamed(model, vfs, u"read"_s);
        QVERIFY(read.isValid());
        QCOMPARE(read.siblingAtColumn(AttachDetailsModel::AttachedColumn).data().toString(),
                 u"tp_btf sys_exit (read, pread64, readv, preadv, preadv2)"_s);
        QCOMPARE(read.siblingAtColumn(AttachDetailsModel::FamilyColumn).data().toString(), u"tracepoint"_s);
        QVERIFY(read.siblingAtColumn(AttachDetailsModel::NoteColumn).data().toString().startsWith(u"counts the syscalls"_s));
        QCOMPARE(model.rowCount(read), 1);
        const QModelIndex rejected = model.index(0, 0, read);
        QCOMPARE(rejected.data().toString(), u"fexit vfs_read, vfs_readv"_s);
        QCOMPARE(rejected.siblingAtColumn(AttachDetailsModel::AttachedColumn).data().toString(), u"rejected"_s);
        QVERIFY(rejected.siblingAtColumn(AttachDetailsModel::NoteColumn).data().toString().contains(u"EPERM"_s));
        QCOMPARE(rejected.data(AttachDetailsModel::KindRole).value<AttachDetailsModel::RowKind>(),
                 AttachDetailsModel::RowKind::Rejected);

        const QModelIndex create = childNamed(model, vfs, u"create"_s);
        QCOMPARE(create.siblingAtColumn(AttachDetailsModel::AttachedColumn).data().toString(), u"not attached"_s);
        const QModelIndex closeHook = childNamed(model, model.index(1, 0), u"close"_s);
        QCOMPARE(childTexts(model, closeHook), (QStringList{u"fexit file_close_fd"_s, u"fexit close_fd"_s}));

        const QModelIndex unavailable = childNamed(model, vfs, u"vfs_create"_s);
        QVERIFY(unavailable.isValid());
        QCOMPARE(unavailable.data(AttachDetailsModel::KindRole).value<AttachDetailsModel::RowKind>(),
                 AttachDetailsModel::RowKind::Unavailable);
        QVERIFY(unavailable.siblingAtColumn(AttachDetailsModel::NoteColumn).data().toString().contains(u"O_CREAT"_s));

        model.setSession(syntheticSession());
        QCOMPARE(childTexts(model), QStringList{u"demo"_s});
    }

    void attachSummary()
    {
        const SessionInfo session = loadFixture().session;
        QCOMPARE(AttachSummary::shortText(*session.module(u"process"_s)), u"process: tracepoint"_s);
        QCOMPARE(AttachSummary::shortText(*session.module(u"vfs"_s)), u"vfs: tracepoint, 6 of 7 hooks"_s);
        ModuleInfo failed = *session.module(u"fd"_s);
        failed.loaded = false;
        QCOMPARE(AttachSummary::shortText(failed), u"fd: not loaded"_s);
        QVERIFY(AttachSummary::tooltip(*session.module(u"vfs"_s)).contains(u"create: not attached"_s));
    }

    void scale_data()
    {
        QTest::addColumn<QString>("units");
        QTest::addColumn<double>("largest");
        QTest::addColumn<double>("divisor");
        QTest::addColumn<QString>("scaled");
        QTest::newRow("calls stay") << u"calls/s"_s << 1e9 << 1.0 << u"calls/s"_s;
        QTest::newRow("small bytes") << u"bytes/s"_s << 1000.0 << 1.0 << u"B/s"_s;
        QTest::newRow("KiB") << u"bytes/s"_s << 1024.0 << 1024.0 << u"KiB/s"_s;
        QTest::newRow("MiB") << u"bytes/s"_s << 27862900.0 << 1048576.0 << u"MiB/s"_s;
        QTest::newRow("GiB") << u"bytes/s"_s << 5e9 << 1073741824.0 << u"GiB/s"_s;
        QTest::newRow("bytes gauge") << u"bytes"_s << 2048.0 << 1024.0 << u"KiB"_s;
        QTest::newRow("negative") << u"bytes/s"_s << -4096.0 << 1024.0 << u"KiB/s"_s;
    }
    void scale()
    {
        QFETCH(QString, units);
        QFETCH(double, largest);
        QFETCH(double, divisor);
        QFETCH(QString, scaled);
        const UnitScale s = scaleFor(units, largest);
        QCOMPARE(s.divisor, divisor);
        QCOMPARE(s.units, scaled);
    }

    void exactValues_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("units");
        QTest::addColumn<QString>("text");
        QTest::newRow("rate") << 1788.5123 << u"calls/s"_s << u"1,788.51 calls/s"_s;
        QTest::newRow("whole") << 42.0 << u"calls/s"_s << u"42 calls/s"_s;
        QTest::newRow("bytes") << 27862900.0 << u"bytes/s"_s << u"27,862,900 B/s (26.57 MiB/s)"_s;
        QTest::newRow("gauge") << -1.0 << u"tasks"_s << u"-1 tasks"_s;
    }
    void exactValues()
    {
        QFETCH(double, value);
        QFETCH(QString, units);
        QFETCH(QString, text);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(formatExact(value, units), text);
        QLocale::setDefault(QLocale::c());
    }

    void niceRanges_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<int>("ticks");
        QTest::newRow("zeros") << 0.0 << 0.0 << 0.0 << 1.0 << 3;
        QTest::newRow("up to 42") << 0.0 << 42.0 << 0.0 << 50.0 << 6;
        QTest::newRow("exactly 40: headroom") << 0.0 << 40.0 << 0.0 << 50.0 << 6;
        QTest::newRow("13333") << 0.0 << 13333.0 << 0.0 << 15000.0 << 4;
        QTest::newRow("negative gauge") << -3.0 << 5.0 << -4.0 << 6.0 << 6;
        QTest::newRow("0.3, not 0.30000000000000004") << 0.0 << 0.3 << 0.0 << 0.4 << 5;
    }
    void niceRanges()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(int, ticks);
        const AxisRange r = niceRange(low, high);
        QVERIFY(r.min <= low && r.max > high);
        QVERIFY2(qFuzzyCompare(r.min + 1, min + 1), qPrintable(QString::number(r.min)));
        QVERIFY2(qFuzzyCompare(r.max, max), qPrintable(QString::number(r.max)));
        QCOMPARE(r.tickCount, ticks);
    }

    void sinceStartLabels()
    {
        const TimeLabeler labeler(TimeLabeler::Mode::SinceStart, 1915.0);
        QCOMPARE(labeler.label(1915.0), u"0:00"_s);
        QCOMPARE(labeler.label(1925.4), u"0:10"_s);
        QCOMPARE(labeler.label(1915.0 + 3725), u"1:02:05"_s);
        QCOMPARE(timeTicks(labeler, 1915.0, 1935.0), (QList<double>{1915, 1920, 1925, 1930, 1935}));
        QCOMPARE(timeTicks(labeler, 1915.0, 1915.0 + 3600).size(), 7);  // every 10 min
        QVERIFY(timeTicks(labeler, 10, 10).isEmpty());
    }

    void wallClockTicksAreRoundSeconds()
    {
        const qint64 wall = QDateTime(QDate(2026, 3, 1), QTime(14, 32, 7, 250)).toMSecsSinceEpoch();
        const TimeLabeler labeler(TimeLabeler::Mode::WallClock, 500.0, wall);
        QCOMPARE(labeler.label(500.0), u"14:32:07"_s);
        QCOMPARE(labeler.label(560.0), u"14:33:07"_s);
        const QList<double> ticks = timeTicks(labeler, 500.0, 560.0);
        QVERIFY(!ticks.isEmpty());
        for (double t : ticks)
            QVERIFY2(labeler.label(t).endsWith(u"0"_s), qPrintable(labeler.label(t)));  // 10 s steps: hh:mm:s0
        QCOMPARE(labeler.label(ticks.first()), u"14:32:10"_s);
        QVERIFY(labeler.axisTitle().isEmpty());
        QCOMPARE(labeler.tickLabel(560.0, 10), u"14:33:07"_s);
        QCOMPARE(labeler.tickLabel(560.0, 600), u"14:33"_s);  // minute ticks need no seconds
        QCOMPARE(timeTickStep(3600), 600.0);
        QCOMPARE(timeTickStep(60), 10.0);
    }

    void launchOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("replay");
        QTest::addColumn<double>("interval");
        QTest::addColumn<QStringList>("modules");
        QTest::addColumn<QString>("loadMode");
        const QStringList defaults{u"process"_s, u"fd"_s, u"vfs"_s};
        QTest::newRow("defaults") << QStringList{} << true << QString() << 1.0 << defaults << u"entry"_s;
        QTest::newRow("replay") << QStringList{u"--replay"_s, u"x.ksrec"_s} << true << u"x.ksrec"_s << 1.0 << defaults
                                << u"entry"_s;
        QTest::newRow("all live options")
            << QStringList{u"--interval"_s, u"0.5"_s, u"--modules"_s, u"vfs, fd,vfs"_s, u"--load-mode"_s, u"return"_s}
            << true << QString() << 0.5 << QStringList{u"vfs"_s, u"fd"_s} << u"return"_s;
        QTest::newRow("interval too small") << QStringList{u"--interval"_s, u"0.01"_s} << false << QString() << 0.0
                                            << QStringList{} << QString();
        QTest::newRow("bad load mode") << QStringList{u"--load-mode"_s, u"exit"_s} << false << QString() << 0.0
                                       << QStringList{} << QString();
        QTest::newRow("bad module name") << QStringList{u"--modules"_s, u"../etc"_s} << false << QString() << 0.0
                                         << QStringList{} << QString();
        QTest::newRow("unknown option") << QStringList{u"--kprobes"_s} << false << QString() << 0.0 << QStringList{}
                                        << QString();
    }
    void launchOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, ok);
        QFETCH(QString, replay);
        QFETCH(double, interval);
        QFETCH(QStringList, modules);
        QFETCH(QString, loadMode);
        LaunchOptions options;
        QString message;
        const auto result = LaunchParser::parse(QStringList{u"kinsight"_s} + arguments, &options, &message);
        QCOMPARE(result == LaunchParser::Result::Ok, ok);
        if (!ok) {
            QVERIFY(!message.isEmpty());
            return;
        }
        QCOMPARE(options.replayPath, replay);
        QCOMPARE(options.request.intervalSeconds, interval);
        QCOMPARE(options.request.modules, modules);
        QCOMPARE(options.request.loadMode, loadMode);
    }

    void everyStateSaysWhatToDo()
    {
        const QMetaEnum states = QMetaEnum::fromType<StreamSource::State>();
        for (int i = 0; i < states.keyCount(); ++i) {
            const auto state = StreamSource::State(states.value(i));
            for (SourceKind kind : {SourceKind::Live, SourceKind::Recording}) {
                const StatePresentation p = StatePresenter::present(state, u"why"_s, kind);
                QVERIFY2(!p.headline.isEmpty(), states.key(i));
                QCOMPARE(p.message, u"why"_s);
                QVERIFY2(!StatePresenter::shortState(state, kind).isEmpty(), states.key(i));
                if (state != StreamSource::State::Running)
                    QVERIFY2(!p.actions.isEmpty(), states.key(i));  // a way forward from every non-happy state
            }
        }
        using State = StreamSource::State;
        const auto live = [](State s) { return StatePresenter::present(s, {}, SourceKind::Live).actions; };
        QCOMPARE(live(State::HelperMissing), (QList<StateAction>{StateAction::Retry, StateAction::OpenRecording}));
        QCOMPARE(live(State::NotAuthorized), (QList<StateAction>{StateAction::Retry, StateAction::OpenRecording}));
        QCOMPARE(live(State::KernelUnsupported), (QList<StateAction>{StateAction::Retry, StateAction::OpenRecording}));
        QCOMPARE(live(State::Reconnecting), QList<StateAction>{StateAction::OpenRecording});
        QVERIFY(StatePresenter::present(State::Reconnecting, {}, SourceKind::Live).busy);
        QVERIFY(StatePresenter::isHappy(State::Running));
        QVERIFY(!StatePresenter::isHappy(State::Reconnecting));
    }
};

QTEST_MAIN(TestGuiModels)
#include "tst_gui_models.moc"
