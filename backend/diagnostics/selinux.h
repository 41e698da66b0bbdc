// SELinux: its mode, the BPF denials in the audit log (which only the helper
// may read), and the local policy module that allows them, in the seed's shape.
#pragma once

#include "check.h"
#include "mounts.h"

#include <QStringList>

#include <optional>

namespace kinsight::diagnostics {

enum class SelinuxMode { Disabled, Permissive, Enforcing };

std::optional<SelinuxMode> parseSelinuxEnforce(const std::optional<QString> &enforceFile, bool selinuxfsMounted);
QString selinuxModeName(SelinuxMode mode);

// An AVC denial that concerns BPF: class bpf, perf_event, or capability2 { bpf perfmon }.
struct AvcDenial {
    QStringList permissions;
    QString targetClass;
    QString sourceType;  // "unconfined_service_t", from scontext
    QString command;     // comm="…"
    bool permissive = false;
    double timestamp = 0;  // seconds since the epoch, from msg=audit(…)
};

QList<AvcDenial> parseBpfDenials(const QStringList &auditLines);

// The policy module (.te) that allows what was denied, in the seed's shape.
// With no denials it allows the bpf permissions for unconfined_service_t.
QString selinuxPolicyModule(const QList<AvcDenial> &denials);
// audit2allow, checkmodule, semodule_package, semodule: the seed's sequence for Kinsight's module.
QString selinuxPolicyCommands(const QList<AvcDenial> &denials);

// `selinuxConfig` is /etc/selinux/config when present; `auditLog` comes from the helper.
Check selinuxCheck(const QList<MountEntry> &mounts, const std::optional<QString> &enforceFile,
                   const std::optional<QString> &selinuxConfig, const std::optional<QStringList> &auditLog);

}  // namespace kinsight::diagnostics
