#include "main_window.h"

#include "apps_controller.h"
#include "apps_page.h"
#include "attach_details_dialog.h"
#include "chart_page.h"
#include "cost_page.h"
#include "diagnostics_page.h"
#include "helper_client.h"
#include "inspect_window.h"
#include "navigation_model.h"
#include "overview_page.h"
#include "recorded_stream.h"
#include "session_controller.h"
#include "settings_client.h"
#include "settings_page.h"
#include "state_panel.h"
#include "status_bar_panel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {
constexpr int kDefaultWindowMinutes = 5;
}

const QList<int> &MainWindow::windowMinuteChoices()
{
    static const QList<int> minutes{1, 5, 15, 60};
    return minutes;
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(u"kinsightMainWindow"_s);
    setWindowIcon(QIcon(u":/icons/kinsight.svg"_s));
    controller_ = new SessionController(this);
    liveFactory_ = [](QObject *owner) -> StreamSource * { return new HelperClient(owner); };

    createLayout();
    createActions();

    connect(controller_, &SessionController::sessionChanged, this, [this] {
        rebuildPages();
        updateStatePresentation();
    });
    connect(controller_, &SessionController::stateChanged, this, &MainWindow::updateStatePresentation);
    connect(controller_, &SessionController::catalogGrew, this, &MainWindow::onCatalogGrew);
    connect(controller_, &SessionController::statisticsChanged, this, [this] {
        statusPanel_->setStatistics(controller_->framesReceived(), controller_->droppedFrames());
    });
    connect(controller_, &SessionController::pausedChanged, this, [this](bool paused) {
        pauseAction_->setChecked(paused);
        pauseAction_->setText(paused ? tr("&Resume") : tr("&Pause"));
        pauseAction_->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
        statusPanel_->setPaused(paused);
    });

    resize(1280, 860);
    restoreSettings();
    updateStatePresentation();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Stop the session (the helper releases its probes now), without redrawing a window going away.
    disconnect(controller_, nullptr, this, nullptr);
    if (source_)
        source_->stop();
}

