// The raw text of one settings file: an editor with Netdata-syntax colours,
// the validator's findings underlined in place and listed below it (Enter or
// a double click on one puts the cursor at its line and column).
#pragma once

#include "config/config_diagnostic.h"

#include <QByteArray>
#include <QPlainTextEdit>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace kinsight::gui {

class IniHighlighter;

class SettingsTextView : public QWidget {
    Q_OBJECT
public:
    explicit SettingsTextView(QWidget *parent = nullptr);

    // Shows a file's bytes (without emitting edited()).
    void setContent(const QByteArray &bytes, const QList<config::Diagnostic> &diagnostics);
    void setDiagnostics(const QList<config::Diagnostic> &diagnostics);
    QPlainTextEdit *editor() const { return editor_; }
    QListWidget *findings() const { return findings_; }
    // The editor's text as file bytes: the loaded file's byte-order mark and line ends are kept.
    QByteArray bytes() const;
    void goTo(int line, int column);

signals:
    void edited(const QByteArray &bytes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void jumpTo(QListWidgetItem *item);

    QPlainTextEdit *editor_;
    IniHighlighter *highlighter_;
    QLabel *summary_;
    QListWidget *findings_;
    QList<config::Diagnostic> diagnostics_;
    bool loading_ = false;
    bool byteOrderMark_ = false;
    bool crlf_ = false;
};

}  // namespace kinsight::gui
