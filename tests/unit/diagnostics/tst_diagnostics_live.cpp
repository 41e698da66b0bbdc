// The gatherer: once over a fake file tree (every input path), once live on
// this machine, checked against what the kernel tells through other means
// (statfs magic numbers, getrlimit, uname, the kprobe PMU in sysfs).
#include "fixture_files.h"

#include "diagnostics/btf.h"
#include "diagnostics/diagnostics.h"
#include "diagnostics/live_snapshot.h"
#include "diagnostics/lockdown.h"
#include "diagnostics/mounts.h"
#include "diagnostics/report.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/vfs.h>

using namespace Qt::StringLiterals;
using namespace kinsight::diagnostics;

namespace {

constexpr long tracefsMagic = 0x74726163;
constexpr long cgroup2Magic = 0x63677270;
constexpr long tmpfsMagic = 0x01021994;
constexpr long securityfsMagic = 0x73636673;

std::optional<long> fileSystemMagic(const char *path)
{
    struct statfs info {};
    if (statfs(path, &info) != 0)
        return std::nullopt;
    return long(info.f_type);
}

const Check &findCheck(const QList<Check> &checks, const QString &id)
{
    for (const Check &check : checks)
        if (check.id == id)
            return check;
    qFatal("no check %s", qPrintable(id));
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

}  // namespace

class LiveDiagnosticsTest : public QObject {
    Q_OBJECT

private slots:
    void gathersFromFakeRoot();
    void initTestCase();
    void kernelAndBtf();
    void configMatchesKprobeSupport();
    void tracefsMatchesStatfs();
    void cgroupLayoutMatchesStatfs();
    void memlockMatchesGetrlimit();
    void lockdownIsReadOrNeedsTheHelper();
    void selinuxAndAttach();
    void nothingBlocksMonitoringHere();

private:
    SystemSnapshot live_;
    QList<Check> checks_;
};

void LiveDiagnosticsTest::gathersFromFakeRoot()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const auto put = [&](const QString &path, const QByteArray &contents) {
        QVERIFY2(writeFile(root.filePath(path), contents), qPrintable(path));
    };
    put(u"proc/sys/kernel/osrelease"_s, "6.5.6-300.fc39.x86_64\n");
    put(u"etc/os-release"_s, "PRETTY_NAME=\"Fedora Linux 39 (Workstation Edition)\"\nID=fedora\n");
    put(u"proc/cmdline"_s, "BOOT_IMAGE=(hd0,gpt2)/vmlinuz-6.5.6-300.fc39.x86_64 root=UUID=1 rhgb quiet\n");
    put(u"proc/config.gz"_s, fixtureBytes(u"kinsight-host-6.18.config.gz"_s));
    put(u"proc/self/mountinfo"_s, fixtureBytes(u"mountinfo-fedora39-selinux.txt"_s));
    put(u"proc/self/limits"_s, "Limit                     Soft Limit           Hard Limit           Units     \n"
                               "Max locked memory         65536                unlimited            bytes     \n");
    put(u"proc/self/status"_s, "Name:\tkinsight\nCapEff:\t0000000000000000\n");
    put(u"proc/modules"_s, "ext4 1073152 1 - Live 0x0000000000000000\nxfs 2260992 0 - Live 0x0000000000000000\n");
    put(u"proc/sys/kernel/unprivileged_bpf_disabled"_s, "1\n");
    put(u"sys/kernel/btf/vmlinux"_s, fixtureBytes(u"tiny.btf"_s));
    put(u"sys/kernel/btf/ext4"_s, "x");
    put(u"sys/kernel/security/lockdown"_s, fixtureBytes(u"lockdown-confidentiality.txt"_s));
    put(u"sys/fs/selinux/enforce"_s, "1");
    put(u"etc/selinux/config"_s, fixtureBytes(u"selinux-config-enforcing.txt"_s));
    put(u"sys/fs/cgroup/cgroup.controllers"_s, "cpuset cpu io memory hugetlb pids rdma misc\n");
    put(u"var/log/audit/audit.log"_s, fixtureBytes(u"audit-seed.log"_s));

