#include "settings_diff.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {

// A file's lines with their line ends (a last line without one stays as it is).
QList<QByteArray> splitLines(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        lines.append(bytes.mid(start, end - start));
        start = end;
    }
    return lines;
}

QString display(const QByteArray &line)
{
    QByteArray text = line;
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    return QString::fromUtf8(text);
}

// Above this many cells the middle is shown as removed then added, rather
// than spending memory on a longest common subsequence.
constexpr qsizetype kMaxTableCells = 4 * 1024 * 1024;

}  // namespace

QString DiffHunk::header() const
{
    return u"@@ -%1,%2 +%3,%4 @@"_s.arg(oldStart).arg(oldCount).arg(newStart).arg(newCount);
}

QList<DiffLine> diffLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = splitLines(before);
    const QList<QByteArray> b = splitLines(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;

    QList<DiffLine> out;
    int oldLine = 0;
    int newLine = 0;
    auto context = [&](const QByteArray &line) { out.append({DiffLine::Kind::Context, ++oldLine, ++newLine, display(line)}); };
    auto removed = [&](const QByteArray &line) { out.append({DiffLine::Kind::Removed, ++oldLine, 0, display(line)}); };
    auto added = [&](const QByteArray &line) { out.append({DiffLine::Kind::Added, 0, ++newLine, display(line)}); };

    for (qsizetype i = 0; i < prefix; ++i)
        context(a[i]);
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n * m > kMaxTableCells || n == 0 || m == 0) {
        for (qsizetype i = 0; i < n; ++i)
            removed(a[prefix + i]);
        for (qsizetype j = 0; j < m; ++j)
            added(b[prefix + j]);
    } else {
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..] (middles only).
        QList<int> lcs((n + 1) * (m + 1), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[i * (m + 1) + j]; };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0, j = 0;
        while (i < n && j < m) {
            if (a[prefix + i] == b[prefix + j]) {
                context(a[prefix + i]);
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                removed(a[prefix + i++]);
            } else {
                added(b[prefix + j++]);
            }
        }
        while (i < n)
            removed(a[prefix + i++]);
        while (j < m)
            added(b[prefix + j++]);
    }
    for (qsizetype k = a.size() - suffix; k < a.size(); ++k)
        context(a[k]);
    return out;
}

QList<DiffHunk> diffHunks(const QByteArray &before, const QByteArray &after, int context)
{
    const QList<DiffLine> lines = diffLines(before, after);
    QList<DiffHunk> hunks;
    qsizetype i = 0;
    while (i < lines.size()) {
        if (lines[i].kind == DiffLine::Kind::Context) {
            ++i;
            continue;
        }
        // A change: open a hunk `context` lines before it and extend it while
        // changes follow within 2 * context unchanged lines.
        qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        for (qsizetype k = i; k < lines.size(); ++k) {
            if (lines[k].kind != DiffLine::Kind::Context)
                end = k;
            else if (k - end > 2 * context)
                break;
        }
        const qsizetype stop = std::min(lines.size(), end + 1 + context);
        DiffHunk hunk;
        for (qsizetype k = start; k < stop; ++k) {
            const DiffLine &line = lines[k];
            hunk.lines.append(line);
            if (line.kind != DiffLine::Kind::Added) {
                hunk.oldStart = hunk.oldStart ? hunk.oldStart : line.oldLine;
                ++hunk.oldCount;
            }
            if (line.kind != DiffLine::Kind::Removed) {
                hunk.newStart = hunk.newStart ? hunk.newStart : line.newLine;
                ++hunk.newCount;
            }
        }
        // An empty side starts after the line before it, as diff -u writes it.
        if (hunk.oldCount == 0)
            hunk.oldStart = start > 0 ? lines[start - 1].oldLine : 0;
        if (hunk.newCount == 0)
            hunk.newStart = start > 0 ? lines[start - 1].newLine : 0;
        hunks.append(hunk);
        i = stop;
    }
    return hunks;
}

QString unifiedDiff(const QString &name, const QByteArray &before, const QByteArray &after, int context)
{
    QStringList out{u"--- a/"_s + name, u"+++ b/"_s + name};
    for (const DiffHunk &hunk : diffHunks(before, after, context)) {
        out.append(hunk.header());
        for (const DiffLine &line : hunk.lines) {
            const QChar mark = line.kind == DiffLine::Kind::Added ? u'+' : line.kind == DiffLine::Kind::Removed ? u'-' : u' ';
            out.append(mark + line.text);
        }
    }
    return out.join(u'\n') + u'\n';
}

}  // namespace kinsight::gui
