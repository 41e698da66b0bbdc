// Findings about settings files, positioned like compiler messages
// ("file:line:column: error: message") so editors, the CLI and the GUI can
// all point at the exact spot.
#pragma once

#include <QList>
#include <QString>

namespace kinsight::config {

enum class Severity { Note, Warning, Error };

QString severityName(Severity severity);

// A problem inside one value, relative to the value's first character. The
// validator turns it into a Diagnostic by adding the value's column.
struct ValueIssue {
    int offset = 0;
    int length = 0;
    Severity severity = Severity::Error;
    QString code;
    QString message;
};

struct Diagnostic {
    QString file;       // the name the caller gave (a path or a display name)
    int line = 0;       // 1-based; 0 when the finding concerns the whole file
    int column = 0;     // 1-based, in characters; 0 when it concerns the whole line
    Severity severity = Severity::Error;
    QString code;       // stable identifier ("unknown-key", "bad-boolean", ...) for tests and the GUI
    QString message;

    QString toString() const;
};

bool hasErrors(const QList<Diagnostic> &diagnostics);
qsizetype countSeverity(const QList<Diagnostic> &diagnostics, Severity severity);
bool hasIssueErrors(const QList<ValueIssue> &issues);

}  // namespace kinsight::config
