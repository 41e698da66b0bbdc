#include "lockdown.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kinsight::diagnostics {

std::optional<LockdownMode> parseLockdown(QStringView text)
{
    const qsizetype open = text.indexOf(u'[');
    const qsizetype close = text.indexOf(u']', open + 1);
    if (open < 0 || close < 0)
        return std::nullopt;
    const QStringView mode = text.mid(open + 1, close - open - 1).trimmed();
    if (mode == u"none")
        return LockdownMode::None;
    if (mode == u"integrity")
        return LockdownMode::Integrity;
    if (mode == u"confidentiality")
        return LockdownMode::Confidentiality;
    return std::nullopt;
}

QString lockdownModeName(LockdownMode mode)
{
    switch (mode) {
    case LockdownMode::None: return u"none"_s;
    case LockdownMode::Integrity: return u"integrity"_s;
    case LockdownMode::Confidentiality: return u"confidentiality"_s;
    }
    return {};
}

namespace {

const QString lockdownTable =
    u"Netdata's table (kernel ≥ 5.4): lockdown LSM not enabled early → runs; default mode none → runs; "
    u"integrity → runs; confidentiality → does not run. Kinsight has the same limits: confidentiality refuses BPF "
    u"reads of kernel memory (bpf_probe_read_kernel, behind every CO-RE read), kprobes and tracefs; integrity only "
    u"refuses bpf_probe_write_user (unused) and limits debugfs to read-only files."_s;

// What the boot configuration says when the live mode cannot be read. The mode can be raised
// at run time but never lowered, so only a forced confidentiality settles it.
QString bootLockdownHint(const KernelConfig *config, const QString &kernelCommandLine, bool *certainlyConfidential)
{
    *certainlyConfidential = false;
    QStringList hints;
    static const QRegularExpression parameter(u"(?:^|\\s)lockdown=(\\S+)"_s);
    const QRegularExpressionMatch match = parameter.match(kernelCommandLine);
    if (match.hasMatch())
        hints.append(u"the kernel command line asks for lockdown=%1"_s.arg(match.captured(1)));
    if (config) {
        const bool lsmBuilt = config->isEnabled(u"CONFIG_SECURITY_LOCKDOWN_LSM"_s);
        if (!lsmBuilt) {
            hints.append(u"the kernel is built without the lockdown LSM"_s);
        } else if (config->isEnabled(u"CONFIG_LOCK_DOWN_KERNEL_FORCE_CONFIDENTIALITY"_s)) {
            hints.append(u"the kernel forces confidentiality at boot "
                         u"(CONFIG_LOCK_DOWN_KERNEL_FORCE_CONFIDENTIALITY=y)"_s);
            *certainlyConfidential = true;
        } else if (config->isEnabled(u"CONFIG_LOCK_DOWN_KERNEL_FORCE_INTEGRITY"_s)) {
            hints.append(u"the kernel forces integrity at boot (CONFIG_LOCK_DOWN_KERNEL_FORCE_INTEGRITY=y; it may "
                         u"have been raised since)"_s);
        } else if (config->isEnabled(u"CONFIG_LOCK_DOWN_KERNEL_FORCE_NONE"_s)) {
            hints.append(u"the kernel boots with lockdown none unless asked otherwise "
                         u"(CONFIG_LOCK_DOWN_KERNEL_FORCE_NONE=y)"_s);
        }
        if (lsmBuilt && match.hasMatch() && match.captured(1) == u"confidentiality")
            *certainlyConfidential = true;
    }
    return hints.join(u"; "_s);
}

}  // namespace

Check lockdownCheck(const std::optional<QString> &lockdownFile, const QList<MountEntry> &mounts,
                    const KernelConfig *config, const QString &kernelCommandLine)
{
    Check check;
    check.id = u"lockdown"_s;
    check.title = u"Kernel lockdown"_s;
    check.explanation = lockdownTable;
    const auto securityfs = findMount(mounts, u"securityfs", u"/sys/kernel/security");

    std::optional<LockdownMode> mode;
    if (lockdownFile) {
        mode = parseLockdown(*lockdownFile);
        if (!mode) {
            check.status = Status::Unknown;
            check.summary = u"Cannot read the mode from \"%1\""_s.arg(lockdownFile->trimmed());
            return check;
        }
    } else if (securityfs) {
        check.status = Status::Ok;
        check.summary = u"No lockdown: securityfs is mounted at %1 but has no lockdown file (the lockdown LSM is "
                        u"not active)"_s.arg(securityfs->mountPoint);
        return check;
    } else {
        bool certainlyConfidential = false;
        const QString hint = bootLockdownHint(config, kernelCommandLine, &certainlyConfidential);
        check.fixAction = mountSecurityfsFix.toString();
        check.snippets = {{u"Mount securityfs (as root)"_s, u"sh"_s,
                           u"mount -t securityfs nodev /sys/kernel/security"_s},
                          {u"Make it permanent: add to /etc/fstab"_s, u"fstab"_s,
                           u"securityfs  /sys/kernel/security  securityfs  defaults  0  0"_s}};
        if (certainlyConfidential) {
            check.status = Status::Error;
            check.summary = u"Confidentiality (from the boot configuration: %1): BPF may not read kernel memory, so no "
                            u"module can run"_s.arg(hint);
            check.fix = u"Boot with lockdown=integrity or lockdown=none; the mode cannot be lowered at run time."_s;
            return check;
        }
        check.status = Status::Unknown;
        check.needsHelper = fixPolkitAction.toString();
        check.summary = u"Unknown: securityfs is not mounted; the helper can mount it (fix %1, polkit %2)"_s
                            .arg(mountSecurityfsFix, fixPolkitAction);
        if (!hint.isEmpty())
            check.summary += u". Boot hint: "_s % hint;
        check.fix = u"Let the helper mount securityfs, or mount it yourself, then run the diagnostics again."_s;
        return check;
    }

    switch (*mode) {
    case LockdownMode::None:
        check.status = Status::Ok;
        check.summary = u"none: BPF is not restricted by lockdown"_s;
        break;
    case LockdownMode::Integrity:
        check.status = Status::Ok;
        check.summary = u"integrity: BPF may still read kernel memory; only bpf_probe_write_user is refused, which "
                        u"Kinsight does not use"_s;
        break;
    case LockdownMode::Confidentiality:
        check.status = Status::Error;
        check.summary = u"confidentiality: BPF may not read kernel memory, and kprobes and tracefs are locked; no "
                        u"module can run (Netdata's table: cannot run)"_s;
        check.fix = u"Boot with lockdown=integrity or lockdown=none on the kernel command line; the mode cannot be "
                    u"lowered at run time. Kernels built with CONFIG_LOCK_DOWN_KERNEL_FORCE_CONFIDENTIALITY need a "
                    u"different kernel."_s;
        break;
    }
    return check;
}

}  // namespace kinsight::diagnostics
