// The preview shown before saving: for each file with edits, what would be
// removed and added, line by line, with line numbers. Saving is possible only
// when no file has errors.
#pragma once

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;
class QLabel;
class QPushButton;

namespace kinsight::gui {

class SettingsWorkspace;

class DiffDialog : public QDialog {
    Q_OBJECT
public:
    DiffDialog(const SettingsWorkspace &workspace, const QStringList &fileIds, QWidget *parent = nullptr);

    QString diffText() const;
    bool canSave() const { return canSave_; }
    QPushButton *saveButton() const { return save_; }

private:
    QPlainTextEdit *view_;
    QLabel *summary_;
    QPushButton *save_;
    bool canSave_ = true;
};

}  // namespace kinsight::gui
