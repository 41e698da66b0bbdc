#include "inspect_view.h"

#include "chart_widget.h"
#include "hover_chart_view.h"
#include "session_export.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextCharFormat>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kinsight::inspect {

namespace {

constexpr int kOutputBlocks = 20000;  // bounded: a chatty program must not grow the GUI without end

QString chartId(const QString &group, const QString &unit)
{
    return QStringLiteral("tree.") + QString(group).replace(QLatin1Char(' '), QLatin1Char('_')) + QLatin1Char('.') + unit;
}

QString numberText(quint64 value)
{
    return QLocale().toString(value);
}

}  // namespace

InspectView::InspectView(QWidget *parent)
    : QWidget(parent)
    , run_(new InspectRun(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);

    auto *head = new QHBoxLayout;
    auto *texts = new QVBoxLayout;
    title_ = new QLabel(this);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    title_->setFont(big);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    title_->setObjectName(QStringLiteral("inspectTitle"));
    title_->setWordWrap(true);  // a long command must not widen the window
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts_ = new QLabel(this);
    facts_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cli_ = new QLabel(this);
    cli_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cli_->setWordWrap(true);
    QPalette dim = cli_->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    cli_->setPalette(dim);
    texts->addWidget(title_);
    texts->addWidget(status_);
    texts->addWidget(facts_);
    texts->addWidget(cli_);
    head->addLayout(texts, 1);

    stop_ = new QPushButton(tr("Stop"), this);
    stop_->setToolTip(tr("End the program (SIGTERM to its process group, SIGKILL 3 s later) and keep what was counted"));
    connect(stop_, &QPushButton::clicked, run_, &InspectRun::stop);
    again_ = new QPushButton(tr("Run again…"), this);
    again_->setToolTip(tr("Launch and inspect again, with the same settings to start from"));
    connect(again_, &QPushButton::clicked, this, &InspectView::runAgainRequested);
    export_ = new QToolButton(this);
    export_->setText(tr("Export"));
    export_->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(export_);
    exportMenu->addAction(tr("Session as CSV…"), this, &InspectView::exportCsv);
    exportMenu->addAction(tr("Session as JSON (kinsight-cli stat)…"), this, &InspectView::exportJson);
    export_->setMenu(exportMenu);
    for (QWidget *w : {static_cast<QWidget *>(stop_), static_cast<QWidget *>(again_), static_cast<QWidget *>(export_)})
        head->addWidget(w, 0, Qt::AlignTop);
    layout->addLayout(head);

    // Left: charts over the output; right: the totals, full height, so the
    // whole table of the default modules reads without scrolling.
    splitter_ = new QSplitter(Qt::Horizontal, this);
    auto *left = new QSplitter(Qt::Vertical, splitter_);
    chartsArea_ = new QScrollArea(left);
    chartsArea_->setWidgetResizable(true);
    chartsArea_->setFrameShape(QFrame::NoFrame);
    chartsHost_ = new QWidget(chartsArea_);
    chartsGrid_ = new QGridLayout(chartsHost_);
    chartsGrid_->setContentsMargins(0, 0, 0, 0);
    chartsPlaceholder_ = new QLabel(tr("Charts of the program's process tree appear once measuring has started."),
                                    chartsHost_);
    chartsPlaceholder_->setAlignment(Qt::AlignCenter);
    chartsGrid_->addWidget(chartsPlaceholder_, 0, 0, 1, 2);
    chartsArea_->setWidget(chartsHost_);

    auto *outputBox = outputBox_ = new QWidget(left);
    auto *outputLayout = new QVBoxLayout(outputBox);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    auto *outputTitle = new QLabel(tr("<b>Output</b> (stdout; stderr in red)"), outputBox);
    output_ = new QPlainTextEdit(outputBox);
    output_->setReadOnly(true);
    output_->setMaximumBlockCount(kOutputBlocks);
    output_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    output_->setPlaceholderText(tr("Nothing written yet."));
    outputLayout->addWidget(outputTitle);
    outputLayout->addWidget(output_);
    left->addWidget(chartsArea_);
    left->addWidget(outputBox);
    // The charts' scroll area hints small: without sizes it would get a sliver.
    chartsArea_->setMinimumHeight(280);
    left->setSizes({560, 200});

    auto *totalsBox = new QWidget(splitter_);
    auto *totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->setContentsMargins(0, 0, 0, 0);
    auto *totalsTitle = totalsTitle_ = new QLabel(tr("<b>Totals</b> of the process tree, from its exec on"), totalsBox);
    totals_ = new QTreeWidget(totalsBox);
    totals_->setColumnCount(4);
    totals_->setHeaderLabels({tr("Metric"), tr("Total"), tr("Unit"), tr("Note")});
    totals_->setRootIsDecorated(false);
    totals_->setAlternatingRowColors(true);
    totals_->setUniformRowHeights(true);
    totals_->header()->setStretchLastSection(true);
    totalsLayout->addWidget(totalsTitle);
    totalsLayout->addWidget(totals_);

    splitter_->addWidget(left);
    splitter_->addWidget(totalsBox);
    splitter_->setStretchFactor(0, 3);
    splitter_->setStretchFactor(1, 1);
    splitter_->setSizes({900, 380});
    layout->addWidget(splitter_, 1);

    connect(run_, &InspectRun::phaseChanged, this, &InspectView::onPhase);
    connect(run_, &InspectRun::sessionStarted, this, &InspectView::onSession);
    connect(run_, &InspectRun::progressed, this, &InspectView::onProgress);
    connect(run_, &InspectRun::output, this, &InspectView::appendOutput);
    onPhase(InspectRun::Phase::Idle, {});
}

