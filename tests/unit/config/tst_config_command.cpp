// `kinsight-cli config`: exit codes, messages with file:line:column, edits
// that change only their line, and the effective view with origins.
#include "config_command.h"
#include "config_test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kinsight::config::test;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = runConfigCommand(args, out, err);
    return result;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// The lines that differ between two texts of the same line count.
QList<int> changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    QList<int> changed;
    if (a.size() != b.size())
        return {-1};
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i))
            changed.append(i + 1);
    }
    return changed;
}

QString services()
{
    return fixturePath(u"services/services"_s);
}

}  // namespace

class TestConfigCommand : public QObject {
    Q_OBJECT

private slots:
    void usage_data();
    void usage();
    void checkStockFiles();
    void checkReportsErrors();
    void checkWarningsDoNotFail();
    void checkUnreadableFile();
    void checkUnknownFileName();
    void get_data();
    void get();
    void setChangesOnlyItsLine();
    void setToOutputFile();
    void setToStandardOutput();
    void setAddsLineAtEndOfSection();
    void setRefusesInvalidValues_data();
    void setRefusesInvalidValues();
    void setKeepsOldKeyName();
    void setCreatesFile();
    void setSameValueLeavesFileAlone();
    void show();
    void showImportsNetdata();
    void showAsNetdata();
    void explain_data();
    void explain();
};

void TestConfigCommand::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("nothing") << QStringList() << 2 << u"missing command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << u"unknown command 'frobnicate'"_s;
    QTest::newRow("check without files") << QStringList{u"check"_s} << 2 << u"at least one FILE"_s;
    QTest::newRow("unknown option") << QStringList{u"check"_s, u"--bogus"_s, u"x"_s} << 2
                                    << u"unknown option '--bogus'"_s;
    QTest::newRow("option without value") << QStringList{u"check"_s, u"x"_s, u"--kind"_s} << 2
                                          << u"'--kind' needs a value"_s;
    QTest::newRow("unknown kind") << QStringList{u"check"_s, u"--kind"_s, u"nope"_s, u"x"_s} << 2
                                  << u"unknown --kind 'nope'"_s;
    QTest::newRow("get arity") << QStringList{u"get"_s, u"f"_s, u"global"_s} << 2 << u"FILE SECTION KEY"_s;
    QTest::newRow("set arity") << QStringList{u"set"_s, u"f"_s, u"global"_s, u"apps"_s} << 2
                               << u"FILE SECTION KEY VALUE"_s;
    QTest::newRow("show takes no file") << QStringList{u"show"_s, u"x"_s} << 2 << u"takes no FILE"_s;
    QTest::newRow("show unknown module") << QStringList{u"show"_s, u"--module"_s, u"nope"_s} << 2
                                         << u"unknown module 'nope'"_s;
    QTest::newRow("explain arity") << QStringList{u"explain"_s} << 2 << u"[SECTION] KEY"_s;
}

void TestConfigCommand::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run result = run(args);
    QCOMPARE(result.code, code);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.err.contains(u"usage: kinsight-cli config"_s));
    QVERIFY(result.out.isEmpty());

    const Run help = run({u"help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"usage: kinsight-cli config"_s));
}

void TestConfigCommand::checkStockFiles()
{
    QStringList args{u"check"_s, u"--services"_s, services()};
    for (const QString &file : fixtureFiles(u"netdata-1.37"_s) + fixtureFiles(u"netdata-2.x"_s))
        args.append(fixturePath(file));
    const Run result = run(args);
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out.count(u'\n'), 19);
    QVERIFY(result.out.contains(fixturePath(u"netdata-1.37/ebpf.d.conf"_s) + u": ok\n"_s));
    // 'bandwidth table size' and the two 'ipv4/ipv6 connection table size' ('maximum dimensions' is read).
    QVERIFY(result.out.contains(fixturePath(u"netdata-1.37/ebpf.d/network.conf"_s) + u": 0 errors, 3 warnings\n"_s));
    QVERIFY2(result.err.contains(fixturePath(u"netdata-1.37/ebpf.d/network.conf"_s)
                                 + u":32:5: warning: 'bandwidth table size' is no longer read"_s),
             qPrintable(result.err));
    QVERIFY(!result.err.contains(u"error:"_s));
}

