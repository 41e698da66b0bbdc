// What a save would change, line by line: the diff preview before saving.
// Lines are compared byte for byte (a changed line end is a change); text is
// shown decoded, without its line end.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kinsight::gui {

struct DiffLine {
    enum class Kind { Context, Removed, Added };
    Kind kind = Kind::Context;
    int oldLine = 0;  // 1-based; 0 for an added line
    int newLine = 0;  // 1-based; 0 for a removed line
    QString text;
};

struct DiffHunk {
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;
    QString header() const;  // "@@ -3,4 +3,5 @@"
};

// Every line of both texts in order; the changed region is found after the
// common beginning and end are set aside, so a one-line edit costs little
// even in a large file.
QList<DiffLine> diffLines(const QByteArray &before, const QByteArray &after);
// The changes with `context` unchanged lines around each.
QList<DiffHunk> diffHunks(const QByteArray &before, const QByteArray &after, int context = 3);
// "--- a/<name>", "+++ b/<name>", then the hunks: a unified diff.
QString unifiedDiff(const QString &name, const QByteArray &before, const QByteArray &after, int context = 3);

}  // namespace kinsight::gui
