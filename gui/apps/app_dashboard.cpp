#include "app_dashboard.h"

#include "apps_aggregator.h"
#include "chart_widget.h"
#include "hover_chart_view.h"
#include "metric_totals_model.h"
#include "rules_store.h"

#include <QChart>
#include <QGridLayout>
#include <QLegend>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kinsight::apps::ui {

namespace {

// A chart narrower than this loses its axis labels: fewer charts per row instead.
constexpr int kChartMinimumWidth = 400;
constexpr int kMaxChartColumns = 3;

// The per-application metrics of a session, as AppsAggregator makes its columns.
QList<MetricColumn> columnsOf(const SessionInfo &session)
{
    QList<MetricColumn> columns;
    for (const ModuleInfo &m : session.modules) {
        if (!m.loaded)
            continue;
        for (const AppMetricInfo &a : m.appMetrics)
            columns.append({m.name, a.name, a.group, a.unit, a.counters, a.errorMetric, m.unavailableReason(a.counters)});
    }
    return columns;
}

QString chartId(const QString &metric)
{
    return u"apps."_s + metric;
}

QString kindText(AppSubject::Kind kind)
{
    switch (kind) {
    case AppSubject::Kind::Application: return AppDashboard::tr("application");
    case AppSubject::Kind::Process: return AppDashboard::tr("process");
    case AppSubject::Kind::Cgroup: return AppDashboard::tr("cgroup");
    case AppSubject::Kind::Tree: return AppDashboard::tr("inspected process tree");
    case AppSubject::Kind::None: break;
    }
    return {};
}

QString durationText(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    if (s < 60)
        return AppDashboard::tr("%1 s").arg(s);
    if (s < 3600)
        return AppDashboard::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return AppDashboard::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

}  // namespace

AppDashboard::AppDashboard(QWidget *parent) : QWidget(parent), history_(3600 + 60, 4000)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← &Applications"), this);
    back->setObjectName(u"backButton"_s);
    back->setToolTip(tr("Back to the list of applications (Alt+Left)"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(back, &QPushButton::clicked, this, &AppDashboard::backRequested);
    top->addWidget(back, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    title_ = new QLabel(this);
    title_->setObjectName(u"dashboardTitle"_s);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title_->setFont(big);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    subtitle_ = new QLabel(this);
    subtitle_->setObjectName(u"dashboardSubtitle"_s);
    subtitle_->setWordWrap(true);
    titles->addWidget(title_);
    titles->addWidget(subtitle_);
    top->addLayout(titles, 1);
    inspect_ = new QPushButton(this);
    inspect_->setObjectName(u"inspectInKernelButton"_s);
    inspect_->hide();
    connect(inspect_, &QPushButton::clicked, this, [this] { emit inspectRequested(subject_); });
    top->addWidget(inspect_, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    totals_ = new MetricTotalsModel(this);
    totalsView_ = new QTreeView(splitter);
    totalsView_->setObjectName(u"totalsView"_s);
    totalsView_->setModel(totals_);
    totalsView_->setUniformRowHeights(true);
    totalsView_->setAlternatingRowColors(true);
    totalsView_->header()->setStretchLastSection(false);
    totalsView_->header()->setSectionResizeMode(MetricTotalsModel::MetricColumnIndex, QHeaderView::Stretch);
    totalsView_->header()->setSectionResizeMode(MetricTotalsModel::TotalColumn, QHeaderView::ResizeToContents);
    totalsView_->header()->setSectionResizeMode(MetricTotalsModel::RateColumn, QHeaderView::ResizeToContents);
    totalsView_->header()->setSectionResizeMode(MetricTotalsModel::SessionColumn, QHeaderView::ResizeToContents);
    totalsView_->setAccessibleName(tr("Totals since selection"));
    // A metric chosen in the table brings its chart into view.
    connect(totalsView_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        if (gui::ChartWidget *c = charts_.value(i.data(MetricTotalsModel::MetricNameRole).toString()))
            scroll_->ensureWidgetVisible(c);
    });

    scroll_ = new QScrollArea(splitter);
    scroll_->setObjectName(u"chartsArea"_s);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll_->viewport()->installEventFilter(this);
    splitter->addWidget(totalsView_);
    splitter->addWidget(scroll_);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 1000});
    layout->addWidget(splitter, 1);
    updateHeader();
}

AppDashboard::~AppDashboard() = default;

bool AppDashboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == scroll_->viewport() && event->type() == QEvent::Resize)
        arrangeCharts();
    return QWidget::eventFilter(watched, event);
}

