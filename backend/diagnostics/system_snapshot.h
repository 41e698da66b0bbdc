// Everything the checks look at, as raw text and bytes. The live gatherer
// fills it from this machine; tests fill it from fixtures. Inputs only root
// can read are optional: absent means "not known", never "fine".
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <limits>
#include <map>
#include <optional>

namespace kinsight::diagnostics {

enum class AttachFamily { Trampoline, Tracepoint, Probe };

QString attachFamilyName(AttachFamily family);  // "trampoline", "tracepoint", "probe"
std::optional<AttachFamily> attachFamilyFromName(QStringView name);

struct AttachOutcome {
    bool ok = false;
    QString reason;  // why it failed; for a success, what was left unavailable (may be empty)
};

// What the helper's engine found by loading and attaching every module in each
// family. A family missing from a module's map is one the module does not offer.
struct AttachMatrix {
    std::map<QString, std::map<AttachFamily, AttachOutcome>> modules;
};

// From any "module -> family name -> {ok, reason}" map, such as the helper's
// Capabilities D-Bus reply (kinsight::AttachMatrix in backend/client). Unknown
// family names are dropped.
template <typename ModuleMap>
AttachMatrix attachMatrixFromNames(const ModuleMap &modules)
{
    AttachMatrix matrix;
    for (auto module = modules.cbegin(); module != modules.cend(); ++module)
        for (auto family = module.value().cbegin(); family != module.value().cend(); ++family)
            if (const std::optional<AttachFamily> known = attachFamilyFromName(family.key()))
                matrix.modules[module.key()][*known] = AttachOutcome{family.value().ok, family.value().reason};
    return matrix;
}

struct ResourceLimit {
    static constexpr quint64 unlimited = std::numeric_limits<quint64>::max();
    quint64 soft = unlimited;
    quint64 hard = unlimited;
};

struct KernelConfigFile {
    QString path;     // where it was found
    QByteArray text;  // decompressed
};

struct SystemSnapshot {
    QString kernelRelease;  // uname -r
    QString osRelease;      // /etc/os-release
    QString kernelCommandLine;

    bool vmlinuxBtfPresent = false;
    QByteArray vmlinuxBtf;       // the raw file, when it could be read
    QString vmlinuxBtfError;     // why it could not be read
    QStringList moduleBtf;       // names under /sys/kernel/btf other than vmlinux
    QStringList loadedModules;   // /proc/modules, first column

    std::optional<KernelConfigFile> kernelConfig;
    QStringList kernelConfigSearched;  // paths tried, for the report

    QString mountinfo;  // /proc/self/mountinfo

    // /sys/kernel/security/lockdown; needs securityfs mounted (the helper can).
    std::optional<QString> lockdown;

    std::optional<QString> selinuxEnforce;  // /sys/fs/selinux/enforce
    std::optional<QString> selinuxConfig;   // /etc/selinux/config
    // Recent audit lines (root-only file; the helper reads it).
    std::optional<QStringList> auditLog;

    std::optional<QString> unprivilegedBpfDisabled;  // /proc/sys/kernel/unprivileged_bpf_disabled
    std::optional<ResourceLimit> memlock;            // RLIMIT_MEMLOCK of the gathering process
    QString procStatus;                              // /proc/self/status (capability sets)
    std::optional<QString> cgroup2Controllers;       // cgroup.controllers of the cgroup2 root

    std::optional<AttachMatrix> attachMatrix;  // from the helper
};

}  // namespace kinsight::diagnostics
