// The Applications page: what each application, cgroup and process does with
// the kernel, live: a table per view (sortable, searchable, a sparkline of
// recent activity per row), the grouping rules and `collect pid` mode, the
// process picker, and the one-application dashboard, opened with Enter,
// double-click or the context menu and left with "← Applications".
#pragma once

#include "app_subject.h"
#include "apps_table_model.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabBar;
class QTreeView;

namespace kinsight::apps::ui {

class AppDashboard;
class AppsController;
class AppsFilterModel;

class AppsPage : public QWidget {
    Q_OBJECT
public:
    explicit AppsPage(AppsController *controller, QWidget *parent = nullptr);

    AppsController *controller() const { return controller_; }
    AppDashboard *dashboard() const { return dashboard_; }

    using Kind = AppsTableModel::Kind;
    void setCurrentKind(Kind kind);
    Kind currentKind() const;
    QTreeView *view(Kind kind) const { return views_[int(kind)]; }
    AppsTableModel *model(Kind kind) const { return models_[int(kind)]; }
    AppsFilterModel *filter(Kind kind) const { return filters_[int(kind)]; }
    QLineEdit *searchField() const { return search_; }
    QComboBox *valuesSelector() const { return values_; }
    QComboBox *collectPidSelector() const { return collectPid_; }
    QLabel *notice() const { return notice_; }

    void openDashboard(const AppSubject &subject);
    void showList();
    bool isDashboardShown() const;

    // Opens a window counting the cgroup, or the process and its descendants,
    // with per-process counting in the kernel restricted to them.
    void inspectInKernel(const AppSubject &subject);

    // Dialogs (modal; return when closed).
    void editRules();
    void pickProcess();

private:
    void onSessionChanged();
    void onSnapshot();
    void updateNotice();
    void updateStatus();
    void showContextMenu(QTreeView *view, const QPoint &pos);
    QTreeView *createView(Kind kind);

    AppsController *controller_;
    QStackedWidget *pages_ = nullptr;
    QWidget *listPage_ = nullptr;
    QTabBar *tabs_ = nullptr;
    QStackedWidget *tables_ = nullptr;
    QLineEdit *search_ = nullptr;
    QComboBox *values_ = nullptr;
    QComboBox *collectPid_ = nullptr;
    QLabel *notice_ = nullptr;
    QLabel *status_ = nullptr;
    QLabel *cgroupsOff_ = nullptr;
    QTreeView *views_[3] = {};
    AppsTableModel *models_[3] = {};
    AppsFilterModel *filters_[3] = {};
    AppDashboard *dashboard_ = nullptr;
};

}  // namespace kinsight::apps::ui
