// The whole window: sections from the session, a replayed recording filling
// every chart with RateCalculator's rates, pause/resume, the time window,
// every non-happy state with its message and action, reconnecting, dropped
// frames, attach details, keyboard and saved settings.
#include "attach_details_dialog.h"
#include "attach_details_model.h"
#include "chart_page.h"
#include "chart_widget.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "navigation_model.h"
#include "rates.h"
#include "session_controller.h"
#include "state_panel.h"
#include "status_bar_panel.h"

#include <QAction>
#include <QCategoryAxis>
#include <QComboBox>
#include <QLineSeries>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace kinsight;
using namespace kinsight::gui;
using namespace kinsight::guitest;
using namespace Qt::StringLiterals;

namespace {

QStringList topLevelTexts(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int r = 0; r < model->rowCount(); ++r)
        texts.append(model->index(r, 0).data().toString());
    return texts;
}

// A window fed by a FakeSource the test drives, already past the header.
struct FedWindow {
    MainWindow window;
    FakeSource *source = new FakeSource;

    explicit FedWindow(const SessionInfo &session = syntheticSession())
    {
        window.resize(1280, 860);
        window.show();
        window.activateWindow();  // shortcuts go to the active window
        if (!QTest::qWaitForWindowActive(&window))
            qWarning("the window did not become active");
        window.runSource(source, SourceKind::Live);
        source->deliver(session);
        source->enterState(StreamSource::State::Running, u"Measuring (session 1)"_s);
    }
    void feed(const QList<Frame> &frames)
    {
        for (const Frame &f : frames)
            source->deliver(f);
    }
    QLineSeries *series(const QString &page, const QString &chart, const QString &dim)
    {
        return window.page(page)->chart(chart)->series(dim);
    }
};

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        useTestSettings();
    }

    void opensWithTheSessionsSections()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isStatePageShown());  // nothing to chart yet
        QVERIFY(window.openRecording(fixturePath()));
        QTRY_COMPARE(window.source()->state(), StreamSource::State::Ended);

        QCOMPARE(topLevelTexts(window.navigationModel()),
                 (QStringList{u"System Overview"_s, u"Filesystem"_s, u"eBPF"_s, u"Applications"_s, u"Collector cost"_s,
                              u"Settings"_s, u"Diagnostics"_s}));
        QCOMPARE(window.pageKeys(), (QStringList{NavigationModel::overviewPageKey(), u"Filesystem"_s, u"eBPF"_s}));
        QVERIFY(!window.isStatePageShown());
        QCOMPARE(window.currentPageKey(), NavigationModel::overviewPageKey());
        QVERIFY(!window.stateBar()->isVisible());  // a recording that played to its end is no problem
        QVERIFY(window.windowTitle().contains(u"live-session.ksrec"_s));

        QStringList overview;
        for (ChartWidget *c : window.page(NavigationModel::overviewPageKey())->charts())
            overview.append(c->info().id);
        QCOMPARE(overview, (QStringList{u"system.process_thread"_s, u"filesystem.file_descriptor"_s,
                                        u"filesystem.vfs_io"_s, u"filesystem.vfs_io_bytes"_s}));
        QCOMPARE(window.page(u"Filesystem"_s)->charts().size(), 12);
        QCOMPARE(window.page(u"eBPF"_s)->charts().size(), 4);

        QCOMPARE(window.statusPanel()->attachTexts(),
                 (QStringList{u"process: tracepoint"_s, u"fd: tracepoint"_s, u"vfs: tracepoint, 6 of 7 hooks"_s}));
        QCOMPARE(window.statusPanel()->droppedText(), u"Dropped frames: 0"_s);
        QCOMPARE(window.statusPanel()->stateText(), u"Recording replayed"_s);
    }

    void replayFillsEveryChartWithTheRecordedRates()
    {
        const Recording recording = loadFixture();
        RateCalculator calculator(recording.session);
        QList<RateFrame> expected;
        for (const Frame &f : recording.frames)
            if (auto r = calculator.push(f))
                expected.append(*r);
        QCOMPARE(expected.size(), 20);

        MainWindow window;
        window.setWindowMinutes(1);
        window.show();
        QVERIFY(window.openRecording(fixturePath()));
        QTRY_COMPARE(window.source()->state(), StreamSource::State::Ended);
        QTRY_COMPARE(window.controller()->sampleCount(), 20);

        int checkedValues = 0;
        for (const QString &key : window.pageKeys()) {
            window.showPage(key);
            QTRY_VERIFY(window.page(key)->charts().first()->plottedDimensions().isEmpty()
                        || window.page(key)->charts().first()->series(
                               window.page(key)->charts().first()->plottedDimensions().first())->count() > 0);
            for (ChartWidget *chart : window.page(key)->charts()) {
                for (const QString &dim : chart->plottedDimensions()) {
                    const QList<QPointF> points = chart->series(dim)->points();
                    QCOMPARE(points.size(), expected.size());
                    for (qsizetype i = 0; i < points.size(); ++i) {
                        QCOMPARE(points[i].x(), expected[i].time);
                        QCOMPARE(points[i].y(), expected[i].charts[chart->info().id][dim] / chart->scale().divisor);
                        ++checkedValues;
                    }
                }
            }
        }
        QVERIFY(checkedValues > 500);

        // One value spelled out: open() calls per second in the recording's second interval.
        ChartWidget *fd = window.page(u"Filesystem"_s)->chart(u"filesystem.file_descriptor"_s);
        const ModuleFrame *before = recording.frames[1].module(u"fd"_s);
        const ModuleFrame *after = recording.frames[2].module(u"fd"_s);
        const double seconds = double(recording.frames[2].monotonicNs - recording.frames[1].monotonicNs) / 1e9;
        QCOMPARE(fd->series(u"open"_s)->at(1).y(), double(after->global[0] - before->global[0]) / seconds);
    }

    void replayAgainStartsAfresh()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openRecording(fixturePath()));
        QTRY_COMPARE(window.source()->state(), StreamSource::State::Ended);
        QVERIFY(window.replayAction()->isEnabled());
        window.replayAction()->trigger();
        QTRY_COMPARE(window.source()->state(), StreamSource::State::Ended);
        // The same samples again, not twice.
        QCOMPARE(window.controller()->sampleCount(), 20);
        QLineSeries *open =
            window.page(NavigationModel::overviewPageKey())->chart(u"filesystem.file_descriptor"_s)->series(u"open"_s);
        QTRY_COMPARE(open->count(), 20);
    }

    void unavailableDimensionsAreShownWithTheirReason()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openRecording(fixturePath()));
        QTRY_COMPARE(window.source()->state(), StreamSource::State::Ended);
        window.showPage(u"Filesystem"_s, u"VFS"_s);
        ChartWidget *create = window.page(u"Filesystem"_s)->chart(u"filesystem.vfs_create"_s);
        QVERIFY(create);
        QVERIFY(!create->series(u"create"_s));
        QVERIFY(create->unavailableText().contains(u"unavailable: no tracepoint tells whether open(O_CREAT)"_s));
        ChartWidget *openErrors = window.page(u"Filesystem"_s)->chart(u"filesystem.vfs_open_error"_s);
        QVERIFY(openErrors->plottedDimensions().isEmpty());
        QVERIFY(openErrors->unavailableText().contains(u"vfs_open errors need trampoline or probe mode"_s));
        // Measured charts have no such line.
        QVERIFY(window.page(u"Filesystem"_s)->chart(u"filesystem.vfs_io"_s)->unavailableText().isEmpty());
    }

    void pauseStopsUpdatesAndResumeContinues()
    {
        FedWindow fed;
        fed.window.setWindowMinutes(5);
        fed.feed(syntheticFrames(30));
        QLineSeries *read = fed.series(u"Filesystem"_s, u"filesystem.demo_io"_s, u"read"_s);
        fed.window.showPage(u"Filesystem"_s);
        QTRY_COMPARE(read->count(), 29);

        // The keyboard shortcut, as a user would.
        QVERIFY(fed.window.pauseAction()->isEnabled());
        QTest::keyClick(&fed.window, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(fed.window.controller()->isPaused());
        QVERIFY(!fed.window.statusPanel()->pausedText().isEmpty());
        fed.feed(syntheticFrames(10, 30));  // t = 130 … 139
        QTest::qWait(200);
        QCOMPARE(read->count(), 29);
        QCOMPARE(fed.window.controller()->sampleCount(), 39);  // kept while paused
        // Another window while paused still shows the paused moment.
        fed.window.setWindowMinutes(1);
        QCOMPARE(read->count(), 29);
        QCOMPARE(read->points().last().x(), 129.0);

        fed.window.pauseAction()->trigger();
        QVERIFY(!fed.window.controller()->isPaused());
        QTRY_COMPARE(read->count(), 39);
        QCOMPARE(read->points().last().x(), 139.0);
        QVERIFY(fed.window.statusPanel()->pausedText().isEmpty());
        fed.feed({syntheticFrame(41, 140, {400, 120, 4096 * 40 * 40, 0, 200, 160})});
        QTRY_COMPARE(read->count(), 40);
    }

    void timeWindowTrimsTheVisibleRange()
    {
        FedWindow fed;
        fed.window.showPage(u"Filesystem"_s);
        fed.feed(syntheticFrames(1000));  // t = 100 … 1099, samples from 101
        QLineSeries *read = fed.series(u"Filesystem"_s, u"filesystem.demo_io"_s, u"read"_s);
        QCategoryAxis *axis = fed.window.page(u"Filesystem"_s)->chart(u"filesystem.demo_io"_s)->timeAxis();

        struct Case {
            int shortcutKey;
            int minutes;
            int points;
            double span;
        };
        for (const Case &c : {Case{Qt::Key_1, 1, 61, 60}, Case{Qt::Key_2, 5, 301, 300}, Case{Qt::Key_3, 15, 901, 900},
                              Case{Qt::Key_4, 60, 999, 999}, Case{Qt::Key_1, 1, 61, 60}}) {
            QTest::keyClick(&fed.window, Qt::Key(c.shortcutKey), Qt::ControlModifier);
            QCOMPARE(fed.window.windowMinutes(), c.minutes);
            QCOMPARE(fed.window.windowSelector()->currentData().toInt(), c.minutes);
            QTRY_COMPARE(read->count(), c.points);
            QCOMPARE(read->points().last().x(), 1099.0);
            QCOMPARE(axis->max() - axis->min(), c.span);  // 60 min reaches back only to the session's start
            QCOMPARE(axis->max(), 1099.0);
        }
    }

    void eachProblemShowsItsMessageAndAction_data()
    {
        QTest::addColumn<StreamSource::State>("state");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QList<StateAction>>("actions");
        using S = StreamSource::State;
        QTest::newRow("connecting") << S::Connecting << u"Connecting to the Kinsight helper…"_s
                                    << QList<StateAction>{StateAction::OpenRecording, StateAction::Cancel};
        QTest::newRow("helper missing") << S::HelperMissing << u"The Kinsight helper is not available"_s
                                        << QList<StateAction>{StateAction::Retry, StateAction::OpenRecording};
        QTest::newRow("not authorized") << S::NotAuthorized << u"Not authorized to measure this system"_s
                                        << QList<StateAction>{StateAction::Retry, StateAction::OpenRecording};
        QTest::newRow("kernel without BTF") << S::KernelUnsupported << u"This kernel cannot run Kinsight's probes"_s
                                            << QList<StateAction>{StateAction::OpenDiagnostics, StateAction::Retry,
                                                                  StateAction::OpenRecording};
        QTest::newRow("failed") << S::Failed << u"The session failed"_s
                                << QList<StateAction>{StateAction::Retry, StateAction::OpenDiagnostics,
                                                      StateAction::OpenRecording};
        QTest::newRow("helper died") << S::Reconnecting << u"The helper went away — reconnecting by itself"_s
                                     << QList<StateAction>{StateAction::OpenRecording};
        QTest::newRow("ended") << S::Ended << u"The session ended"_s
                               << QList<StateAction>{StateAction::Retry, StateAction::OpenRecording};
    }
    void eachProblemShowsItsMessageAndAction()
    {
        QFETCH(StreamSource::State, state);
        QFETCH(QString, headline);
        QFETCH(QList<StateAction>, actions);
        MainWindow window;
        window.show();
        auto *fake = new FakeSource;
        window.runSource(fake, SourceKind::Live);
        const QString message = u"What happened, and what to do: %1"_s.arg(int(state));
        fake->enterState(state, message);

        QVERIFY(window.isStatePageShown());
        QVERIFY(!window.navigationView()->isVisible());
        QCOMPARE(window.statePage()->headlineText(), headline);
        QCOMPARE(window.statePage()->messageText(), message);
        QList<StateAction> visible = window.statePage()->visibleActions();
        std::sort(visible.begin(), visible.end());
        std::sort(actions.begin(), actions.end());
        QCOMPARE(visible, actions);
        for (StateAction a : actions)
            QVERIFY(window.statePage()->button(a)->isVisible());
        QCOMPARE(window.statusPanel()->stateText(), StatePresenter::shortState(state, SourceKind::Live));
    }

    void retryStartsTheSessionAgain()
    {
        MainWindow window;
        window.show();
        auto *fake = new FakeSource;
        window.runSource(fake, SourceKind::Live);
        QCOMPARE(fake->starts, 1);
        fake->enterState(StreamSource::State::NotAuthorized, u"polkit said no"_s);
        QTest::mouseClick(window.statePage()->button(StateAction::Retry), Qt::LeftButton);
        QCOMPARE(fake->starts, 2);
        QCOMPARE(window.statePage()->headlineText(), u"Connecting to the Kinsight helper…"_s);
        QTest::mouseClick(window.statePage()->button(StateAction::Cancel), Qt::LeftButton);
        QCOMPARE(fake->stops, 1);
        QCOMPARE(window.statePage()->headlineText(), u"The session ended"_s);
    }

    void diagnosticsAndSettingsWorkWithoutASession()
    {
        MainWindow window;
        window.show();
        auto *fake = new FakeSource;
        window.runSource(fake, SourceKind::Live);
        fake->enterState(StreamSource::State::KernelUnsupported, u"no BTF"_s);
        QVERIFY(window.isStatePageShown());
        QTest::mouseClick(window.statePage()->button(StateAction::OpenDiagnostics), Qt::LeftButton);
        QCOMPARE(window.currentPageKey(), NavigationModel::diagnosticsPageKey());
        QVERIFY(window.navigationView()->isVisible());
        QCOMPARE(topLevelTexts(window.navigationModel()), (QStringList{u"Settings"_s, u"Diagnostics"_s}));
        QVERIFY(window.stateBar()->isVisible());  // the problem stays in sight, with Retry
        fake->enterState(StreamSource::State::Failed, u"still no BTF"_s);
        QCOMPARE(window.currentPageKey(), NavigationModel::diagnosticsPageKey());  // not yanked away

        window.settingsAction()->trigger();
        QCOMPARE(window.currentPageKey(), NavigationModel::settingsPageKey());
        QVERIFY(window.diagnosticsAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        window.diagnosticsAction()->trigger();
        QCOMPARE(window.currentPageKey(), NavigationModel::diagnosticsPageKey());
    }

    void liveSessionsUseTheRequestAndTheFactory()
    {
        MainWindow window;
        FakeSource *made = nullptr;
        window.setLiveSourceFactory([&made](QObject *parent) { return made = new FakeSource(parent); });
        SessionRequest request = LaunchOptions::defaultRequest();
        request.modules = {u"vfs"_s};
        request.loadMode = u"return"_s;
        request.intervalSeconds = 2;
        window.startLive(request);
        QVERIFY(made);
        QCOMPARE(window.source(), made);
        QCOMPARE(made->lastRequest.modules, QStringList{u"vfs"_s});
        QCOMPARE(made->lastRequest.loadMode, u"return"_s);
        QCOMPARE(made->lastRequest.intervalSeconds, 2.0);
    }

    void helperDiesWhileChartsShowAndComesBack()
    {
        FedWindow fed;
        fed.feed(syntheticFrames(20));
        QTRY_COMPARE(fed.window.controller()->sampleCount(), 19);
        fed.source->enterState(StreamSource::State::Reconnecting,
                               u"kinsight-helper went away (closed the stream); reconnecting in 2 s."_s);
        // The charts stay; a bar above them explains.
        QVERIFY(!fed.window.isStatePageShown());
        QVERIFY(fed.window.stateBar()->isVisible());
        QCOMPARE(fed.window.stateBar()->headlineText(), u"The helper went away — reconnecting by itself"_s);
        QVERIFY(fed.window.stateBar()->messageText().contains(u"reconnecting in 2 s"_s));
        QCOMPARE(fed.window.statusPanel()->stateText(), u"Reconnecting…"_s);

        // Back with the same charts: the history goes on, counters restart from zero.
        fed.source->deliver(syntheticSession());
        fed.source->enterState(StreamSource::State::Running, u"Measuring (session 2)"_s);
        QVERIFY(!fed.window.stateBar()->isVisible());
        fed.feed(syntheticFrames(5, 0, 30));  // new session: counters from zero, t = 130 … 134
        QTRY_COMPARE(fed.window.controller()->sampleCount(), 19 + 4);
        QLineSeries *read = fed.series(NavigationModel::overviewPageKey(), u"filesystem.demo_io"_s, u"read"_s);
        QTRY_COMPARE(read->count(), 23);
        QCOMPARE(read->points().last().y(), 10.0);  // no spike from the restarted counters
    }

    void droppedFramesAreCounted()
    {
        FedWindow fed;
        QList<Frame> frames = syntheticFrames(10);
        frames.append(syntheticFrame(14, 110, {100, 30, 409600, 0, 50, 40}));  // 11, 12, 13 lost
        fed.feed(frames);
        QCOMPARE(fed.window.controller()->droppedFrames(), quint64(3));
        QCOMPARE(fed.window.statusPanel()->droppedText(), u"Dropped frames: 3"_s);
    }

    void attachDetailsListRejectedVariants()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openRecording(fixturePath()));
        QTRY_COMPARE(window.source()->state(), StreamSource::State::Ended);
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        AttachDetailsDialog *details = window.attachDetails();
        QTRY_VERIFY(details->isVisible());
        AttachDetailsModel *model = details->model();
        QCOMPARE(model->rowCount(), 3);
        const QModelIndex fd = model->index(1, 0);
        QCOMPARE(fd.data().toString(), u"fd"_s);
        const QModelIndex close = model->index(1, 0, fd);
        QCOMPARE(close.data().toString(), u"close"_s);
        QCOMPARE(model->rowCount(close), 2);
        QVERIFY(details->view()->isExpanded(close));
        const QString text = details->asText();
        QVERIFY(text.contains(u"fexit close_fd — rejected — load failed: Operation not permitted (EPERM)"_s));
        QVERIFY(text.contains(u"create — not attached"_s));
        details->view()->setCurrentIndex(model->index(0, 0, close));
        QVERIFY(details->selectedText().contains(u"fexit file_close_fd"_s));
        QVERIFY(details->selectedText().contains(u"EPERM"_s));
    }

    void keyboardNavigatesSections()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openRecording(fixturePath()));
        QTRY_COMPARE(window.source()->state(), StreamSource::State::Ended);
        window.navigationView()->setFocus();
        QTest::keyClick(window.navigationView(), Qt::Key_Down);
        QCOMPARE(window.currentPageKey(), u"Filesystem"_s);
        QTest::keyClick(window.navigationView(), Qt::Key_End);
        QCOMPARE(window.currentPageKey(), NavigationModel::diagnosticsPageKey());
        QTest::keyClick(window.navigationView(), Qt::Key_Up);
        QCOMPARE(window.currentPageKey(), NavigationModel::settingsPageKey());
        QTest::keyClick(window.navigationView(), Qt::Key_Up);
        QCOMPARE(window.currentPageKey(), NavigationModel::costPageKey());
        QTest::keyClick(window.navigationView(), Qt::Key_Up);
        QCOMPARE(window.currentPageKey(), NavigationModel::applicationsPageKey());
        QTest::keyClick(window.navigationView(), Qt::Key_Up);
        QCOMPARE(window.currentPageKey(), u"eBPF"_s);
        QTest::keyClick(window.navigationView(), Qt::Key_Home);
        QCOMPARE(window.currentPageKey(), NavigationModel::overviewPageKey());
    }

    void badRecordingIsRefusedWithAReason()
    {
        MainWindow window;
        QString error;
        QVERIFY(!window.openRecording(u"/nonexistent/x.ksrec"_s, 0, &error));
        QVERIFY(error.contains(u"/nonexistent/x.ksrec"_s));
        QVERIFY(!window.openRecording(QFINDTESTDATA("tst_main_window.cpp"), 0, &error));
        QVERIFY(error.contains(u"not a Kinsight recording"_s));
    }

    void settingsAreKept()
    {
        {
            MainWindow window;
            window.show();
            window.setWindowMinutes(15);
            window.resize(1000, 700);
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.windowMinutes(), 15);
        QCOMPARE(again.windowSelector()->currentData().toInt(), 15);
        QCOMPARE(again.size(), QSize(1000, 700));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
