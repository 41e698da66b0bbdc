// Validation: every finding has the right code, severity and file:line:column;
// Netdata's stock files pass with only the warnings they deserve; the schema
// is complete and consistent with itself.
#include "config/config_validator.h"
#include "config/option_schema.h"
#include "config/value_check.h"
#include "config_test_support.h"

#include <QFileInfo>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kinsight::config;
using namespace kinsight::config::test;

Q_DECLARE_METATYPE(Severity)

namespace {

ConfigValidator fixtureValidator()
{
    return ConfigValidator(ServiceDirectory::fromServicesFile(fixturePath(u"services/services"_s)));
}

QString describe(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString() + u" ["_s + d.code + u']');
    return lines.join(u'\n');
}

}  // namespace

class TestValidator : public QObject {
    Q_OBJECT

private slots:
    void finding_data();
    void finding();
    void clean_data();
    void clean();
    void diagnosticText();
    void stockFiles_data();
    void stockFiles();
    void oddFiles();
    void checkEntry_data();
    void checkEntry();
    void canonicalValues_data();
    void canonicalValues();
    void schemaCoversTheIssue();
    void schemaDefaultsAreValid();
    void schemaIsConsistent();
    void fileRoles_data();
    void fileRoles();
};

void TestValidator::finding_data()
{
    QTest::addColumn<QString>("file");      // decides the role, as on the command line
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QString main = u"ebpf.d.conf"_s;
    const QString network = u"network.conf"_s;
    const auto E = Severity::Error;
    const auto W = Severity::Warning;
    const auto N = Severity::Note;

    // Values
    QTest::newRow("boolean") << main << QByteArray("[global]\n    apps = maybe\n") << u"bad-boolean"_s << E << 2 << 12;
    QTest::newRow("empty boolean") << main << QByteArray("[global]\n    apps =\n") << u"bad-boolean"_s << E << 2 << 11;
    QTest::newRow("boolean with comment") << main << QByteArray("[global]\n    apps = yes # on\n") << u"bad-boolean"_s
                                          << E << 2 << 12;
    QTest::newRow("end-of-line comment") << main << QByteArray("[global]\n    apps = yes # on\n")
                                         << u"inline-comment"_s << W << 2 << 16;
    QTest::newRow("interval zero") << main << QByteArray("[global]\n\tupdate every = 0\n") << u"out-of-range"_s << E
                                   << 2 << 17;
    QTest::newRow("interval too long") << main << QByteArray("[global]\nupdate every = 3601\n") << u"out-of-range"_s
                                       << E << 2 << 16;
    QTest::newRow("fractional interval") << main << QByteArray("[global]\nupdate every = 0.5\n")
                                         << u"fractional-seconds"_s << E << 2 << 16;
    QTest::newRow("interval with unit") << main << QByteArray("[global]\nlifetime = 5s\n") << u"unit-suffix"_s << E
                                        << 2 << 12;
    QTest::newRow("octal trap") << main << QByteArray("[global]\npid table size = 010\n") << u"leading-zero"_s << E
                                << 2 << 18;
    QTest::newRow("hexadecimal") << main << QByteArray("[global]\npid table size = 0x100\n") << u"not-decimal"_s << E
                                 << 2 << 18;
    QTest::newRow("integer too big") << main << QByteArray("[global]\npid table size = 5000000\n")
                                     << u"out-of-range"_s << E << 2 << 18;
    QTest::newRow("negative integer") << main << QByteArray("[global]\npid table size = -1\n") << u"bad-number"_s << E
                                      << 2 << 18;
    QTest::newRow("load mode") << main << QByteArray("[global]\nebpf load mode = both\n") << u"bad-choice"_s << E << 2
                               << 18;
    QTest::newRow("undocumented dev mode") << main << QByteArray("[global]\nebpf load mode = dev\n")
                                           << u"discouraged-choice"_s << W << 2 << 18;
    QTest::newRow("legacy objects") << u"cachestat.conf"_s << QByteArray("[global]\nebpf type format = legacy\n")
                                    << u"discouraged-choice"_s << W << 2 << 20;
    QTest::newRow("co-re tracing") << u"fd.conf"_s << QByteArray("[global]\nebpf co-re tracing = kprobe\n")
                                   << u"bad-choice"_s << E << 2 << 22;
    QTest::newRow("collect pid") << u"vfs.conf"_s << QByteArray("[global]\ncollect pid = realparent\n")
                                 << u"bad-choice"_s << E << 2 << 15;
    QTest::newRow("relative btf path") << main << QByteArray("[global]\nbtf path = sys/kernel/btf\n")
                                       << u"relative-path"_s << E << 2 << 12;
    QTest::newRow("sync syscall switch") << u"sync.conf"_s << QByteArray("[syscalls]\n    fsync = perhaps\n")
                                         << u"bad-boolean"_s << E << 2 << 13;
    QTest::newRow("ipc integration") << main << QByteArray("[ipc]\n    integration = pipes\n") << u"bad-choice"_s << E
                                     << 2 << 19;

    // Ports, IPs, host names (columns point into the value)
    QTest::newRow("port zero") << network << QByteArray("[network connections]\n    ports = 0\n")
                               << u"port-out-of-range"_s << E << 2 << 13;
    QTest::newRow("second port too big") << network << QByteArray("[network connections]\n    ports = 22 70000\n")
                                         << u"port-out-of-range"_s << E << 2 << 16;
    QTest::newRow("reversed port range") << network << QByteArray("[network connections]\nports = * !90-80\n")
                                         << u"reversed-range"_s << E << 2 << 12;
    QTest::newRow("unknown service") << network << QByteArray("[network connections]\nports = 22 nosuch\n")
                                     << u"unknown-service"_s << E << 2 << 12;
    QTest::newRow("only excluded ports") << network << QByteArray("[network connections]\nports = !22\n")
                                         << u"only-exclusions"_s << W << 2 << 9;
    QTest::newRow("cidr prefix") << network << QByteArray("[network connections]\nips = 10.0.0.0/33\n")
                                 << u"bad-prefix"_s << E << 2 << 16;
    QTest::newRow("cidr host bits") << network << QByteArray("[network connections]\nips = !127.0.0.1/8 *\n")
                                    << u"cidr-host-bits"_s << N << 2 << 8;
    QTest::newRow("reversed ip range") << network << QByteArray("[network connections]\nips = 10.0.0.9-10.0.0.1\n")
                                       << u"reversed-range"_s << E << 2 << 7;
    QTest::newRow("host name in ips") << network << QByteArray("[network connections]\nips = * example.com\n")
                                      << u"bad-ip"_s << E << 2 << 9;
    QTest::newRow("bare '!' in hostnames") << network << QByteArray("[network connections]\nhostnames = * !\n")
                                           << u"empty-negation"_s << E << 2 << 15;
    QTest::newRow("hostnames without resolving") << network
                                                 << QByteArray("[network connections]\nhostnames = *.lan\n")
                                                 << u"hostnames-unused"_s << N << 2 << 1;
    QTest::newRow("service name key") << network << QByteArray("[service name]\n    http = web\n") << u"bad-port"_s
                                      << E << 2 << 5;
    QTest::newRow("service name port range") << network << QByteArray("[service name]\n    70000 = x\n")
                                             << u"bad-port"_s << E << 2 << 5;
    QTest::newRow("service name empty label") << network << QByteArray("[service name]\n    8080 =\n")
                                              << u"empty-value"_s << E << 2 << 11;

    // Keys Netdata documents wrongly or no longer reads: warnings, not errors.
    QTest::newRow("resolve hostname ips") << network
                                          << QByteArray("[network connections]\n    resolve hostname ips = yes\n")
                                          << u"documented-wrongly"_s << W << 2 << 5;
    QTest::newRow("bandwidth table size") << network << QByteArray("[global]\n  bandwidth table size = 16384\n")
                                          << u"no-longer-read"_s << W << 2 << 3;
    QTest::newRow("ipv4 connection table size") << network
                                                << QByteArray("[global]\nipv4 connection table size = 16384\n")
                                                << u"no-longer-read"_s << W << 2 << 1;
    // Read by Kinsight (connections beyond it go to an "other" row): checked like any number.
    QTest::newRow("maximum dimensions zero") << network
                                             << QByteArray("[network connections]\nmaximum dimensions = 0\n")
                                             << u"out-of-range"_s << E << 2 << 22;

    // Old names Netdata still reads
    QTest::newRow("load") << main << QByteArray("[global]\n    load = return\n") << u"old-key-name"_s << N << 2 << 5;
    QTest::newRow("disable apps") << main << QByteArray("[global]\ndisable apps = yes\n") << u"old-key-name"_s << N
                                  << 2 << 1;
    QTest::newRow("network viewer") << main << QByteArray("[ebpf programs]\nnetwork viewer = yes\n")
                                    << u"old-key-name"_s << N << 2 << 1;
    QTest::newRow("old and new name") << main << QByteArray("[global]\nload = return\nebpf load mode = entry\n")
                                      << u"old-and-new-key"_s << W << 2 << 1;
    QTest::newRow("old name with a bad value") << main << QByteArray("[global]\ndisable apps = sure\n")
                                               << u"bad-boolean"_s << E << 2 << 16;

    // Netdata-only and Kinsight-only
    QTest::newRow("ipc is Netdata's") << main << QByteArray("[ipc]\n    integration = shm\n") << u"netdata-only"_s << N
                                      << 2 << 5;
    QTest::newRow("dns is Netdata's") << main << QByteArray("[ebpf programs]\ndns = no\n") << u"netdata-only"_s << N
                                      << 2 << 1;
    QTest::newRow("object flavor alias") << network << QByteArray("[global]\nebpf object flavor = ring buffer\n")
                                         << u"netdata-only"_s << N << 2 << 1;
    QTest::newRow("collect pid in ebpf.d.conf") << main << QByteArray("[global]\ncollect pid = all\n")
                                                << u"kinsight-only-here"_s << N << 2 << 1;

    // Unknown and misplaced
    QTest::newRow("typo in key") << main << QByteArray("[global]\n    aps = yes\n") << u"unknown-key"_s << W << 2 << 5;
    QTest::newRow("underscores") << main << QByteArray("[global]\nupdate_every = 5\n") << u"unknown-key"_s << W << 2
                                 << 1;
    QTest::newRow("typo in section") << main << QByteArray("[globl]\napps = yes\n") << u"unknown-section"_s << W << 1
                                     << 2;
    QTest::newRow("section in the wrong file") << u"process.conf"_s << QByteArray("[ebpf programs]\nvfs = yes\n")
                                               << u"misplaced-section"_s << W << 1 << 2;
    QTest::newRow("per-process key in disk.conf") << u"disk.conf"_s << QByteArray("[global]\napps = yes\n")
                                                  << u"misplaced-key"_s << W << 2 << 1;
    QTest::newRow("btf path in a module file") << u"process.conf"_s << QByteArray("[global]\nbtf path = /x\n")
                                               << u"misplaced-key"_s << W << 2 << 1;
    QTest::newRow("sync switch in shm.conf") << u"shm.conf"_s << QByteArray("[syscalls]\nfsync = yes\n")
                                             << u"misplaced-key"_s << W << 2 << 1;
    QTest::newRow("table size in ebpf.d.conf") << main << QByteArray("[global]\nudp connection table size = 10\n")
                                               << u"misplaced-key"_s << W << 2 << 1;

    // Structure
    QTest::newRow("repeated key") << main << QByteArray("[global]\n apps = yes\n apps = no\n") << u"repeated-key"_s
                                  << W << 2 << 2;
    QTest::newRow("repeated section") << main << QByteArray("[global]\napps = yes\n[global]\ncgroups = no\n")
                                      << u"repeated-section"_s << N << 3 << 2;
    QTest::newRow("line without '='") << main << QByteArray("[global]\n  just words\n") << u"syntax"_s << E << 2 << 3;
    QTest::newRow("section with comment") << main << QByteArray("[global] # main\n") << u"outside-section"_s << E
                                          << 1 << 1;
    QTest::newRow("entry before any section") << main << QByteArray("apps = yes\n[global]\n") << u"outside-section"_s
                                              << E << 1 << 1;
    QTest::newRow("byte-order mark") << main << QByteArray("\xEF\xBB\xBF[global]\n") << u"byte-order-mark"_s << W << 1
                                     << 1;
    QTest::newRow("unknown file still checks values") << u"a.conf"_s
                                                      << QByteArray("[ebpf programs]\nprocess = maybe\n")
                                                      << u"bad-boolean"_s << E << 2 << 11;
}

