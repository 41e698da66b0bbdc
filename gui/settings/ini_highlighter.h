// Colours a settings file the way Netdata reads it (sections, keys, values,
// comments, lines it ignores) and underlines what the validator reports, at
// the reported line and column, in the severity's colour.
#pragma once

#include "config/config_diagnostic.h"

#include <QList>
#include <QSyntaxHighlighter>

namespace kinsight::gui {

class IniHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit IniHighlighter(QTextDocument *document);

    void setDiagnostics(const QList<config::Diagnostic> &diagnostics);
    static QColor severityColor(config::Severity severity);

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<config::Diagnostic> diagnostics_;
};

}  // namespace kinsight::gui
