// Mounted kernel file systems from /proc/self/mountinfo: tracefs and debugfs
// (with the helper's "Mount now" and the fstab lines), securityfs, selinuxfs,
// and the cgroup layout the per-cgroup aggregation resolves ids against.
#pragma once

#include "check.h"

#include <QList>
#include <QString>

#include <optional>

namespace kinsight::diagnostics {

struct MountEntry {
    QString mountPoint;
    QString fsType;
    QString source;
    QString options;       // per-mount options
    QString superOptions;  // per-superblock options (cgroup v1 controllers live here)
};

QList<MountEntry> parseMountinfo(const QString &mountinfo);

// The first mount of that type, preferring `preferredMountPoint` when it is one of them.
std::optional<MountEntry> findMount(const QList<MountEntry> &mounts, QStringView fsType,
                                    QStringView preferredMountPoint = {});

enum class CgroupLayout { None, Legacy, Hybrid, Unified };

struct CgroupInfo {
    CgroupLayout layout = CgroupLayout::None;
    QString cgroup2MountPoint;    // empty when cgroup2 is not mounted
    QStringList v1Controllers;    // controllers on v1 hierarchies
};

CgroupInfo cgroupInfo(const QList<MountEntry> &mounts);
QString cgroupLayoutName(CgroupLayout layout);  // "none", "v1", "hybrid", "v2"

Check tracefsCheck(const QList<MountEntry> &mounts);
Check debugfsCheck(const QList<MountEntry> &mounts);
// `cgroup2Controllers` is the cgroup2 root's cgroup.controllers, when read.
Check cgroupCheck(const QList<MountEntry> &mounts, const std::optional<QString> &cgroup2Controllers);

}  // namespace kinsight::diagnostics