void TestValidator::finding()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(Severity, severity);
    QFETCH(int, line);
    QFETCH(int, column);

    const QList<Diagnostic> diagnostics =
        fixtureValidator().validate(IniDocument::parse(content), FileRole::fromPath(file), file);
    const auto found = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
                                    [&](const Diagnostic &d) { return d.code == code; });
    QVERIFY2(found != diagnostics.cend(), qPrintable(u"no '"_s + code + u"' in:\n"_s + describe(diagnostics)));
    QCOMPARE(found->severity, severity);
    QCOMPARE(found->line, line);
    QCOMPARE(found->column, column);
    QCOMPARE(found->file, file);
    QVERIFY(!found->message.isEmpty());
    // Nothing worse than the expected finding is reported alongside it.
    for (const Diagnostic &d : diagnostics)
        QVERIFY2(d.severity <= severity || d.code == code || d.code == u"bad-boolean", qPrintable(describe(diagnostics)));
}

void TestValidator::clean_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("case-insensitive choices") << u"ebpf.d.conf"_s
                                              << QByteArray("[global]\nebpf load mode = RETURN\nebpf type format = CO-RE\n");
    QTest::newRow("every boolean spelling")
        << u"ebpf.d.conf"_s
        << QByteArray("[ebpf programs]\nprocess = Yes\nsocket = TRUE\nsync = on\nvfs = auto\nfd = No\nswap = false\n"
                      "disk = OFF\n");
    QTest::newRow("limits") << u"ebpf.d.conf"_s
                            << QByteArray("[global]\nupdate every = 1\nlifetime = 86400\npid table size = 4194304\n");
    QTest::newRow("readme ports") << u"network.conf"_s
                                  << QByteArray("[network connections]\nports = 1-1024 !145 !domain\n");
    QTest::newRow("private networks")
        << u"network.conf"_s
        << QByteArray("[network connections]\nips = 10.0.0.0/8 172.16.0.0/12 192.168.0.0/16 fc00::/7 !::1/128\n");
    QTest::newRow("host names while resolving")
        << u"network.conf"_s << QByteArray("[network connections]\nresolve hostnames = yes\nhostnames = *.lan !printer.lan\n");
    QTest::newRow("service names") << u"network.conf"_s << QByteArray("[service name]\n19999 = Netdata\n8080 = Dev server\n");
    QTest::newRow("module overrides") << u"network.conf"_s
                                      << QByteArray("[global]\nupdate every = 2\napps = no\ncollect pid = real parent\n"
                                                    "ebpf co-re tracing = auto\nsocket monitoring table size = 65535\n");
    QTest::newRow("filesystem switches") << u"filesystem.conf"_s << QByteArray("[filesystem]\next4dist = no\nzfsdist = yes\n");
    QTest::newRow("comments and blanks only") << u"ebpf.d.conf"_s << QByteArray("# nothing\n\n   # at all\n");
}

