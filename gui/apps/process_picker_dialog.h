// Chooses one process of the session, as a system monitor does: every
// process with counts, live, searchable by PID, name, executable, application
// or cgroup. Enter or double-click picks the current row.
#pragma once

#include "app_subject.h"

#include <QDialog>

class QLineEdit;
class QTreeView;

namespace kinsight::apps::ui {

class AppsController;
class AppsFilterModel;
class AppsTableModel;

class ProcessPickerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ProcessPickerDialog(AppsController *controller, QWidget *parent = nullptr);

    // The process picked (the current row when accepted); invalid when none.
    AppSubject selected() const;

    QLineEdit *searchField() const { return search_; }
    QTreeView *view() const { return view_; }
    AppsTableModel *model() const { return model_; }

private:
    AppsController *controller_;
    AppsTableModel *model_ = nullptr;
    AppsFilterModel *filter_ = nullptr;
    QLineEdit *search_ = nullptr;
    QTreeView *view_ = nullptr;
};

}  // namespace kinsight::apps::ui