    const SystemSnapshot snapshot = gatherLiveSnapshot(LivePaths{root.path()});
    QCOMPARE(snapshot.kernelRelease, u"6.5.6-300.fc39.x86_64"_s);
    QVERIFY(snapshot.kernelCommandLine.endsWith(u"rhgb quiet"_s));
    QVERIFY(snapshot.kernelConfig.has_value());
    QCOMPARE(snapshot.kernelConfig->path, u"/proc/config.gz"_s);
    QCOMPARE(snapshot.kernelConfig->text, fixtureBytes(u"kinsight-host-6.18.config"_s));
    QVERIFY(snapshot.vmlinuxBtfPresent);
    QCOMPARE(snapshot.vmlinuxBtf, fixtureBytes(u"tiny.btf"_s));
    QCOMPARE(snapshot.moduleBtf, QStringList{u"ext4"_s});
    QCOMPARE(snapshot.loadedModules, (QStringList{u"ext4"_s, u"xfs"_s}));
    QCOMPARE(snapshot.lockdown.value_or(QString()).trimmed(), u"none integrity [confidentiality]"_s);
    QCOMPARE(snapshot.selinuxEnforce.value_or(QString()), u"1"_s);
    QVERIFY(snapshot.selinuxConfig.has_value());
    QVERIFY(snapshot.auditLog.has_value());
    QCOMPARE(snapshot.auditLog->size(), 4);  // only the AVC records are kept
    QCOMPARE(snapshot.unprivilegedBpfDisabled.value_or(QString()), u"1"_s);
    QCOMPARE(snapshot.memlock->soft, quint64(65536));
    QCOMPARE(snapshot.memlock->hard, ResourceLimit::unlimited);
    QCOMPARE(snapshot.cgroup2Controllers.value_or(QString()).trimmed(), u"cpuset cpu io memory hugetlb pids rdma misc"_s);
    QVERIFY(!snapshot.attachMatrix.has_value());

    const QList<Check> checks = runChecks(snapshot);
    QCOMPARE(findCheck(checks, u"lockdown"_s).status, Status::Error);
    QCOMPARE(findCheck(checks, u"selinux"_s).status, Status::Error);
    QVERIFY(findCheck(checks, u"memlock"_s).summary.contains(u"memory controller on cgroup v2"_s));
    QCOMPARE(findCheck(checks, u"kernel-config"_s).summary, u"Read 30 options from /proc/config.gz (Linux 6.18.44)"_s);

    // Without /proc/config.gz the next candidate, /boot/config-<release>, is read as plain text.
    QVERIFY(QFile::remove(root.filePath(u"proc/config.gz"_s)));
    put(u"boot/config-6.5.6-300.fc39.x86_64"_s, fixtureBytes(u"debian-6.1.0-56-cloud-amd64.config"_s));
    const SystemSnapshot fromBoot = gatherLiveSnapshot(LivePaths{root.path()});
    QCOMPARE(fromBoot.kernelConfig->path, u"/boot/config-6.5.6-300.fc39.x86_64"_s);
    QCOMPARE(fromBoot.kernelConfigSearched.first(), u"/proc/config.gz"_s);
    const QList<Check> bootChecks = runChecks(fromBoot);
    QVERIFY(findCheck(bootChecks, u"btf-modules"_s).summary.contains(u"1 loaded modules have none (out-of-tree?): xfs"_s));
    QCOMPARE(findCheck(bootChecks, u"config:CONFIG_KPROBES"_s).status, Status::Ok);
}

void LiveDiagnosticsTest::initTestCase()
{
    live_ = gatherLiveSnapshot();
    checks_ = runChecks(live_);
}

void LiveDiagnosticsTest::kernelAndBtf()
{
    utsname names{};
    QCOMPARE(uname(&names), 0);
    QCOMPARE(live_.kernelRelease, QString::fromUtf8(names.release));
    QCOMPARE(findCheck(checks_, u"kernel-version"_s).status, Status::Ok);  // this machine kind runs 6.x

    QCOMPARE(live_.vmlinuxBtfPresent, QFileInfo::exists(u"/sys/kernel/btf/vmlinux"_s));
    QVERIFY2(live_.vmlinuxBtfPresent, "this machine kind has BTF");
    const BtfSummary btf = parseBtf(live_.vmlinuxBtf);
    QVERIFY2(btf.valid, qPrintable(btf.error));
    QVERIFY(btf.typeCount > 10000);
    QVERIFY(btf.functionCount > 1000);
    QVERIFY(btf.btfTracepointCount > 100);  // sched_process_fork and friends, for tp_btf
    QVERIFY(btf.hasTaskStruct);
    QCOMPARE(findCheck(checks_, u"btf"_s).status, Status::Ok);
}

void LiveDiagnosticsTest::configMatchesKprobeSupport()
{
    QVERIFY2(live_.kernelConfig.has_value(), "this machine kind exposes /proc/config.gz");
    // The kprobe PMU exists exactly when the kernel has kprobes: an independent witness.
    const bool kprobes = QFileInfo::exists(u"/sys/bus/event_source/devices/kprobe"_s);
    const Check &check = findCheck(checks_, u"config:CONFIG_KPROBES"_s);
    QCOMPARE(statusName(check.status), kprobes ? u"ok"_s : u"warning"_s);
    if (!kprobes) {
        QVERIFY2(check.summary.contains(u"probe family (kprobe/kretprobe) unavailable"_s), qPrintable(check.summary));
        QVERIFY(toMarkdown(checks_).contains(u"CONFIG_KPROBES is not set: probe family"_s));
    }
    QCOMPARE(findCheck(checks_, u"config:CONFIG_DEBUG_INFO_BTF"_s).status, Status::Ok);
    QCOMPARE(findCheck(checks_, u"config:CONFIG_BPF_SYSCALL"_s).status, Status::Ok);
}