void TestValidator::clean()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    const QList<Diagnostic> diagnostics =
        fixtureValidator().validate(IniDocument::parse(content), FileRole::fromPath(file), file);
    QVERIFY2(countSeverity(diagnostics, Severity::Error) == 0 && countSeverity(diagnostics, Severity::Warning) == 0,
             qPrintable(describe(diagnostics)));
}

void TestValidator::diagnosticText()
{
    const QList<Diagnostic> diagnostics = fixtureValidator().validate(
        IniDocument::parse("[global]\n    aps = yes\n    update every = 0\n"), FileRole::main(), u"conf/ebpf.d.conf"_s);
    QCOMPARE(diagnostics.size(), 2);
    QCOMPARE(diagnostics.at(0).toString(),
             u"conf/ebpf.d.conf:2:5: warning: unknown key 'aps' in [global]; did you mean 'apps'?"_s);
    QVERIFY2(diagnostics.at(1).toString().startsWith(u"conf/ebpf.d.conf:3:20: error: 'update every': '0' is out of range"_s),
             qPrintable(diagnostics.at(1).toString()));
    QVERIFY(diagnostics.at(1).message.contains(u"1 to 3600 s"_s));
    QCOMPARE((Diagnostic{u"f"_s, 0, 0, Severity::Error, u"x"_s, u"m"_s}.toString()), u"f: error: m"_s);
}

