// The lossless INI document: byte-exact round trips over Netdata's stock files
// and odd hand-written ones, Netdata's line classification, and edits that
// change only their own line.
#include "config/ini_document.h"
#include "config_test_support.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kinsight::config;
using namespace kinsight::config::test;

Q_DECLARE_METATYPE(IniLine::Kind)
Q_DECLARE_METATYPE(IniDocument::Change)

namespace {

QList<QByteArray> physicalLines(const QByteArray &bytes)
{
    // Split keeping each line's own end, so comparisons see line-end changes too.
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', start);
        const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
        lines.append(bytes.mid(start, end - start));
        start = end;
    }
    return lines;
}

}  // namespace

class TestIniDocument : public QObject {
    Q_OBJECT

private slots:
    void corpusIsPresent();
    void roundTripCorpus_data();
    void roundTripCorpus();
    void roundTripBytes_data();
    void roundTripBytes();
    void classify_data();
    void classify();
    void entriesBeforeAnySectionAreInvalid();
    void lastOccurrenceWins();
    void byteOrderMarkIsKeptButNotParsed();
    void replaceValue_data();
    void replaceValue();
    void addValue_data();
    void addValue();
    void refusedEdits_data();
    void refusedEdits();
    void editChangesOnlyItsLineInCorpus_data();
    void editChangesOnlyItsLineInCorpus();
    void addingKeepsEveryOtherLineInCorpus_data();
    void addingKeepsEveryOtherLineInCorpus();
    void removeKey();
    void installedNetdataStockFiles();
};

void TestIniDocument::corpusIsPresent()
{
    QCOMPARE(fixtureFiles(u"netdata-1.37"_s).size(), 17);  // ebpf.d.conf + 16 module files
    QCOMPARE(fixtureFiles(u"netdata-2.x"_s).size(), 2);
    QVERIFY(fixtureFiles(u"odd"_s).size() >= 9);
}

void TestIniDocument::roundTripCorpus_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &directory : {u"netdata-1.37"_s, u"netdata-2.x"_s, u"odd"_s, u"kinsight-etc"_s}) {
        for (const QString &file : fixtureFiles(directory))
            QTest::newRow(qPrintable(file)) << file;
    }
}

void TestIniDocument::roundTripCorpus()
{
    QFETCH(QString, file);
    const QByteArray bytes = readFixture(file);
    const IniDocument document = IniDocument::parse(bytes);
    QCOMPARE(document.toBytes(), bytes);
    QCOMPARE(document.lines().size(), physicalLines(bytes).size());
}

void TestIniDocument::roundTripBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one newline") << QByteArray("\n");
    QTest::newRow("no newline") << QByteArray("[global]");
    QTest::newRow("crlf only") << QByteArray("\r\n");
    QTest::newRow("trailing carriage return") << QByteArray("[a]\r");
    QTest::newRow("double carriage return") << QByteArray("[a]\r\r\n");
    QTest::newRow("byte-order mark only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("nul byte") << QByteArray("[a]\n x = \0y\n", 12);
    QTest::newRow("invalid utf-8") << QByteArray("[a]\nx = \xff\xfe\n");
    QTest::newRow("tabs and form feeds") << QByteArray("\t[a]\t\n\f x\v=\ty \n");
}

void TestIniDocument::roundTripBytes()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(IniDocument::parse(bytes).toBytes(), bytes);
}

