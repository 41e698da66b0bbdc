#include "cost_module_model.h"

#include "cost_format.h"
#include "value_format.h"

#include <QLocale>

#include <limits>

namespace kinsight::gui {

namespace {
constexpr double kUnmeasured = -std::numeric_limits<double>::infinity();
}

CostModuleModel::CostModuleModel(QObject *parent) : QAbstractTableModel(parent) {}

void CostModuleModel::setCost(const std::optional<CostRates> &rates, const std::optional<CollectorCost> &raw)
{
    QList<Row> rows;
    auto row = [&rows](const QString &module) -> Row & {
        for (Row &r : rows)
            if (r.module == module)
                return r;
        rows.append(Row{module, 0, 0, 0, std::nullopt, 0, 0, {}});
        return rows.last();
    };
    if (rates) {
        QMap<QString, double> nsPerSecond;
        for (const CostRates::Program &p : rates->programs) {
            Row &r = row(p.module);
            ++r.programs;
            r.runsPerSecond += p.runsPerSecond;
            r.cpuPercent += p.cpuPercent;
            // CPU % of one core is ns per second / 1e7.
            nsPerSecond[p.module] += p.cpuPercent * 1e7;
        }
        for (Row &r : rows)
            if (r.runsPerSecond > 0)
                r.nsPerRun = nsPerSecond.value(r.module) / r.runsPerSecond;
        for (auto it = rates->mapBytesPerModule.cbegin(); it != rates->mapBytesPerModule.cend(); ++it)
            row(it.key()).memlockBytes = it.value();
    }
    if (raw) {
        const QLocale locale;
        for (const MapCost &m : raw->maps) {
            Row &r = row(m.module);
            ++r.maps;
            if (!rates)
                r.memlockBytes += m.memlockBytes;
            r.mapDetails.append(tr("%1: %2, up to %3 entries")
                                    .arg(m.map, formatBytes(double(m.memlockBytes)), locale.toString(m.maxEntries)));
        }
        if (!rates)
            for (const ProgramCost &p : raw->programs)
                ++row(p.module).programs;
    }
    const bool sameRows = std::equal(rows.cbegin(), rows.cend(), rows_.cbegin(), rows_.cend(),
                                     [](const Row &a, const Row &b) { return a.module == b.module; });
    if (!sameRows)
        beginResetModel();
    rows_ = rows;
    statsEnabled_ = rates && rates->statsEnabled;
    if (!sameRows)
        endResetModel();
    else if (!rows_.isEmpty())
        emit dataChanged(index(0, ProgramsColumn), index(int(rows_.size()) - 1, MemoryColumn));
}

void CostModuleModel::clear()
{
    beginResetModel();
    rows_.clear();
    endResetModel();
}

int CostModuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int CostModuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostModuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = rows_[index.row()];
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == ModuleColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    std::optional<double> value;
    switch (column) {
    case ProgramsColumn:
        value = r.programs;
        break;
    case RunsColumn:
        if (statsEnabled_)
            value = r.runsPerSecond;
        break;
    case NsPerRunColumn:
        if (statsEnabled_)
            value = r.nsPerRun;
        break;
    case CpuColumn:
        if (statsEnabled_)
            value = r.cpuPercent;
        break;
    case MapsColumn:
        value = r.maps;
        break;
    case MemoryColumn:
        value = double(r.memlockBytes);
        break;
    }
    if (role == SortRole)
        return column == ModuleColumn ? QVariant(r.module) : QVariant(value.value_or(kUnmeasured));
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (column) {
        case ModuleColumn:
            return r.module;
        case ProgramsColumn:
        case MapsColumn:
            return locale.toString(int(*value));
        case RunsColumn:
            return value ? costformat::runsPerSecond(*value) : costformat::unavailable();
        case NsPerRunColumn:
            return value ? costformat::nsPerRun(*value) : costformat::unavailable();
        case CpuColumn:
            return value ? costformat::cpuPercent(*value) : costformat::unavailable();
        case MemoryColumn:
            return formatBytes(*value);
        }
    }
    if (role == Qt::ToolTipRole) {
        if ((column == MapsColumn || column == MemoryColumn) && !r.mapDetails.isEmpty())
            return r.mapDetails.join(u'\n');
        if (column >= RunsColumn && column <= CpuColumn && !value)
            return statsEnabled_ ? tr("No run in the last interval")
                                 : tr("Not measured: the kernel is not recording BPF run-time statistics");
    }
    return {};
}

QVariant CostModuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModuleColumn:
        return tr("Module");
    case ProgramsColumn:
        return tr("Programs");
    case RunsColumn:
        return tr("Runs/s");
    case NsPerRunColumn:
        return tr("ns/run");
    case CpuColumn:
        return tr("CPU %");
    case MapsColumn:
        return tr("Maps");
    case MemoryColumn:
        return tr("Kernel memory");
    }
    return {};
}

}  // namespace kinsight::gui