void TestConfigCommand::checkReportsErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ebpf.d.conf"_s);
    QVERIFY(writeFile(path, "[global]\n    apps = maybe\n    update every = 0.5\n    aps = yes\n"));
    const Run result = run({u"check"_s, path});
    QCOMPARE(result.code, 1);
    const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(path + u":2:12: error: 'apps': 'maybe' is not a boolean; write yes or no"_s),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).startsWith(path + u":3:20: error: 'update every': whole seconds only"_s));
    QCOMPARE(lines.at(2), path + u":4:5: warning: unknown key 'aps' in [global]; did you mean 'apps'?"_s);
    QCOMPARE(result.out, path + u": 2 errors, 1 warning\n"_s);
}

void TestConfigCommand::checkWarningsDoNotFail()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ebpf.d/network.conf"_s);
    QVERIFY(writeFile(path, "[network connections]\n    resolve hostname ips = yes\n"));
    const Run result = run({u"check"_s, path});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.err.contains(path + u":2:5: warning: Netdata's README documents this name, but Netdata reads "
                                        u"'resolve hostnames'"_s),
             qPrintable(result.err));
    QVERIFY(result.err.contains(u"rename it to 'resolve hostnames'"_s));
    QCOMPARE(result.out, path + u": 0 errors, 1 warning\n"_s);
}

void TestConfigCommand::checkUnreadableFile()
{
    const Run result = run({u"check"_s, u"/nonexistent/ebpf.d.conf"_s, fixturePath(u"netdata-1.37/ebpf.d.conf"_s)});
    QCOMPARE(result.code, 1);
    QVERIFY(result.err.contains(u"/nonexistent/ebpf.d.conf: error: cannot read the file"_s));
    QVERIFY(result.out.contains(u"netdata-1.37/ebpf.d.conf: ok"_s));  // the other file is still checked
}

void TestConfigCommand::checkUnknownFileName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.conf"_s);
    QVERIFY(writeFile(path, "[ebpf programs]\n    process = maybe\n[global]\n    apps = yes\n"));
    const Run guessed = run({u"check"_s, path});
    QCOMPARE(guessed.code, 1);
    QVERIFY(guessed.err.contains(path + u": note: the file name does not say which settings file this is"_s));
    QVERIFY(guessed.err.contains(path + u":2:15: error:"_s));

    // As disk.conf, [ebpf programs] does not belong and 'apps' has no effect.
    const Run asDisk = run({u"check"_s, u"--kind=disk"_s, path});
    QCOMPARE(asDisk.code, 0);
    QVERIFY2(asDisk.err.contains(path + u":1:2: warning: [ebpf programs] is not read from disk.conf"_s),
             qPrintable(asDisk.err));
    QVERIFY(asDisk.err.contains(u":4:5: warning: the disk module keeps no per-process data"_s));
}

void TestConfigCommand::get_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("words");  // SECTION KEY
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");

    const QByteArray content("[global]\n  update every =  3 \n  disable apps = yes\n  mystery = 42\n");
    QTest::newRow("value") << content << QStringList{u"global"_s, u"update every"_s} << 0 << u"3\n"_s << QString();
    QTest::newRow("unknown key present") << content << QStringList{u"global"_s, u"mystery"_s} << 0 << u"42\n"_s
                                         << QString();
    QTest::newRow("through an old name") << content << QStringList{u"global"_s, u"apps"_s} << 0 << u"no\n"_s
                                         << u":3: note: set by the old name 'disable apps' (with the opposite meaning)"_s;
    QTest::newRow("not set") << content << QStringList{u"global"_s, u"cgroups"_s} << 1 << QString()
                             << u"'cgroups' is not set in [global]; Kinsight's default applies: no"_s;
    QTest::newRow("unknown") << content << QStringList{u"global"_s, u"updat every"_s} << 1 << QString()
                             << u"did you mean 'update every'?"_s;
}

void TestConfigCommand::get()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, words);
    QFETCH(int, code);
    QFETCH(QString, out);
    QFETCH(QString, err);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"ebpf.d.conf"_s);
    QVERIFY(writeFile(path, content));
    const Run result = run(QStringList{u"get"_s, path} + words);
    QCOMPARE(result.code, code);
    QCOMPARE(result.out, out);
    if (err.isEmpty())
        QVERIFY(result.err.isEmpty());
    else
        QVERIFY2(result.err.contains(err), qPrintable(result.err));
    QCOMPARE(readFile(path), content);
}

