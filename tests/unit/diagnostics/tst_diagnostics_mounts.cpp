// Mounts, cgroups, unprivileged BPF, memlock and the attach matrix against
// fixtures.
#include "fixture_files.h"

#include "diagnostics/attach.h"
#include "diagnostics/mounts.h"
#include "diagnostics/resources.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kinsight::diagnostics;

Q_DECLARE_METATYPE(std::optional<QString>)

namespace {

QList<MountEntry> mountsFrom(const QString &fixture)
{
    return parseMountinfo(fixtureText(fixture));
}

// What the engine's capabilities call reported on this machine kind (module, family, ok, reason):
// tracepoints attach, fentry is refused with EPERM, kprobes cannot be created.
AttachMatrix hostMatrix()
{
    AttachMatrix matrix;
    for (const QString &line : fixtureText(u"attach-matrix-host.tsv"_s).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u'\t');
        const std::optional<AttachFamily> family = attachFamilyFromName(fields.value(1));
        if (fields.size() != 4 || !family)
            qFatal("bad matrix line %s", qPrintable(line));
        matrix.modules[fields[0]][*family] = {fields[2] == u"1", fields[3]};
    }
    return matrix;
}

const Check *findCheck(const QList<Check> &checks, const QString &id)
{
    for (const Check &check : checks)
        if (check.id == id)
            return &check;
    return nullptr;
}

}  // namespace

class MountsAndResourcesTest : public QObject {
    Q_OBJECT

private slots:
    void parsesMountinfo();
    void judgesTracefsAndDebugfs_data();
    void judgesTracefsAndDebugfs();
    void judgesCgroupLayout_data();
    void judgesCgroupLayout();
    void judgesUnprivilegedBpf_data();
    void judgesUnprivilegedBpf();
    void judgesMemlock_data();
    void judgesMemlock();
    void withoutMatrixAttachNeedsTheHelper();
    void judgesAttachMatrix_data();
    void judgesAttachMatrix();
    void convertsTheHelpersMatrix();
    void blocksOnlyWhenNoModuleRuns();
};

void MountsAndResourcesTest::parsesMountinfo()
{
    const QList<MountEntry> mounts = mountsFrom(u"mountinfo-debian12-systemd.txt"_s);
    QCOMPARE(mounts.size(), 18);
    const auto usb = findMount(mounts, u"vfat", u"/media/anna/USB Stick");
    QVERIFY(usb.has_value());
    QCOMPARE(usb->mountPoint, u"/media/anna/USB Stick"_s);  // \040 unescaped
    QCOMPARE(usb->source, u"/dev/sdb1"_s);
    const auto cgroup2 = findMount(mounts, u"cgroup2");
    QCOMPARE(cgroup2->superOptions, u"rw,nsdelegate,memory_recursiveprot"_s);
    // shared:N optional fields must not shift the fields after "-"
    QCOMPARE(findMount(mounts, u"tracefs")->mountPoint, u"/sys/kernel/tracing"_s);
    QVERIFY(!findMount(mounts, u"selinuxfs").has_value());
}

void MountsAndResourcesTest::judgesTracefsAndDebugfs_data()
{
    QTest::addColumn<QString>("mountinfo");
    QTest::addColumn<QString>("tracefsStatus");
    QTest::addColumn<QString>("tracefsSummary");
    QTest::addColumn<QString>("debugfsStatus");
    QTest::addColumn<QString>("debugfsSummary");
    QTest::newRow("fresh boot of this machine") << u"mountinfo-host-fresh.txt"_s << u"warning"_s
                                                << u"Not mounted: the classic-tracepoint flavour is unavailable"_s
                                                << u"warning"_s << u"neither is tracefs"_s;
    QTest::newRow("this machine, tracefs mounted") << u"mountinfo-host-tracefs.txt"_s << u"ok"_s
                                                   << u"Mounted at /sys/kernel/tracing"_s << u"ok"_s
                                                   << u"does not need it while tracefs is mounted"_s;
    QTest::newRow("debian systemd") << u"mountinfo-debian12-systemd.txt"_s << u"ok"_s
                                    << u"Mounted at /sys/kernel/tracing"_s << u"ok"_s
                                    << u"Mounted at /sys/kernel/debug"_s;
    QTest::newRow("fedora: tracefs under debugfs") << u"mountinfo-fedora39-selinux.txt"_s << u"ok"_s
                                                   << u"Mounted at /sys/kernel/debug/tracing"_s << u"ok"_s
                                                   << u"Mounted at /sys/kernel/debug"_s;
}