void MainWindow::createLayout()
{
    navigationModel_ = new NavigationModel(this);
    navigation_ = new QTreeView(this);
    navigation_->setObjectName(u"navigation"_s);
    navigation_->setModel(navigationModel_);
    navigationModel_->setCatalog(ChartCatalog());  // the pages that need no session
    navigation_->setHeaderHidden(true);
    navigation_->setMinimumWidth(160);
    navigation_->setAccessibleName(tr("Sections"));
    connect(navigation_->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onNavigation);

    stack_ = new QStackedWidget(this);
    statePage_ = new StatePanel(StatePanel::Style::FullPage, stack_);
    stack_->addWidget(statePage_);
    costPage_ = new CostPage(controller_, stack_);
    stack_->addWidget(costPage_);
    appsPage_ = new apps::ui::AppsPage(new apps::ui::AppsController(controller_, this), stack_);
    stack_->addWidget(appsPage_);
    connect(statePage_, &StatePanel::actionTriggered, this, &MainWindow::onStateAction);

    splitter_ = new QSplitter(this);
    splitter_->setObjectName(u"mainSplitter"_s);
    splitter_->addWidget(navigation_);
    splitter_->addWidget(stack_);
    splitter_->setStretchFactor(1, 1);
    splitter_->setSizes({200, 1080});
    splitter_->setCollapsible(1, false);

    stateBar_ = new StatePanel(StatePanel::Style::Bar, this);
    stateBar_->hide();
    connect(stateBar_, &StatePanel::actionTriggered, this, &MainWindow::onStateAction);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(stateBar_);
    layout->addWidget(splitter_, 1);
    setCentralWidget(central);

    statusPanel_ = new StatusBarPanel(this);
    statusBar()->addPermanentWidget(statusPanel_, 1);
    connect(statusPanel_, &StatusBarPanel::detailsRequested, this, [this] { attachDetails()->show(); });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open recording…"),
                                    this, &MainWindow::openRecordingDialog);
    open->setShortcut(QKeySequence::Open);
    replayAction_ = file->addAction(tr("&Replay from the start"), this, &MainWindow::replayAgain);
    replayAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    replayAction_->setEnabled(false);
    QAction *live = file->addAction(tr("Start a &live session"), this, [this] { startLive(request_); });
    live->setShortcut(Qt::Key_F5);
    QAction *inspect = file->addAction(tr("Launch and &inspect…"), this, [this] { inspect::launchAndInspect(this); });
    inspect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    inspect->setToolTip(tr("Run a program as you and count it and every process it starts, from its exec on (Ctrl+L)"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    pauseAction_ = view->addAction(style()->standardIcon(QStyle::SP_MediaPause), tr("&Pause"));
    pauseAction_->setObjectName(u"pause"_s);
    pauseAction_->setCheckable(true);
    // Ctrl+P and the Pause key; a bare Space would fight focused buttons.
    pauseAction_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::Key_Pause)});
    pauseAction_->setToolTip(tr("Freeze the charts; samples keep arriving and show on resume (Ctrl+P)"));
    connect(pauseAction_, &QAction::toggled, this, &MainWindow::setPaused);

    costAction_ = view->addAction(tr("Collector &cost"), this,
                                  [this] { showPage(NavigationModel::costPageKey()); });
    costAction_->setObjectName(u"showCost"_s);
    costAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    costAction_->setToolTip(tr("What measuring costs: BPF programs, kernel memory, the helper (Ctrl+Shift+C)"));
    costAction_->setEnabled(false);
    appsAction_ = view->addAction(tr("&Applications"), this, [this] { showPage(NavigationModel::applicationsPageKey()); });
    appsAction_->setObjectName(u"showApplications"_s);
    appsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    appsAction_->setToolTip(tr("Applications, cgroups and processes, and one application's dashboard (Ctrl+Shift+A)"));
    appsAction_->setEnabled(false);

    view->addSeparator();
    settingsAction_ = view->addAction(tr("&Settings"), this, [this] { showPage(NavigationModel::settingsPageKey()); });
    settingsAction_->setObjectName(u"showSettings"_s);
    settingsAction_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    settingsAction_->setToolTip(tr("Edit the collector settings, ebpf.d.conf (Ctrl+,)"));
    diagnosticsAction_ = view->addAction(tr("&Diagnostics"), this,
                                         [this] { showPage(NavigationModel::diagnosticsPageKey()); });
    diagnosticsAction_->setObjectName(u"showDiagnostics"_s);
    diagnosticsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    diagnosticsAction_->setToolTip(tr("Check this kernel's eBPF readiness and fix what is missing (Ctrl+Shift+D)"));

    QMenu *windowMenu = view->addMenu(tr("Time &window"));
    windowGroup_ = new QActionGroup(this);
    windowSelector_ = new QComboBox(this);
    windowSelector_->setObjectName(u"timeWindow"_s);
    windowSelector_->setAccessibleName(tr("Time window"));
    windowSelector_->setToolTip(tr("How much history the charts show (Ctrl+1 … Ctrl+4)"));
    int key = Qt::Key_1;
    for (int minutes : windowMinuteChoices()) {
        const QString text = tr("%1 min").arg(minutes);
        QAction *a = windowMenu->addAction(text);
        a->setCheckable(true);
        a->setData(minutes);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        windowGroup_->addAction(a);
        connect(a, &QAction::triggered, this, [this, minutes] { setWindowMinutes(minutes); });
        windowSelector_->addItem(text, minutes);
    }
    connect(windowSelector_, &QComboBox::activated, this,
            [this](int index) { setWindowMinutes(windowSelector_->itemData(index).toInt()); });
    connect(controller_, &SessionController::windowChanged, this, [this](double seconds) {
        const int minutes = int(seconds / 60);
        windowSelector_->setCurrentIndex(windowSelector_->findData(minutes));
        for (QAction *a : windowGroup_->actions())
            a->setChecked(a->data().toInt() == minutes);
    });

    QMenu *session = menuBar()->addMenu(tr("&Session"));
    detailsAction_ = session->addAction(tr("&Attach details…"), this, [this] { attachDetails()->show(); });
    detailsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Kinsight"), this, &MainWindow::showAbout);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(open);
    bar->addSeparator();
    bar->addAction(pauseAction_);
    auto *windowLabel = new QLabel(tr("&Window:"), bar);
    windowLabel->setBuddy(windowSelector_);
    windowLabel->setContentsMargins(8, 0, 4, 0);
    bar->addWidget(windowLabel);
    bar->addWidget(windowSelector_);
    bar->addSeparator();
    bar->addAction(detailsAction_);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    splitter_->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    int minutes = settings.value(u"view/windowMinutes"_s, kDefaultWindowMinutes).toInt();
    if (!windowMinuteChoices().contains(minutes))
        minutes = kDefaultWindowMinutes;
    setWindowMinutes(minutes);
    // The controller's default may equal the setting: then no signal synchronizes the selectors.
    windowSelector_->setCurrentIndex(windowSelector_->findData(minutes));
    for (QAction *a : windowGroup_->actions())
        a->setChecked(a->data().toInt() == minutes);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, splitter_->saveState());
    settings.setValue(u"view/windowMinutes"_s, windowMinutes());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::setWindowMinutes(int minutes)
{
    controller_->setWindowSeconds(minutes * 60.0);
}