void TestConfigCommand::setChangesOnlyItsLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ebpf.d/network.conf"_s);
    const QByteArray original = readFixture(u"netdata-1.37/ebpf.d/network.conf"_s);
    QVERIFY(writeFile(path, original));

    const Run result = run({u"set"_s, u"--services"_s, services(), path, u"network connections"_s, u"ports"_s,
                            u"1-1024 !145 !domain"_s});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out, path + u":48: [network connections] ports = 1-1024 !145 !domain (changed)\n"_s);
    const QByteArray after = readFile(path);
    QCOMPARE(changedLines(original, after), QList<int>{48});
    QVERIFY(after.contains("\n    ports = 1-1024 !145 !domain\n"));
    // The rest of the file is byte for byte what Netdata shipped, trailing spaces and all.
    QCOMPARE(after.size() - original.size(), qsizetype(QByteArray("1-1024 !145 !domain").size() - 1));
}

void TestConfigCommand::setToOutputFile()
{
    QTemporaryDir dir;
    const QString input = fixturePath(u"netdata-2.x/ebpf.d.conf"_s);
    const QByteArray original = readFixture(u"netdata-2.x/ebpf.d.conf"_s);
    const QString output = dir.filePath(u"out.conf"_s);
    const Run result = run({u"set"_s, input, u"global"_s, u"update every"_s, u"1"_s, u"--output"_s, output});
    QCOMPARE(result.code, 0);
    QCOMPARE(readFixture(u"netdata-2.x/ebpf.d.conf"_s), original);  // the input is untouched
    QCOMPARE(changedLines(original, readFile(output)), QList<int>{28});
    QCOMPARE(result.out, output + u":28: [global] update every = 1 (changed)\n"_s);
}

void TestConfigCommand::setToStandardOutput()
{
    const QString input = fixturePath(u"odd/crlf.conf"_s);
    const Run result = run({u"set"_s, u"--output"_s, u"-"_s, input, u"global"_s, u"apps"_s, u"yes"_s});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out.toUtf8(), QByteArray("# written on Windows\r\n[global]\r\n    apps = yes\r\n    update every = 3\r\n"
                                             "\r\n[ebpf programs]\r\n    vfs = yes\r\n"));
    QVERIFY(result.err.contains(u"[global] apps = yes (changed)"_s));
}

void TestConfigCommand::setAddsLineAtEndOfSection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ebpf.d.conf"_s);
    const QByteArray original = readFixture(u"netdata-1.37/ebpf.d.conf"_s);
    QVERIFY(writeFile(path, original));
    const Run result = run({u"set"_s, path, u"global"_s, u"lifetime"_s, u"600"_s});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out, path + u":25: [global] lifetime = 600 (added)\n"_s);
    QList<QByteArray> expected = original.split('\n');
    expected.insert(24, "    lifetime = 600");
    QCOMPARE(readFile(path), expected.join('\n'));
}

void TestConfigCommand::setRefusesInvalidValues_data()
{
    QTest::addColumn<QStringList>("words");  // SECTION KEY VALUE
    QTest::addColumn<QString>("message");

    QTest::newRow("bad boolean") << QStringList{u"global"_s, u"apps"_s, u"maybe"_s}
                                 << u"[global] apps: 'maybe' is not a boolean"_s;
    QTest::newRow("range") << QStringList{u"global"_s, u"update every"_s, u"0"_s} << u"is out of range"_s;
    QTest::newRow("unknown key") << QStringList{u"global"_s, u"aps"_s, u"yes"_s} << u"did you mean 'apps'?"_s;
    QTest::newRow("wrong file") << QStringList{u"network connections"_s, u"ports"_s, u"*"_s}
                                << u"'ports' belongs in ebpf.d/network.conf"_s;
    QTest::newRow("line break") << QStringList{u"global"_s, u"btf path"_s, u"/a\n[ebpf programs]"_s}
                                << u"line break"_s;
}

void TestConfigCommand::setRefusesInvalidValues()
{
    QFETCH(QStringList, words);
    QFETCH(QString, message);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"ebpf.d.conf"_s);
    const QByteArray original("[global]\n    apps = yes\n");
    QVERIFY(writeFile(path, original));
    const Run result = run(QStringList{u"set"_s, path} + words);
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.err.contains(u"nothing was written"_s));
    QCOMPARE(readFile(path), original);
    QVERIFY(result.out.isEmpty());
}