void TestIniDocument::classify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<IniLine::Kind>("kind");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("keyColumn");
    QTest::addColumn<int>("valueColumn");

    using K = IniLine::Kind;
    QTest::newRow("plain") << u"apps = yes"_s << K::Entry << u"s"_s << u"apps"_s << u"yes"_s << 1 << 8;
    QTest::newRow("squeezed") << u"  apps=yes  "_s << K::Entry << u"s"_s << u"apps"_s << u"yes"_s << 3 << 8;
    QTest::newRow("tabs, inner spaces kept") << u"\tebpf load mode  =  return\t"_s << K::Entry << u"s"_s
                                             << u"ebpf load mode"_s << u"return"_s << 2 << 21;
    QTest::newRow("empty value") << u"apps ="_s << K::Entry << u"s"_s << u"apps"_s << QString() << 1 << 7;
    QTest::newRow("empty value, trailing spaces") << u"apps =   "_s << K::Entry << u"s"_s << u"apps"_s << QString()
                                                  << 1 << 10;
    QTest::newRow("no end-of-line comments") << u"apps = yes # on"_s << K::Entry << u"s"_s << u"apps"_s
                                             << u"yes # on"_s << 1 << 8;
    QTest::newRow("first '=' splits") << u"a = b = c"_s << K::Entry << u"s"_s << u"a"_s << u"b = c"_s << 1 << 5;
    QTest::newRow("semicolon is not a comment") << u"; x = 1"_s << K::Entry << u"s"_s << u"; x"_s << u"1"_s << 1 << 7;
    QTest::newRow("no-break space is not trimmed") << u"apps\u00a0= yes"_s << K::Entry << u"s"_s << u"apps\u00a0"_s
                                                   << u"yes"_s << 1 << 8;
    QTest::newRow("comment") << u"# apps = yes"_s << K::Comment << u"s"_s << QString() << QString() << 1 << 0;
    QTest::newRow("indented comment") << u"   # x"_s << K::Comment << u"s"_s << QString() << QString() << 4 << 0;
    QTest::newRow("blank") << QString() << K::Blank << u"s"_s << QString() << QString() << 0 << 0;
    QTest::newRow("white space only") << u" \t "_s << K::Blank << u"s"_s << QString() << QString() << 0 << 0;
    QTest::newRow("no equals") << u"just words"_s << K::Invalid << u"s"_s << QString() << QString() << 1 << 0;
    QTest::newRow("empty name") << u"  = value"_s << K::Invalid << u"s"_s << QString() << QString() << 3 << 0;
    QTest::newRow("section") << u"[global]"_s << K::Section << u"global"_s << QString() << QString() << 2 << 0;
    QTest::newRow("section name not trimmed") << u" [ global ] "_s << K::Section << u" global "_s << QString()
                                              << QString() << 3 << 0;
    QTest::newRow("section with comment") << u"[global] # x"_s << K::Invalid << u"s"_s << QString() << QString()
                                          << 1 << 0;
    QTest::newRow("unclosed section") << u"[global"_s << K::Invalid << u"s"_s << QString() << QString() << 1 << 0;
    QTest::newRow("empty section name") << u"[]"_s << K::Invalid << u"s"_s << QString() << QString() << 1 << 0;
}

void TestIniDocument::classify()
{
    QFETCH(QString, text);
    QFETCH(IniLine::Kind, kind);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, keyColumn);
    QFETCH(int, valueColumn);

    const IniDocument document = IniDocument::parse("[s]\n" + text.toUtf8() + '\n');
    QCOMPARE(document.lines().size(), 2);
    const IniLine &line = document.lines().at(1);
    QCOMPARE(line.kind, kind);
    QCOMPARE(line.number, 2);
    QCOMPARE(line.section, section);
    QCOMPARE(line.key, key);
    QCOMPARE(line.value, value);
    QCOMPARE(line.keyColumn, keyColumn);
    if (kind == IniLine::Kind::Entry)
        QCOMPARE(line.valueColumn, valueColumn);
    QCOMPARE(line.problem.isEmpty(), kind != IniLine::Kind::Invalid);
}

void TestIniDocument::entriesBeforeAnySectionAreInvalid()
{
    const IniDocument document = IniDocument::parse("apps = yes\n[global]\napps = no\n");
    QCOMPARE(document.lines().at(0).kind, IniLine::Kind::Invalid);
    QVERIFY(document.lines().at(0).problem.contains(u"outside any section"_s));
    QCOMPARE(document.value(u"global", u"apps"), std::optional<QString>(u"no"_s));
}

void TestIniDocument::lastOccurrenceWins()
{
    const IniDocument document = IniDocument::parse("[g]\na = 1\n[h]\na = 9\n[g]\na = 2\n");
    QCOMPARE(document.value(u"g", u"a"), std::optional<QString>(u"2"_s));
    QCOMPARE(document.value(u"h", u"a"), std::optional<QString>(u"9"_s));
    QCOMPARE(document.entryIndexes(u"g", u"a"), (QList<qsizetype>{1, 5}));
    QCOMPARE(document.entry(u"g", u"a")->number, 6);
    QCOMPARE(document.sectionNames(), (QStringList{u"g"_s, u"h"_s}));
    QVERIFY(!document.value(u"g", u"missing"));
}