void MountsAndResourcesTest::judgesTracefsAndDebugfs()
{
    QFETCH(QString, mountinfo);
    QFETCH(QString, tracefsStatus);
    QFETCH(QString, tracefsSummary);
    QFETCH(QString, debugfsStatus);
    QFETCH(QString, debugfsSummary);
    const QList<MountEntry> mounts = mountsFrom(mountinfo);
    const Check tracefs = tracefsCheck(mounts);
    QCOMPARE(tracefs.id, u"mount:tracefs"_s);
    QCOMPARE(statusName(tracefs.status), tracefsStatus);
    QVERIFY2(tracefs.summary.contains(tracefsSummary), qPrintable(tracefs.summary));
    if (tracefs.status != Status::Ok) {
        QCOMPARE(tracefs.fixAction, u"mount-tracefs"_s);
        QCOMPARE(tracefs.snippets.size(), 2);
        QCOMPARE(tracefs.snippets[0].text, u"mount -t tracefs nodev /sys/kernel/tracing"_s);
        QCOMPARE(tracefs.snippets[1].text.simplified(), u"tracefs /sys/kernel/tracing tracefs defaults 0 0"_s);
    } else {
        QVERIFY(tracefs.fixAction.isEmpty());
    }
    const Check debugfs = debugfsCheck(mounts);
    QCOMPARE(debugfs.id, u"mount:debugfs"_s);
    QCOMPARE(statusName(debugfs.status), debugfsStatus);
    QVERIFY2(debugfs.summary.contains(debugfsSummary), qPrintable(debugfs.summary));
    if (!findMount(mounts, u"debugfs")) {
        QCOMPARE(debugfs.fixAction, u"mount-debugfs"_s);
        QCOMPARE(debugfs.snippets[1].text.simplified(), u"debugfs /sys/kernel/debug debugfs defaults 0 0"_s);
    }
}

void MountsAndResourcesTest::judgesCgroupLayout_data()
{
    QTest::addColumn<QString>("mountinfo");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("cgroup2");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("summaryPart");
    QTest::newRow("this machine: hybrid") << u"mountinfo-host-fresh.txt"_s << u"hybrid"_s
                                          << u"/sys/fs/cgroup/unified"_s << u"ok"_s
                                          << u"(cpu, cpuacct, cpuset, memory, devices, freezer, blkio, pids)"_s;
    QTest::newRow("debian: unified") << u"mountinfo-debian12-systemd.txt"_s << u"v2"_s << u"/sys/fs/cgroup"_s
                                     << u"ok"_s << u"cgroup v2 (unified) at /sys/fs/cgroup"_s;
    QTest::newRow("centos 7: v1 only") << u"mountinfo-centos7-v1.txt"_s << u"v1"_s << QString() << u"warning"_s
                                       << u"per-cgroup grouping is unavailable"_s;
}

void MountsAndResourcesTest::judgesCgroupLayout()
{
    QFETCH(QString, mountinfo);
    QFETCH(QString, layout);
    QFETCH(QString, cgroup2);
    QFETCH(QString, status);
    QFETCH(QString, summaryPart);
    const QList<MountEntry> mounts = mountsFrom(mountinfo);
    const CgroupInfo info = cgroupInfo(mounts);
    QCOMPARE(cgroupLayoutName(info.layout), layout);
    QCOMPARE(info.cgroup2MountPoint, cgroup2);
    QVERIFY(!info.v1Controllers.contains(u"name=systemd"_s));
    const Check check = cgroupCheck(mounts, std::nullopt);
    QCOMPARE(check.id, u"cgroup"_s);
    QCOMPARE(statusName(check.status), status);
    QVERIFY2(check.summary.contains(summaryPart), qPrintable(check.summary));
}

void MountsAndResourcesTest::judgesUnprivilegedBpf_data()
{
    QTest::addColumn<std::optional<QString>>("value");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("summaryPart");
    QTest::newRow("this machine: 2") << std::optional<QString>(u"2"_s) << u"ok"_s << u"root may change it"_s;
    QTest::newRow("1") << std::optional<QString>(u"1\n"_s) << u"ok"_s << u"fixed until reboot"_s;
    QTest::newRow("0") << std::optional<QString>(u"0"_s) << u"warning"_s << u"any user may load"_s;
    QTest::newRow("missing") << std::optional<QString>() << u"unknown"_s << u"cannot be read"_s;
    QTest::newRow("odd") << std::optional<QString>(u"7"_s) << u"unknown"_s << u"\"7\""_s;
}