void TestConfigCommand::setKeepsOldKeyName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ebpf.d.conf"_s);
    QVERIFY(writeFile(path, "[global]\n    disable apps = no\n    load = entry\n"));
    QCOMPARE(run({u"set"_s, path, u"global"_s, u"apps"_s, u"no"_s}).code, 0);
    QCOMPARE(readFile(path), QByteArray("[global]\n    disable apps = yes\n    load = entry\n"));
    const Run mode = run({u"set"_s, path, u"global"_s, u"ebpf load mode"_s, u"return"_s});
    QCOMPARE(mode.code, 0);
    QVERIFY(mode.err.contains(u"the file sets this with the old name 'load'"_s));
    QCOMPARE(readFile(path), QByteArray("[global]\n    disable apps = yes\n    load = return\n"));
}

void TestConfigCommand::setCreatesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ebpf.d/process.conf"_s);
    QDir().mkpath(dir.filePath(u"ebpf.d"_s));
    const Run result = run({u"set"_s, path, u"global"_s, u"update every"_s, u"2"_s});
    QCOMPARE(result.code, 0);
    QCOMPARE(readFile(path), QByteArray("[global]\n    update every = 2\n"));
    QVERIFY(result.out.contains(u"(added with a new section)"_s));
}

void TestConfigCommand::setSameValueLeavesFileAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ebpf.d.conf"_s);
    QVERIFY(writeFile(path, "[global]\n  apps=yes\n"));
    const Run result = run({u"set"_s, path, u"global"_s, u"apps"_s, u"yes"_s});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.contains(u"is already yes; the file is unchanged"_s));
    QCOMPARE(readFile(path), QByteArray("[global]\n  apps=yes\n"));
}

void TestConfigCommand::show()
{
    const QString dir = fixturePath(u"kinsight-etc"_s);
    const Run result = run({u"show"_s, u"--dir"_s, dir, u"--netdata-dir"_s, u"/nonexistent"_s, u"--services"_s,
                            services()});
    QCOMPARE(result.code, 1);  // ebpf.d.conf has an invalid value
    QVERIFY2(result.err.contains(dir + u"/ebpf.d.conf:6:22: error: 'pid table size': 'banana' is not a number"_s),
             qPrintable(result.err));
    QVERIFY(result.out.contains(u"# read "_s + dir + u"/ebpf.d.conf\n"_s));
    const QStringList lines = result.out.split(u'\n');
    auto lineWith = [&](const QString &start, const QString &after = QString()) {
        qsizetype from = after.isEmpty() ? 0 : lines.indexOf(after);
        for (qsizetype i = std::max<qsizetype>(from, 0); i < lines.size(); ++i) {
            if (lines.at(i).startsWith(start))
                return lines.at(i);
        }
        return QString();
    };
    QCOMPARE(lineWith(u"    update every = 2 "_s).section(u" # "_s, 1), dir + u"/ebpf.d.conf:4"_s);
    QCOMPARE(lineWith(u"    apps = no "_s).section(u" # "_s, 1), dir + u"/ebpf.d.conf:5"_s);
    QCOMPARE(lineWith(u"    pid table size = 32768"_s).section(u" # "_s, 1),
             u"Kinsight default; "_s + dir + u"/ebpf.d.conf:6 sets 'banana', which is not valid; it is ignored"_s);
    QCOMPARE(lineWith(u"    lifetime = 300"_s).section(u" # "_s, 1), u"Kinsight default"_s);
    QCOMPARE(lineWith(u"    maps per core = no"_s).section(u" # "_s, 1), u"Kinsight default (Netdata: yes)"_s);
    const QString processHeader = u"# module process (ebpf.d/process.conf): disabled"_s;
    QVERIFY(lines.contains(processHeader));
    QCOMPARE(lineWith(u"    update every = 7"_s, processHeader).section(u" # "_s, 1),
             dir + u"/ebpf.d/process.conf:2, overrides "_s + dir + u"/ebpf.d.conf:4"_s);
    QVERIFY(lines.contains(u"# module cachestat (ebpf.d/cachestat.conf): enabled"_s));
    QVERIFY(lines.contains(u"[service name]"_s));

    const Run socket = run({u"show"_s, u"--dir"_s, dir, u"--module"_s, u"socket"_s, u"--services"_s, services()});
    QVERIFY(socket.out.contains(u"# module socket (ebpf.d/network.conf): enabled"_s));
    QVERIFY(!socket.out.contains(u"# module process"_s));
    QVERIFY(!socket.out.contains(u"# ebpf.d.conf"_s));
    QVERIFY(socket.out.contains(u"    8080 = Dev server"_s));
}