void TestValidator::stockFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");  // every warning and note, as "code@line"

    const QMap<QString, QStringList> expected = {
        {u"netdata-1.37/ebpf.d/network.conf"_s,
         {u"no-longer-read@32"_s, u"no-longer-read@33"_s, u"no-longer-read@34"_s, u"cidr-host-bits@49"_s}},
        {u"netdata-2.x/ebpf.d/network.conf"_s, {u"no-longer-read@49"_s, u"netdata-only@52"_s}},
        {u"netdata-2.x/ebpf.d.conf"_s, {u"netdata-only@97"_s, u"netdata-only@98"_s, u"netdata-only@99"_s}},
    };
    for (const QString &directory : {u"netdata-1.37"_s, u"netdata-2.x"_s}) {
        for (const QString &file : fixtureFiles(directory))
            QTest::newRow(qPrintable(file)) << file << expected.value(file);
    }
}

void TestValidator::stockFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);

    const FileRole role = FileRole::fromPath(file);
    QVERIFY(role.kind != FileRole::Kind::Unknown);
    const QList<Diagnostic> diagnostics = fixtureValidator().validate(IniDocument::parse(readFixture(file)), role, file);
    QStringList found;
    for (const Diagnostic &d : diagnostics)
        found.append(d.code + u'@' + QString::number(d.line));
    QCOMPARE(found, expected);
    QVERIFY(!hasErrors(diagnostics));
}

