// The Collector cost page's table of BPF programs: per program its module,
// runs per second, nanoseconds per run and CPU % of one core in the last
// interval. Sorting uses SortRole (the exact numbers); a value the kernel did
// not measure (statistics off, no run) sorts below every measured one.
#pragma once

#include "rates.h"

#include <QAbstractTableModel>

namespace kinsight::gui {

class CostProgramModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ModuleColumn, ProgramColumn, RunsColumn, NsPerRunColumn, CpuColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit CostProgramModel(QObject *parent = nullptr);

    void setCost(const CostRates &rates);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CostRates::Program> rows_;
    bool statsEnabled_ = false;
};

}  // namespace kinsight::gui