void TestIniDocument::byteOrderMarkIsKeptButNotParsed()
{
    const QByteArray bytes = readFixture(u"odd/byte-order-mark.conf"_s);
    const IniDocument document = IniDocument::parse(bytes);
    QVERIFY(document.startsWithByteOrderMark());
    QCOMPARE(document.lines().first().kind, IniLine::Kind::Section);
    QCOMPARE(document.lines().first().text, u"[global]"_s);
    const IniDocument::Edit edit = document.withValue(u"global", u"apps", u"no");
    QCOMPARE(edit.document.toBytes(), QByteArray("\xEF\xBB\xBF[global]\n    apps = no\n"));
}

void TestIniDocument::replaceValue_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("lineNumber");

    QTest::newRow("stock style") << QByteArray("[global]\n    apps = yes\n") << u"global"_s << u"apps"_s << u"no"_s
                                 << QByteArray("[global]\n    apps = no\n") << 2;
    QTest::newRow("odd spacing kept") << QByteArray("[global]\n\tapps   =    yes   \n") << u"global"_s << u"apps"_s
                                      << u"no"_s << QByteArray("[global]\n\tapps   =    no   \n") << 2;
    QTest::newRow("no spaces kept") << QByteArray("[g]\napps=yes\n") << u"g"_s << u"apps"_s << u"no"_s
                                    << QByteArray("[g]\napps=no\n") << 2;
    QTest::newRow("empty value") << QByteArray("[g]\napps =\n") << u"g"_s << u"apps"_s << u"no"_s
                                 << QByteArray("[g]\napps = no\n") << 2;
    QTest::newRow("empty value, no spaces") << QByteArray("[g]\napps=\n") << u"g"_s << u"apps"_s << u"no"_s
                                            << QByteArray("[g]\napps=no\n") << 2;
    QTest::newRow("empty value, trailing space") << QByteArray("[g]\napps = \n") << u"g"_s << u"apps"_s << u"no"_s
                                                 << QByteArray("[g]\napps = no\n") << 2;
    QTest::newRow("crlf kept") << QByteArray("[g]\r\n    a = 1\r\n") << u"g"_s << u"a"_s << u"2"_s
                               << QByteArray("[g]\r\n    a = 2\r\n") << 2;
    QTest::newRow("last of repeated keys") << QByteArray("[g]\na = 1\na = 2\n") << u"g"_s << u"a"_s << u"3"_s
                                           << QByteArray("[g]\na = 1\na = 3\n") << 3;
    QTest::newRow("value is trimmed") << QByteArray("[g]\na = 1\n") << u"g"_s << u"a"_s << u"  7  "_s
                                      << QByteArray("[g]\na = 7\n") << 2;
    QTest::newRow("non-ASCII value") << QByteArray("[service name]\n  8080 = x\n") << u"service name"_s << u"8080"_s
                                     << u"Café"_s << QByteArray("[service name]\n  8080 = Caf\xc3\xa9\n") << 2;
    QTest::newRow("invalid UTF-8 in the key kept")
        << QByteArray("[g]\n k\xff = v\n") << u"g"_s << QString::fromUtf8("k\xff") << u"w"_s
        << QByteArray("[g]\n k\xff = w\n") << 2;
    QTest::newRow("no final newline kept") << QByteArray("[g]\na = 1") << u"g"_s << u"a"_s << u"22"_s
                                           << QByteArray("[g]\na = 22") << 2;
}

void TestIniDocument::replaceValue()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QFETCH(int, lineNumber);

    const IniDocument::Edit edit = IniDocument::parse(input).withValue(section, key, value);
    QVERIFY2(edit.ok(), qPrintable(edit.error));
    QCOMPARE(edit.change, IniDocument::Change::Replaced);
    QCOMPARE(edit.lineNumber, lineNumber);
    QCOMPARE(edit.document.toBytes(), expected);
    QCOMPARE(edit.document.value(section, key), std::optional<QString>(value.trimmed()));

    // Setting the same value again changes nothing at all.
    const IniDocument::Edit again = edit.document.withValue(section, key, value);
    QCOMPARE(again.change, IniDocument::Change::None);
    QCOMPARE(again.document.toBytes(), expected);
}

