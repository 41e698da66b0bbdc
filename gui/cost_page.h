// Collector cost: what measuring costs, bpftop-style. Totals on top (BPF
// programs' CPU and runs, kernel map memory, the helper's CPU and memory, the
// process table's fill), CPU and memory over time, then sortable tables per
// module and per BPF program. Run-time statistics cost ~20 ns per program run,
// so the page asks for cost only while it is shown, and says so.
#pragma once

#include <QScrollArea>

class QAbstractItemModel;
class QGridLayout;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace kinsight::gui {

class ChartWidget;
class CostModuleModel;
class CostProgramModel;
class SessionController;

class CostPage : public QScrollArea {
    Q_OBJECT
public:
    explicit CostPage(SessionController *controller, QWidget *parent = nullptr);

    // Reads the controller's newest cost now.
    void refreshNow();

    QString statusText() const;
    QString summaryText() const;  // the totals, one per line
    CostModuleModel *moduleModel() const { return modules_; }
    CostProgramModel *programModel() const { return programs_; }
    QTableView *moduleView() const { return moduleView_; }
    QTableView *programView() const { return programView_; }
    ChartWidget *cpuChart() const { return cpuChart_; }
    ChartWidget *memoryChart() const { return memoryChart_; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTableView *createTable(QAbstractItemModel *model, QSortFilterProxyModel **proxy, int sortColumn);
    QLabel *addTile(QGridLayout *grid, int column, const QString &title);
    void updateStatus();
    void updateTiles();
    void fitTable(QTableView *view);

    SessionController *controller_;
    QLabel *status_ = nullptr;
    QLabel *bpfTile_ = nullptr;
    QLabel *memoryTile_ = nullptr;
    QLabel *helperTile_ = nullptr;
    QLabel *tableTile_ = nullptr;
    QProgressBar *tableFill_ = nullptr;
    QWidget *details_ = nullptr;
    ChartWidget *cpuChart_ = nullptr;
    ChartWidget *memoryChart_ = nullptr;
    CostModuleModel *modules_ = nullptr;
    CostProgramModel *programs_ = nullptr;
    QSortFilterProxyModel *moduleProxy_ = nullptr;
    QSortFilterProxyModel *programProxy_ = nullptr;
    QTableView *moduleView_ = nullptr;
    QTableView *programView_ = nullptr;
};

}  // namespace kinsight::gui
