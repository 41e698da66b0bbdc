#include "resources.h"

#include "kernel_version.h"

using namespace Qt::StringLiterals;

namespace kinsight::diagnostics {

std::optional<quint64> capabilitySet(const QString &procStatus, QStringView name)
{
    for (QStringView line : QStringView(procStatus).split(u'\n')) {
        if (!line.startsWith(name) || line.mid(name.size()).indexOf(u':') != 0)
            continue;
        bool ok = false;
        const quint64 mask = line.mid(name.size() + 1).trimmed().toULongLong(&ok, 16);
        if (ok)
            return mask;
    }
    return std::nullopt;
}

QString formatBytes(quint64 bytes)
{
    if (bytes == ResourceLimit::unlimited)
        return u"unlimited"_s;
    static const char16_t *const units[] = {u"bytes", u"KiB", u"MiB", u"GiB", u"TiB"};
    int unit = 0;
    quint64 value = bytes;
    while (unit < 4 && value >= 1024 && value % 1024 == 0) {
        value /= 1024;
        ++unit;
    }
    return u"%1 %2"_s.arg(value).arg(QStringView(units[unit]));
}

Check unprivilegedBpfCheck(const std::optional<QString> &unprivilegedBpfDisabled)
{
    Check check;
    check.id = u"unprivileged-bpf"_s;
    check.title = u"Unprivileged BPF"_s;
    check.explanation = u"Kinsight loads BPF only in its root helper, authorized through polkit; the GUI and "
                        u"kinsight-cli never call bpf() themselves, so every value works for Kinsight. Unprivileged "
                        u"tools (bpftool, `kinsight-cli --direct` without root) fail with EPERM when it is 1 or 2."_s;
    if (!unprivilegedBpfDisabled) {
        check.status = Status::Unknown;
        check.summary = u"/proc/sys/kernel/unprivileged_bpf_disabled cannot be read (no bpf() in this kernel?)"_s;
        return check;
    }
    const QString value = unprivilegedBpfDisabled->trimmed();
    if (value == u"0") {
        check.status = Status::Warning;
        check.summary = u"0: any user may load BPF socket filters; Kinsight does not need this, and it widens the "
                        u"kernel's attack surface"_s;
        check.fix = u"Set it to 2 (root may change it back) unless another program needs unprivileged BPF."_s;
        check.snippets = {{u"Now (as root)"_s, u"sh"_s, u"sysctl -w kernel.unprivileged_bpf_disabled=2"_s},
                          {u"Permanently: /etc/sysctl.d/90-unprivileged-bpf.conf"_s, u"conf"_s,
                           u"kernel.unprivileged_bpf_disabled = 2"_s}};
    } else if (value == u"1") {
        check.status = Status::Ok;
        check.summary = u"1: only privileged processes may use bpf(), fixed until reboot; Kinsight's helper is root"_s;
    } else if (value == u"2") {
        check.status = Status::Ok;
        check.summary = u"2: only privileged processes may use bpf() (root may change it); Kinsight's helper is root"_s;
    } else {
        check.status = Status::Unknown;
        check.summary = u"Unexpected value \"%1\""_s.arg(value);
    }
    return check;
}

Check memlockCheck(const std::optional<ResourceLimit> &memlock, const QString &kernelRelease,
                   const QString &procStatus, const CgroupInfo &cgroups,
                   const std::optional<QString> &cgroup2Controllers)
{
    Check check;
    check.id = u"memlock"_s;
    check.title = u"Locked memory and memcg accounting"_s;
    check.explanation = u"Before Linux 5.11 every BPF map and program counts against RLIMIT_MEMLOCK of the process "
                        u"that creates it; since 5.11 the kernel charges them to the creator's memory cgroup instead "
                        u"and libbpf leaves the limit alone. The limit shown is the gathering process's; the helper "
                        u"started by D-Bus has its own."_s;
    if (!memlock) {
        check.status = Status::Unknown;
        check.summary = u"RLIMIT_MEMLOCK could not be read"_s;
        return check;
    }
    const std::optional<quint64> effective = capabilitySet(procStatus, u"CapEff");
    const bool canRaise = memlock->hard == ResourceLimit::unlimited
        || (effective && (*effective & (quint64(1) << capSysResource)));
    const QString limit = u"RLIMIT_MEMLOCK %1 (hard %2%3)"_s.arg(
        formatBytes(memlock->soft), formatBytes(memlock->hard),
        canRaise ? QString() : u", cannot be raised: no CAP_SYS_RESOURCE"_s);

    const bool memoryController = cgroups.v1Controllers.contains(u"memory"_s)
        || (cgroup2Controllers && cgroup2Controllers->split(u' ', Qt::SkipEmptyParts).contains(u"memory"_s));
    const QString memcg = memoryController
        ? (cgroups.v1Controllers.contains(u"memory"_s) ? u"memory controller on cgroup v1"_s
                                                       : u"memory controller on cgroup v2"_s)
        : u"no memory controller mounted, so BPF memory is charged but not limited"_s;

    const std::optional<KernelVersion> version = parseKernelRelease(kernelRelease);
    if (version && *version >= KernelVersion{5, 11, 0}) {
        check.status = Status::Ok;
        check.summary = limit % u"; not used: Linux ≥ 5.11 charges BPF memory to the memory cgroup ("_s % memcg
            % u')';
        return check;
    }
    if (memlock->soft == ResourceLimit::unlimited || canRaise) {
        check.status = Status::Ok;
        check.summary = limit
            % (memlock->soft == ResourceLimit::unlimited ? u"; BPF maps fit"_s
                                                         : u"; the helper raises it before loading"_s);
        return check;
    }
    constexpr quint64 comfortable = 64ull * 1024 * 1024;
    if (memlock->soft >= comfortable) {
        check.status = Status::Ok;
        check.summary = limit % u"; enough for the default map sizes"_s;
        return check;
    }
    check.status = version ? Status::Warning : Status::Unknown;
    check.summary = limit % u"; on this kernel BPF maps count against it, so large tables (pid table size) fail "
                            u"with EPERM"_s;
    check.fix = u"Start the helper with a higher limit (systemd: LimitMEMLOCK=infinity in its unit) or give it "
                u"CAP_SYS_RESOURCE; smaller `pid table size` values also help."_s;
    return check;
}

}  // namespace kinsight::diagnostics
