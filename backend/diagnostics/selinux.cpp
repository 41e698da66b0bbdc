#include "selinux.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace kinsight::diagnostics {

std::optional<SelinuxMode> parseSelinuxEnforce(const std::optional<QString> &enforceFile, bool selinuxfsMounted)
{
    if (!selinuxfsMounted)
        return SelinuxMode::Disabled;
    if (!enforceFile)
        return std::nullopt;
    const QString value = enforceFile->trimmed();
    if (value == u"1")
        return SelinuxMode::Enforcing;
    if (value == u"0")
        return SelinuxMode::Permissive;
    return std::nullopt;
}

QString selinuxModeName(SelinuxMode mode)
{
    switch (mode) {
    case SelinuxMode::Disabled: return u"disabled"_s;
    case SelinuxMode::Permissive: return u"permissive"_s;
    case SelinuxMode::Enforcing: return u"enforcing"_s;
    }
    return {};
}

QList<AvcDenial> parseBpfDenials(const QStringList &auditLines)
{
    static const QRegularExpression denied(u"avc:\\s+denied\\s+\\{([^}]*)\\}"_s);
    static const QRegularExpression tclass(u"\\btclass=(\\S+)"_s);
    static const QRegularExpression scontext(u"\\bscontext=([^:\\s]*):([^:\\s]*):([^:\\s]*)"_s);
    static const QRegularExpression comm(u"\\bcomm=\"([^\"]*)\""_s);
    static const QRegularExpression permissive(u"\\bpermissive=(\\d)"_s);
    static const QRegularExpression stamp(u"msg=audit\\((\\d+(?:\\.\\d+)?):"_s);

    QList<AvcDenial> denials;
    for (const QString &line : auditLines) {
        const QRegularExpressionMatch deniedMatch = denied.match(line);
        const QRegularExpressionMatch classMatch = tclass.match(line);
        if (!deniedMatch.hasMatch() || !classMatch.hasMatch())
            continue;
        AvcDenial denial;
        denial.targetClass = classMatch.captured(1);
        denial.permissions = deniedMatch.captured(1).split(u' ', Qt::SkipEmptyParts);
        if (denial.targetClass == u"capability2") {
            QStringList relevant;
            for (const QString &permission : denial.permissions)
                if (permission == u"bpf" || permission == u"perfmon")
                    relevant.append(permission);
            denial.permissions = relevant;
        } else if (denial.targetClass != u"bpf" && denial.targetClass != u"perf_event") {
            continue;
        }
        if (denial.permissions.isEmpty())
            continue;
        const QRegularExpressionMatch sourceMatch = scontext.match(line);
        denial.sourceType = sourceMatch.hasMatch() ? sourceMatch.captured(3) : QString();
        denial.command = comm.match(line).captured(1);
        denial.permissive = permissive.match(line).captured(1) == u"1";
        denial.timestamp = stamp.match(line).captured(1).toDouble();
        denials.append(denial);
    }
    return denials;
}

QString selinuxPolicyModule(const QList<AvcDenial> &denials)
{
    static const QStringList seedBpfPermissions{u"map_create"_s, u"map_read"_s, u"map_write"_s, u"prog_load"_s,
                                                u"prog_run"_s};
    // source type -> class -> permissions; sorted so the text is stable.
    std::map<QString, std::map<QString, QStringList>> allowed;
    for (const AvcDenial &denial : denials) {
        const QString source = denial.sourceType.isEmpty() ? u"unconfined_service_t"_s : denial.sourceType;
        QStringList &permissions = allowed[source][denial.targetClass];
        for (const QString &permission : denial.permissions)
            if (!permissions.contains(permission))
                permissions.append(permission);
    }
    if (allowed.empty())
        allowed[u"unconfined_service_t"_s][u"bpf"_s] = seedBpfPermissions;
    std::map<QString, QStringList> classes;
    for (auto &[source, byClass] : allowed) {
        for (auto &[targetClass, permissions] : byClass) {
            if (targetClass == u"bpf")
                for (const QString &permission : seedBpfPermissions)
                    if (!permissions.contains(permission))
                        permissions.append(permission);
            for (const QString &permission : permissions)
                if (!classes[targetClass].contains(permission))
                    classes[targetClass].append(permission);
        }
    }

    QString text = u"module kinsight_ebpf 1.0;\n\nrequire {\n"_s;
    for (const auto &[source, byClass] : allowed)
        text += u"        type %1;\n"_s.arg(source);
    for (const auto &[targetClass, permissions] : classes)
        text += u"        class %1 { %2 };\n"_s.arg(targetClass, permissions.join(u' '));
    text += u"}\n"_s;
    for (const auto &[source, byClass] : allowed) {
        text += u"\n#============= %1 ==============\n"_s.arg(source);
        for (const auto &[targetClass, permissions] : byClass)
            text += u"allow %1 self:%2 { %3 };\n"_s.arg(source, targetClass, permissions.join(u' '));
    }
    return text;
}