void MountsAndResourcesTest::judgesUnprivilegedBpf()
{
    QFETCH(std::optional<QString>, value);
    QFETCH(QString, status);
    QFETCH(QString, summaryPart);
    const Check check = unprivilegedBpfCheck(value);
    QCOMPARE(check.id, u"unprivileged-bpf"_s);
    QCOMPARE(statusName(check.status), status);
    QVERIFY2(check.summary.contains(summaryPart), qPrintable(check.summary));
    if (check.status == Status::Warning)
        QCOMPARE(check.snippets.first().text, u"sysctl -w kernel.unprivileged_bpf_disabled=2"_s);
}

void MountsAndResourcesTest::judgesMemlock_data()
{
    QTest::addColumn<quint64>("soft");
    QTest::addColumn<quint64>("hard");
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("procStatus");
    QTest::addColumn<QString>("mountinfo");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("summaryPart");

    const quint64 mib8 = 8ull << 20;
    const quint64 unlimited = ResourceLimit::unlimited;
    const QString noSysResource = fixtureText(u"proc-status-root-no-sys-resource.txt"_s);
    const QString fullRoot = u"CapEff:\t000001ffffffffff\n"_s;
    QTest::newRow("this machine") << mib8 << mib8 << u"6.18.44-fc-v669"_s << noSysResource
                                  << u"mountinfo-host-fresh.txt"_s << u"ok"_s
                                  << u"RLIMIT_MEMLOCK 8 MiB (hard 8 MiB, cannot be raised: no CAP_SYS_RESOURCE); not "
                                     u"used: Linux ≥ 5.11 charges BPF memory to the memory cgroup (memory controller "
                                     u"on cgroup v1)"_s;
    QTest::newRow("5.10, stuck at 8 MiB") << mib8 << mib8 << u"5.10.0-28-amd64"_s << noSysResource
                                          << u"mountinfo-debian12-systemd.txt"_s << u"warning"_s
                                          << u"fail with EPERM"_s;
    QTest::newRow("5.10, root can raise it") << mib8 << mib8 << u"5.10.0-28-amd64"_s << fullRoot
                                             << u"mountinfo-debian12-systemd.txt"_s << u"ok"_s
                                             << u"the helper raises it"_s;
    QTest::newRow("5.10, unlimited") << unlimited << unlimited << u"5.10.0-28-amd64"_s << noSysResource
                                     << u"mountinfo-centos7-v1.txt"_s << u"ok"_s << u"RLIMIT_MEMLOCK unlimited"_s;
    QTest::newRow("5.4, 64 KiB soft, raisable hard") << 65536ull << unlimited << u"5.4.0-150-generic"_s
                                                     << noSysResource << u"mountinfo-debian12-systemd.txt"_s
                                                     << u"ok"_s << u"64 KiB"_s;
}

void MountsAndResourcesTest::judgesMemlock()
{
    QFETCH(quint64, soft);
    QFETCH(quint64, hard);
    QFETCH(QString, release);
    QFETCH(QString, procStatus);
    QFETCH(QString, mountinfo);
    QFETCH(QString, status);
    QFETCH(QString, summaryPart);
    const QList<MountEntry> mounts = mountsFrom(mountinfo);
    const Check check = memlockCheck(ResourceLimit{soft, hard}, release, procStatus, cgroupInfo(mounts),
                                     std::optional<QString>(u"cpuset cpu io memory hugetlb pids"_s));
    QCOMPARE(check.id, u"memlock"_s);
    QCOMPARE(statusName(check.status), status);
    QVERIFY2(check.summary.contains(summaryPart), qPrintable(check.summary));
    QCOMPARE(memlockCheck(std::nullopt, release, procStatus, cgroupInfo(mounts), std::nullopt).status, Status::Unknown);
}

void MountsAndResourcesTest::withoutMatrixAttachNeedsTheHelper()
{
    const QList<Check> checks = attachChecks(std::nullopt);
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks[0].id, u"attach"_s);
    QCOMPARE(checks[0].status, Status::Unknown);
    QCOMPARE(checks[0].needsHelper, u"org.kinsight.monitor"_s);
    QVERIFY(checks[0].summary.contains(u"Needs the helper"_s));
}

