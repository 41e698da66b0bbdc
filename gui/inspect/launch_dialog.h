// "Launch and inspect…": the program, its arguments (quoted like a shell),
// working directory and environment edits, and how to measure it. Starts from
// what was used last time; refuses to close on what cannot run, saying why.
#pragma once

#include "launch_spec.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace kinsight::inspect {

class LaunchDialog : public QDialog {
    Q_OBJECT
public:
    explicit LaunchDialog(QWidget *parent = nullptr);

    void setSpec(const LaunchSpec &spec);
    LaunchSpec spec() const;

    QLineEdit *programEdit() const { return program_; }
    QLineEdit *argumentsEdit() const { return arguments_; }
    QLineEdit *workingDirectoryEdit() const { return workingDirectory_; }
    QTableWidget *environmentTable() const { return environment_; }
    QLabel *problemLabel() const { return problem_; }

    void accept() override;  // saves the spec when it can run

private:
    void addEnvironmentRow(const EnvironmentEdit &edit = {});
    void updatePreview();

    QLineEdit *program_ = nullptr;
    QLineEdit *arguments_ = nullptr;
    QLineEdit *workingDirectory_ = nullptr;
    QTableWidget *environment_ = nullptr;
    QLineEdit *modules_ = nullptr;
    QCheckBox *returnMode_ = nullptr;
    QDoubleSpinBox *interval_ = nullptr;
    QLabel *preview_ = nullptr;
    QLabel *problem_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
};

}  // namespace kinsight::inspect
