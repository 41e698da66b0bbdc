// A settings file in Netdata's INI dialect, kept line by line so that writing
// an unchanged document gives back the same bytes, and an edit touches only
// the line it is about (or adds one line at the end of its section).
//
// Lines are classified exactly as Netdata's appconfig_load() reads them: the
// line is trimmed of C-locale white space; empty or '#'-led lines are ignored;
// "[name]" opens a section (the name is not trimmed); otherwise the text is
// split at the first '=' and both sides are trimmed. There are no end-of-line
// comments: "apps = yes # on" has the value "yes # on". When a key repeats in a
// section (or in a repeated section) the last line wins.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace kinsight::config {

struct IniLine {
    enum class Kind { Blank, Comment, Section, Entry, Invalid };

    Kind kind = Kind::Blank;
    int number = 0;        // 1-based
    QByteArray raw;        // the line's bytes without its line end (a leading byte-order mark included)
    QByteArray lineEnd;    // "\n", "\r\n", or empty for a last line that has none
    QString text;          // raw decoded as UTF-8, without a byte-order mark
    QString section;       // Section: its name; other kinds: the section the line sits in ("" before any)
    QString key;           // Entry: the name, trimmed
    QString value;         // Entry: the value, trimmed
    int keyColumn = 0;     // 1-based: Entry key, Section name (inside the brackets), Invalid first character
    int valueColumn = 0;   // Entry: 1-based column of the value's first character (where it would be when empty)
    QString problem;       // Invalid: why Netdata ignores the line
    // Entry: where the value sits in raw, so an edit can splice bytes and keep
    // the rest of the line exactly as it was, invalid UTF-8 included.
    qsizetype valueByteStart = 0;
    qsizetype valueByteEnd = 0;
};

class IniDocument {
public:
    enum class Change { None, Replaced, Added, AddedWithSection, Removed };

    struct Edit;

    IniDocument() = default;

    static IniDocument parse(const QByteArray &bytes);
    QByteArray toBytes() const;

    const QList<IniLine> &lines() const { return lines_; }
    bool startsWithByteOrderMark() const { return byteOrderMark_; }
    bool isEmpty() const { return lines_.isEmpty(); }

    QStringList sectionNames() const;  // in order of first appearance, each once
    bool hasSection(QStringView section) const;

    // Indexes into lines() of every entry for the key, in file order.
    QList<qsizetype> entryIndexes(QStringView section, QStringView key) const;
    // The line Netdata uses when the key repeats: the last one.
    const IniLine *entry(QStringView section, QStringView key) const;
    std::optional<QString> value(QStringView section, QStringView key) const;

    // Sets the key's value. An existing key has only its value replaced on its
    // (last) line, keeping indentation and spacing; a new key becomes one line
    // after the section's last entry, indented like its neighbours; a new
    // section is appended at the end of the file. The value is trimmed because
    // Netdata trims it on reading.
    Edit withValue(QStringView section, QStringView key, QStringView value) const;
    // Removes every line that sets the key in the section.
    Edit withoutKey(QStringView section, QStringView key) const;

    // Why a name cannot be written as a section/key/value; empty when it can.
    static QString sectionNameProblem(QStringView section);
    static QString keyProblem(QStringView key);
    static QString valueProblem(QStringView value);

private:
    QByteArray dominantLineEnd() const;

    QList<IniLine> lines_;
    bool byteOrderMark_ = false;
};

struct IniDocument::Edit {
    IniDocument document;
    Change change = Change::None;
    int lineNumber = 0;  // the changed, added or first removed line in the new (or old, for removal) document
    QString error;       // set when the edit was refused; document is then the original

    bool ok() const { return error.isEmpty(); }
};

// C-locale isspace(): what Netdata trims. QChar::isSpace() would also trim
// no-break spaces, which Netdata keeps.
bool isNetdataSpace(QChar c);

}  // namespace kinsight::config