QString selinuxPolicyCommands(const QList<AvcDenial> &denials)
{
    QStringList commands;
    for (const AvcDenial &denial : denials)
        if (!denial.command.isEmpty() && !commands.contains(denial.command))
            commands.append(denial.command);
    if (commands.isEmpty())
        commands.append(u"kinsight-helper"_s);
    QString pattern;
    for (const QString &command : commands)
        pattern += u" -e 'comm=\"%1\"'"_s.arg(command);
    return u"# grep"_s % pattern
        % u" /var/log/audit/audit.log | audit2allow -M kinsight_ebpf\n"
          u"# (edit kinsight_ebpf.te so it ends with the module text above)\n"
          u"# checkmodule -M -m -o kinsight_ebpf.mod kinsight_ebpf.te\n"
          u"# semodule_package -o kinsight_ebpf.pp -m kinsight_ebpf.mod\n"
          u"# semodule -i kinsight_ebpf.pp\n"_s;
}

namespace {

QString configuredSelinuxMode(const std::optional<QString> &selinuxConfig)
{
    if (!selinuxConfig)
        return {};
    for (QStringView line : QStringView(*selinuxConfig).split(u'\n')) {
        line = line.trimmed();
        if (line.startsWith(u"SELINUX="))
            return line.mid(8).toString().toLower();
    }
    return {};
}

QString describeDenials(const QList<AvcDenial> &denials)
{
    QStringList permissions, sources, commands;
    double latest = 0;
    for (const AvcDenial &denial : denials) {
        for (const QString &permission : denial.permissions) {
            const QString qualified = denial.targetClass % u':' % permission;
            if (!permissions.contains(qualified))
                permissions.append(qualified);
        }
        if (!denial.sourceType.isEmpty() && !sources.contains(denial.sourceType))
            sources.append(denial.sourceType);
        if (!denial.command.isEmpty() && !commands.contains(denial.command))
            commands.append(denial.command);
        latest = std::max(latest, denial.timestamp);
    }
    QString text = u"%1 BPF denial(s) (%2) for %3, command %4"_s.arg(denials.size())
                       .arg(permissions.join(u", "_s), sources.join(u", "_s), commands.join(u", "_s));
    if (latest > 0)
        text += u", latest %1"_s.arg(QDateTime::fromSecsSinceEpoch(qint64(latest), Qt::UTC).toString(Qt::ISODate));
    return text;
}

}  // namespace

Check selinuxCheck(const QList<MountEntry> &mounts, const std::optional<QString> &enforceFile,
                   const std::optional<QString> &selinuxConfig, const std::optional<QStringList> &auditLog)
{
    Check check;
    check.id = u"selinux"_s;
    check.title = u"SELinux"_s;
    check.explanation = u"An enforcing SELinux policy can refuse bpf() to root: loads then fail with errno 13 "
                        u"(Permission denied) and the audit log shows AVC lines such as "
                        u"`avc: denied { map_create } … tclass=bpf`. A local policy module allows it."_s;
    const bool mounted = findMount(mounts, u"selinuxfs").has_value();
    const std::optional<SelinuxMode> mode = parseSelinuxEnforce(enforceFile, mounted);
    const QString configured = configuredSelinuxMode(selinuxConfig);

    if (!mode) {
        check.status = Status::Unknown;
        check.summary = u"selinuxfs is mounted but its enforce file cannot be read"_s;
        return check;
    }
    if (*mode == SelinuxMode::Disabled) {
        check.status = Status::Ok;
        check.summary = u"disabled (selinuxfs is not mounted): nothing to allow"_s;
        if (!configured.isEmpty() && configured != u"disabled")
            check.summary += u"; /etc/selinux/config says SELINUX=%1 for later boots"_s.arg(configured);
        return check;
    }

    const QList<AvcDenial> denials = auditLog ? parseBpfDenials(*auditLog) : QList<AvcDenial>();
    const QString policyFix = u"Stop monitoring in Kinsight (the helper exits 60 s after its last session), build "
                              u"and load a local policy module from the denials, then start again."_s;
    check.snippets = {{u"Policy module kinsight_ebpf.te"_s, u"selinux-te"_s, selinuxPolicyModule(denials)},
                      {u"Build and load it (as root)"_s, u"sh"_s, selinuxPolicyCommands(denials)}};

    if (*mode == SelinuxMode::Permissive) {
        if (!denials.isEmpty()) {
            check.status = Status::Warning;
            check.summary = u"permissive; %1 were logged: not blocked now, blocked once enforcing"_s
                                .arg(describeDenials(denials));
            check.fix = policyFix;
        } else {
            check.status = Status::Ok;
            check.summary = u"permissive: denials are logged, nothing is blocked"_s;
            check.snippets.clear();
        }
        return check;
    }

    if (!auditLog) {
        check.status = Status::Unknown;
        check.needsHelper = monitorPolkitAction.toString();
        check.summary = u"enforcing; whether it blocks BPF needs the audit log, which the helper reads (polkit %1)"_s
                            .arg(monitorPolkitAction);
        check.fix = u"Authorize the helper to read the audit log; if it shows BPF denials, use the module below."_s;
        return check;
    }
    QList<AvcDenial> blocking;
    for (const AvcDenial &denial : denials)
        if (!denial.permissive)
            blocking.append(denial);
    if (blocking.isEmpty()) {
        check.status = Status::Ok;
        check.summary = u"enforcing, and no BPF denials in the audit log"_s;
        check.snippets.clear();
        return check;
    }
    check.status = Status::Error;
    check.summary = u"enforcing, and it refuses BPF: %1"_s.arg(describeDenials(blocking));
    check.fix = policyFix;
    return check;
}

}  // namespace kinsight::diagnostics
