// The form view of one settings file, generated from the option schema: one
// row per option the file may hold, with an editor of the option's type
// (tristate check box for yes/no, combo box for choices, spin box with the
// option's range for numbers, validated line edit for patterns, ports and
// addresses), where its effective value comes from, Netdata's default where
// Kinsight's differs, and a button that removes the setting from the file.
// "Not set" is a state of every editor: the value then comes from ebpf.d.conf
// or the defaults. The explanation of the focused option is shown as help.
#pragma once

#include "config/option_schema.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;
class QTextBrowser;
class QPushButton;

namespace kinsight::gui {

class SettingsWorkspace;

class SettingsForm : public QWidget {
    Q_OBJECT
public:
    explicit SettingsForm(SettingsWorkspace *workspace, QWidget *parent = nullptr);

    void showFile(const QString &id);  // builds the rows for that file
    QString fileId() const { return fileId_; }
    // Editors and texts follow the workspace (after a text edit, a revert, a load).
    void refresh();

    // For tests and for the page: the editor of an option, and its texts.
    QWidget *editor(const QString &section, const QString &key) const;
    QString originText(const QString &section, const QString &key) const;
    QString problemText(const QString &section, const QString &key) const;
    QTextBrowser *help() const { return help_; }
    QString helpHtml(const config::OptionSpec &option) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        const config::OptionSpec *option = nullptr;
        QString writtenKey;  // key to edit in this file: the option's, or an old name already there
        bool inverted = false;  // the old name means the opposite ("disable apps")
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *origin = nullptr;
        QLabel *problem = nullptr;
        QToolButton *reset = nullptr;
    };

    void rebuild();
    QWidget *makeEditor(Row &row);
    void loadRow(Row &row);
    void commit(const Row &row, const QString &value);  // empty value: remove from the file
    std::optional<QString> valueInFile(const Row &row) const;
    QString inheritedValue(const Row &row) const;  // what applies when this file does not set it
    const Row *rowFor(const QObject *editor) const;
    void showHelp(const Row &row);

    SettingsWorkspace *workspace_;
    QString fileId_;
    QWidget *rowsHost_ = nullptr;
    QVBoxLayout *rowsLayout_ = nullptr;
    QLabel *fileNote_ = nullptr;
    QPushButton *enableModule_ = nullptr;
    QTextBrowser *help_ = nullptr;
    QList<Row> rows_;
    bool loading_ = false;
};

}  // namespace kinsight::gui
