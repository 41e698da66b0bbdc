// Who may use bpf() and how much memory BPF may pin: unprivileged_bpf_disabled,
// RLIMIT_MEMLOCK against memory-cgroup accounting.
#pragma once

#include "check.h"
#include "mounts.h"
#include "system_snapshot.h"

#include <optional>

namespace kinsight::diagnostics {

// A capability set ("CapEff", "CapBnd", …) from /proc/<pid>/status, as a bit mask.
std::optional<quint64> capabilitySet(const QString &procStatus, QStringView name);
inline constexpr int capSysResource = 24;

QString formatBytes(quint64 bytes);  // "8 MiB", "64 KiB", "unlimited"

Check unprivilegedBpfCheck(const std::optional<QString> &unprivilegedBpfDisabled);
Check memlockCheck(const std::optional<ResourceLimit> &memlock, const QString &kernelRelease,
                   const QString &procStatus, const CgroupInfo &cgroups,
                   const std::optional<QString> &cgroup2Controllers);

}  // namespace kinsight::diagnostics