void InspectView::clearRun(const QString &title, InspectRun::Target target)
{
    using Target = InspectRun::Target;
    qDeleteAll(charts_);
    charts_.clear();
    chartsPlaceholder_->show();
    history_.clear();
    origin_ = latest_ = 0;
    output_->clear();
    output_->setPlaceholderText(tr("Nothing written yet."));
    totals_->clear();
    totalItems_.clear();
    title_->setText(title);
    // Nothing launched here, nothing written here: no output pane.
    outputBox_->setVisible(target == Target::Launch);
    cli_->setVisible(target == Target::Launch);
    switch (target) {
    case Target::Launch:
        totalsTitle_->setText(tr("<b>Totals</b> of the process tree, from its exec on"));
        chartsPlaceholder_->setText(tr("Charts of the program's process tree appear once measuring has started."));
        stop_->setToolTip(tr("End the program (SIGTERM to its process group, SIGKILL 3 s later) and keep what was counted"));
        again_->setText(tr("Run again…"));
        again_->setToolTip(tr("Launch and inspect again, with the same settings to start from"));
        break;
    case Target::Cgroup:
        totalsTitle_->setText(tr("<b>Totals</b> of the cgroup, since counting began"));
        chartsPlaceholder_->setText(tr("Charts of the cgroup appear once counting has begun."));
        stop_->setToolTip(tr("End the count and keep what was counted; the cgroup's processes run on"));
        again_->setText(tr("Count again"));
        again_->setToolTip(tr("Count the same cgroup again, from now on"));
        break;
    case Target::Tree:
        totalsTitle_->setText(tr("<b>Totals</b> of the process tree, since counting began"));
        chartsPlaceholder_->setText(tr("Charts of the process tree appear once counting has begun."));
        stop_->setToolTip(tr("End the count and keep what was counted; the processes run on"));
        again_->setText(tr("Count again"));
        again_->setToolTip(tr("Count the same process tree again, from now on"));
        break;
    }
}