void TestConfigCommand::showImportsNetdata()
{
    QTemporaryDir kinsight;
    const QString netdata = fixturePath(u"netdata-1.37"_s);
    const Run result = run({u"show"_s, u"--dir"_s, kinsight.path(), u"--netdata-dir"_s, netdata});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.contains(u"# Kinsight has no settings in "_s + kinsight.path()
                                + u" yet; Netdata's settings in "_s + netdata + u" are read as they are."_s));
    QVERIFY(result.out.contains(u"# Unset options take Kinsight's defaults."_s));
    QVERIFY2(result.out.contains(netdata + u"/ebpf.d.conf:22 (Netdata settings)"_s), qPrintable(result.out));

    QTemporaryDir nothing;
    const Run empty = run({u"show"_s, u"--dir"_s, nothing.path(), u"--netdata-dir"_s, nothing.path()});
    QCOMPARE(empty.code, 0);
    QVERIFY(empty.out.contains(u"# No settings files found in "_s + nothing.path()));
}

void TestConfigCommand::showAsNetdata()
{
    QTemporaryDir user;
    const Run result = run({u"show"_s, u"--netdata"_s, u"--netdata-dir"_s, user.path(), u"--stock-dir"_s,
                            fixturePath(u"netdata-2.x"_s), u"--module"_s, u"process"_s});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.contains(u"# Unset options take Netdata's defaults."_s));
    QVERIFY2(result.out.contains(u"    ebpf co-re tracing = trampoline"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"(Netdata stock file)"_s));
    QVERIFY(result.out.contains(u"# module process (ebpf.d/process.conf): disabled"_s));
}

void TestConfigCommand::explain_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("update every") << QStringList{u"update every"_s} << 0
                                  << QStringList{u"[global] update every"_s, u"Kinsight default: 1"_s,
                                                 u"Netdata: stock file 5, code fallback 10"_s, u"1 to 3600 s"_s};
    QTest::newRow("wrongly documented") << QStringList{u"network connections"_s, u"resolve hostname ips"_s} << 0
                                        << QStringList{u"Status: Netdata's README documents this name"_s,
                                                       u"use 'resolve hostnames' instead"_s};
    QTest::newRow("old name") << QStringList{u"load"_s} << 0
                              << QStringList{u"[global] load: old name of 'ebpf load mode'"_s};
    QTest::newRow("unquoted words") << QStringList{u"ebpf"_s, u"co-re"_s, u"tracing"_s} << 0
                                    << QStringList{u"[global] ebpf co-re tracing"_s, u"Kinsight default: auto"_s};
    QTest::newRow("unquoted section and key") << QStringList{u"network"_s, u"connections"_s, u"ports"_s} << 0
                                              << QStringList{u"[network connections] ports  (network.conf)"_s};
    QTest::newRow("choices") << QStringList{u"collect pid"_s} << 0
                             << QStringList{u"choice: real parent | parent | all"_s};
    QTest::newRow("service names") << QStringList{u"service name"_s, u"19999"_s} << 0
                                   << QStringList{u"[service name] <port>"_s};
    QTest::newRow("unknown") << QStringList{u"update evry"_s} << 1 << QStringList{u"did you mean 'update every'?"_s};
}

void TestConfigCommand::explain()
{
    QFETCH(QStringList, words);
    QFETCH(int, code);
    QFETCH(QStringList, expected);
    const Run result = run(QStringList{u"explain"_s} + words);
    QCOMPARE(result.code, code);
    for (const QString &text : expected)
        QVERIFY2((code == 0 ? result.out : result.err).contains(text), qPrintable(result.out + result.err));
}

QTEST_GUILESS_MAIN(TestConfigCommand)
#include "tst_config_command.moc"