void AppDashboard::arrangeCharts()
{
    const int columns = std::clamp(scroll_->viewport()->width() / kChartMinimumWidth, 1, kMaxChartColumns);
    if (columns == chartColumns_)
        return;
    chartColumns_ = columns;
    QHash<QGridLayout *, int> used;
    for (const auto &[grid, chart] : std::as_const(grids_)) {
        grid->removeWidget(chart);
        const int slot = used[grid]++;
        grid->addWidget(chart, slot / columns, slot % columns, Qt::AlignTop);
    }
    for (QGridLayout *grid : used.keys())
        for (int c = 0; c < kMaxChartColumns; ++c)
            grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void AppDashboard::setSession(const SessionInfo &session)
{
    session_ = session;
    columns_ = columnsOf(session);
    aggregator_ = std::make_unique<AppsAggregator>(session, AppRules::parse(RulesStore::load()));
    rebuild();
}

void AppDashboard::setSubject(const AppSubject &subject)
{
    subject_ = subject;
    clearSamples();
    refreshCharts();
    updateHeader();
}

void AppDashboard::setTimeLabeler(const gui::TimeLabeler &labeler)
{
    labeler_ = labeler;
    customLabeler_ = true;
    refreshCharts();
}

void AppDashboard::setWindowSeconds(double seconds)
{
    windowSeconds_ = std::max(10.0, seconds);
    refreshCharts();
}

void AppDashboard::clearSamples()
{
    baseline_.reset();
    previous_.clear();
    latest_.clear();
    previousTime_ = firstTime_ = latestTime_ = selectionTime_ = 0;
    sessionTotals_ = false;
    selected_ = false;
    present_ = true;
    processCount_ = -1;
    totalValues_.clear();
    history_.clear();
    totals_->setValues({}, {}, {});
}

void AppDashboard::rebuild()
{
    layout_ = AppMetricLayout::dashboard(columns_);
    totals_->setLayout(layout_);
    totalsView_->expandAll();
    charts_.clear();
    grids_.clear();
    delete chartsHost_;
    chartsHost_ = new QWidget;
    auto *v = new QVBoxLayout(chartsHost_);
    v->setContentsMargins(0, 0, 8, 0);
    for (const LayoutGroup &group : std::as_const(layout_)) {
        auto *heading = new QLabel(group.name, chartsHost_);
        QFont f = heading->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.15);
        heading->setFont(f);
        v->addWidget(heading);
        // A group the session does not collect at all is one line, not a wall of empty cards.
        const bool allMissing = std::all_of(group.metrics.cbegin(), group.metrics.cend(), [&](const LayoutMetric &m) {
            return !m.unavailable.isEmpty() && m.unavailable == group.metrics.first().unavailable;
        });
        if (allMissing) {
            auto *note = new QLabel(tr("Unavailable: %1").arg(group.metrics.first().unavailable), chartsHost_);
            note->setWordWrap(true);
            note->setForegroundRole(QPalette::PlaceholderText);
            v->addWidget(note);
            continue;
        }
        auto *grid = new QGridLayout;
        grid->setSpacing(6);
        int slot = 0;
        // What cannot be measured is said once per reason under the charts, not drawn as empty cards.
        QMap<QString, QStringList> unavailable;
        for (const LayoutMetric &m : group.metrics) {
            if (!m.unavailable.isEmpty()) {
                unavailable[m.unavailable].append(m.name);
                continue;
            }
            gui::CatalogChart chart;
            chart.module = m.column >= 0 ? columns_[m.column].module : QString();
            chart.id = chartId(m.name);
            chart.title = AppMetricLayout::description(m.name);
            chart.units = m.isRatio() ? u"%"_s : m.unit + u"/s"_s;
            chart.section = group.name;
            chart.family = group.name;
            chart.dimensions = {gui::CatalogDimension{m.name, m.name, false, m.isRatio(), {}, 0}};
            auto *w = new gui::ChartWidget(chart, chartsHost_);
            w->view()->setMinimumHeight(190);
            // One line per chart: the title says what it is, a legend would only repeat it.
            w->view()->chart()->legend()->hide();
            w->setObjectName(chartId(m.name));
            charts_.insert(m.name, w);
            grid->addWidget(w, slot, 0, Qt::AlignTop);
            grids_.append({grid, w});
            ++slot;
        }
        v->addLayout(grid);
        if (!unavailable.isEmpty()) {
            QStringList lines;
            for (auto it = unavailable.cbegin(); it != unavailable.cend(); ++it)
                lines.append(tr("<b>%1</b> — unavailable: %2")
                                 .arg(it.value().join(u", "_s).toHtmlEscaped(), it.key().toHtmlEscaped()));
            auto *note = new QLabel(lines.join(u"<br>"_s), chartsHost_);
            note->setObjectName(u"unavailable "_s + group.name);
            note->setTextFormat(Qt::RichText);
            note->setWordWrap(true);
            note->setTextInteractionFlags(Qt::TextSelectableByMouse);
            v->addWidget(note);
        }
    }
    v->addStretch(1);
    scroll_->setWidget(chartsHost_);
    chartColumns_ = 0;
    arrangeCharts();
    clearSamples();
    refreshCharts();
    updateHeader();
}

