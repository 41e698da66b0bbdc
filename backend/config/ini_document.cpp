#include "ini_document.h"

#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;

namespace kinsight::config {

namespace {

const QByteArray utf8ByteOrderMark("\xEF\xBB\xBF");

struct Trimmed {
    qsizetype first = 0;  // first non-space index
    qsizetype end = 0;    // one past the last non-space index
};

Trimmed trimmedSpan(const QString &text, qsizetype from, qsizetype to)
{
    while (from < to && isNetdataSpace(text.at(from)))
        ++from;
    while (to > from && isNetdataSpace(text.at(to - 1)))
        --to;
    return {from, to};
}

IniLine classify(const QString &text, const QString &currentSection)
{
    IniLine line;
    line.text = text;
    line.section = currentSection;

    const Trimmed span = trimmedSpan(text, 0, text.size());
    if (span.first == span.end) {
        line.kind = IniLine::Kind::Blank;
        return line;
    }
    line.keyColumn = int(span.first) + 1;
    const QChar lead = text.at(span.first);
    if (lead == u'#') {
        line.kind = IniLine::Kind::Comment;
        return line;
    }
    if (lead == u'[' && text.at(span.end - 1) == u']' && span.end - span.first >= 2) {
        const QString name = text.mid(span.first + 1, span.end - span.first - 2);
        if (name.isEmpty()) {
            line.kind = IniLine::Kind::Invalid;
            line.problem = u"the section name is empty"_s;
            return line;
        }
        line.kind = IniLine::Kind::Section;
        line.section = name;
        line.keyColumn = int(span.first) + 2;
        return line;
    }
    if (currentSection.isEmpty()) {
        line.kind = IniLine::Kind::Invalid;
        line.problem = u"this line is outside any section; put a [section] line above it"_s;
        return line;
    }
    const qsizetype equals = text.indexOf(u'=', span.first);
    if (equals < 0 || equals >= span.end) {
        line.kind = IniLine::Kind::Invalid;
        if (lead == u'[') {
            line.problem = text.indexOf(u']', span.first) < 0
                ? u"the section header has no closing ']'"_s
                : u"text after ']' in a section header (Netdata has no end-of-line comments; put the comment on its own line)"_s;
        } else {
            line.problem = u"there is no '=' in this line; write 'name = value', or start the line with '#' to make it a comment"_s;
        }
        return line;
    }
    const Trimmed keySpan = trimmedSpan(text, span.first, equals);
    if (keySpan.first == keySpan.end) {
        line.kind = IniLine::Kind::Invalid;
        line.problem = u"the name before '=' is empty"_s;
        return line;
    }
    Trimmed valueSpan = trimmedSpan(text, equals + 1, span.end);
    if (valueSpan.first == valueSpan.end) {
        // An empty value "starts" after the spaces that follow '=', so setting
        // one later does not leave them behind it.
        qsizetype start = equals + 1;
        while (start < text.size() && isNetdataSpace(text.at(start)))
            ++start;
        valueSpan = {start, start};
    }
    line.kind = IniLine::Kind::Entry;
    line.key = text.mid(keySpan.first, keySpan.end - keySpan.first);
    line.value = text.mid(valueSpan.first, valueSpan.end - valueSpan.first);
    line.keyColumn = int(keySpan.first) + 1;
    line.valueColumn = int(valueSpan.first) + 1;
    return line;
}

bool isNetdataSpaceByte(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// The value's byte span in an entry line, found the way classify() finds it
// in characters: '=' and white space are ASCII, so they never occur inside a
// multi-byte UTF-8 sequence, and invalid bytes stay where they are.
std::pair<qsizetype, qsizetype> valueByteSpan(const QByteArray &line)
{
    qsizetype end = line.size();
    while (end > 0 && isNetdataSpaceByte(line.at(end - 1)))
        --end;
    qsizetype start = line.indexOf('=') + 1;
    while (start < end && isNetdataSpaceByte(line.at(start)))
        ++start;
    if (start == end) {
        while (start < line.size() && isNetdataSpaceByte(line.at(start)))
            ++start;
        end = start;
    }
    return {start, end};
}

// The spacing between key and value in a sample entry, e.g. " = " or "=".
QString separatorOf(const IniLine &entry)
{
    const qsizetype keyEnd = entry.keyColumn - 1 + entry.key.size();
    const qsizetype valueStart = entry.valueColumn - 1;
    if (entry.value.isEmpty())
        return u" = "_s;
    return entry.text.mid(keyEnd, valueStart - keyEnd);
}

QString indentationOf(const IniLine &line)
{
    qsizetype n = 0;
    while (n < line.text.size() && isNetdataSpace(line.text.at(n)))
        ++n;
    return line.text.left(n);
}

}  // namespace

bool isNetdataSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\v' || u == u'\f' || u == u'\r';
}

IniDocument IniDocument::parse(const QByteArray &bytes)
{
    IniDocument document;
    document.byteOrderMark_ = bytes.startsWith(utf8ByteOrderMark);

    QString section;
    qsizetype start = 0;
    int number = 0;
    while (start < bytes.size()) {
        qsizetype newline = bytes.indexOf('\n', start);
        QByteArray raw;
        QByteArray lineEnd;
        if (newline < 0) {
            raw = bytes.mid(start);
            start = bytes.size();
        } else {
            raw = bytes.mid(start, newline - start);
            lineEnd = "\n";
            if (raw.endsWith('\r')) {
                raw.chop(1);
                lineEnd = "\r\n";
            }
            start = newline + 1;
        }
        ++number;
        QByteArray decodable = raw;
        if (number == 1 && document.byteOrderMark_)
            decodable.remove(0, utf8ByteOrderMark.size());
        IniLine line = classify(QString::fromUtf8(decodable), section);
        if (line.kind == IniLine::Kind::Entry) {
            const qsizetype offset = raw.size() - decodable.size();
            const auto [start, end] = valueByteSpan(decodable);
            line.valueByteStart = offset + start;
            line.valueByteEnd = offset + end;
        }
        line.number = number;
        line.raw = raw;
        line.lineEnd = lineEnd;
        if (line.kind == IniLine::Kind::Section)
            section = line.section;
        document.lines_.append(line);
    }
    return document;
}

QByteArray IniDocument::toBytes() const
{
    QByteArray bytes;
    for (const IniLine &line : lines_)
        bytes += line.raw + line.lineEnd;
    return bytes;
}

QStringList IniDocument::sectionNames() const
{
    QStringList names;
    QSet<QString> seen;
    for (const IniLine &line : lines_) {
        if (line.kind == IniLine::Kind::Section && !seen.contains(line.section)) {
            seen.insert(line.section);
            names.append(line.section);
        }
    }
    return names;
}

bool IniDocument::hasSection(QStringView section) const
{
    for (const IniLine &line : lines_) {
        if (line.kind == IniLine::Kind::Section && line.section == section)
            return true;
    }
    return false;
}

QList<qsizetype> IniDocument::entryIndexes(QStringView section, QStringView key) const
{
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < lines_.size(); ++i) {
        const IniLine &line = lines_.at(i);
        if (line.kind == IniLine::Kind::Entry && line.section == section && line.key == key)
            indexes.append(i);
    }
    return indexes;
}

