#include "mounts.h"

using namespace Qt::StringLiterals;

namespace kinsight::diagnostics {

namespace {

// mountinfo escapes space, tab, newline and backslash as \ooo.
QString unescapeMountField(QStringView field)
{
    QString out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == u'\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(QChar(code));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return out;
}

Snippet mountSnippet(const QString &fsType, const QString &mountPoint)
{
    return {u"Mount now (as root)"_s, u"sh"_s, u"mount -t %1 nodev %2"_s.arg(fsType, mountPoint)};
}

Snippet fstabSnippet(const QString &fsType, const QString &mountPoint)
{
    return {u"Make it permanent: add to /etc/fstab"_s, u"fstab"_s,
            u"%1  %2  %1  defaults  0  0"_s.arg(fsType, mountPoint)};
}

}  // namespace

QList<MountEntry> parseMountinfo(const QString &mountinfo)
{
    QList<MountEntry> mounts;
    for (QStringView line : QStringView(mountinfo).split(u'\n', Qt::SkipEmptyParts)) {
        const QList<QStringView> fields = line.split(u' ', Qt::SkipEmptyParts);
        const qsizetype separator = fields.indexOf(u"-");
        // id parent major:minor root mount-point options [optional...] - type source super-options
        if (separator < 6 || separator + 2 >= fields.size())
            continue;
        MountEntry entry;
        entry.mountPoint = unescapeMountField(fields[4]);
        entry.options = fields[5].toString();
        entry.fsType = fields[separator + 1].toString();
        entry.source = unescapeMountField(fields[separator + 2]);
        if (separator + 3 < fields.size())
            entry.superOptions = fields[separator + 3].toString();
        mounts.append(entry);
    }
    return mounts;
}

std::optional<MountEntry> findMount(const QList<MountEntry> &mounts, QStringView fsType,
                                    QStringView preferredMountPoint)
{
    std::optional<MountEntry> first;
    for (const MountEntry &entry : mounts) {
        if (entry.fsType != fsType)
            continue;
        if (!preferredMountPoint.isEmpty() && entry.mountPoint == preferredMountPoint)
            return entry;
        if (!first)
            first = entry;
    }
    return first;
}

CgroupInfo cgroupInfo(const QList<MountEntry> &mounts)
{
    static const QStringList notControllers{u"rw"_s, u"ro"_s, u"nosuid"_s, u"nodev"_s, u"noexec"_s,
                                            u"relatime"_s, u"noatime"_s, u"xattr"_s, u"clone_children"_s,
                                            u"noprefix"_s, u"cpuset_v2_mode"_s, u"favordynmods"_s};
    CgroupInfo info;
    bool anyV1 = false;
    for (const MountEntry &entry : mounts) {
        if (entry.fsType == u"cgroup2") {
            if (info.cgroup2MountPoint.isEmpty() || entry.mountPoint == u"/sys/fs/cgroup")
                info.cgroup2MountPoint = entry.mountPoint;
        } else if (entry.fsType == u"cgroup") {
            anyV1 = true;
            for (const QString &option : entry.superOptions.split(u',', Qt::SkipEmptyParts))
                if (!notControllers.contains(option) && !option.contains(u'=') && !info.v1Controllers.contains(option))
                    info.v1Controllers.append(option);
        }
    }
    if (info.cgroup2MountPoint.isEmpty())
        info.layout = anyV1 ? CgroupLayout::Legacy : CgroupLayout::None;
    else
        info.layout = anyV1 ? CgroupLayout::Hybrid : CgroupLayout::Unified;
    return info;
}

QString cgroupLayoutName(CgroupLayout layout)
{
    switch (layout) {
    case CgroupLayout::None: return u"none"_s;
    case CgroupLayout::Legacy: return u"v1"_s;
    case CgroupLayout::Hybrid: return u"hybrid"_s;
    case CgroupLayout::Unified: return u"v2"_s;
    }
    return {};
}

Check tracefsCheck(const QList<MountEntry> &mounts)
{
    Check check;
    check.id = u"mount:tracefs"_s;
    check.title = u"tracefs"_s;
    check.explanation = u"libbpf looks up the ids of classic tracepoints (syscalls:*, sched:*, …) in tracefs, and "
                        u"creates legacy kprobe events there. tp_btf and raw_tp attach without it. Netdata's "
                        u"collector needs it mounted."_s;
    const auto tracefs = findMount(mounts, u"tracefs", u"/sys/kernel/tracing");
    if (tracefs) {
        check.status = Status::Ok;
        check.summary = u"Mounted at %1"_s.arg(tracefs->mountPoint);
        return check;
    }
    check.status = Status::Warning;
    check.summary = u"Not mounted: the classic-tracepoint flavour is unavailable (tp_btf and raw_tp still attach)"_s;
    check.fix = u"Mount tracefs at /sys/kernel/tracing; the helper can do it now."_s;
    check.fixAction = mountTracefsFix.toString();
    check.snippets = {mountSnippet(u"tracefs"_s, u"/sys/kernel/tracing"_s),
                      fstabSnippet(u"tracefs"_s, u"/sys/kernel/tracing"_s)};
    return check;
}

Check debugfsCheck(const QList<MountEntry> &mounts)
{
    Check check;
    check.id = u"mount:debugfs"_s;
    check.title = u"debugfs"_s;
    check.explanation = u"Kinsight needs debugfs only as a way to reach tracefs (/sys/kernel/debug/tracing, which "
                        u"libbpf tries first). Netdata's README asks for both to be mounted. Under lockdown, "
                        u"debugfs is restricted to read-only files."_s;
    const auto debugfs = findMount(mounts, u"debugfs", u"/sys/kernel/debug");
    if (debugfs) {
        check.status = Status::Ok;
        check.summary = u"Mounted at %1"_s.arg(debugfs->mountPoint);
        return check;
    }
    check.fixAction = mountDebugfsFix.toString();
    check.snippets = {mountSnippet(u"debugfs"_s, u"/sys/kernel/debug"_s),
                      fstabSnippet(u"debugfs"_s, u"/sys/kernel/debug"_s)};
    const auto tracefs = findMount(mounts, u"tracefs", u"/sys/kernel/tracing");
    if (tracefs) {
        check.status = Status::Ok;
        check.summary = u"Not mounted; Kinsight does not need it while tracefs is mounted at %1"_s
                            .arg(tracefs->mountPoint);
        check.fix = u"Only for Netdata or other tools: mount debugfs at /sys/kernel/debug."_s;
        return check;
    }
    check.status = Status::Warning;
    check.summary = u"Not mounted, and neither is tracefs: the classic-tracepoint flavour is unavailable"_s;
    check.fix = u"Mount tracefs (or debugfs, which brings tracefs at /sys/kernel/debug/tracing); the helper can do "
                u"it now."_s;
    return check;
}

Check cgroupCheck(const QList<MountEntry> &mounts, const std::optional<QString> &cgroup2Controllers)
{
    const CgroupInfo info = cgroupInfo(mounts);
    Check check;
    check.id = u"cgroup"_s;
    check.title = u"cgroup layout"_s;
    check.explanation = u"BPF's bpf_get_current_cgroup_id() returns the id of the task's cgroup v2 directory (its "
                        u"inode number on the cgroup2 mount). Per-cgroup grouping resolves those ids against the "
                        u"cgroup2 mount; on a v1-only system every id is the same and grouping is unavailable."_s;
    const QString v2Controllers = cgroup2Controllers ? cgroup2Controllers->simplified() : QString();
    switch (info.layout) {
    case CgroupLayout::Unified:
        check.status = Status::Ok;
        check.summary = u"cgroup v2 (unified) at %1"_s.arg(info.cgroup2MountPoint);
        if (!v2Controllers.isEmpty())
            check.summary += u"; controllers: %1"_s.arg(v2Controllers);
        break;
    case CgroupLayout::Hybrid:
        check.status = Status::Ok;
        check.summary = u"Hybrid: cgroup v1 controllers (%1) and cgroup2 at %2 (cgroup ids resolve against it)"_s
                            .arg(info.v1Controllers.join(u", "_s), info.cgroup2MountPoint);
        check.explanation += u"\nIn a hybrid layout processes placed only in v1 hierarchies sit in the cgroup2 root "
                             u"(id 1), so they group together."_s;
        break;
    case CgroupLayout::Legacy:
        check.status = Status::Warning;
        check.summary = u"cgroup v1 only (%1): per-cgroup grouping is unavailable"_s
                            .arg(info.v1Controllers.join(u", "_s));
        check.fix = u"Mount cgroup2 (hybrid) or boot with systemd.unified_cgroup_hierarchy=1."_s;
        check.snippets = {{u"Mount cgroup2 next to v1 (as root)"_s, u"sh"_s,
                           u"mkdir -p /sys/fs/cgroup/unified && mount -t cgroup2 none /sys/fs/cgroup/unified"_s}};
        break;
    case CgroupLayout::None:
        check.status = Status::Warning;
        check.summary = u"No cgroup file system is mounted: per-cgroup grouping is unavailable"_s;
        check.fix = u"Mount cgroup2 at /sys/fs/cgroup."_s;
        check.snippets = {{u"Mount cgroup2 (as root)"_s, u"sh"_s, u"mount -t cgroup2 none /sys/fs/cgroup"_s}};
        break;
    }
    return check;
}

}  // namespace kinsight::diagnostics