void TestIniDocument::addValue_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<IniDocument::Change>("change");
    QTest::addColumn<int>("lineNumber");

    using C = IniDocument::Change;
    QTest::newRow("after the section's last entry")
        << QByteArray("[global]\n    apps = yes\n\n# programs\n[ebpf programs]\n    vfs = yes\n") << u"global"_s
        << u"cgroups"_s << u"no"_s
        << QByteArray("[global]\n    apps = yes\n    cgroups = no\n\n# programs\n[ebpf programs]\n    vfs = yes\n")
        << C::Added << 3;
    QTest::newRow("indentation and '=' style copied")
        << QByteArray("[a]\n\tx=1\n[b]\n\ty=2\n") << u"a"_s << u"z"_s << u"3"_s
        << QByteArray("[a]\n\tx=1\n\tz=3\n[b]\n\ty=2\n") << C::Added << 3;
    QTest::newRow("section without entries")
        << QByteArray("[a]\nx = 1\n[b]\n# nothing yet\n") << u"b"_s << u"y"_s << u"2"_s
        << QByteArray("[a]\nx = 1\n[b]\ny = 2\n# nothing yet\n") << C::Added << 4;
    QTest::newRow("no final newline stays so")
        << QByteArray("[global]\n    apps = yes") << u"global"_s << u"cgroups"_s << u"no"_s
        << QByteArray("[global]\n    apps = yes\n    cgroups = no") << C::Added << 3;
    QTest::newRow("crlf file gets crlf")
        << QByteArray("[g]\r\n a = 1\r\n") << u"g"_s << u"b"_s << u"2"_s
        << QByteArray("[g]\r\n a = 1\r\n b = 2\r\n") << C::Added << 3;
    QTest::newRow("repeated section: its last block")
        << QByteArray("[g]\na = 1\n[h]\nb = 1\n[g]\nc = 1\n\n") << u"g"_s << u"d"_s << u"1"_s
        << QByteArray("[g]\na = 1\n[h]\nb = 1\n[g]\nc = 1\nd = 1\n\n") << C::Added << 7;
    QTest::newRow("new section in empty file")
        << QByteArray() << u"global"_s << u"apps"_s << u"yes"_s << QByteArray("[global]\n    apps = yes\n")
        << C::AddedWithSection << 2;
    QTest::newRow("new section after a blank line")
        << QByteArray("[global]\n    apps = yes\n") << u"ebpf programs"_s << u"vfs"_s << u"yes"_s
        << QByteArray("[global]\n    apps = yes\n\n[ebpf programs]\n    vfs = yes\n") << C::AddedWithSection << 5;
    QTest::newRow("new section, no final newline")
        << QByteArray("[global]\n    apps = yes") << u"ipc"_s << u"backlog"_s << u"20"_s
        << QByteArray("[global]\n    apps = yes\n\n[ipc]\n    backlog = 20\n") << C::AddedWithSection << 5;
    QTest::newRow("new section, file already ends blank")
        << QByteArray("[a]\nx=1\n\n") << u"b"_s << u"y"_s << u"2"_s << QByteArray("[a]\nx=1\n\n[b]\ny=2\n")
        << C::AddedWithSection << 5;
}

void TestIniDocument::addValue()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QFETCH(IniDocument::Change, change);
    QFETCH(int, lineNumber);

    const IniDocument::Edit edit = IniDocument::parse(input).withValue(section, key, value);
    QVERIFY2(edit.ok(), qPrintable(edit.error));
    QCOMPARE(edit.change, change);
    QCOMPARE(edit.document.toBytes(), expected);
    QCOMPARE(edit.lineNumber, lineNumber);
    QCOMPARE(edit.document.lines().at(lineNumber - 1).key, key);
    QCOMPARE(edit.document.value(section, key), std::optional<QString>(value));
}