const IniLine *IniDocument::entry(QStringView section, QStringView key) const
{
    const QList<qsizetype> indexes = entryIndexes(section, key);
    return indexes.isEmpty() ? nullptr : &lines_.at(indexes.last());
}

std::optional<QString> IniDocument::value(QStringView section, QStringView key) const
{
    if (const IniLine *line = entry(section, key))
        return line->value;
    return std::nullopt;
}

QString IniDocument::sectionNameProblem(QStringView section)
{
    if (section.isEmpty())
        return u"the section name is empty"_s;
    if (section.contains(u'\n') || section.contains(u'\r'))
        return u"a section name cannot contain a line break"_s;
    if (section.contains(u']'))
        return u"a section name cannot contain ']'"_s;
    if (isNetdataSpace(section.front()) || isNetdataSpace(section.back()))
        return u"a section name cannot start or end with white space"_s;
    return {};
}

QString IniDocument::keyProblem(QStringView key)
{
    if (key.isEmpty())
        return u"the key is empty"_s;
    if (key.contains(u'\n') || key.contains(u'\r'))
        return u"a key cannot contain a line break"_s;
    if (key.contains(u'='))
        return u"a key cannot contain '='"_s;
    if (isNetdataSpace(key.front()) || isNetdataSpace(key.back()))
        return u"a key cannot start or end with white space"_s;
    if (key.front() == u'#' || key.front() == u'[')
        return u"a key cannot start with '#' or '['"_s;
    return {};
}

QString IniDocument::valueProblem(QStringView value)
{
    if (value.contains(u'\n') || value.contains(u'\r'))
        return u"a value cannot contain a line break"_s;
    return {};
}

QByteArray IniDocument::dominantLineEnd() const
{
    int crlf = 0;
    int lf = 0;
    for (const IniLine &line : lines_) {
        if (line.lineEnd == "\r\n")
            ++crlf;
        else if (line.lineEnd == "\n")
            ++lf;
    }
    return crlf > lf ? QByteArray("\r\n") : QByteArray("\n");
}

