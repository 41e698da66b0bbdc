// Kernel version, kernel config, gzip and BTF checks against fixtures.
#include "fixture_files.h"

#include "diagnostics/btf.h"
#include "diagnostics/gzip.h"
#include "diagnostics/kernel_config.h"
#include "diagnostics/kernel_version.h"

#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace kinsight::diagnostics;

namespace {

// "@name" reads a fixture; anything else is the config text itself.
QByteArray configSource(const QString &source)
{
    return source.startsWith(u'@') ? fixtureBytes(source.mid(1)) : source.toUtf8();
}

const Check &findCheck(const QList<Check> &checks, const QString &id)
{
    for (const Check &check : checks)
        if (check.id == id)
            return check;
    qFatal("no check %s", qPrintable(id));
}

void writeU32(QByteArray &data, qsizetype offset, quint32 value)
{
    std::memcpy(data.data() + offset, &value, sizeof value);
}

quint32 readU32(const QByteArray &data, qsizetype offset)
{
    quint32 value;
    std::memcpy(&value, data.constData() + offset, sizeof value);
    return value;
}

}  // namespace

class KernelChecksTest : public QObject {
    Q_OBJECT

private slots:
    void parsesKernelRelease_data();
    void parsesKernelRelease();
    void judgesKernelVersion_data();
    void judgesKernelVersion();
    void readsConfigStates();
    void judgesConfigOptions_data();
    void judgesConfigOptions();
    void withoutConfigEveryOptionIsUnknown();
    void listsNetdataMissingOptions_data();
    void listsNetdataMissingOptions();
    void gunzipsConfigGz();
    void parsesBtf_data();
    void parsesBtf();
    void judgesVmlinuxBtf_data();
    void judgesVmlinuxBtf();
    void judgesModuleBtf_data();
    void judgesModuleBtf();
};

void KernelChecksTest::parsesKernelRelease_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("patch");
    QTest::newRow("this machine") << u"6.18.44-fc-v669"_s << true << 6 << 18 << 44;
    QTest::newRow("debian cloud") << u"6.1.0-56-cloud-amd64"_s << true << 6 << 1 << 0;
    QTest::newRow("rhel 9") << u"5.14.0-362.8.1.el9_3.x86_64"_s << true << 5 << 14 << 0;
    QTest::newRow("two parts") << u"4.19"_s << true << 4 << 19 << 0;
    QTest::newRow("garbage") << u"linux"_s << false << 0 << 0 << 0;
}

void KernelChecksTest::parsesKernelRelease()
{
    QFETCH(QString, release);
    QFETCH(bool, valid);
    const std::optional<KernelVersion> version = parseKernelRelease(release);
    QCOMPARE(version.has_value(), valid);
    if (!valid)
        return;
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(int, patch);
    QCOMPARE(version->major, major);
    QCOMPARE(version->minor, minor);
    QCOMPARE(version->patch, patch);
}

void KernelChecksTest::judgesKernelVersion_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("osRelease");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("summaryPart");
    QTest::newRow("6.18 debian") << u"6.18.44-fc-v669"_s << u"os-release-debian12.txt"_s << u"ok"_s
                                 << u"Debian GNU/Linux 12 (bookworm)"_s;
    QTest::newRow("5.8 is the minimum") << u"5.8.0-63-generic"_s << u"os-release-debian12.txt"_s << u"ok"_s
                                        << u"Linux 5.8.0"_s;
    QTest::newRow("5.7 lacks the ring buffer") << u"5.7.19"_s << u"os-release-debian12.txt"_s << u"error"_s
                                               << u"older than 5.8.0"_s;
    QTest::newRow("4.18 on rocky backports") << u"4.18.0-513.5.1.el8_9.x86_64"_s << u"os-release-rocky8.txt"_s
                                             << u"warning"_s << u"backports"_s;
    QTest::newRow("unreadable release") << u"unknown"_s << u"os-release-debian12.txt"_s << u"unknown"_s
                                        << u"\"unknown\""_s;
}

