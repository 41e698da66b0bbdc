// The Collector cost page's table of modules: what each collector costs in
// all its BPF programs together (runs/s, ns per run, CPU %) and in kernel
// memory (its maps' memlock). Sorting uses SortRole, the exact numbers.
#pragma once

#include "frame.h"
#include "rates.h"

#include <QAbstractTableModel>

#include <optional>

namespace kinsight::gui {

class CostModuleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ModuleColumn, ProgramsColumn, RunsColumn, NsPerRunColumn, CpuColumn, MapsColumn, MemoryColumn,
                  ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    struct Row {
        QString module;
        int programs = 0;
        double runsPerSecond = 0;
        double cpuPercent = 0;
        std::optional<double> nsPerRun;  // none without runs
        int maps = 0;
        quint64 memlockBytes = 0;
        QStringList mapDetails;          // one line per map, for the tooltip
    };

    explicit CostModuleModel(QObject *parent = nullptr);

    // Rates give the programs' numbers and the memory; the raw sample lists the maps.
    void setCost(const std::optional<CostRates> &rates, const std::optional<CollectorCost> &raw);
    void clear();
    const QList<Row> &rows() const { return rows_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> rows_;
    bool statsEnabled_ = false;
};

}  // namespace kinsight::gui