IniDocument::Edit IniDocument::withValue(QStringView section, QStringView key, QStringView value) const
{
    Edit edit;
    edit.document = *this;
    const QString trimmedValue = value.trimmed().toString();
    for (const QString &problem : {sectionNameProblem(section), keyProblem(key), valueProblem(trimmedValue)}) {
        if (!problem.isEmpty()) {
            edit.error = problem;
            return edit;
        }
    }

    QList<QByteArray> raws;
    QList<QByteArray> ends;
    for (const IniLine &line : lines_) {
        raws.append(line.raw);
        ends.append(line.lineEnd);
    }
    const QList<qsizetype> existing = entryIndexes(section, key);
    if (!existing.isEmpty()) {
        const qsizetype index = existing.last();
        const IniLine &line = lines_.at(index);
        edit.lineNumber = line.number;
        if (line.value == trimmedValue)
            return edit;
        QByteArray insertion = trimmedValue.toUtf8();
        // "key =" has nowhere to put the value; keep the file's spacing style.
        const qsizetype start = line.valueByteStart;
        if (line.value.isEmpty() && !trimmedValue.isEmpty() && start >= 2 && line.raw.at(start - 1) == '='
            && isNetdataSpaceByte(line.raw.at(start - 2)))
            insertion.prepend(' ');
        raws[index] = line.raw.left(start) + insertion + line.raw.mid(line.valueByteEnd);
        edit.change = Change::Replaced;
    } else if (hasSection(section)) {
        // The last block of the section (a repeated header continues it).
        qsizetype blockStart = -1;
        for (qsizetype i = 0; i < lines_.size(); ++i) {
            if (lines_.at(i).kind == IniLine::Kind::Section && lines_.at(i).section == section)
                blockStart = i;
        }
        qsizetype anchor = blockStart;
        for (qsizetype i = blockStart + 1; i < lines_.size() && lines_.at(i).kind != IniLine::Kind::Section; ++i) {
            if (lines_.at(i).kind == IniLine::Kind::Entry)
                anchor = i;
        }
        const IniLine *style = anchor != blockStart ? &lines_.at(anchor) : nullptr;
        if (!style) {
            for (const IniLine &line : lines_) {
                if (line.kind == IniLine::Kind::Entry) {
                    style = &line;
                    break;
                }
            }
        }
        const QString indent = style ? indentationOf(*style) : u"    "_s;
        const QString separator = style ? separatorOf(*style) : u" = "_s;
        const QString newText = indent + key.toString() + separator + trimmedValue;
        QByteArray newEnd = dominantLineEnd();
        if (ends.at(anchor).isEmpty()) {
            // Adding after the last line: keep "no newline at end of file".
            ends[anchor] = newEnd;
            newEnd.clear();
        }
        raws.insert(anchor + 1, newText.toUtf8());
        ends.insert(anchor + 1, newEnd);
        edit.change = Change::Added;
        edit.lineNumber = int(anchor) + 2;
    } else {
        const QByteArray lineEnd = dominantLineEnd();
        if (!raws.isEmpty()) {
            if (ends.last().isEmpty())
                ends.last() = lineEnd;
            if (lines_.last().kind != IniLine::Kind::Blank) {
                raws.append(QByteArray());
                ends.append(lineEnd);
            }
        }
        const IniLine *style = nullptr;
        for (const IniLine &line : lines_) {
            if (line.kind == IniLine::Kind::Entry) {
                style = &line;
                break;
            }
        }
        const QString indent = style ? indentationOf(*style) : u"    "_s;
        const QString separator = style ? separatorOf(*style) : u" = "_s;
        raws.append((u'[' + section.toString() + u']').toUtf8());
        ends.append(lineEnd);
        raws.append((indent + key.toString() + separator + trimmedValue).toUtf8());
        ends.append(lineEnd);
        edit.change = Change::AddedWithSection;
        edit.lineNumber = int(raws.size());
    }

    QByteArray bytes;
    for (qsizetype i = 0; i < raws.size(); ++i)
        bytes += raws.at(i) + ends.at(i);
    edit.document = parse(bytes);
    return edit;
}

IniDocument::Edit IniDocument::withoutKey(QStringView section, QStringView key) const
{
    Edit edit;
    edit.document = *this;
    const QList<qsizetype> existing = entryIndexes(section, key);
    if (existing.isEmpty())
        return edit;
    edit.lineNumber = lines_.at(existing.first()).number;
    edit.change = Change::Removed;
    QByteArray bytes;
    for (qsizetype i = 0; i < lines_.size(); ++i) {
        if (existing.contains(i))
            continue;
        bytes += lines_.at(i).raw + lines_.at(i).lineEnd;
    }
    edit.document = parse(bytes);
    return edit;
}

}  // namespace kinsight::config
