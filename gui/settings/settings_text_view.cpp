#include "settings_text_view.h"

#include "ini_highlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QTextBlock>
#include <QToolTip>
#include <QVBoxLayout>

namespace kinsight::gui {

SettingsTextView::SettingsTextView(QWidget *parent) : QWidget(parent)
{
    editor_ = new QPlainTextEdit(this);
    editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor_->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor_->setTabChangesFocus(true);  // keyboard users leave the editor with Tab
    editor_->setAccessibleName(tr("Settings file text"));
    editor_->viewport()->installEventFilter(this);
    highlighter_ = new IniHighlighter(editor_->document());

    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    findings_ = new QListWidget(this);
    findings_->setAccessibleName(tr("Findings in this file"));
    findings_->setMaximumHeight(120);
    findings_->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(editor_, 1);
    layout->addWidget(summary_);
    layout->addWidget(findings_);

    connect(editor_, &QPlainTextEdit::textChanged, this, [this] {
        if (!loading_)
            emit edited(bytes());
    });
    connect(findings_, &QListWidget::itemActivated, this, &SettingsTextView::jumpTo);
    connect(findings_, &QListWidget::itemDoubleClicked, this, &SettingsTextView::jumpTo);
}

void SettingsTextView::setContent(const QByteArray &bytes, const QList<config::Diagnostic> &diagnostics)
{
    byteOrderMark_ = bytes.startsWith("\xef\xbb\xbf");
    crlf_ = bytes.count("\r\n") * 2 > bytes.count('\n');
    QByteArray text = byteOrderMark_ ? bytes.mid(3) : bytes;
    text.replace("\r\n", "\n");
    loading_ = true;
    if (editor_->toPlainText().toUtf8() != text)
        editor_->setPlainText(QString::fromUtf8(text));
    loading_ = false;
    setDiagnostics(diagnostics);
}

QByteArray SettingsTextView::bytes() const
{
    QByteArray text = editor_->toPlainText().toUtf8();
    if (crlf_)
        text.replace("\n", "\r\n");
    return byteOrderMark_ ? QByteArray("\xef\xbb\xbf") + text : text;
}

void SettingsTextView::setDiagnostics(const QList<config::Diagnostic> &diagnostics)
{
    diagnostics_ = diagnostics;
    // Re-highlighting marks the document changed: that is not an edit.
    const bool wasLoading = std::exchange(loading_, true);
    highlighter_->setDiagnostics(diagnostics);
    loading_ = wasLoading;
    findings_->clear();
    for (const config::Diagnostic &d : diagnostics) {
        const QString where = d.line > 0 ? (d.column > 0 ? tr("Line %1, column %2").arg(d.line).arg(d.column)
                                                         : tr("Line %1").arg(d.line))
                                         : tr("File");
        const QString severity = d.severity == config::Severity::Error     ? tr("error")
                                 : d.severity == config::Severity::Warning ? tr("warning")
                                                                            : tr("note");
        auto *item = new QListWidgetItem(tr("%1: %2: %3").arg(where, severity, d.message), findings_);
        item->setForeground(IniHighlighter::severityColor(d.severity));
        item->setData(Qt::UserRole, d.line);
        item->setData(Qt::UserRole + 1, d.column);
        item->setToolTip(d.toString());
    }
    const qsizetype errors = config::countSeverity(diagnostics, config::Severity::Error);
    const qsizetype others = diagnostics.size() - errors;
    if (diagnostics.isEmpty())
        summary_->setText(tr("No problems found."));
    else if (errors > 0)
        summary_->setText(tr("%n error(s) to fix before saving", nullptr, int(errors))
                          + (others > 0 ? tr(", and %n other finding(s)", nullptr, int(others)) : QString())
                          + tr(". Enter on a finding shows its place."));
    else
        summary_->setText(tr("%n finding(s); none prevents saving.", nullptr, int(others)));
    findings_->setVisible(!diagnostics.isEmpty());
}

void SettingsTextView::goTo(int line, int column)
{
    const QTextBlock block = editor_->document()->findBlockByNumber(std::max(0, line - 1));
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::clamp(column - 1, 0, block.length() - 1));
    editor_->setTextCursor(cursor);
    editor_->ensureCursorVisible();
    editor_->setFocus();
}

void SettingsTextView::jumpTo(QListWidgetItem *item)
{
    if (item)
        goTo(item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt());
}

bool SettingsTextView::eventFilter(QObject *watched, QEvent *event)
{
    // Hovering an underlined place shows what the validator says about it.
    if (watched == editor_->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = editor_->cursorForPosition(help->pos());
        const int line = cursor.blockNumber() + 1;
        QStringList messages;
        for (const config::Diagnostic &d : std::as_const(diagnostics_))
            if (d.line == line)
                messages.append(d.toString());
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(u'\n'), editor_);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace kinsight::gui