bool InspectView::start(const LaunchSpec &spec)
{
    clearRun(spec.displayCommand(), InspectRun::Target::Launch);
    cli_->setText(tr("Same measurement in a terminal: %1").arg(spec.cliEquivalent()));
    return run_->start(spec);
}

bool InspectView::watchCgroup(const QString &path, const QString &hierarchy, double intervalSeconds)
{
    clearRun(tr("Cgroup %1").arg(path), InspectRun::Target::Cgroup);
    return run_->watchCgroup(path, hierarchy, intervalSeconds);
}

bool InspectView::watchTree(qint64 pid, const QString &name, double intervalSeconds)
{
    clearRun(tr("%1 (PID %2) and its descendants").arg(name).arg(pid), InspectRun::Target::Tree);
    return run_->watchTree(pid, name, intervalSeconds);
}

bool InspectView::restart()
{
    if (run_->isActive())
        return false;
    const double interval = run_->session().intervalSeconds > 0 ? run_->session().intervalSeconds : 1.0;
    switch (run_->target()) {
    case InspectRun::Target::Cgroup:
        return watchCgroup(run_->cgroupPath(), run_->cgroupHierarchy(), interval);
    case InspectRun::Target::Tree:
        return watchTree(run_->pid(), run_->treeName(), interval);
    case InspectRun::Target::Launch:
        break;
    }
    return start(run_->spec());
}

void InspectView::onPhase(InspectRun::Phase phase, const QString &message)
{
    using Phase = InspectRun::Phase;
    QString color;
    if (phase == Phase::Failed)
        color = QStringLiteral("#c0392b");
    else if (phase == Phase::Finished && run_->incomplete())
        color = QStringLiteral("#b9770e");
    status_->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
    status_->setText(message);
    stop_->setEnabled(run_->isActive());
    again_->setEnabled(!run_->isActive() && phase != Phase::Idle);
    export_->setEnabled(run_->hasTotals());
    updateFacts();
    if (phase == Phase::Finished || phase == Phase::Failed) {
        if (run_->released() && run_->target() == InspectRun::Target::Launch)
            output_->setPlaceholderText(tr("The program wrote nothing to stdout or stderr."));
        updateTotals();
        refreshCharts();
    }
    emit phaseChanged();
}

void InspectView::updateFacts()
{
    QStringList facts;
    const bool launched = run_->target() == InspectRun::Target::Launch;
    if (run_->pid() > 0 && run_->released())
        facts << tr("PID %1").arg(run_->pid());
    if (run_->target() == InspectRun::Target::Cgroup && !run_->cgroupHierarchy().isEmpty())
        facts << tr("hierarchy %1").arg(run_->cgroupHierarchy());
    if (run_->countingSince().isValid() && run_->phase() != InspectRun::Phase::Running)  // Running: the status says it
        facts << tr("since %1").arg(run_->countingSince().time().toString(QStringLiteral("HH:mm:ss")));
    if (run_->exitCode())
        facts << tr("exit code %1").arg(*run_->exitCode());
    if (run_->phase() != InspectRun::Phase::Idle && run_->durationSeconds() > 0)
        facts << (launched ? tr("duration %1 s") : tr("counted for %1 s"))
                     .arg(QString::number(run_->durationSeconds(), 'f', launched ? 3 : 1));
    if (!run_->session().kernelRelease.isEmpty())
        facts << tr("%1 mode, kernel %2").arg(run_->session().loadMode, run_->session().kernelRelease);
    if (run_->phase() == InspectRun::Phase::Draining && run_->liveProcesses() > 0)
        facts << tr("%n process(es) of the tree still running", nullptr, int(run_->liveProcesses()));
    facts_->setText(facts.join(QStringLiteral(" · ")));
}

void InspectView::onSession(const SessionInfo &)
{
    buildCharts();
    buildTotals();
}

