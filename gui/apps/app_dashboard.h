// One application's dashboard: every per-application chart of the seed's
// "Integration Dashboard Elements" for one subject (an application, a process,
// a cgroup or an inspected process tree), grouped as the seed groups them,
// with a totals table counting from the moment the subject was selected.
// Metrics the session cannot measure say why instead of drawing zeros.
//
// Usage, live (the Applications page):
//     dashboard->setSession(session);          // what the session measures
//     dashboard->setSubject(AppSubject::application(u"make"_s));
//     dashboard->addSnapshot(controller->latest());   // then every new snapshot
//
// Usage, from frames (Launch and inspect: an inspected tree's counters):
//     dashboard->setSubject(AppSubject::tree(group, tr("make -j2")));
//     dashboard->setFrames(session, frames);   // or setSession() + addFrame() per frame
//
// Totals count from the first sample after setSubject() (or the last of
// setBacklog()); that sample is the baseline (0 since selection). The totals
// table also shows each metric since the session began.
#pragma once

#include "app_metric_layout.h"
#include "app_subject.h"
#include "apps_snapshot.h"
#include "history.h"
#include "time_axis.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTreeView;
class QVBoxLayout;

namespace kinsight::apps {
class AppsAggregator;
}

namespace kinsight::gui {
class ChartWidget;
}

namespace kinsight::apps::ui {

class MetricTotalsModel;

class AppDashboard : public QWidget {
    Q_OBJECT
public:
    explicit AppDashboard(QWidget *parent = nullptr);
    ~AppDashboard() override;

    // The session samples come from: its metrics and what it cannot measure. Clears the charts.
    void setSession(const SessionInfo &session);
    // What to show; totals and charts start again from the next sample.
    void setSubject(const AppSubject &subject);
    const AppSubject &subject() const { return subject_; }

    // A snapshot of the Applications page's controller (application, process and cgroup subjects).
    void addSnapshot(const AppsSnapshotPtr &snapshot);
    // Snapshots from before the selection, oldest first: their rates are drawn,
    // and the last one is where "since selection" starts.
    void setBacklog(const QList<AppsSnapshotPtr> &snapshots);
    // A frame of the session: tree subjects read its per-tree counters, others
    // go through the dashboard's own AppsAggregator (the user's grouping rules).
    void addFrame(const Frame &frame);
    // setSession(session), then addFrame() for each frame.
    void setFrames(const SessionInfo &session, const QList<Frame> &frames);

    // How the time axis is labelled; by default, time since selection.
    void setTimeLabeler(const gui::TimeLabeler &labeler);
    // The time window the charts show (seconds).
    void setWindowSeconds(double seconds);

    MetricTotalsModel *totalsModel() const { return totals_; }
    QTreeView *totalsView() const { return totalsView_; }
    gui::ChartWidget *chart(const QString &metric) const { return charts_.value(metric); }
    int chartCount() const { return int(charts_.size()); }
    // Since selection, per metric name (ratios included); none when unavailable or not yet known.
    std::optional<double> total(const QString &metric) const;
    // False once the subject was not in the latest sample (a process that ended).
    bool isSubjectPresent() const { return present_; }
    QString headerText() const;
    // "Inspect this cgroup / process tree in the kernel…": shown for cgroup and live process subjects.
    QPushButton *inspectButton() const { return inspect_; }

signals:
    // The user asked to go back (the Applications page hides the dashboard).
    void backRequested();
    // The user asked to count the subject (a cgroup, a process's tree) in the kernel alone.
    void inspectRequested(const kinsight::apps::ui::AppSubject &subject);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void rebuild();
    void arrangeCharts();
    void clearSamples();
    void addSample(double time, const QList<double> &cumulative, bool beforeSelection = false);
    void subjectMissing();
    void refreshCharts();
    void updateHeader();
    std::optional<QList<double>> subjectValues(const AppsSnapshot &snapshot) const;
    QList<double> treeValues(const Frame &frame, bool *found) const;

    SessionInfo session_;
    QList<MetricColumn> columns_;
    QList<LayoutGroup> layout_;
    AppSubject subject_;
    std::unique_ptr<AppsAggregator> aggregator_;

    std::optional<QList<double>> baseline_;
    QList<double> previous_;
    QList<double> latest_;
    double previousTime_ = 0;
    double firstTime_ = 0;
    double selectionTime_ = 0;
    bool selected_ = false;  // the selection's sample arrived (backlog samples come before it)
    bool sessionTotals_ = false;  // cumulative values count from the session's start (not a tree's)
    double latestTime_ = 0;
    bool present_ = true;
    int processCount_ = -1;
    QList<QList<std::optional<double>>> totalValues_;

    History history_;
    gui::TimeLabeler labeler_;
    bool customLabeler_ = false;
    double windowSeconds_ = 300;

    QLabel *title_ = nullptr;
    QLabel *subtitle_ = nullptr;
    QPushButton *inspect_ = nullptr;
    MetricTotalsModel *totals_ = nullptr;
    QTreeView *totalsView_ = nullptr;
    QScrollArea *scroll_ = nullptr;
    QWidget *chartsHost_ = nullptr;
    QHash<QString, gui::ChartWidget *> charts_;
    QList<std::pair<QGridLayout *, gui::ChartWidget *>> grids_;  // each chart and its group's grid, in order
    int chartColumns_ = 0;
};

}  // namespace kinsight::apps::ui
