#include "apps_page.h"

#include "app_dashboard.h"
#include "apps_controller.h"
#include "apps_filter_model.h"
#include "inspect_run.h"
#include "inspect_window.h"
#include "process_picker_dialog.h"
#include "rules_editor_dialog.h"
#include "sparkline_delegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kinsight::apps::ui {

AppsPage::AppsPage(AppsController *controller, QWidget *parent) : QWidget(parent), controller_(controller)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    pages_ = new QStackedWidget(this);
    outer->addWidget(pages_);

    listPage_ = new QWidget(pages_);
    auto *layout = new QVBoxLayout(listPage_);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *bar = new QHBoxLayout;
    tabs_ = new QTabBar(listPage_);
    tabs_->setObjectName(u"appsViews"_s);
    tabs_->addTab(tr("Applications"));
    tabs_->addTab(tr("Cgroups"));
    tabs_->addTab(tr("Processes"));
    tabs_->setTabToolTip(0, tr("Processes grouped by executable name and your grouping rules"));
    tabs_->setTabToolTip(1, tr("Systemd services, sessions and containers, by name"));
    tabs_->setTabToolTip(2, tr("Every process with counts, like a system monitor"));
    tabs_->setFocusPolicy(Qt::StrongFocus);
    bar->addWidget(tabs_);
    bar->addSpacing(12);
    search_ = new QLineEdit(listPage_);
    search_->setObjectName(u"appsSearch"_s);
    search_->setPlaceholderText(tr("Search: name, executable, PID, cgroup (Ctrl+F)"));
    search_->setClearButtonEnabled(true);
    search_->setAccessibleName(tr("Search applications"));
    bar->addWidget(search_, 1);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        showList();
        search_->setFocus();
        search_->selectAll();
    });

    auto *pick = new QPushButton(tr("&Pick a process…"), listPage_);
    pick->setObjectName(u"pickButton"_s);
    connect(pick, &QPushButton::clicked, this, &AppsPage::pickProcess);
    bar->addWidget(pick);
    layout->addLayout(bar);

    // How the numbers are made: a second row, read less often than the first.
    auto *options = new QHBoxLayout;
    auto *valuesLabel = new QLabel(tr("&Values:"), listPage_);
    values_ = new QComboBox(listPage_);
    values_->setObjectName(u"valuesSelector"_s);
    values_->addItem(tr("per second"));
    values_->addItem(tr("since the session began"));
    valuesLabel->setBuddy(values_);
    options->addWidget(valuesLabel);
    options->addWidget(values_);
    options->addSpacing(12);

    auto *collectLabel = new QLabel(tr("&Children count for:"), listPage_);
    collectPid_ = new QComboBox(listPage_);
    collectPid_->setObjectName(u"collectPidSelector"_s);
    collectPid_->addItem(tr("themselves (collect pid = all)"), int(CollectPid::All));
    collectPid_->addItem(tr("their real parent (real parent)"), int(CollectPid::RealParent));
    collectPid_->addItem(tr("their parent, or tracer (parent)"), int(CollectPid::Parent));
    collectPid_->setToolTip(tr("Netdata's 'collect pid': whose application a process's counts go to. Counts "
                               "already made stay where they went; new ones follow the choice."));
    collectLabel->setBuddy(collectPid_);
    options->addWidget(collectLabel);
    options->addWidget(collectPid_);
    options->addStretch(1);

    auto *rules = new QPushButton(tr("&Grouping rules…"), listPage_);
    rules->setObjectName(u"rulesButton"_s);
    connect(rules, &QPushButton::clicked, this, &AppsPage::editRules);
    options->addWidget(rules);
    layout->addLayout(options);

    notice_ = new QLabel(listPage_);
    notice_->setObjectName(u"appsNotice"_s);
    notice_->setWordWrap(true);
    notice_->setTextFormat(Qt::RichText);
    notice_->setFrameShape(QFrame::StyledPanel);
    notice_->setMargin(8);
    layout->addWidget(notice_);

    tables_ = new QStackedWidget(listPage_);
    for (Kind kind : {Kind::Applications, Kind::Cgroups, Kind::Processes}) {
        QTreeView *view = createView(kind);
        if (kind != Kind::Cgroups) {
            tables_->addWidget(view);
            continue;
        }
        // Cgroups can be off in a session: say so where the table would be.
        auto *holder = new QWidget(tables_);
        auto *v = new QVBoxLayout(holder);
        v->setContentsMargins(0, 0, 0, 0);
        cgroupsOff_ = new QLabel(holder);
        cgroupsOff_->setObjectName(u"cgroupsOff"_s);
        cgroupsOff_->setWordWrap(true);
        cgroupsOff_->setAlignment(Qt::AlignCenter);
        cgroupsOff_->setText(tr("Per-cgroup counters are off in this session.\nTurn on 'cgroups = yes' in "
                                "Settings (ebpf.d.conf [global]) and start the session again to see systemd "
                                "services and containers here."));
        v->addWidget(cgroupsOff_, 1);
        view->setParent(holder);
        v->addWidget(view, 1);
        tables_->addWidget(holder);
    }
    layout->addWidget(tables_, 1);
    status_ = new QLabel(listPage_);
    status_->setObjectName(u"appsStatus"_s);
    layout->addWidget(status_);

    dashboard_ = new AppDashboard(pages_);
    connect(dashboard_, &AppDashboard::backRequested, this, &AppsPage::showList);
    connect(dashboard_, &AppDashboard::inspectRequested, this, &AppsPage::inspectInKernel);
    pages_->addWidget(listPage_);
    pages_->addWidget(dashboard_);

    connect(tabs_, &QTabBar::currentChanged, this, [this](int i) {
        tables_->setCurrentIndex(i);
        updateStatus();
    });
    connect(search_, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (AppsFilterModel *f : filters_)
            f->setSearch(text);
        updateStatus();
    });
    // Down from the search field goes to the table, as in a system monitor.
    connect(search_, &QLineEdit::returnPressed, this, [this] {
        QTreeView *v = view(currentKind());
        v->setFocus();
        if (!v->currentIndex().isValid() && v->model()->rowCount() > 0)
            v->setCurrentIndex(v->model()->index(0, 0));
    });
    connect(values_, &QComboBox::currentIndexChanged, this, [this](int i) {
        for (AppsTableModel *m : models_)
            m->setValues(i == 0 ? AppsTableModel::Values::PerSecond : AppsTableModel::Values::SinceStart);
    });
    connect(collectPid_, &QComboBox::activated, this, [this](int i) {
        controller_->setCollectPid(CollectPid(collectPid_->itemData(i).toInt()));
    });
    connect(controller_, &AppsController::sessionChanged, this, &AppsPage::onSessionChanged);
    connect(controller_, &AppsController::snapshotChanged, this, &AppsPage::onSnapshot);
    connect(controller_, &AppsController::collectPidChanged, this, [this] {
        collectPid_->setCurrentIndex(collectPid_->findData(int(controller_->collectPid())));
    });
    onSessionChanged();
    onSnapshot();
}

