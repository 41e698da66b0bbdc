#include "cost_page.h"

#include "chart_widget.h"
#include "cost_format.h"
#include "cost_module_model.h"
#include "cost_program_model.h"
#include "session_controller.h"
#include "value_format.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

}  // namespace

CostPage::CostPage(SessionController *controller, QWidget *parent) : QScrollArea(parent), controller_(controller)
{
    setObjectName(u"page:cost"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);

    auto *title = new QLabel(tr("Collector cost"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    status_ = new QLabel(content);
    status_->setObjectName(u"costStatus"_s);
    status_->setWordWrap(true);
    status_->setTextFormat(Qt::RichText);
    status_->setFrameShape(QFrame::StyledPanel);
    status_->setMargin(8);
    status_->setAutoFillBackground(true);
    status_->setBackgroundRole(QPalette::AlternateBase);
    layout->addWidget(status_);

    auto *tiles = new QGridLayout();
    tiles->setSpacing(8);
    bpfTile_ = addTile(tiles, 0, tr("BPF programs"));
    memoryTile_ = addTile(tiles, 1, tr("Kernel memory (BPF maps)"));
    helperTile_ = addTile(tiles, 2, tr("Helper process"));
    tableTile_ = addTile(tiles, 3, tr("Process table"));
    tableFill_ = new QProgressBar(content);
    tableFill_->setObjectName(u"processTableFill"_s);
    tableFill_->setRange(0, 1000);
    tableFill_->setTextVisible(false);
    tableFill_->setMaximumHeight(8);
    tableFill_->setAccessibleName(tr("Process table fill"));
    tiles->addWidget(tableFill_, 2, 3);
    layout->addLayout(tiles);

    // Charts and tables only when there is something to put in them.
    details_ = new QWidget(content);
    auto *detailsLayout = new QVBoxLayout(details_);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(8);
    auto *charts = new QGridLayout();
    charts->setSpacing(8);
    cpuChart_ = new ChartWidget(CostHistory::cpuChart(), details_);
    memoryChart_ = new ChartWidget(CostHistory::memoryChart(), details_);
    charts->addWidget(cpuChart_, 0, 0);
    charts->addWidget(memoryChart_, 0, 1);
    detailsLayout->addLayout(charts);

    modules_ = new CostModuleModel(this);
    programs_ = new CostProgramModel(this);
    detailsLayout->addWidget(heading(tr("Per module"), details_));
    moduleView_ = createTable(modules_, &moduleProxy_, CostModuleModel::CpuColumn);
    moduleView_->setObjectName(u"costModules"_s);
    moduleView_->setAccessibleName(tr("Cost per module"));
    detailsLayout->addWidget(moduleView_, 0, Qt::AlignLeft);  // as wide as its columns
    detailsLayout->addWidget(heading(tr("Per BPF program"), details_));
    programView_ = createTable(programs_, &programProxy_, CostProgramModel::CpuColumn);
    programView_->setObjectName(u"costPrograms"_s);
    programView_->setAccessibleName(tr("Cost per BPF program"));
    programView_->horizontalHeader()->setSectionResizeMode(CostProgramModel::ProgramColumn, QHeaderView::Stretch);
    detailsLayout->addWidget(programView_);
    layout->addWidget(details_);
    layout->addStretch(1);
    setWidget(content);

    connect(controller_, &SessionController::viewChanged, this, [this] {
        if (isVisible())
            refreshNow();
    });
    connect(controller_, &SessionController::sessionChanged, this, [this] {
        modules_->clear();
        programs_->clear();
        updateStatus();
        updateTiles();
    });
    updateStatus();
    updateTiles();
}

QLabel *CostPage::addTile(QGridLayout *grid, int column, const QString &title)
{
    auto *name = new QLabel(title, this);
    name->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(this);
    value->setObjectName(u"tile:"_s + title);
    QFont font = value->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    value->setFont(font);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(name, 0, column);
    grid->addWidget(value, 1, column);
    grid->setColumnStretch(column, 1);
    return value;
}

QTableView *CostPage::createTable(QAbstractItemModel *model, QSortFilterProxyModel **proxy, int sortColumn)
{
    *proxy = new QSortFilterProxyModel(this);
    (*proxy)->setSourceModel(model);
    (*proxy)->setSortRole(CostProgramModel::SortRole);
    auto *view = new QTableView(this);
    view->setModel(*proxy);
    view->setSortingEnabled(true);
    // The most expensive first: what a user comes here to find.
    view->sortByColumn(sortColumn, Qt::DescendingOrder);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setMinimumSectionSize(90);
    view->horizontalHeader()->setStretchLastSection(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    connect(model, &QAbstractItemModel::modelReset, this, [this, view] { fitTable(view); });
    fitTable(view);
    return view;
}

void CostPage::fitTable(QTableView *view)
{
    // Every row visible: the page scrolls, not each table.
    const int rows = view->model()->rowCount();
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height() + std::max(1, rows) * rowHeight
                         + 2 * view->frameWidth() + 2);
}

void CostPage::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    controller_->setCostReporting(true);
    refreshNow();
}

void CostPage::hideEvent(QHideEvent *event)
{
    QScrollArea::hideEvent(event);
    controller_->setCostReporting(false);
}

void CostPage::refreshNow()
{
    const CostHistory &cost = controller_->cost();
    if (cost.latestRaw() || cost.latest())
        modules_->setCost(cost.latest(), cost.latestRaw());
    if (cost.latest())
        programs_->setCost(*cost.latest());
    cpuChart_->refresh(cost.history(), controller_->visibleRange(), controller_->labeler());
    memoryChart_->refresh(cost.history(), controller_->visibleRange(), controller_->labeler());
    updateStatus();
    updateTiles();
}

void CostPage::updateStatus()
{
    const CostHistory &cost = controller_->cost();
    QString text;
    if (!controller_->hasSession()) {
        text = tr("No session: the cost of measuring shows here while one runs.");
    } else if (!cost.latestRaw()) {
        text = cost.framesWithoutCost() >= 3
                   ? tr("<b>No cost data in this stream.</b> A recording made without <tt>--cost</tt>, or a helper "
                        "that does not report what measuring costs, has none to show.")
                   : tr("Asking the helper what measuring costs… the first numbers come after two intervals.");
    } else if (!cost.latestRaw()->statsEnabled) {
        text = tr("<b>BPF run-time statistics are unavailable:</b> the kernel is not counting the programs' runs "
                  "(that needs Linux 5.8 or later for BPF_ENABLE_STATS, or kernel.bpf_stats_enabled = 1). Runs, "
                  "time per run and CPU of the programs are not shown; kernel memory, the helper and the process "
                  "table are.");
    } else {
        text = tr("<b>BPF run-time statistics are on while this page is shown</b> and off when you leave it: "
                  "counting adds about 20 ns to every program run. The time is the programs' bodies only, not "
                  "the attach mechanism (trampoline, tracepoint or kprobe entry) around them.");
    }
    status_->setText(text);
    details_->setVisible(cost.latestRaw().has_value());
}

void CostPage::updateTiles()
{
    const CostHistory &cost = controller_->cost();
    const std::optional<CostRates> &rates = cost.latest();
    const std::optional<CollectorCost> &raw = cost.latestRaw();
    const QLocale locale;
    const QString none = costformat::unavailable();
    if (rates && rates->statsEnabled)
        bpfTile_->setText(tr("%1 CPU · %2 runs/s")
                              .arg(costformat::cpuPercent(CostHistory::bpfCpuPercent(*rates)),
                                   costformat::runsPerSecond(CostHistory::bpfRunsPerSecond(*rates))));
    else
        bpfTile_->setText(raw && !raw->statsEnabled ? tr("not measured") : none);
    bpfTile_->setToolTip(tr("All BPF programs of this session together, as a share of one CPU core"));

    quint64 mapBytes = 0;
    qsizetype maps = 0;
    if (raw) {
        for (const MapCost &m : raw->maps)
            mapBytes += m.memlockBytes;
        maps = raw->maps.size();
    }
    if (rates)
        mapBytes = rates->mapBytesTotal;
    memoryTile_->setText(raw || rates ? tr("%1 in %n maps", nullptr, int(maps)).arg(formatBytes(double(mapBytes)))
                                      : none);

    if (rates)
        helperTile_->setText(tr("%1 CPU · %2 RSS")
                                 .arg(costformat::cpuPercent(rates->helperCpuPercent),
                                      formatBytes(double(rates->helperRssBytes))));
    else
        helperTile_->setText(none);
    helperTile_->setToolTip(tr("The process that reads the maps every interval: its CPU as a share of one core, "
                               "and its resident memory"));

    const quint32 rows = raw ? raw->processRows : 0;
    const quint32 size = raw ? raw->pidTableSize : 0;
    if (raw && size > 0) {
        tableTile_->setText(tr("%1 of %2 rows (%3 %)")
                                .arg(locale.toString(rows), locale.toString(size),
                                     locale.toString(100.0 * rows / size, 'f', 1)));
        tableFill_->setValue(int(1000.0 * rows / size));
    } else {
        tableTile_->setText(raw ? tr("%1 rows").arg(locale.toString(rows)) : none);
        tableFill_->setValue(0);
    }
    tableTile_->setToolTip(tr("Processes with a row in the per-process tables (the fullest module) against the "
                              "pid table size; a full table leaves new processes uncounted"));
}

QString CostPage::statusText() const
{
    return status_->text();
}

QString CostPage::summaryText() const
{
    return QStringList{bpfTile_->text(), memoryTile_->text(), helperTile_->text(), tableTile_->text()}.join(u'\n');
}

}  // namespace kinsight::gui