std::optional<QList<double>> AppDashboard::subjectValues(const AppsSnapshot &snapshot) const
{
    const Totals *totals = nullptr;
    switch (subject_.kind) {
    case AppSubject::Kind::Application:
        if (const ApplicationRow *row = snapshot.application(subject_.key))
            totals = &row->totals;
        break;
    case AppSubject::Kind::Process:
        for (const ProcessRow &row : snapshot.processes)
            if (QString::number(row.identity.tgid) == subject_.key)
                totals = &row.totals;
        break;
    case AppSubject::Kind::Cgroup:
        for (const CgroupRow &row : snapshot.cgroups)
            if (row.path == subject_.key)
                totals = &row.totals;
        break;
    case AppSubject::Kind::Tree:
    case AppSubject::Kind::None:
        break;
    }
    if (!totals)
        return std::nullopt;
    QList<double> values;
    for (quint64 v : totals->cumulative)
        values.append(double(v));
    return values;
}

void AppDashboard::addSnapshot(const AppsSnapshotPtr &snapshot)
{
    if (!snapshot || !subject_.isValid() || subject_.kind == AppSubject::Kind::Tree)
        return;
    if (snapshot->columns.size() != columns_.size()) {
        columns_ = snapshot->columns;
        rebuild();
    }
    if (subject_.kind == AppSubject::Kind::Application) {
        const ApplicationRow *row = snapshot->application(subject_.key);
        processCount_ = row ? int(row->processes.size()) : 0;
    } else if (subject_.kind == AppSubject::Kind::Cgroup) {
        processCount_ = int(std::count_if(snapshot->processes.cbegin(), snapshot->processes.cend(),
                                          [&](const ProcessRow &p) { return p.identity.cgroup == subject_.key; }));
    }
    const std::optional<QList<double>> values = subjectValues(*snapshot);
    if (!values) {
        subjectMissing();
        return;
    }
    present_ = true;
    sessionTotals_ = true;
    addSample(double(snapshot->monotonicNs) / 1e9, *values);
}

void AppDashboard::setBacklog(const QList<AppsSnapshotPtr> &snapshots)
{
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        const AppsSnapshotPtr &s = snapshots[i];
        if (i + 1 == snapshots.size()) {
            addSnapshot(s);  // the selection
            break;
        }
        if (!s || !subject_.isValid() || subject_.kind == AppSubject::Kind::Tree)
            continue;
        if (const std::optional<QList<double>> values = subjectValues(*s))
            addSample(double(s->monotonicNs) / 1e9, *values, true);
    }
}

QList<double> AppDashboard::treeValues(const Frame &frame, bool *found) const
{
    const int group = subject_.key.toInt();
    QList<double> values;
    *found = false;
    for (const MetricColumn &c : columns_) {
        double sum = 0;
        const ModuleFrame *mf = frame.module(c.module);
        if (mf && mf->trees.contains(group)) {
            *found = true;
            const QList<quint64> &counters = mf->trees[group];
            for (int i : c.counters)
                sum += i < counters.size() ? double(counters[i]) : 0.0;
        }
        values.append(sum);
    }
    return values;
}

void AppDashboard::addFrame(const Frame &frame)
{
    if (!subject_.isValid())
        return;
    if (subject_.kind == AppSubject::Kind::Tree) {
        bool found = false;
        const QList<double> values = treeValues(frame, &found);
        if (!found) {
            subjectMissing();
            return;
        }
        const auto tree = frame.trees.constFind(subject_.key.toInt());
        processCount_ = tree != frame.trees.cend() ? int(tree->liveProcesses) : -1;
        present_ = tree == frame.trees.cend() || !tree->finished;
        addSample(double(frame.monotonicNs) / 1e9, values);
        return;
    }
    if (aggregator_)
        addSnapshot(aggregator_->push(frame));
}

void AppDashboard::setFrames(const SessionInfo &session, const QList<Frame> &frames)
{
    setSession(session);
    for (const Frame &frame : frames)
        addFrame(frame);
}

void AppDashboard::subjectMissing()
{
    // A process that ended: its numbers stay for reading.
    present_ = false;
    updateHeader();
}