void InspectView::buildCharts()
{
    qDeleteAll(charts_);
    charts_.clear();
    // One chart per seed group and unit: calls and bytes never share an axis.
    QList<gui::CatalogChart> charts;
    const Totals none;
    for (const ModuleInfo &module : run_->session().modules) {
        for (const AppMetricInfo &metric : module.appMetrics) {
            const QString id = chartId(metric.group, metric.unit);
            auto it = std::find_if(charts.begin(), charts.end(), [&](const gui::CatalogChart &c) { return c.id == id; });
            if (it == charts.end()) {
                gui::CatalogChart chart;
                chart.module = module.name;
                chart.id = id;
                chart.title = (run_->target() == InspectRun::Target::Cgroup ? tr("%1 of the cgroup (%2)")
                                                                             : tr("%1 of the tree (%2)"))
                                  .arg(metric.group, metric.unit);
                chart.units = metric.unit + QStringLiteral("/s");
                chart.section = metric.group;
                chart.family = metric.group;
                charts.append(chart);
                it = charts.end() - 1;
            }
            gui::CatalogDimension dim;
            dim.id = metric.name;
            dim.label = metric.name;
            dim.unavailableReason = module.unavailableReason(metric.counters);
            it->dimensions.append(dim);
        }
    }
    chartsPlaceholder_->setVisible(charts.isEmpty());
    int index = 0;
    for (const gui::CatalogChart &info : charts) {
        auto *chart = new gui::ChartWidget(info, chartsHost_);
        chart->setContextMenuPolicy(Qt::CustomContextMenu);
        chart->view()->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(chart, &QWidget::customContextMenuRequested, this,
                [this, chart](const QPoint &pos) { showChartMenu(chart, chart->mapToGlobal(pos)); });
        connect(chart->view(), &QWidget::customContextMenuRequested, this,
                [this, chart](const QPoint &pos) { showChartMenu(chart, chart->view()->mapToGlobal(pos)); });
        chartsGrid_->addWidget(chart, 1 + index / 2, index % 2);
        charts_.append(chart);
        ++index;
    }
    refreshCharts();
}