int MainWindow::windowMinutes() const
{
    return int(controller_->windowSeconds() / 60);
}

void MainWindow::setPaused(bool paused)
{
    controller_->setPaused(paused);
}

void MainWindow::startLive(const SessionRequest &request)
{
    request_ = request;
    recordingPath_.clear();
    runSource(liveFactory_(this), SourceKind::Live);
}

bool MainWindow::openRecording(const QString &path, double framesPerSecond, QString *error)
{
    auto *recording = new RecordedStream(this);
    QString why;
    if (!recording->load(path, &why)) {
        delete recording;
        if (error)
            *error = why;
        return false;
    }
    recording->setSpeed(framesPerSecond);
    recordingPath_ = path;
    runSource(recording, SourceKind::Recording);
    return true;
}

void MainWindow::runSource(StreamSource *source, SourceKind kind)
{
    StreamSource *old = source_;
    source->setParent(this);
    source_ = source;
    kind_ = kind;
    setPaused(false);
    controller_->follow(source, kind == SourceKind::Live ? TimeLabeler::Mode::WallClock
                                                         : TimeLabeler::Mode::SinceStart);
    if (old) {
        old->stop();
        old->deleteLater();
    }
    updateTitle();
    replayAction_->setEnabled(kind == SourceKind::Recording);
    source->start(request_);
    updateStatePresentation();
}

void MainWindow::replayAgain()
{
    if (!source_ || kind_ != SourceKind::Recording)
        return;
    setPaused(false);
    // Same clock again: the old samples must go, or they would double up.
    controller_->follow(source_, TimeLabeler::Mode::SinceStart);
    source_->start(request_);
}