void KernelChecksTest::judgesKernelVersion()
{
    QFETCH(QString, release);
    QFETCH(QString, osRelease);
    QFETCH(QString, status);
    QFETCH(QString, summaryPart);
    const Check check = kernelVersionCheck(release, fixtureText(osRelease));
    QCOMPARE(check.id, u"kernel-version"_s);
    QCOMPARE(statusName(check.status), status);
    QVERIFY2(check.summary.contains(summaryPart), qPrintable(check.summary));
    if (check.status == Status::Error)
        QVERIFY(!check.fix.isEmpty());
}

void KernelChecksTest::readsConfigStates()
{
    const KernelConfig debian = KernelConfig::parse(fixtureBytes(u"debian-6.1.0-56-cloud-amd64.config"_s));
    QCOMPARE(debian.headerVersion(), u"6.1.192"_s);
    QVERIFY(debian.optionCount() > 3000);
    QCOMPARE(debian.state(u"CONFIG_KPROBES"_s), KernelConfig::State::Yes);
    QCOMPARE(debian.state(u"CONFIG_DEBUG_INFO_BTF_MODULES"_s), KernelConfig::State::Yes);
    QCOMPARE(debian.state(u"CONFIG_CC_VERSION_TEXT"_s), KernelConfig::State::Value);
    QCOMPARE(debian.value(u"CONFIG_CC_VERSION_TEXT"_s), u"\"gcc-12 (Debian 12.2.0-14+deb12u1) 12.2.0\""_s);
    QCOMPARE(debian.state(u"CONFIG_LOCK_DOWN_KERNEL_FORCE_INTEGRITY"_s), KernelConfig::State::NotSet);

    const KernelConfig host = KernelConfig::parse(fixtureBytes(u"kinsight-host-6.18.config"_s));
    QCOMPARE(host.headerVersion(), u"6.18.44"_s);
    QCOMPARE(host.state(u"CONFIG_KPROBES"_s), KernelConfig::State::NotSet);
    QCOMPARE(host.state(u"CONFIG_KPROBES_ON_FTRACE"_s), KernelConfig::State::Absent);
    QCOMPARE(host.state(u"CONFIG_MODULES"_s), KernelConfig::State::NotSet);
    QCOMPARE(host.state(u"CONFIG_DYNAMIC_FTRACE_WITH_DIRECT_CALLS"_s), KernelConfig::State::Yes);
}

void KernelChecksTest::judgesConfigOptions_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("summaryPart");

    const QString debian = u"@debian-6.1.0-56-cloud-amd64.config"_s;
    const QString host = u"@kinsight-host-6.18.config"_s;
    QTest::newRow("debian kprobes") << debian << u"CONFIG_KPROBES"_s << u"ok"_s << u"CONFIG_KPROBES=y"_s;
    QTest::newRow("debian direct calls") << debian << u"CONFIG_DYNAMIC_FTRACE_WITH_DIRECT_CALLS"_s << u"ok"_s
                                         << u"=y"_s;
    QTest::newRow("host kprobes") << host << u"CONFIG_KPROBES"_s << u"warning"_s
                                  << u"CONFIG_KPROBES is not set: probe family (kprobe/kretprobe) unavailable"_s;
    QTest::newRow("host kprobes on ftrace") << host << u"CONFIG_KPROBES_ON_FTRACE"_s << u"warning"_s
                                            << u"absent (it cannot be set while CONFIG_KPROBES is not)"_s;
    QTest::newRow("host have kprobes") << host << u"CONFIG_HAVE_KPROBES"_s << u"ok"_s << u"=y"_s;
    QTest::newRow("host btf") << host << u"CONFIG_DEBUG_INFO_BTF"_s << u"ok"_s << u"=y"_s;
    QTest::newRow("host bpf events") << host << u"CONFIG_BPF_EVENTS"_s << u"ok"_s << u"=y"_s;
    QTest::newRow("no btf") << u"CONFIG_BPF=y\n# CONFIG_DEBUG_INFO_BTF is not set\n"_s << u"CONFIG_DEBUG_INFO_BTF"_s
                            << u"error"_s << u"no kernel BTF"_s;
    QTest::newRow("no bpf syscall") << u"CONFIG_BPF=y\n# CONFIG_BPF_SYSCALL is not set\n"_s
                                    << u"CONFIG_BPF_SYSCALL"_s << u"error"_s << u"no bpf() system call"_s;
    QTest::newRow("no bpf at all") << u"# CONFIG_BPF is not set\n"_s << u"CONFIG_BPF_SYSCALL"_s << u"error"_s
                                   << u"cannot be set while CONFIG_BPF is not"_s;
    QTest::newRow("no jit") << u"CONFIG_BPF_SYSCALL=y\n# CONFIG_BPF_JIT is not set\n"_s << u"CONFIG_BPF_JIT"_s
                            << u"warning"_s << u"trampoline family"_s;
    QTest::newRow("no bpf events") << u"CONFIG_BPF_SYSCALL=y\n# CONFIG_BPF_EVENTS is not set\n"_s
                                   << u"CONFIG_BPF_EVENTS"_s << u"error"_s << u"no module runs"_s;
    QTest::newRow("no syscall tracepoints") << u"CONFIG_FTRACE=y\n# CONFIG_FTRACE_SYSCALLS is not set\n"_s
                                            << u"CONFIG_FTRACE_SYSCALLS"_s << u"warning"_s << u"syscalls:*"_s;
    QTest::newRow("no direct calls") << u"CONFIG_DYNAMIC_FTRACE=y\n"_s << u"CONFIG_DYNAMIC_FTRACE_WITH_DIRECT_CALLS"_s
                                     << u"warning"_s << u"trampoline family"_s;
    QTest::newRow("module counts as present") << u"CONFIG_BPF_JIT=m\n"_s << u"CONFIG_BPF_JIT"_s << u"ok"_s
                                              << u"CONFIG_BPF_JIT=m"_s;
}

