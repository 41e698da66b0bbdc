#include "ini_highlighter.h"

#include "config/ini_document.h"

#include <QTextCharFormat>

namespace kinsight::gui {

IniHighlighter::IniHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

QColor IniHighlighter::severityColor(config::Severity severity)
{
    switch (severity) {
    case config::Severity::Error:
        return QColor(0xc0, 0x1c, 0x28);
    case config::Severity::Warning:
        return QColor(0xc6, 0x64, 0x00);
    case config::Severity::Note:
        break;
    }
    return QColor(0x1a, 0x5f, 0xb4);
}

void IniHighlighter::setDiagnostics(const QList<config::Diagnostic> &diagnostics)
{
    diagnostics_ = diagnostics;
    rehighlight();
}

void IniHighlighter::highlightBlock(const QString &text)
{
    // Netdata trims C-locale white space only, so the same here.
    qsizetype first = 0;
    while (first < text.size() && config::isNetdataSpace(text.at(first)))
        ++first;
    qsizetype last = text.size();
    while (last > first && config::isNetdataSpace(text.at(last - 1)))
        --last;
    const int start = int(first);
    const int length = int(last - first);

    QTextCharFormat comment;
    comment.setForeground(QColor(0x6a, 0x73, 0x7d));
    comment.setFontItalic(true);
    QTextCharFormat section;
    section.setForeground(QColor(0x1a, 0x5f, 0xb4));
    section.setFontWeight(QFont::Bold);
    QTextCharFormat key;
    key.setForeground(QColor(0x81, 0x3d, 0x9c));
    QTextCharFormat equals;
    equals.setForeground(QColor(0x6a, 0x73, 0x7d));
    QTextCharFormat value;
    value.setForeground(QColor(0x26, 0x7a, 0x3c));

    if (length > 0) {
        if (text.at(first) == u'#') {
            setFormat(start, length, comment);
        } else if (text.at(first) == u'[' && text.at(last - 1) == u']') {
            setFormat(start, length, section);
        } else if (const qsizetype eq = text.indexOf(u'=', first); eq >= 0 && eq < last) {
            setFormat(start, int(eq - first), key);
            setFormat(int(eq), 1, equals);
            setFormat(int(eq) + 1, int(last - eq - 1), value);
        }
    }

    // Underline what the validator found on this line (1-based lines and columns).
    const int lineNumber = currentBlock().blockNumber() + 1;
    for (const config::Diagnostic &d : std::as_const(diagnostics_)) {
        if (d.line != lineNumber)
            continue;
        const int from = d.column > 0 ? d.column - 1 : start;
        int to = int(last);
        // A key finding stops at the '='; a value finding runs to the end of the value.
        if (d.column > 0 && d.column - 1 < text.size()) {
            const qsizetype eq = text.indexOf(u'=', first);
            if (eq >= 0 && from < eq)
                to = int(eq);
        }
        if (to <= from)
            to = std::min(int(text.size()), from + 1);
        if (text.isEmpty() || to <= from)
            continue;
        for (int i = from; i < to; ++i) {
            QTextCharFormat format = this->format(i);
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(severityColor(d.severity));
            if (d.severity == config::Severity::Error)
                format.setBackground(QColor(0xfc, 0xe8, 0xe6));
            setFormat(i, 1, format);
        }
    }
}

}  // namespace kinsight::gui
