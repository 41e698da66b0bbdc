#include "diagnostics.h"

#include "attach.h"
#include "btf.h"
#include "kernel_config.h"
#include "kernel_version.h"
#include "lockdown.h"
#include "mounts.h"
#include "resources.h"
#include "selinux.h"

namespace kinsight::diagnostics {

QList<Check> runChecks(const SystemSnapshot &snapshot)
{
    const QList<MountEntry> mounts = parseMountinfo(snapshot.mountinfo);
    std::optional<KernelConfig> config;
    if (snapshot.kernelConfig)
        config = KernelConfig::parse(snapshot.kernelConfig->text);
    const KernelConfig *configOrNull = config && config->optionCount() > 0 ? &*config : nullptr;

    QList<Check> checks;
    checks.append(kernelVersionCheck(snapshot.kernelRelease, snapshot.osRelease));
    checks.append(btfCheck(snapshot));
    checks.append(moduleBtfCheck(snapshot, configOrNull));
    checks.append(kernelConfigChecks(snapshot.kernelConfig, snapshot.kernelConfigSearched));
    checks.append(tracefsCheck(mounts));
    checks.append(debugfsCheck(mounts));
    checks.append(lockdownCheck(snapshot.lockdown, mounts, configOrNull, snapshot.kernelCommandLine));
    checks.append(selinuxCheck(mounts, snapshot.selinuxEnforce, snapshot.selinuxConfig, snapshot.auditLog));
    checks.append(unprivilegedBpfCheck(snapshot.unprivilegedBpfDisabled));
    checks.append(memlockCheck(snapshot.memlock, snapshot.kernelRelease, snapshot.procStatus, cgroupInfo(mounts),
                               snapshot.cgroup2Controllers));
    checks.append(cgroupCheck(mounts, snapshot.cgroup2Controllers));
    checks.append(attachChecks(snapshot.attachMatrix));
    return checks;
}

}  // namespace kinsight::diagnostics