void InspectView::buildTotals()
{
    totals_->clear();
    totalItems_.clear();
    QString group;
    QFont bold = totals_->font();
    bold.setBold(true);
    for (const AppMetricInfo &metric : run_->metrics()) {
        if (metric.group != group) {
            group = metric.group;
            auto *header = new QTreeWidgetItem(totals_, {group});
            header->setFont(0, bold);
            header->setFirstColumnSpanned(true);
            header->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(totals_, {QStringLiteral("    ") + metric.name, QString(), metric.unit});
        item->setData(0, Qt::UserRole, metric.name);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        totalItems_.insert(metric.name, item);
    }
    totals_->resizeColumnToContents(0);
    updateTotals();
}

void InspectView::updateTotals()
{
    if (!run_->hasTotals())
        return;
    const Totals totals = run_->totals();
    const QColor grey = palette().color(QPalette::PlaceholderText);
    for (auto it = totalItems_.begin(); it != totalItems_.end(); ++it) {
        QTreeWidgetItem *item = it.value();
        if (totals.metrics.contains(it.key())) {
            item->setText(1, numberText(totals.metrics.value(it.key())));
            item->setText(3, QString());
            item->setToolTip(3, QString());
        } else {
            const QString why = totals.unavailable.value(it.key());
            item->setText(1, tr("unavailable"));
            item->setForeground(1, grey);
            item->setText(3, why);
            item->setToolTip(3, why);
            item->setForeground(3, grey);
        }
    }
    totals_->resizeColumnToContents(1);
    totals_->resizeColumnToContents(2);
}

QMap<QString, QString> InspectView::shownTotals() const
{
    QMap<QString, QString> out;
    for (auto it = totalItems_.begin(); it != totalItems_.end(); ++it)
        out.insert(it.key(), it.value()->text(1));
    return out;
}

void InspectView::onProgress(const InspectInterval *interval, const Frame &frame)
{
    const double time = double(frame.monotonicNs) / 1e9;
    if (!interval) {
        // The first frame comes just before the program's exec: times count from there.
        origin_ = latest_ = time;
        labeler_ = gui::TimeLabeler(gui::TimeLabeler::Mode::SinceStart, origin_);
        updateFacts();
        return;
    }
    RateFrame rates;
    rates.interval = interval->end - interval->start;
    if (rates.interval > 0) {
        for (gui::ChartWidget *chart : charts_)
            for (const gui::CatalogDimension &dim : chart->info().dimensions)
                if (interval->counts.contains(dim.id))
                    rates.charts[chart->info().id][dim.id] = double(interval->counts.value(dim.id)) / rates.interval;
        // Drawn as steps: the rate held over the whole interval. A program shorter
        // than one interval still shows a line instead of a lone point.
        rates.time = origin_ + interval->start + 1e-6;
        history_.append(rates);
        rates.time = time;
        history_.append(rates);
    }
    latest_ = time;
    updateTotals();
    updateFacts();
    refreshCharts();
}

void InspectView::refreshCharts()
{
    gui::TimeRange range;
    range.start = origin_;
    // While running, the axis grows from 10 s; once ended it spans just the
    // run (at least 1 s, the finest tick step), so a short program still fills the chart.
    range.end = run_->isActive() ? std::max(origin_ + 10, latest_) : std::max(origin_ + 1, latest_);
    range.lastSample = latest_;
    for (gui::ChartWidget *chart : charts_)
        chart->refresh(history_, range, labeler_);
}

void InspectView::appendOutput(const QString &text, bool isStderr)
{
    QScrollBar *bar = output_->verticalScrollBar();
    const bool follow = bar->value() == bar->maximum();
    QTextCursor cursor(output_->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    if (isStderr)
        format.setForeground(QColor(QStringLiteral("#c0392b")));
    else
        format.setForeground(output_->palette().color(QPalette::Text));
    cursor.insertText(text, format);
    if (follow)
        bar->setValue(bar->maximum());
}

QString InspectView::suggestedName(const QString &suffix) const
{
    QString name = QFileInfo(run_->spec().program).fileName();
    if (run_->target() == InspectRun::Target::Cgroup)
        name = QStringLiteral("cgroup-") + run_->cgroupPath().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    else if (run_->target() == InspectRun::Target::Tree)
        name = QFileInfo(run_->treeName()).fileName() + QLatin1Char('-') + QString::number(run_->pid());
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._@-]")), QStringLiteral("_"));
    return QDir::home().filePath(QStringLiteral("kinsight-%1.%2").arg(name.isEmpty() ? QStringLiteral("session") : name, suffix));
}

void InspectView::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export session as CSV"), suggestedName(QStringLiteral("csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!SessionExport::saveCsv(*run_, path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void InspectView::exportJson()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export session as JSON"),
                                                      suggestedName(QStringLiteral("json")), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!SessionExport::saveJson(*run_, path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void InspectView::saveChart(gui::ChartWidget *chart, const QString &format)
{
    const bool svg = format == QLatin1String("svg");
    const QString base = QString(chart->info().id).replace(QLatin1Char('.'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Save chart as SVG") : tr("Save chart as PNG"),
        QDir::home().filePath(base + (svg ? QStringLiteral(".svg") : QStringLiteral(".png"))),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = svg ? SessionExport::saveSvg(chart, path, chart->info().title, &error)
                        : SessionExport::savePng(chart, path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Saving the chart failed"), error);
}

void InspectView::showChartMenu(gui::ChartWidget *chart, const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("Save chart as PNG…"), this, [this, chart] { saveChart(chart, QStringLiteral("png")); });
    menu.addAction(tr("Save chart as SVG…"), this, [this, chart] { saveChart(chart, QStringLiteral("svg")); });
    menu.exec(globalPos);
}

}  // namespace kinsight::inspect
