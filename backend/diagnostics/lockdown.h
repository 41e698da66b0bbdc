// Kernel lockdown, read against the seed's table. The mode lives in securityfs,
// which this machine kind does not mount at boot; the helper can.
#pragma once

#include "check.h"
#include "kernel_config.h"
#include "mounts.h"

#include <optional>

namespace kinsight::diagnostics {

enum class LockdownMode { None, Integrity, Confidentiality };

// "none [integrity] confidentiality" -> Integrity (the bracketed word is the active mode).
std::optional<LockdownMode> parseLockdown(QStringView text);
QString lockdownModeName(LockdownMode mode);

// `lockdownFile` is /sys/kernel/security/lockdown when it could be read. `config` may be null.
Check lockdownCheck(const std::optional<QString> &lockdownFile, const QList<MountEntry> &mounts,
                    const KernelConfig *config, const QString &kernelCommandLine);

}  // namespace kinsight::diagnostics