void MountsAndResourcesTest::judgesAttachMatrix_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("summaryPart");
    QTest::addColumn<QString>("explanationPart");
    QTest::newRow("tracepoint works") << u"attach:vfs:tracepoint"_s << u"ok"_s
                                      << u"vfs loads and attaches through the tracepoint family; unavailable in this "
                                         u"family: vfs_read_error, vfs_write_error, vfs_unlink_error and 4 more"_s
                                      << u"vfs_create: no tracepoint tells whether open(O_CREAT)"_s;
    QTest::newRow("fentry refused") << u"attach:vfs:trampoline"_s << u"warning"_s
                                    << u"vfs fails in the trampoline family (load failed: Operation not permitted "
                                       u"(EPERM)); it runs through tracepoint"_s
                                    << u"refuses fentry/fexit (tracing) programs at load time"_s;
    QTest::newRow("no kprobes") << u"attach:process:probe"_s << u"warning"_s
                                << u"process fails in the probe family (the kernel cannot create kprobes (no kprobe "
                                   u"PMU"_s
                                << u"no kprobe support (CONFIG_KPROBES)"_s;
    QTest::newRow("not in this helper") << u"attach:socket"_s << u"unknown"_s << u"did not report socket"_s << QString();
    QTest::newRow("one module runs nowhere") << u"attach:mdflush:probe"_s << u"warning"_s
                                   << u"mdflush fails in the probe family (md_flush_request is not in kallsyms), and "
                                      u"in every other family: it cannot run"_s
                                   << QString();
}

void MountsAndResourcesTest::judgesAttachMatrix()
{
    QFETCH(QString, id);
    QFETCH(QString, status);
    QFETCH(QString, summaryPart);
    QFETCH(QString, explanationPart);
    AttachMatrix matrix = hostMatrix();
    matrix.modules[u"mdflush"_s][AttachFamily::Probe] = {false, u"flush: kprobe md_flush_request: md_flush_request "
                                                                 u"is not in kallsyms"_s};
    matrix.modules[u"mdflush"_s][AttachFamily::Trampoline] = {false, u"flush: fentry md_flush_request: no BTF"_s};
    const QList<Check> checks = attachChecks(matrix);
    // 3 modules × 3 families + mdflush × 2 + 12 unreported modules
    QCOMPARE(checks.size(), 9 + 2 + 12);
    const Check *check = findCheck(checks, id);
    QVERIFY2(check, qPrintable(id));
    QCOMPARE(statusName(check->status), status);
    QVERIFY2(check->summary.contains(summaryPart), qPrintable(check->summary));
    QVERIFY2(check->explanation.contains(explanationPart), qPrintable(check->explanation));
    QCOMPARE(check->needsHelper, u"org.kinsight.monitor"_s);
    QVERIFY(!findCheck(checks, u"attach:mdflush:tracepoint"_s));  // mdflush offers no tracepoint here
    QCOMPARE(checks.first().id, u"attach:process:trampoline"_s);  // Netdata's module order, not alphabetical
    QVERIFY(!anyBlocksMonitoring(checks));  // mdflush runs nowhere, the others do
}

void MountsAndResourcesTest::blocksOnlyWhenNoModuleRuns()
{
    AttachMatrix matrix = hostMatrix();
    for (auto &[module, families] : matrix.modules)
        for (auto &[family, outcome] : families)
            outcome = {false, u"load failed: Operation not permitted (EPERM)"_s};
    const QList<Check> checks = attachChecks(matrix);
    const Check *check = findCheck(checks, u"attach:vfs:tracepoint"_s);
    QVERIFY(check);
    QCOMPARE(statusName(check->status), u"error"_s);  // nothing can measure: monitoring is blocked
    QVERIFY(anyBlocksMonitoring(checks));
}

void MountsAndResourcesTest::convertsTheHelpersMatrix()
{
    // The shape of the helper's D-Bus reply: module -> family name -> {ok, reason}.
    struct Result {
        bool ok;
        QString reason;
    };
    QMap<QString, QMap<QString, Result>> reply;
    reply[u"vfs"_s][u"tracepoint"_s] = {true, {}};
    reply[u"vfs"_s][u"probe"_s] = {false, u"read: kprobe vfs_read: the kernel cannot create kprobes"_s};
    reply[u"vfs"_s][u"uprobe"_s] = {true, {}};  // not a family Kinsight knows
    const AttachMatrix matrix = attachMatrixFromNames(reply);
    QCOMPARE(matrix.modules.size(), size_t(1));
    const auto &vfs = matrix.modules.at(u"vfs"_s);
    QCOMPARE(vfs.size(), size_t(2));
    QVERIFY(vfs.at(AttachFamily::Tracepoint).ok);
    QVERIFY(!vfs.at(AttachFamily::Probe).ok);
    QCOMPARE(vfs.at(AttachFamily::Probe).reason, u"read: kprobe vfs_read: the kernel cannot create kprobes"_s);
}

QTEST_GUILESS_MAIN(MountsAndResourcesTest)
#include "tst_diagnostics_mounts.moc"