QTreeView *AppsPage::createView(Kind kind)
{
    auto *model = new AppsTableModel(kind, this);
    auto *filter = new AppsFilterModel(this);
    filter->setSourceModel(model);
    auto *view = new QTreeView(tables_);
    view->setObjectName(QStringList{u"applicationsView"_s, u"cgroupsView"_s, u"processesView"_s}[int(kind)]);
    view->setModel(filter);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAllColumnsShowFocus(true);
    view->setItemDelegateForColumn(model->activityColumn(), new SparklineDelegate(view));
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->setAccessibleName(tabs_->tabText(int(kind)));
    view->header()->setSectionsMovable(true);
    view->header()->setStretchLastSection(true);  // the sparklines take what is left
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    // Until there are rows to fit, every column at least shows its whole title.
    view->header()->setMinimumSectionSize(60);
    for (int c = 0; c < model->columnCount(); ++c)
        view->setColumnWidth(c, view->header()->sectionSizeHint(c) + 8);
    view->setColumnWidth(0, 200);
    view->setColumnWidth(model->activityColumn(), 160);
    // The busiest first: what a user opens this page to see.
    const int opens = model->metricColumn(u"file_open"_s);
    view->sortByColumn(opens >= 0 ? opens : 0, Qt::DescendingOrder);
    connect(view, &QTreeView::activated, this, [this, model, filter](const QModelIndex &index) {
        openDashboard(model->subject(filter->mapToSource(index).row()));
    });
    connect(view, &QTreeView::customContextMenuRequested, this,
            [this, view](const QPoint &pos) { showContextMenu(view, pos); });
    models_[int(kind)] = model;
    filters_[int(kind)] = filter;
    views_[int(kind)] = view;
    return view;
}