void KernelChecksTest::judgesConfigOptions()
{
    QFETCH(QString, config);
    QFETCH(QString, option);
    QFETCH(QString, status);
    QFETCH(QString, summaryPart);
    const QList<Check> checks = kernelConfigChecks(KernelConfigFile{u"/proc/config.gz"_s, configSource(config)}, {});
    QCOMPARE(checks.size(), configRequirements().size() + 1);
    QCOMPARE(findCheck(checks, u"kernel-config"_s).status, Status::Ok);
    const Check &check = findCheck(checks, u"config:"_s % option);
    QCOMPARE(statusName(check.status), status);
    QVERIFY2(check.summary.contains(summaryPart), qPrintable(check.summary));
    QVERIFY(!check.explanation.isEmpty());
    if (check.status != Status::Ok)
        QVERIFY(check.fix.contains(option));
}

void KernelChecksTest::withoutConfigEveryOptionIsUnknown()
{
    const QStringList searched = kernelConfigCandidates(u"6.18.44-fc-v669"_s);
    QCOMPARE(searched.first(), u"/proc/config.gz"_s);
    QVERIFY(searched.contains(u"/boot/config-6.18.44-fc-v669"_s));
    const QList<Check> checks = kernelConfigChecks(std::nullopt, searched);
    const Check &source = checks.first();
    QCOMPARE(source.id, u"kernel-config"_s);
    QCOMPARE(source.status, Status::Warning);
    QVERIFY(source.summary.contains(u"/boot/config-6.18.44-fc-v669"_s));
    QCOMPARE(source.snippets.first().text, u"sudo modprobe configs"_s);
    for (const Check &check : checks.mid(1)) {
        QCOMPARE(check.status, Status::Unknown);
        QVERIFY(check.id.startsWith(u"config:CONFIG_"_s));
    }
}

void KernelChecksTest::listsNetdataMissingOptions_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("debian 6.1") << u"@debian-6.1.0-56-cloud-amd64.config"_s << QStringList();
    QTest::newRow("this machine") << u"@kinsight-host-6.18.config"_s
                                  << QStringList{u"KPROBES"_s, u"KPROBES_ON_FTRACE"_s};
    QTest::newRow("=m is not =y") << u"CONFIG_KPROBES=y\nCONFIG_KPROBES_ON_FTRACE=y\nCONFIG_HAVE_KPROBES=y\n"
                                     u"CONFIG_BPF=y\nCONFIG_BPF_SYSCALL=y\nCONFIG_BPF_JIT=m\nCONFIG_DYNAMIC_FTRACE=y\n"_s
                                  << QStringList{u"BPF_JIT"_s};
    QTest::newRow("a lookalike is not the option") << u"CONFIG_CGROUP_BPF=y\n"_s << netdataRequiredOptions();
}