void TestValidator::oddFiles()
{
    // The hand-written oddities: what each one must report.
    const ConfigValidator validator = fixtureValidator();
    auto codes = [&](const QString &file, const FileRole &role) {
        QStringList list;
        for (const Diagnostic &d : validator.validate(IniDocument::parse(readFixture(file)), role, file))
            list.append(d.code + u'@' + QString::number(d.line) + u':' + QString::number(d.column));
        return list;
    };
    QCOMPARE(codes(u"odd/spacing-and-comments.conf"_s, FileRole::main()),
             (QStringList{u"unknown-key@11:5"_s, u"repeated-section@17:2"_s}));
    QCOMPARE(codes(u"odd/crlf.conf"_s, FileRole::main()), QStringList());
    QCOMPARE(codes(u"odd/byte-order-mark.conf"_s, FileRole::main()), QStringList{u"byte-order-mark@1:1"_s});
    QCOMPARE(codes(u"odd/utf8-and-invalid-bytes.conf"_s, FileRole::forModule(u"socket"_s)), QStringList());
    QCOMPARE(codes(u"odd/empty-values-and-oddities.conf"_s, FileRole::main()),
             (QStringList{u"bad-boolean@2:11"_s, u"bad-boolean@3:13"_s, u"syntax@4:5"_s, u"syntax@5:2"_s,
                          u"syntax@6:1"_s, u"syntax@7:1"_s, u"inline-comment@8:32"_s, u"syntax@9:1"_s}));
}

void TestValidator::checkEntry_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("optionKey");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("plain") << u"ebpf.d.conf"_s << u"global"_s << u"apps"_s << u"On"_s << true << u"apps"_s << u"yes"_s;
    QTest::newRow("old name") << u"ebpf.d.conf"_s << u"global"_s << u"load"_s << u"Return"_s << true
                              << u"ebpf load mode"_s << u"return"_s;
    QTest::newRow("bad value") << u"ebpf.d.conf"_s << u"global"_s << u"update every"_s << u"0"_s << false
                               << u"update every"_s << QString();
    QTest::newRow("unknown key") << u"ebpf.d.conf"_s << u"global"_s << u"aps"_s << u"yes"_s << false << QString()
                                 << QString();
    QTest::newRow("misplaced key") << u"disk.conf"_s << u"global"_s << u"apps"_s << u"yes"_s << false << QString()
                                   << QString();
    QTest::newRow("free key") << u"network.conf"_s << u"service name"_s << u"8080"_s << u"Web"_s << true << u"<port>"_s
                              << u"Web"_s;
    QTest::newRow("free key, bad port") << u"network.conf"_s << u"service name"_s << u"web"_s << u"Web"_s << false
                                        << u"<port>"_s << u"Web"_s;
    QTest::newRow("no longer read is allowed") << u"network.conf"_s << u"global"_s << u"bandwidth table size"_s
                                               << u"100"_s << true << u"bandwidth table size"_s << u"100"_s;
    QTest::newRow("choice alias") << u"process.conf"_s << u"global"_s << u"ebpf object flavor"_s << u"tracing"_s
                                  << true << u"ebpf object flavor"_s << u"legacy"_s;
}

