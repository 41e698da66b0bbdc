#include "attach.h"

using namespace Qt::StringLiterals;

namespace kinsight::diagnostics {

namespace {

constexpr AttachFamily allFamilies[] = {AttachFamily::Trampoline, AttachFamily::Tracepoint, AttachFamily::Probe};

// The engine's reasons are "; "-separated clauses, most of them "<hook or counter>: <detail>",
// where a failed candidate's detail is "<kind> <targets>: <cause> — <context>".
QStringList reasonClauses(const QString &reason)
{
    QStringList clauses;
    for (const QString &clause : reason.split(u"; "_s, Qt::SkipEmptyParts))
        clauses.append(clause.simplified());
    return clauses;
}

// The distinct causes of a failure, without the hook, the candidate and the object name.
QStringList failureCauses(const QString &reason)
{
    QStringList causes;
    for (const QString &clause : reasonClauses(reason)) {
        QString cause = clause;
        const int separators = int(clause.count(u": "_s));
        if (separators >= 2)
            cause = clause.section(u": "_s, 2);
        else if (separators == 1)
            cause = clause.section(u": "_s, 1);
        else
            continue;  // a headline such as "no hook of this module can be attached here"
        cause = cause.section(u" — "_s, 0, 0).trimmed();
        if (!cause.isEmpty() && !causes.contains(cause))
            causes.append(cause);
    }
    if (causes.isEmpty() && !reason.trimmed().isEmpty())
        causes.append(reason.trimmed());
    return causes;
}

// The counters a successful load left unavailable ("<counter>: <why>").
QStringList unavailableSubjects(const QString &reason)
{
    QStringList subjects;
    for (const QString &clause : reasonClauses(reason)) {
        const QString subject = clause.section(u": "_s, 0, 0);
        if (!subject.isEmpty() && subject != clause && !subjects.contains(subject))
            subjects.append(subject);
    }
    return subjects;
}

QString listBriefly(const QStringList &items, int shown)
{
    QString text = items.mid(0, shown).join(u", "_s);
    if (items.size() > shown)
        text += u" and %1 more"_s.arg(items.size() - shown);
    return text;
}

// What a typical failure means on kernels like this machine's.
QString interpretFailure(AttachFamily family, const QString &reason)
{
    if (family == AttachFamily::Trampoline && reason.contains(u"Operation not permitted"_s))
        return u"The kernel refuses fentry/fexit (tracing) programs at load time, before verification; this happens "
               u"on builds that block ftrace trampolines, whatever the config says."_s;
    if (family == AttachFamily::Probe
        && (reason.contains(u"cannot create kprobes"_s) || reason.contains(u"No such file or directory"_s)))
        return u"Kprobes cannot be created: the kernel has no kprobe support (CONFIG_KPROBES) or the function is not "
               u"traceable."_s;
    if (reason.contains(u"Permission denied"_s))
        return u"errno 13 at load: check the SELinux and lockdown checks."_s;
    return {};
}

}  // namespace

QString attachFamilyName(AttachFamily family)
{
    switch (family) {
    case AttachFamily::Trampoline: return u"trampoline"_s;
    case AttachFamily::Tracepoint: return u"tracepoint"_s;
    case AttachFamily::Probe: return u"probe"_s;
    }
    return {};
}

std::optional<AttachFamily> attachFamilyFromName(QStringView name)
{
    for (AttachFamily family : {AttachFamily::Trampoline, AttachFamily::Tracepoint, AttachFamily::Probe})
        if (name == attachFamilyName(family))
            return family;
    return std::nullopt;
}

const QStringList &kinsightModules()
{
    static const QStringList modules{u"process"_s, u"socket"_s, u"cachestat"_s, u"sync"_s,  u"dcstat"_s, u"swap"_s,
                                     u"vfs"_s,     u"filesystem"_s, u"disk"_s,  u"mount"_s, u"fd"_s,     u"hardirq"_s,
                                     u"softirq"_s, u"oomkill"_s, u"shm"_s,      u"mdflush"_s};
    return modules;
}

QString attachFamilyDescription(AttachFamily family)
{
    switch (family) {
    case AttachFamily::Trampoline: return u"trampoline (fentry/fexit)"_s;
    case AttachFamily::Tracepoint: return u"tracepoint (tp_btf, raw_tp, classic tracepoint)"_s;
    case AttachFamily::Probe: return u"probe (kprobe/kretprobe)"_s;
    }
    return {};
}

QList<Check> attachChecks(const std::optional<AttachMatrix> &matrix)
{
    QList<Check> checks;
    if (!matrix) {
        Check check;
        check.id = u"attach"_s;
        check.title = u"Attach matrix"_s;
        check.status = Status::Unknown;
        check.needsHelper = monitorPolkitAction.toString();
        check.summary = u"Needs the helper: it loads and attaches every module in each family (polkit %1)"_s
                            .arg(monitorPolkitAction);
        check.explanation = u"Which module attaches through which family can only be learnt by loading the programs, "
                            u"which only root may do. The config checks above predict it; the matrix proves it."_s;
        check.fix = u"Open the Diagnostics page with the helper available, or run `kinsight-cli diagnose` as root."_s;
        checks.append(check);
        return checks;
    }

    QStringList modules = kinsightModules();
    for (const auto &[module, families] : matrix->modules)
        if (!modules.contains(module))
            modules.append(module);

    // A module that runs nowhere costs its charts, not monitoring: only a kernel where no module runs blocks it.
    bool anyModuleRuns = false;
    for (const auto &[module, families] : matrix->modules)
        for (const auto &[family, outcome] : families)
            anyModuleRuns = anyModuleRuns || outcome.ok;

    for (const QString &module : modules) {
        const auto found = matrix->modules.find(module);
        if (found == matrix->modules.end()) {
            Check check;
            check.id = u"attach:"_s % module;
            check.title = module;
            check.status = Status::Unknown;
            check.needsHelper = monitorPolkitAction.toString();
            check.summary = u"The helper did not report %1 (not built into this helper)"_s.arg(module);
            checks.append(check);
            continue;
        }
        if (found->second.empty()) {
            Check check;
            check.id = u"attach:"_s % module;
            check.title = module;
            check.status = Status::Unknown;
            check.needsHelper = monitorPolkitAction.toString();
            check.summary = u"The helper reported %1 without any attach family"_s.arg(module);
            checks.append(check);
            continue;
        }
        QStringList working;
        for (AttachFamily family : allFamilies) {
            const auto outcome = found->second.find(family);
            if (outcome != found->second.end() && outcome->second.ok)
                working.append(attachFamilyName(family));
        }
        for (AttachFamily family : allFamilies) {
            const auto outcome = found->second.find(family);
            if (outcome == found->second.end())
                continue;  // the module offers nothing in this family
            const AttachOutcome &result = outcome->second;
            Check check;
            check.id = u"attach:%1:%2"_s.arg(module, attachFamilyName(family));
            check.title = u"%1 via %2"_s.arg(module, attachFamilyDescription(family));
            check.needsHelper = monitorPolkitAction.toString();
            check.explanation = reasonClauses(result.reason).join(u'\n');
            if (result.ok) {
                check.status = Status::Ok;
                check.summary = u"%1 loads and attaches through the %2 family"_s.arg(module, attachFamilyName(family));
                const QStringList unavailable = unavailableSubjects(result.reason);
                if (!unavailable.isEmpty())
                    check.summary += u"; unavailable in this family: "_s % listBriefly(unavailable, 3);
            } else {
                const QStringList causes = failureCauses(result.reason);
                const QString why = causes.isEmpty() ? u"no reason given"_s : listBriefly(causes, 1);
                if (working.isEmpty()) {
                    check.status = anyModuleRuns ? Status::Warning : Status::Error;
                    check.summary = u"%1 fails in the %2 family (%3), and in every other family: it cannot run"_s
                                        .arg(module, attachFamilyName(family), why);
                    check.fix = anyModuleRuns
                                    ? u"Its charts stay unavailable on this kernel; the other modules work. The "
                                      u"explanation says which family would carry it (see the kernel-config check)."_s
                                    : u"See the kernel-config, lockdown and SELinux checks for what blocks every family."_s;
                } else {
                    check.status = Status::Warning;
                    check.summary = u"%1 fails in the %2 family (%3); it runs through %4"_s
                                        .arg(module, attachFamilyName(family), why, working.join(u", "_s));
                }
                const QString meaning = interpretFailure(family, result.reason);
                if (!meaning.isEmpty())
                    check.explanation = meaning % u'\n' % check.explanation;
            }
            checks.append(check);
        }
    }
    return checks;
}

}  // namespace kinsight::diagnostics
