#include "inspect_window.h"

#include "chart_widget.h"
#include "inspect_view.h"
#include "launch_dialog.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>

namespace kinsight::inspect {

InspectWindow::InspectWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Inspect — Kinsight"));
    view_ = new InspectView(this);
    setCentralWidget(view_);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *again = file->addAction(tr("&Launch and inspect…"), this, &InspectWindow::launchAgain);
    again->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    csvAction_ = file->addAction(tr("Export session as &CSV…"), view_, &InspectView::exportCsv);
    jsonAction_ = file->addAction(tr("Export session as &JSON…"), view_, &InspectView::exportJson);
    chartMenu_ = file->addMenu(tr("Save c&hart as image"));
    connect(chartMenu_, &QMenu::aboutToShow, this, &InspectWindow::fillChartMenu);
    file->addSeparator();
    stopAction_ = file->addAction(tr("&Stop"), view_->run(), &InspectRun::stop);
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);

    connect(view_, &InspectView::runAgainRequested, this, &InspectWindow::runAgain);
    connect(view_, &InspectView::phaseChanged, this, &InspectWindow::updateActions);
    resize(1280, 860);
    updateActions();
}

bool InspectWindow::start(const LaunchSpec &spec)
{
    setWindowTitle(tr("%1 — Inspect — Kinsight").arg(QFileInfo(spec.program).fileName()));
    return view_->start(spec);
}

bool InspectWindow::watchCgroup(const QString &path, const QString &hierarchy, double intervalSeconds)
{
    setWindowTitle(tr("Cgroup %1 — Inspect — Kinsight").arg(path));
    return view_->watchCgroup(path, hierarchy, intervalSeconds);
}

bool InspectWindow::watchTree(qint64 pid, const QString &name, double intervalSeconds)
{
    setWindowTitle(tr("%1 (PID %2) — Inspect — Kinsight").arg(name).arg(pid));
    return view_->watchTree(pid, name, intervalSeconds);
}

void InspectWindow::runAgain()
{
    if (view_->run()->target() == InspectRun::Target::Launch)
        launchAgain();
    else
        view_->restart();
}

void InspectWindow::launchAgain()
{
    if (view_->run()->isActive())
        return;
    LaunchDialog dialog(this);
    if (view_->run()->phase() != InspectRun::Phase::Idle)
        dialog.setSpec(view_->run()->spec());
    if (dialog.exec() == QDialog::Accepted)
        start(dialog.spec());
}

void InspectWindow::updateActions()
{
    const bool hasTotals = view_->run()->hasTotals();
    csvAction_->setEnabled(hasTotals);
    jsonAction_->setEnabled(hasTotals);
    chartMenu_->setEnabled(!view_->charts().isEmpty());
    stopAction_->setEnabled(view_->run()->isActive());
}

void InspectWindow::fillChartMenu()
{
    chartMenu_->clear();
    for (gui::ChartWidget *chart : view_->charts()) {
        QMenu *one = chartMenu_->addMenu(chart->info().title);
        one->addAction(tr("PNG…"), this, [this, chart] { view_->saveChart(chart, QStringLiteral("png")); });
        one->addAction(tr("SVG…"), this, [this, chart] { view_->saveChart(chart, QStringLiteral("svg")); });
    }
}

void InspectWindow::closeEvent(QCloseEvent *event)
{
    if (view_->run()->isActive()) {
        const bool launched = view_->run()->target() == InspectRun::Target::Launch;
        const auto answer = QMessageBox::question(
            this, launched ? tr("Stop the program?") : tr("Stop counting?"),
            launched ? tr("“%1” is still being inspected. Closing this window ends it and its measurement.")
                           .arg(QFileInfo(view_->run()->spec().program).fileName())
                     : tr("%1 is still being counted. Closing this window ends the count; its processes run on.")
                           .arg(view_->run()->subjectName()),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

InspectWindow *launchAndInspect(QWidget *parent)
{
    LaunchDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    // A window of its own: the main window's live session and this run do not share a view.
    auto *window = new InspectWindow(nullptr);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->start(dialog.spec());
    return window;
}

namespace {

InspectWindow *openWindow(const SessionInfo *like)
{
    // A window of its own, like Launch and inspect: the main window's session goes on.
    auto *window = new InspectWindow(nullptr);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (like) {
        QStringList modules;
        for (const ModuleInfo &m : like->modules)
            modules.append(m.name);
        window->view()->run()->setWatchCollection(modules, like->loadMode);
    }
    window->show();
    return window;
}

}  // namespace

InspectWindow *inspectCgroup(const QString &path, const QString &hierarchy, const SessionInfo *like)
{
    InspectWindow *window = openWindow(like);
    window->watchCgroup(path, hierarchy);
    return window;
}

InspectWindow *inspectProcessTree(qint64 pid, const QString &name, const SessionInfo *like)
{
    InspectWindow *window = openWindow(like);
    window->watchTree(pid, name);
    return window;
}

}  // namespace kinsight::inspect