void KernelChecksTest::listsNetdataMissingOptions()
{
    QFETCH(QString, config);
    QFETCH(QStringList, missing);
    QCOMPARE(netdataMissingOptions(KernelConfig::parse(configSource(config))), missing);
}

void KernelChecksTest::gunzipsConfigGz()
{
    const QByteArray compressed = fixtureBytes(u"kinsight-host-6.18.config.gz"_s);
    QVERIFY(looksGzipped(compressed));
    const std::optional<QByteArray> plain = gunzip(compressed);
    QVERIFY(plain.has_value());
    QCOMPARE(*plain, fixtureBytes(u"kinsight-host-6.18.config"_s));
    QVERIFY(!gunzip(compressed.left(compressed.size() - 12)).has_value());  // trailer cut off
    QVERIFY(!gunzip(fixtureBytes(u"kinsight-host-6.18.config"_s)).has_value());
    QVERIFY(!gunzip(compressed, 100).has_value());  // over the limit
}

// tiny.btf from tiny_btf.c: 21 types, 2 functions, one btf_trace_ typedef, struct task_struct.
void KernelChecksTest::parsesBtf_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("newerFormat");
    QTest::addColumn<QString>("errorPart");

    const QByteArray tiny = fixtureBytes(u"tiny.btf"_s);
    QTest::newRow("clang output") << tiny << true << false << QString();
    QTest::newRow("short") << tiny.left(20) << false << false << u"shorter than a BTF header"_s;
    QTest::newRow("truncated") << tiny.left(tiny.size() / 2) << false << false << u"truncated"_s;

    QByteArray badMagic = tiny;
    badMagic[0] = 0x7f;
    QTest::newRow("bad magic") << badMagic << false << false << u"bad magic"_s;
    QByteArray swapped = tiny;
    std::swap(swapped[0], swapped[1]);
    QTest::newRow("other byte order") << swapped << false << false << u"other byte order"_s;
    QByteArray version2 = tiny;
    version2[2] = 2;
    QTest::newRow("version 2") << version2 << false << true << u"version 2"_s;

    const qsizetype firstType = 24 + readU32(tiny, 8);
    QByteArray unknownKind = tiny;
    writeU32(unknownKind, firstType + 4, 25u << 24);
    QTest::newRow("kind 25") << unknownKind << false << true << u"kind 25"_s;
    QByteArray badName = tiny;
    writeU32(badName, firstType, 0x00ffffff);
    QTest::newRow("name outside strings") << badName << false << false << u"outside the string section"_s;
    QByteArray longStruct = tiny;
    // type #2 is struct task_struct with 7 members; claim 70 so it runs past the section
    const qsizetype secondType = firstType + 12;
    writeU32(longStruct, secondType + 4, (readU32(tiny, secondType + 4) & 0xffff0000u) | 70u);
    QTest::newRow("members past the end") << longStruct << false << false << u"past"_s;
    QByteArray unterminated = tiny;
    unterminated[24 + readU32(tiny, 16) + readU32(tiny, 20) - 1] = 'x';
    QTest::newRow("strings not terminated") << unterminated << false << false << u"NUL"_s;
}

void KernelChecksTest::parsesBtf()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, valid);
    QFETCH(bool, newerFormat);
    QFETCH(QString, errorPart);
    const BtfSummary btf = parseBtf(data);
    QCOMPARE(btf.valid, valid);
    QCOMPARE(btf.newerFormat, newerFormat);
    QVERIFY2(btf.error.contains(errorPart), qPrintable(btf.error));
    if (valid) {
        QVERIFY(btf.error.isEmpty());
        QCOMPARE(btf.version, 1);
        QCOMPARE(btf.typeCount, 21u);
        QCOMPARE(btf.functionCount, 2u);
        QCOMPARE(btf.btfTracepointCount, 1u);
        QVERIFY(btf.hasTaskStruct);
    }
}

