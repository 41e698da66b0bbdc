#include "cost_program_model.h"

#include "cost_format.h"

#include <limits>

namespace kinsight::gui {

namespace {
constexpr double kUnmeasured = -std::numeric_limits<double>::infinity();
}

CostProgramModel::CostProgramModel(QObject *parent) : QAbstractTableModel(parent) {}

void CostProgramModel::setCost(const CostRates &rates)
{
    bool sameRows = rates.programs.size() == rows_.size();
    for (qsizetype i = 0; sameRows && i < rows_.size(); ++i)
        sameRows = rows_[i].module == rates.programs[i].module && rows_[i].program == rates.programs[i].program;
    if (!sameRows) {
        // Programs come and go only with modules: rarely, so a reset is fine.
        beginResetModel();
        rows_ = rates.programs;
        statsEnabled_ = rates.statsEnabled;
        endResetModel();
        return;
    }
    rows_ = rates.programs;
    statsEnabled_ = rates.statsEnabled;
    // Same rows with new numbers: views keep their selection and scroll position.
    if (!rows_.isEmpty())
        emit dataChanged(index(0, RunsColumn), index(int(rows_.size()) - 1, CpuColumn));
}

void CostProgramModel::clear()
{
    beginResetModel();
    rows_.clear();
    endResetModel();
}

int CostProgramModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int CostProgramModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostProgramModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CostRates::Program &p = rows_[index.row()];
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column >= RunsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    // The number itself, or none when it was not measured.
    std::optional<double> value;
    if (statsEnabled_) {
        if (column == RunsColumn)
            value = p.runsPerSecond;
        else if (column == NsPerRunColumn)
            value = p.nsPerRun;
        else if (column == CpuColumn)
            value = p.cpuPercent;
    }
    if (role == SortRole) {
        if (column == ModuleColumn)
            return p.module;
        if (column == ProgramColumn)
            return p.program;
        return value.value_or(kUnmeasured);
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case ModuleColumn:
            return p.module;
        case ProgramColumn:
            return p.program;
        case RunsColumn:
            return value ? costformat::runsPerSecond(*value) : costformat::unavailable();
        case NsPerRunColumn:
            return value ? costformat::nsPerRun(*value) : costformat::unavailable();
        case CpuColumn:
            return value ? costformat::cpuPercent(*value) : costformat::unavailable();
        }
    }
    if (role == Qt::ToolTipRole && column >= RunsColumn && !value) {
        if (!statsEnabled_)
            return tr("Not measured: the kernel is not recording BPF run-time statistics");
        return tr("No run in the last interval");
    }
    return {};
}

QVariant CostProgramModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ModuleColumn:
            return tr("Module");
        case ProgramColumn:
            return tr("BPF program");
        case RunsColumn:
            return tr("Runs/s");
        case NsPerRunColumn:
            return tr("ns/run");
        case CpuColumn:
            return tr("CPU %");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RunsColumn:
            return tr("Times the program ran per second in the last interval");
        case NsPerRunColumn:
            return tr("Average time of one run of the program's body (not the attach mechanism)");
        case CpuColumn:
            return tr("Time in the program's body as a share of one CPU core");
        }
    }
    return {};
}

}  // namespace kinsight::gui