void TestIniDocument::refusedEdits_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");

    QTest::newRow("empty section") << QString() << u"a"_s << u"1"_s << u"empty"_s;
    QTest::newRow("']' in section") << u"a]b"_s << u"a"_s << u"1"_s << u"']'"_s;
    QTest::newRow("spaces around section") << u" a"_s << u"a"_s << u"1"_s << u"white space"_s;
    QTest::newRow("empty key") << u"a"_s << QString() << u"1"_s << u"empty"_s;
    QTest::newRow("'=' in key") << u"a"_s << u"a=b"_s << u"1"_s << u"'='"_s;
    QTest::newRow("comment key") << u"a"_s << u"#a"_s << u"1"_s << u"'#'"_s;
    QTest::newRow("section-like key") << u"a"_s << u"[a]"_s << u"1"_s << u"'['"_s;
    QTest::newRow("line break in value") << u"a"_s << u"k"_s << u"1\nb = 2"_s << u"line break"_s;
}

void TestIniDocument::refusedEdits()
{
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, problem);

    const QByteArray original("[a]\nk = 0\n");
    const IniDocument::Edit edit = IniDocument::parse(original).withValue(section, key, value);
    QVERIFY(!edit.ok());
    QVERIFY2(edit.error.contains(problem), qPrintable(edit.error));
    QCOMPARE(edit.change, IniDocument::Change::None);
    QCOMPARE(edit.document.toBytes(), original);
}

void TestIniDocument::editChangesOnlyItsLineInCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("lineIndex");
    for (const QString &directory : {u"netdata-1.37"_s, u"netdata-2.x"_s, u"odd"_s}) {
        for (const QString &file : fixtureFiles(directory)) {
            const IniDocument document = IniDocument::parse(readFixture(file));
            for (int i = 0; i < document.lines().size(); ++i) {
                if (document.lines().at(i).kind == IniLine::Kind::Entry)
                    QTest::addRow("%s:%d", qPrintable(file), i + 1) << file << i;
            }
        }
    }
}

void TestIniDocument::editChangesOnlyItsLineInCorpus()
{
    QFETCH(QString, file);
    QFETCH(int, lineIndex);

    const QByteArray bytes = readFixture(file);
    const IniDocument document = IniDocument::parse(bytes);
    const IniLine &target = document.lines().at(lineIndex);
    // The edit applies to the key's last occurrence; skip earlier duplicates.
    if (document.entry(target.section, target.key) != &target)
        QSKIP("an earlier occurrence of a repeated key");

    const IniDocument::Edit edit = document.withValue(target.section, target.key, u"kinsight-test-value");
    QVERIFY2(edit.ok(), qPrintable(edit.error));
    QCOMPARE(edit.lineNumber, target.number);
    const QList<QByteArray> before = physicalLines(bytes);
    const QList<QByteArray> after = physicalLines(edit.document.toBytes());
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (i != lineIndex)
            QCOMPARE(after.at(i), before.at(i));
    }
    const IniLine &changed = edit.document.lines().at(lineIndex);
    QCOMPARE(changed.key, target.key);
    QCOMPARE(changed.value, u"kinsight-test-value"_s);
    QCOMPARE(changed.lineEnd, target.lineEnd);
    QCOMPARE(changed.text.left(target.valueColumn - 1), target.text.left(target.valueColumn - 1));

    // Setting the old value back restores the original bytes, unless the value
    // was empty (it had to gain a separating space) or not valid UTF-8 (it was
    // read with replacement characters).
    const QByteArray oldValueBytes = target.raw.mid(target.valueByteStart, target.valueByteEnd - target.valueByteStart);
    if (!target.value.isEmpty() && oldValueBytes == target.value.toUtf8())
        QCOMPARE(edit.document.withValue(target.section, target.key, target.value).document.toBytes(), bytes);
}

void TestIniDocument::addingKeepsEveryOtherLineInCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("section");
    for (const QString &directory : {u"netdata-1.37"_s, u"netdata-2.x"_s, u"odd"_s}) {
        for (const QString &file : fixtureFiles(directory)) {
            const IniDocument document = IniDocument::parse(readFixture(file));
            for (const QString &section : document.sectionNames())
                QTest::addRow("%s [%s]", qPrintable(file), qPrintable(section)) << file << section;
            QTest::addRow("%s [new]", qPrintable(file)) << file << u"kinsight new section"_s;
        }
    }
}

