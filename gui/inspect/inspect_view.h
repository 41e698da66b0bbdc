// The inspected program, live and after it ended: what runs and its state
// (exit code and duration once it ends), per-second charts of its process
// tree's per-application metrics (one chart per seed group and unit), its
// stdout/stderr as they come, and the totals table of `kinsight-cli stat`
// (same names, groups and numbers). Any chart saves as PNG or SVG from its
// context menu; the session as CSV or JSON.
#pragma once

#include "history.h"
#include "inspect_run.h"
#include "time_axis.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class QGridLayout;

namespace kinsight::gui {
class ChartWidget;
}

namespace kinsight::inspect {

class InspectView : public QWidget {
    Q_OBJECT
public:
    explicit InspectView(QWidget *parent = nullptr);

    InspectRun *run() const { return run_; }
    // Starts `spec` here (the previous run's charts and output go away).
    bool start(const LaunchSpec &spec);
    // Counts an existing cgroup or a running process's tree here (InspectRun::watchCgroup/watchTree).
    bool watchCgroup(const QString &path, const QString &hierarchy, double intervalSeconds = 1.0);
    bool watchTree(qint64 pid, const QString &name, double intervalSeconds = 1.0);
    // The same count again (after it ended): the same launch, cgroup or tree.
    bool restart();

    QList<gui::ChartWidget *> charts() const { return charts_; }
    QTreeWidget *totalsView() const { return totals_; }
    QPlainTextEdit *outputView() const { return output_; }
    QLabel *statusLabel() const { return status_; }
    QLabel *factsLabel() const { return facts_; }
    QPushButton *stopButton() const { return stop_; }
    QPushButton *againButton() const { return again_; }
    QWidget *outputBox() const { return outputBox_; }
    // The totals table as shown: metric -> the Total column's text.
    QMap<QString, QString> shownTotals() const;

    // Save dialogs (they report failures in a message box).
    void exportCsv();
    void exportJson();
    void saveChart(gui::ChartWidget *chart, const QString &format);  // "png" or "svg"

signals:
    void runAgainRequested();
    void phaseChanged();

private:
    void onPhase(InspectRun::Phase phase, const QString &message);
    void onSession(const SessionInfo &session);
    void onProgress(const InspectInterval *interval, const Frame &frame);
    void appendOutput(const QString &text, bool isStderr);
    void clearRun(const QString &title, InspectRun::Target target);
    void buildCharts();
    void buildTotals();
    void updateTotals();
    void updateFacts();
    void refreshCharts();
    void showChartMenu(gui::ChartWidget *chart, const QPoint &globalPos);
    QString suggestedName(const QString &suffix) const;

    InspectRun *run_ = nullptr;
    History history_;
    gui::TimeLabeler labeler_;
    double origin_ = 0;
    double latest_ = 0;

    QLabel *title_ = nullptr;
    QLabel *status_ = nullptr;
    QLabel *facts_ = nullptr;
    QLabel *cli_ = nullptr;
    QPushButton *stop_ = nullptr;
    QPushButton *again_ = nullptr;
    QToolButton *export_ = nullptr;
    QSplitter *splitter_ = nullptr;
    QScrollArea *chartsArea_ = nullptr;
    QWidget *chartsHost_ = nullptr;
    QGridLayout *chartsGrid_ = nullptr;
    QLabel *chartsPlaceholder_ = nullptr;
    QList<gui::ChartWidget *> charts_;
    QPlainTextEdit *output_ = nullptr;
    QWidget *outputBox_ = nullptr;
    QLabel *totalsTitle_ = nullptr;
    QTreeWidget *totals_ = nullptr;
    QHash<QString, QTreeWidgetItem *> totalItems_;  // metric -> row
    QTreeWidgetItem *totalsHeader_ = nullptr;
};

}  // namespace kinsight::inspect
