#include "config_diagnostic.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kinsight::config {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Note:
        return u"note"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return u"error"_s;
}

QString Diagnostic::toString() const
{
    QString position = file;
    if (line > 0) {
        position += u':' + QString::number(line);
        if (column > 0)
            position += u':' + QString::number(column);
    }
    return position + u": "_s + severityName(severity) + u": "_s + message;
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    return countSeverity(diagnostics, Severity::Error) > 0;
}

qsizetype countSeverity(const QList<Diagnostic> &diagnostics, Severity severity)
{
    return std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                         [severity](const Diagnostic &d) { return d.severity == severity; });
}

bool hasIssueErrors(const QList<ValueIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ValueIssue &issue) { return issue.severity == Severity::Error; });
}

}  // namespace kinsight::config