void TestIniDocument::addingKeepsEveryOtherLineInCorpus()
{
    QFETCH(QString, file);
    QFETCH(QString, section);

    const QByteArray bytes = readFixture(file);
    const IniDocument document = IniDocument::parse(bytes);
    const IniDocument::Edit edit = document.withValue(section, u"kinsight test key", u"1");
    QVERIFY2(edit.ok(), qPrintable(edit.error));
    const bool newSection = !document.hasSection(section);
    QCOMPARE(edit.change, newSection ? IniDocument::Change::AddedWithSection : IniDocument::Change::Added);
    QCOMPARE(edit.document.value(section, u"kinsight test key"), std::optional<QString>(u"1"_s));

    // Every original line is still there, in order, with its bytes; only the
    // line before an insertion at the very end may gain the line end it lacked.
    const QList<QByteArray> before = physicalLines(bytes);
    const QList<QByteArray> after = physicalLines(edit.document.toBytes());
    const qsizetype added = after.size() - before.size();
    QVERIFY(added >= 1 && added <= (newSection ? 3 : 1));
    qsizetype a = 0;
    for (qsizetype b = 0; b < before.size(); ++b) {
        while (a < after.size() && after.at(a) != before.at(b)
               && !(b == before.size() - 1 && !before.at(b).endsWith('\n') && after.at(a).startsWith(before.at(b))))
            ++a;
        QVERIFY2(a < after.size(), qPrintable(u"line "_s + QString::number(b + 1) + u" was changed or lost"_s));
        ++a;
    }
}

void TestIniDocument::removeKey()
{
    const QByteArray bytes("[g]\n  a = 1\n  b = 2\n  a = 3\n[h]\n  a = 4\n");
    const IniDocument::Edit edit = IniDocument::parse(bytes).withoutKey(u"g", u"a");
    QCOMPARE(edit.change, IniDocument::Change::Removed);
    QCOMPARE(edit.lineNumber, 2);
    QCOMPARE(edit.document.toBytes(), QByteArray("[g]\n  b = 2\n[h]\n  a = 4\n"));
    QCOMPARE(IniDocument::parse(bytes).withoutKey(u"g", u"missing").change, IniDocument::Change::None);
}

// The stock files as Debian's netdata-core installs them on this machine (the
// fixtures are copies; this catches a package update that the copies miss):
// each round-trips byte for byte, and setting any key changes only its line.
void TestIniDocument::installedNetdataStockFiles()
{
    const QString stock = u"/usr/lib/netdata/conf.d"_s;
    QStringList files;
    if (QFile::exists(stock + u"/ebpf.d.conf"_s))
        files.append(stock + u"/ebpf.d.conf"_s);
    for (const QString &name : QDir(stock + u"/ebpf.d"_s).entryList({u"*.conf"_s}, QDir::Files, QDir::Name))
        files.append(stock + u"/ebpf.d/"_s + name);
    if (files.isEmpty())
        QSKIP("Netdata's stock files are not installed (Debian: netdata-core, in install-deps.sh test)");
    int edits = 0;
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        const IniDocument document = IniDocument::parse(bytes);
        QVERIFY2(document.toBytes() == bytes, qPrintable(path));
        const QList<QByteArray> before = physicalLines(bytes);
        for (qsizetype i = 0; i < document.lines().size(); ++i) {
            const IniLine &line = document.lines().at(i);
            if (line.kind != IniLine::Kind::Entry || document.entry(line.section, line.key) != &line)
                continue;
            const IniDocument::Edit edit = document.withValue(line.section, line.key, u"kinsight-test-value");
            QVERIFY2(edit.ok(), qPrintable(path + u": "_s + edit.error));
            const QList<QByteArray> after = physicalLines(edit.document.toBytes());
            QCOMPARE(after.size(), before.size());
            for (qsizetype j = 0; j < before.size(); ++j)
                if (j != i && after.at(j) != before.at(j))
                    QFAIL(qPrintable(u"%1: setting line %2 changed line %3"_s.arg(path).arg(i + 1).arg(j + 1)));
            ++edits;
        }
    }
    qInfo("%lld stock files round-trip; %d single-line edits checked", qlonglong(files.size()), edits);
    QVERIFY(files.size() >= 10);
}

QTEST_GUILESS_MAIN(TestIniDocument)
#include "tst_config_ini_document.moc"