void AppsPage::setCurrentKind(Kind kind)
{
    tabs_->setCurrentIndex(int(kind));
}

AppsPage::Kind AppsPage::currentKind() const
{
    return Kind(tabs_->currentIndex());
}

void AppsPage::onSessionChanged()
{
    collectPid_->setCurrentIndex(collectPid_->findData(int(controller_->collectPid())));
    if (!controller_->collectPidOrigin().isEmpty())
        collectPid_->setToolTip(collectPid_->toolTip() + u"\n"_s
                                + tr("The session's setting comes from %1.").arg(controller_->collectPidOrigin()));
    if (dashboard_->subject().isValid())
        dashboard_->setSession(controller_->session());
    updateNotice();
}

void AppsPage::onSnapshot()
{
    const AppsSnapshotPtr snapshot = controller_->latest();
    for (AppsTableModel *m : models_)
        m->setSnapshot(snapshot, controller_->activity());
    if (isDashboardShown())
        dashboard_->addSnapshot(snapshot);
    for (QTreeView *v : views_) {
        // Columns fit their contents once there are contents, then stay where the user puts them.
        if (v->model()->rowCount() > 0 && !v->property("sized").toBool()) {
            for (int c = 0; c < v->model()->columnCount(); ++c)
                v->setColumnWidth(c, std::max(static_cast<QAbstractItemView *>(v)->sizeHintForColumn(c), v->header()->sectionSizeHint(c)) + 8);
            v->setColumnWidth(0, std::max(v->columnWidth(0), 180));
            v->setColumnWidth(v->model()->columnCount() - 1, 160);
            v->setProperty("sized", true);
        }
    }
    updateNotice();
    updateStatus();
}

void AppsPage::updateNotice()
{
    QString text;
    if (!controller_->hasSession())
        text = tr("No session yet. Applications appear once a session with per-process counters runs.");
    else if (!controller_->isPerProcess())
        text = tr("<b>This session keeps no per-process counters</b>, so it cannot tell applications apart. "
                  "Set <code>apps = yes</code> in Settings (ebpf.d.conf, [global]) and start the session again.");
    notice_->setText(text);
    notice_->setVisible(!text.isEmpty());
    const bool cgroups = controller_->hasCgroups();
    cgroupsOff_->setVisible(!cgroups);
    views_[int(Kind::Cgroups)]->setVisible(cgroups);
}

void AppsPage::updateStatus()
{
    const AppsSnapshotPtr s = controller_->latest();
    if (!s) {
        status_->clear();
        return;
    }
    QStringList parts;
    const Kind kind = currentKind();
    const int shown = filters_[int(kind)]->rowCount();
    const int all = models_[int(kind)]->rowCount();
    const QString rows = kind == Kind::Applications ? tr("applications: %1").arg(all)
                         : kind == Kind::Cgroups    ? tr("cgroups: %1").arg(all)
                                                    : tr("processes: %1").arg(all);
    parts.append(shown == all ? rows : tr("%1, %2 shown").arg(rows).arg(shown));
    parts.append(tr("live processes counted: %1").arg(s->processes.size()));
    if (s->unattributedEvents)
        parts.append(tr("events that found the process table full (pid table size), counted for no application: %1")
                         .arg(s->unattributedEvents));
    if (s->exitsDropped)
        parts.append(tr("final records of ended processes lost: %1").arg(s->exitsDropped));
    status_->setText(parts.join(u"  ·  "_s));
}