void AppDashboard::addSample(double time, const QList<double> &cumulative, bool beforeSelection)
{
    if (!baseline_ || beforeSelection || !selected_) {
        if (!baseline_) {
            firstTime_ = time;
            if (!customLabeler_)
                labeler_ = gui::TimeLabeler(gui::TimeLabeler::Mode::SinceStart, time);
        }
        // Until the selection, the baseline moves with each sample.
        baseline_ = cumulative;
        if (!beforeSelection) {
            selectionTime_ = time;
            selected_ = true;
        }
    }
    previous_ = latest_;
    previousTime_ = latestTime_;
    latest_ = cumulative;
    latestTime_ = time;

    QList<double> sinceSelection, delta;
    const double dt = previous_.isEmpty() ? 0 : time - previousTime_;
    for (qsizetype i = 0; i < cumulative.size(); ++i) {
        sinceSelection.append(std::max(0.0, cumulative[i] - baseline_->value(i)));
        delta.append(dt > 0 ? std::max(0.0, cumulative[i] - previous_.value(i)) : 0.0);
    }

    RateFrame rates;
    rates.time = time;
    rates.interval = dt;
    QList<QList<std::optional<double>>> totals, perSecond, sinceStart;
    for (const LayoutGroup &g : std::as_const(layout_)) {
        QList<std::optional<double>> t, r, st;
        for (const LayoutMetric &m : g.metrics) {
            std::optional<double> total, rate, start;
            if (m.unavailable.isEmpty()) {
                if (m.isRatio()) {
                    total = AppMetricLayout::ratio(columns_, sinceSelection, m);
                    start = AppMetricLayout::ratio(columns_, cumulative, m);
                    if (dt > 0)
                        rate = AppMetricLayout::ratio(columns_, delta, m);
                } else if (m.column >= 0) {
                    total = sinceSelection.value(m.column);
                    start = cumulative.value(m.column);
                    if (dt > 0)
                        rate = delta.value(m.column) / dt;
                }
            }
            if (rate)
                rates.charts[chartId(m.name)][m.name] = *rate;
            t.append(total);
            r.append(rate);
            st.append(sessionTotals_ ? start : std::nullopt);
        }
        totals.append(t);
        perSecond.append(r);
        sinceStart.append(st);
    }
    totalValues_ = totals;
    totals_->setValues(totals, perSecond, sinceStart);
    if (dt > 0)
        history_.append(rates);
    refreshCharts();
    updateHeader();
}

std::optional<double> AppDashboard::total(const QString &metric) const
{
    for (qsizetype g = 0; g < layout_.size(); ++g)
        for (qsizetype m = 0; m < layout_[g].metrics.size(); ++m)
            if (layout_[g].metrics[m].name == metric)
                return totalValues_.value(g).value(m);
    return std::nullopt;
}

void AppDashboard::refreshCharts()
{
    if (charts_.isEmpty())
        return;
    gui::TimeRange range;
    range.end = std::max(latestTime_, firstTime_ + 10);
    range.start = std::max(firstTime_, range.end - windowSeconds_);
    if (range.end - range.start < 10)
        range.start = range.end - 10;
    range.lastSample = latestTime_;
    for (gui::ChartWidget *chart : std::as_const(charts_))
        chart->refresh(history_, range, labeler_);
}

QString AppDashboard::headerText() const
{
    return title_->text() + u'\n' + subtitle_->text();
}

void AppDashboard::updateHeader()
{
    // Only the subject's own processes are counted then, in a window of its own.
    const bool cgroup = subject_.kind == AppSubject::Kind::Cgroup;
    const bool process = subject_.kind == AppSubject::Kind::Process && present_;
    inspect_->setVisible(cgroup || process);
    inspect_->setText(cgroup ? tr("Inspect this cgroup in the &kernel…") : tr("Inspect this process tree in the &kernel…"));
    inspect_->setToolTip(cgroup ? tr("Count this cgroup alone, in a window of its own: per-process counting in the "
                                     "kernel is restricted to it, other processes pay only the hook")
                                : tr("Count this process and every process it starts, in a window of its own: "
                                     "per-process counting in the kernel is restricted to them"));
    if (!subject_.isValid()) {
        title_->setText(tr("Nothing selected"));
        subtitle_->setText(tr("Choose an application, a process or a cgroup on the Applications page."));
        return;
    }
    title_->setText(tr("%1 — %2").arg(subject_.label, kindText(subject_.kind)));
    QStringList parts;
    if (subject_.kind == AppSubject::Kind::Cgroup)
        parts.append(subject_.key);
    if (!present_)
        parts.append(subject_.kind == AppSubject::Kind::Process ? tr("ended: its totals until then stay")
                                                                  : tr("gone: its totals until then stay"));
    else if (processCount_ >= 0)
        parts.append(tr("live processes: %1").arg(processCount_));
    if (baseline_)
        parts.append(tr("totals since selection, %1 ago").arg(durationText(latestTime_ - selectionTime_)));
    else
        parts.append(tr("waiting for the first sample"));
    subtitle_->setText(parts.join(u"  ·  "_s));
}

}  // namespace kinsight::apps::ui