void TestValidator::checkEntry()
{
    QFETCH(QString, file);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, optionKey);
    QFETCH(QString, canonical);

    const EntryCheck check = fixtureValidator().checkEntry(FileRole::fromPath(file), section, key, value);
    QCOMPARE(check.ok(), ok);
    QCOMPARE(check.option ? check.option->key : QString(), optionKey);
    QCOMPARE(check.value.canonical, canonical);
}

void TestValidator::canonicalValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("auto is yes") << u"apps"_s << u"auto"_s << u"yes"_s;
    QTest::newRow("off is no") << u"cgroups"_s << u"OFF"_s << u"no"_s;
    QTest::newRow("choice case") << u"collect pid"_s << u"Real Parent"_s << u"real parent"_s;
    QTest::newRow("number") << u"update every"_s << u"10"_s << u"10"_s;
    QTest::newRow("invalid has none") << u"update every"_s << u"ten"_s << QString();
}

void TestValidator::canonicalValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, canonical);
    const OptionSpec *option = OptionSchema::instance().find(u"global", key);
    QVERIFY(option);
    QCOMPARE(checkValue(*option, value, ServiceDirectory()).canonical, canonical);
}

void TestValidator::schemaCoversTheIssue()
{
    const OptionSchema &schema = OptionSchema::instance();
    // [global] of ebpf.d.conf, as listed in the issue.
    for (const QString &key : {u"ebpf load mode"_s, u"apps"_s, u"cgroups"_s, u"update every"_s, u"pid table size"_s,
                               u"btf path"_s, u"ebpf type format"_s, u"ebpf co-re tracing"_s, u"maps per core"_s,
                               u"lifetime"_s, u"collect pid"_s})
        QVERIFY2(schema.findFor(FileRole::main(), u"global", key), qPrintable(key));
    // Kinsight's modules, each with an [ebpf programs] switch and Netdata's file name.
    const QStringList modules = {u"process"_s, u"socket"_s, u"cachestat"_s, u"sync"_s, u"dcstat"_s, u"swap"_s,
                                 u"vfs"_s, u"filesystem"_s, u"disk"_s, u"mount"_s, u"fd"_s, u"hardirq"_s,
                                 u"softirq"_s, u"oomkill"_s, u"shm"_s, u"mdflush"_s};
    QCOMPARE(schema.modules().size(), modules.size());
    for (const QString &id : modules) {
        const ModuleSpec *module = schema.module(id);
        QVERIFY2(module, qPrintable(id));
        QVERIFY(schema.findFor(FileRole::main(), u"ebpf programs", module->programsKey));
        QVERIFY(QFileInfo::exists(fixturePath(u"netdata-1.37/ebpf.d/"_s + module->fileName)));
    }
    QCOMPARE(schema.module(u"socket")->fileName, u"network.conf"_s);
    // network.conf, sync.conf, shm.conf, filesystem.conf sections.
    const FileRole socket = FileRole::forModule(u"socket"_s);
    for (const QString &key : {u"socket monitoring table size"_s, u"udp connection table size"_s})
        QVERIFY(schema.findFor(socket, u"global", key));
    for (const QString &key : {u"enabled"_s, u"resolve hostnames"_s, u"resolve service names"_s, u"ports"_s,
                               u"ips"_s, u"hostnames"_s})
        QVERIFY2(schema.findFor(socket, u"network connections", key), qPrintable(key));
    QVERIFY(schema.findFor(socket, u"service name", u"19999"));
    QCOMPARE(schema.optionsFor(FileRole::forModule(u"sync"_s), u"syscalls").size(), 6);
    QCOMPARE(schema.optionsFor(FileRole::forModule(u"shm"_s), u"syscalls").size(), 4);
    QCOMPARE(schema.optionsFor(FileRole::forModule(u"filesystem"_s), u"filesystem").size(), 5);
}