void LiveDiagnosticsTest::tracefsMatchesStatfs()
{
    const bool mounted = fileSystemMagic("/sys/kernel/tracing") == tracefsMagic
        || fileSystemMagic("/sys/kernel/debug/tracing") == tracefsMagic;
    const Check &check = findCheck(checks_, u"mount:tracefs"_s);
    QCOMPARE(check.status, mounted ? Status::Ok : Status::Warning);
    QCOMPARE(check.fixAction, mounted ? QString() : u"mount-tracefs"_s);
}

void LiveDiagnosticsTest::cgroupLayoutMatchesStatfs()
{
    const CgroupInfo info = cgroupInfo(parseMountinfo(live_.mountinfo));
    const std::optional<long> root = fileSystemMagic("/sys/fs/cgroup");
    QVERIFY(root.has_value());
    if (*root == cgroup2Magic) {
        QCOMPARE(info.layout, CgroupLayout::Unified);
    } else {
        QCOMPARE(*root, tmpfsMagic);
        const bool unified = fileSystemMagic("/sys/fs/cgroup/unified") == cgroup2Magic;
        QCOMPARE(info.layout, unified ? CgroupLayout::Hybrid : CgroupLayout::Legacy);
        if (unified)
            QCOMPARE(info.cgroup2MountPoint, u"/sys/fs/cgroup/unified"_s);
    }
    QCOMPARE(findCheck(checks_, u"cgroup"_s).status,
             info.layout == CgroupLayout::Legacy ? Status::Warning : Status::Ok);
}

void LiveDiagnosticsTest::memlockMatchesGetrlimit()
{
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_MEMLOCK, &limit), 0);
    QVERIFY(live_.memlock.has_value());
    const auto expected = [](rlim_t value) { return value == RLIM_INFINITY ? ResourceLimit::unlimited : quint64(value); };
    QCOMPARE(live_.memlock->soft, expected(limit.rlim_cur));
    QCOMPARE(live_.memlock->hard, expected(limit.rlim_max));
    const Check &check = findCheck(checks_, u"memlock"_s);
    QCOMPARE(check.status, Status::Ok);  // 6.x charges BPF memory to memcg
    QVERIFY(check.summary.contains(u"RLIMIT_MEMLOCK "_s));
}

void LiveDiagnosticsTest::lockdownIsReadOrNeedsTheHelper()
{
    const Check &check = findCheck(checks_, u"lockdown"_s);
    QFile file(u"/sys/kernel/security/lockdown"_s);
    if (file.open(QIODevice::ReadOnly)) {
        const std::optional<LockdownMode> mode = parseLockdown(QString::fromUtf8(file.readAll()));
        QVERIFY(mode.has_value());
        QCOMPARE(check.status, *mode == LockdownMode::Confidentiality ? Status::Error : Status::Ok);
        QVERIFY(check.summary.startsWith(lockdownModeName(*mode)));
    } else if (fileSystemMagic("/sys/kernel/security") != securityfsMagic) {
        // securityfs not mounted (this machine kind at boot): never a guess.
        QVERIFY2(check.status == Status::Unknown || check.status == Status::Error, qPrintable(check.summary));
        QCOMPARE(check.fixAction, u"mount-securityfs"_s);
        if (check.status == Status::Unknown) {
            QCOMPARE(check.needsHelper, u"org.kinsight.fix"_s);
            QVERIFY(check.summary.contains(u"securityfs is not mounted"_s));
        }
    } else {
        QCOMPARE(check.status, Status::Ok);  // securityfs without a lockdown file: no lockdown LSM
        QVERIFY(check.summary.contains(u"not active"_s));
    }
}

void LiveDiagnosticsTest::selinuxAndAttach()
{
    const Check &selinux = findCheck(checks_, u"selinux"_s);
    if (!QFileInfo::exists(u"/sys/fs/selinux/enforce"_s)) {
        QCOMPARE(selinux.status, Status::Ok);
        QVERIFY(selinux.summary.startsWith(u"disabled"_s));
    }
    const Check &attach = findCheck(checks_, u"attach"_s);
    QCOMPARE(attach.status, Status::Unknown);
    QCOMPARE(attach.needsHelper, u"org.kinsight.monitor"_s);
}

void LiveDiagnosticsTest::nothingBlocksMonitoringHere()
{
    QStringList errors;
    for (const Check &check : checks_)
        if (check.status == Status::Error)
            errors.append(check.id % u": "_s % check.summary);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

QTEST_GUILESS_MAIN(LiveDiagnosticsTest)
#include "tst_diagnostics_live.moc"