void KernelChecksTest::judgesVmlinuxBtf_data()
{
    QTest::addColumn<bool>("present");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("readError");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("summaryPart");
    const QByteArray tiny = fixtureBytes(u"tiny.btf"_s);
    QTest::newRow("parses") << true << tiny << QString() << u"ok"_s << u"21 types, 2 functions, 1 BTF tracepoints"_s;
    QTest::newRow("absent") << false << QByteArray() << QString() << u"error"_s << u"does not exist"_s;
    QTest::newRow("unreadable") << true << QByteArray() << u"Permission denied"_s << u"error"_s
                                << u"cannot be read: Permission denied"_s;
    QTest::newRow("corrupt") << true << tiny.left(100) << QString() << u"error"_s << u"does not parse"_s;
}

void KernelChecksTest::judgesVmlinuxBtf()
{
    QFETCH(bool, present);
    QFETCH(QByteArray, data);
    QFETCH(QString, readError);
    QFETCH(QString, status);
    QFETCH(QString, summaryPart);
    SystemSnapshot snapshot;
    snapshot.vmlinuxBtfPresent = present;
    snapshot.vmlinuxBtf = data;
    snapshot.vmlinuxBtfError = readError;
    const Check check = btfCheck(snapshot);
    QCOMPARE(check.id, u"btf"_s);
    QCOMPARE(statusName(check.status), status);
    QVERIFY2(check.summary.contains(summaryPart), qPrintable(check.summary));
}

void KernelChecksTest::judgesModuleBtf_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QStringList>("moduleBtf");
    QTest::addColumn<QStringList>("loaded");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("summaryPart");
    QTest::newRow("no modules in this kernel") << u"@kinsight-host-6.18.config"_s << QStringList() << QStringList()
                                               << u"ok"_s << u"without loadable modules"_s;
    QTest::newRow("debian with module BTF") << u"@debian-6.1.0-56-cloud-amd64.config"_s
                                            << QStringList{u"ext4"_s, u"xfs"_s} << QStringList{u"ext4"_s, u"xfs"_s}
                                            << u"ok"_s << u"2 modules carry BTF"_s;
    QTest::newRow("out-of-tree module") << u"@debian-6.1.0-56-cloud-amd64.config"_s << QStringList{u"ext4"_s}
                                        << QStringList{u"ext4"_s, u"zfs"_s} << u"ok"_s << u"have none (out-of-tree?): zfs"_s;
    QTest::newRow("config without module BTF") << u"CONFIG_MODULES=y\nCONFIG_DEBUG_INFO_BTF=y\n"_s << QStringList()
                                               << QStringList{u"xfs"_s} << u"warning"_s
                                               << u"CONFIG_DEBUG_INFO_BTF_MODULES is not set"_s;
    QTest::newRow("no config, modules without BTF") << QString() << QStringList() << QStringList{u"xfs"_s, u"md_mod"_s}
                                                    << u"warning"_s << u"2 modules are loaded but none has BTF"_s;
}

void KernelChecksTest::judgesModuleBtf()
{
    QFETCH(QString, config);
    QFETCH(QStringList, moduleBtf);
    QFETCH(QStringList, loaded);
    QFETCH(QString, status);
    QFETCH(QString, summaryPart);
    SystemSnapshot snapshot;
    snapshot.moduleBtf = moduleBtf;
    snapshot.loadedModules = loaded;
    std::optional<KernelConfig> parsed;
    if (!config.isEmpty())
        parsed = KernelConfig::parse(configSource(config));
    const Check check = moduleBtfCheck(snapshot, parsed ? &*parsed : nullptr);
    QCOMPARE(check.id, u"btf-modules"_s);
    QCOMPARE(statusName(check.status), status);
    QVERIFY2(check.summary.contains(summaryPart), qPrintable(check.summary));
}

QTEST_GUILESS_MAIN(KernelChecksTest)
#include "tst_diagnostics_kernel.moc"