void AppsPage::showContextMenu(QTreeView *view, const QPoint &pos)
{
    // A right click makes its row current; the Menu key opens the menu of the current row, wherever Qt says it is.
    QModelIndex index = view->currentIndex();
    QPoint at = pos;
    if (!index.isValid())
        index = view->indexAt(pos);
    if (!index.isValid())
        return;
    if (view->indexAt(pos).row() != index.row())
        at = view->visualRect(index).center();
    const auto *filter = static_cast<AppsFilterModel *>(view->model());
    const auto *model = static_cast<AppsTableModel *>(filter->sourceModel());
    const int row = filter->mapToSource(index).row();
    const AppSubject subject = model->subject(row);
    QMenu menu(this);
    menu.addAction(tr("Open &dashboard"), this, [this, subject] { openDashboard(subject); });
    if (model->kind() == Kind::Processes) {
        const QString app = model->index(row, 2).data().toString();
        menu.addAction(tr("Open its &application's dashboard (%1)").arg(app), this,
                       [this, app] { openDashboard(AppSubject::application(app)); });
    }
    menu.addSeparator();
    const QString name = model->index(row, model->kind() == Kind::Processes ? 1 : 0).data().toString();
    menu.addAction(tr("&Copy name"), this, [name] { QApplication::clipboard()->setText(name); });
    if (model->kind() == Kind::Cgroups)
        menu.addAction(tr("Copy cgroup &path"), this, [subject] { QApplication::clipboard()->setText(subject.key); });
    if (model->kind() == Kind::Cgroups || model->kind() == Kind::Processes) {
        menu.addSeparator();
        menu.addAction(model->kind() == Kind::Cgroups ? tr("Inspect this cgroup in the &kernel…")
                                                      : tr("Inspect this process tree in the &kernel…"),
                       this, [this, subject] { inspectInKernel(subject); });
    }
    menu.exec(view->viewport()->mapToGlobal(at));
}

void AppsPage::inspectInKernel(const AppSubject &subject)
{
    // Measured like the session on show: the inspect window charts the metrics the page did.
    const SessionInfo *like = controller_->hasSession() ? &controller_->session() : nullptr;
    if (subject.kind == AppSubject::Kind::Cgroup) {
        inspect::inspectCgroup(subject.key, inspect::cgroupHierarchyOf(controller_->session()), like);
    } else if (subject.kind == AppSubject::Kind::Process) {
        QFile comm(u"/proc/%1/comm"_s.arg(subject.key));
        QString name = subject.label;
        if (comm.open(QIODevice::ReadOnly))
            name = QString::fromUtf8(comm.readAll()).trimmed();
        inspect::inspectProcessTree(subject.key.toLongLong(), name, like);
    }
}

void AppsPage::openDashboard(const AppSubject &subject)
{
    if (!subject.isValid())
        return;
    dashboard_->setSession(controller_->session());
    if (const std::optional<gui::TimeLabeler> labels = controller_->timeLabeler())
        dashboard_->setTimeLabeler(*labels);
    dashboard_->setSubject(subject);
    dashboard_->setBacklog(controller_->recent());
    pages_->setCurrentWidget(dashboard_);
    dashboard_->totalsView()->setFocus();
}

void AppsPage::showList()
{
    pages_->setCurrentWidget(listPage_);
    view(currentKind())->setFocus();
}

bool AppsPage::isDashboardShown() const
{
    return pages_->currentWidget() == dashboard_;
}

void AppsPage::editRules()
{
    RulesEditorDialog dialog(controller_, this);
    dialog.exec();
}

void AppsPage::pickProcess()
{
    ProcessPickerDialog dialog(controller_, this);
    if (dialog.exec() == QDialog::Accepted && dialog.selected().isValid())
        openDashboard(dialog.selected());
}

}  // namespace kinsight::apps::ui