void TestValidator::schemaDefaultsAreValid()
{
    // Every default the schema states must pass its own validation.
    for (const OptionSpec &option : OptionSchema::instance().options()) {
        for (const QString &value : {option.kinsightDefault, option.netdataStock, option.netdataFallback}) {
            if (value.isEmpty())
                continue;
            const ValueCheck check = checkValue(option, value, ServiceDirectory());
            QVERIFY2(check.ok(), qPrintable(option.key + u" = "_s + value));
        }
    }
}

void TestValidator::schemaIsConsistent()
{
    const OptionSchema &schema = OptionSchema::instance();
    QSet<QString> seen;
    for (const OptionSpec &option : schema.options()) {
        const QString id = option.section + u'/' + option.key + u'/' + option.modules.join(u',');
        QVERIFY2(!seen.contains(id), qPrintable(u"duplicate "_s + id));
        seen.insert(id);
        QVERIFY2(!option.explanation.isEmpty(), qPrintable(option.key));
        QVERIFY2(option.inMainFile || option.inModuleFiles, qPrintable(option.key));
        if (option.type == ValueType::Choice)
            QVERIFY2(!option.choices.isEmpty(), qPrintable(option.key));
        if (option.type == ValueType::Integer || option.type == ValueType::Seconds)
            QVERIFY2(option.minimum <= option.maximum && option.maximum > 0, qPrintable(option.key));
        // Where Kinsight departs from Netdata, it says why.
        if (option.kinsightDiffersFromNetdata())
            QVERIFY2(!option.kinsightNote.isEmpty(), qPrintable(option.key));
        if (option.status != KeyStatus::Current)
            QVERIFY2(!option.statusMessage.isEmpty(), qPrintable(option.key));
        if (!option.replacement.isEmpty())
            QVERIFY2(schema.find(option.section, option.replacement), qPrintable(option.replacement));
        for (const QString &module : option.modules)
            QVERIFY2(schema.module(module), qPrintable(module));
    }
    for (const KeyAlias &alias : schema.aliases()) {
        QVERIFY2(schema.find(alias.section, alias.currentKey), qPrintable(alias.currentKey));
        QVERIFY(!schema.find(alias.section, alias.oldKey));
    }
    // The differences the issue names explicitly.
    QCOMPARE(schema.find(u"global", u"update every")->kinsightDefault, u"1"_s);
    QVERIFY(schema.find(u"global", u"update every")->kinsightDiffersFromNetdata());
    QCOMPARE(schema.find(u"ebpf programs", u"oomkill")->kinsightDefault, u"yes"_s);
    QVERIFY(schema.find(u"ebpf programs", u"oomkill")->kinsightNote.contains(u"apps"_s));
    QCOMPARE(schema.find(u"network connections", u"resolve hostname ips")->status, KeyStatus::DocumentedWrongly);
    QCOMPARE(schema.find(u"global", u"bandwidth table size")->status, KeyStatus::NoLongerRead);
}

void TestValidator::fileRoles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("module");

    QTest::newRow("main") << u"/etc/kinsight/ebpf.d.conf"_s << int(FileRole::Kind::Main) << QString();
    QTest::newRow("old main name") << u"/etc/netdata/ebpf.conf"_s << int(FileRole::Kind::Main) << QString();
    QTest::newRow("network is socket") << u"/etc/kinsight/ebpf.d/network.conf"_s << int(FileRole::Kind::Module)
                                       << u"socket"_s;
    QTest::newRow("dcstat") << u"dcstat.conf"_s << int(FileRole::Kind::Module) << u"dcstat"_s;
    QTest::newRow("Netdata's functions.conf") << u"ebpf.d/functions.conf"_s << int(FileRole::Kind::Unknown)
                                              << QString();
    QTest::newRow("anything else") << u"a.conf"_s << int(FileRole::Kind::Unknown) << QString();
}

void TestValidator::fileRoles()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(QString, module);
    const FileRole role = FileRole::fromPath(path);
    QCOMPARE(int(role.kind), kind);
    QCOMPARE(role.module, module);
    QCOMPARE(FileRole::fromName(u"socket").module, u"socket"_s);
    QCOMPARE(FileRole::fromName(u"network").module, u"socket"_s);
    QCOMPARE(FileRole::fromName(u"main").kind, FileRole::Kind::Main);
    QCOMPARE(FileRole::fromName(u"nope").kind, FileRole::Kind::Unknown);
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_config_validator.moc"