void MainWindow::openRecordingDialog()
{
    QSettings settings;
    const QString dir = settings.value(u"files/recordingDir"_s).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a recording"), dir,
                                                      tr("Kinsight recordings (*.ksrec);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"files/recordingDir"_s, QFileInfo(path).absolutePath());
    QString error;
    if (!openRecording(path, 0, &error))
        QMessageBox::warning(this, tr("Cannot open the recording"), error);
}

void MainWindow::onStateAction(StateAction action)
{
    switch (action) {
    case StateAction::Retry:
        if (kind_ == SourceKind::Recording)
            replayAgain();
        else if (source_)
            source_->start(request_);
        else
            startLive(request_);
        break;
    case StateAction::StartLive:
        startLive(request_);
        break;
    case StateAction::OpenRecording:
        openRecordingDialog();
        break;
    case StateAction::ReplayAgain:
        replayAgain();
        break;
    case StateAction::Cancel:
        if (source_)
            source_->stop();
        break;
    case StateAction::OpenDiagnostics:
        showPage(NavigationModel::diagnosticsPageKey());
        break;
    }
}

void MainWindow::rebuildPages()
{
    const QString previous = currentPageKey();
    for (ChartPage *page : std::as_const(pages_)) {
        stack_->removeWidget(page);
        page->deleteLater();
    }
    pages_.clear();
    pageOrder_.clear();

    const ChartCatalog &catalog = controller_->catalog();
    navigationModel_->setCatalog(catalog);
    statusPanel_->setSession(controller_->session());
    if (attachDetails_)
        attachDetails_->setSession(controller_->session());
    detailsAction_->setEnabled(controller_->hasSession());
    pauseAction_->setEnabled(controller_->hasSession());
    costAction_->setEnabled(controller_->hasSession());
    appsAction_->setEnabled(controller_->hasSession());
    updateTitle();
    if (catalog.isEmpty())
        return;

    auto add = [this](const QString &key, ChartPage *page) {
        pages_.insert(key, page);
        pageOrder_.append(key);
        stack_->addWidget(page);
    };
    add(NavigationModel::overviewPageKey(),
        new OverviewPage(controller_->session(), catalog, controller_, stack_));
    for (const CatalogSection &section : catalog.sections()) {
        if (section.name == ChartCatalog::overviewSection())
            continue;  // on the overview page
        QList<ChartGroup> groups;
        for (const CatalogFamily &family : section.families)
            groups.append(ChartGroup{family.name, family.charts});
        auto *page = new ChartPage(section.name, groups, controller_, stack_);
        page->setPending(section.pending);
        add(section.name, page);
    }
    navigation_->expandAll();
    const bool keep = pages_.contains(previous) || previous == NavigationModel::costPageKey()
                      || previous == NavigationModel::applicationsPageKey()
                      || previous == NavigationModel::settingsPageKey()
                      || previous == NavigationModel::diagnosticsPageKey();
    showPage(keep ? previous : NavigationModel::overviewPageKey());
}

void MainWindow::onCatalogGrew(const CatalogChange &change)
{
    for (const auto &[id, dimension] : change.dimensions)
        for (ChartPage *page : std::as_const(pages_))
            page->addDimension(id, dimension);
    for (const CatalogChart &chart : change.charts) {
        const QString key =
            chart.section == ChartCatalog::overviewSection() ? NavigationModel::overviewPageKey() : chart.section;
        if (ChartPage *page = pages_.value(key))
            page->addChart(chart);
    }
    if (!change.charts.isEmpty())
        updateNavigation();  // new families, and new chart counts in the tooltips
}

void MainWindow::updateNavigation()
{
    const QString page = currentPageKey();
    const QModelIndex current = navigation_->currentIndex();
    const QString family = current.data(NavigationModel::FamilyRole).toString();
    const QSignalBlocker blocker(navigation_->selectionModel());
    navigationModel_->setCatalog(controller_->catalog());
    navigation_->expandAll();
    const QModelIndex again = navigationModel_->indexFor(page, family);
    if (again.isValid())
        navigation_->setCurrentIndex(again);
}

SettingsPage *MainWindow::settingsPage()
{
    if (!settingsPage_) {
        auto *client = new SettingsClient(this);
        settingsPage_ = new SettingsPage(client, stack_);
        stack_->addWidget(settingsPage_);
        settingsPage_->reload();
    }
    return settingsPage_;
}

DiagnosticsPage *MainWindow::diagnosticsPage()
{
    if (!diagnosticsPage_) {
        diagnosticsPage_ = new DiagnosticsPage(stack_);
        stack_->addWidget(diagnosticsPage_);
    }
    return diagnosticsPage_;
}

void MainWindow::showPage(const QString &key, const QString &family)
{
    // Settings and Diagnostics work without a session (they matter most when a session cannot start).
    const bool needsNoSession =
        key == NavigationModel::settingsPageKey() || key == NavigationModel::diagnosticsPageKey();
    QWidget *target = key == NavigationModel::costPageKey()        ? static_cast<QWidget *>(costPage_)
                      : key == NavigationModel::applicationsPageKey() ? static_cast<QWidget *>(appsPage_)
                      : key == NavigationModel::settingsPageKey()    ? static_cast<QWidget *>(settingsPage())
                      : key == NavigationModel::diagnosticsPageKey() ? static_cast<QWidget *>(diagnosticsPage())
                                                                     : pages_.value(key);
    if (!target)
        return;
    if (controller_->hasSession() || needsNoSession) {
        stack_->setCurrentWidget(target);
        navigation_->show();
        if (!controller_->hasSession())
            updateStatePresentation();  // the session's problem moves to the bar above the page
    }
    if (ChartPage *page = pages_.value(key); page && !family.isEmpty())
        page->scrollToGroup(family);
    const QModelIndex index = navigationModel_->indexFor(key, family);
    if (index.isValid() && navigation_->currentIndex() != index) {
        const QSignalBlocker blocker(navigation_->selectionModel());
        navigation_->setCurrentIndex(index);
    }
}

QString MainWindow::currentPageKey() const
{
    if (stack_->currentWidget() == costPage_)
        return NavigationModel::costPageKey();
    if (stack_->currentWidget() == appsPage_)
        return NavigationModel::applicationsPageKey();
    if (settingsPage_ && stack_->currentWidget() == settingsPage_)
        return NavigationModel::settingsPageKey();
    if (diagnosticsPage_ && stack_->currentWidget() == diagnosticsPage_)
        return NavigationModel::diagnosticsPageKey();
    for (auto it = pages_.cbegin(); it != pages_.cend(); ++it)
        if (it.value() == stack_->currentWidget())
            return it.key();
    return {};
}

bool MainWindow::isStatePageShown() const
{
    return stack_->currentWidget() == statePage_;
}

void MainWindow::onNavigation(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    showPage(current.data(NavigationModel::PageRole).toString(),
             current.data(NavigationModel::FamilyRole).toString());
}

void MainWindow::updateStatePresentation()
{
    const StreamSource::State state = source_ ? source_->state() : StreamSource::State::Idle;
    const QString message = source_ ? source_->stateMessage() : QString();
    StatePresentation presentation = StatePresenter::present(state, message, kind_);
    statusPanel_->setState(state, message, kind_);

    const QString page = currentPageKey();
    const bool onToolPage = page == NavigationModel::settingsPageKey() || page == NavigationModel::diagnosticsPageKey();
    if (!controller_->hasSession()) {
        if (state == StreamSource::State::Running) {
            presentation.busy = true;
            presentation.hint = tr("Waiting for the session's description…");
        }
        statePage_->setPresentation(presentation);
        if (onToolPage) {
            // The user went to Settings or Diagnostics: the state stays in the bar above it.
            stateBar_->setPresentation(presentation);
            stateBar_->setVisible(!StatePresenter::isHappy(state));
            return;
        }
        stack_->setCurrentWidget(statePage_);
        navigation_->hide();
        stateBar_->hide();
        return;
    }
    navigation_->show();
    if (stack_->currentWidget() == statePage_)
        showPage(NavigationModel::overviewPageKey());
    // A recording that played to its end is not a problem worth a bar: the status bar says it.
    const bool quiet = StatePresenter::isHappy(state)
                       || (state == StreamSource::State::Ended && kind_ == SourceKind::Recording);
    stateBar_->setPresentation(presentation);
    stateBar_->setVisible(!quiet);
}

void MainWindow::updateTitle()
{
    QString what;
    if (kind_ == SourceKind::Recording && !recordingPath_.isEmpty())
        what = tr("recording %1").arg(QFileInfo(recordingPath_).fileName());
    else if (controller_->hasSession())
        what = tr("live, kernel %1").arg(controller_->session().kernelRelease);
    else
        what = tr("live");
    setWindowTitle(tr("Kinsight — %1").arg(what));
}

AttachDetailsDialog *MainWindow::attachDetails()
{
    if (!attachDetails_) {
        attachDetails_ = new AttachDetailsDialog(this);
        attachDetails_->setSession(controller_->session());
    }
    return attachDetails_;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kinsight"),
                       tr("<h3>Kinsight %1</h3><p>How applications interact with the Linux kernel, live, "
                          "measured with eBPF.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

}  // namespace kinsight::gui
