// Edits the grouping rules (apps_groups.conf syntax) with the problems of
// the text shown as you type and a tester that says which application a
// process name or executable path goes to. Apply regroups the page at once;
// Save also keeps the rules for next time (RulesStore).
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kinsight::apps::ui {

class AppsController;

class RulesEditorDialog : public QDialog {
    Q_OBJECT
public:
    explicit RulesEditorDialog(AppsController *controller, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return editor_; }
    QLineEdit *tester() const { return tester_; }
    QLabel *problems() const { return problems_; }
    QLabel *testResult() const { return testResult_; }

    void apply();
    bool save();  // apply, then write to the user's file; false (and a message) when it cannot
    void restoreDefaults();

private:
    void validate();
    void updateTest();

    AppsController *controller_;
    QPlainTextEdit *editor_ = nullptr;
    QLabel *problems_ = nullptr;
    QLineEdit *tester_ = nullptr;
    QLabel *testResult_ = nullptr;
    QLabel *where_ = nullptr;
    QPushButton *applyButton_ = nullptr;
};

}  // namespace kinsight::apps::ui
