#include "start_request.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace kinsight {

std::optional<CollectorOptions> validateStart(const StartArguments &args, QString *error)
{
    CollectorOptions o;
    if (args.modules.size() > kMaxModulesPerSession) {
        *error = QStringLiteral("too many modules (%1)").arg(args.modules.size());
        return std::nullopt;
    }
    QSet<QString> seen;
    for (const QString &m : args.modules) {
        if (!engine::findModule(m.toStdString())) {
            *error = QStringLiteral("unknown module '%1'").arg(m.left(64));
            return std::nullopt;
        }
        if (seen.contains(m)) {
            *error = QStringLiteral("module '%1' is listed twice").arg(m);
            return std::nullopt;
        }
        seen.insert(m);
        o.engine.modules.push_back(m.toStdString());
    }
    if (args.loadMode == QLatin1String("entry"))
        o.engine.loadMode = engine::LoadMode::Entry;
    else if (args.loadMode == QLatin1String("return"))
        o.engine.loadMode = engine::LoadMode::Return;
    else {
        *error = QStringLiteral("load mode must be 'entry' or 'return'");
        return std::nullopt;
    }
    // Only known words reach AttachPolicy::parse.
    static const QStringList attachModes = {QStringLiteral("auto"),   QStringLiteral("trampoline"),
                                            QStringLiteral("tracepoint"), QStringLiteral("probe"),
                                            QStringLiteral("tp_btf"), QStringLiteral("raw_tp"),
                                            QStringLiteral("classic")};
    if (!attachModes.contains(args.attach)) {
        *error = QStringLiteral("attach must be one of %1").arg(attachModes.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    o.engine.attach = *engine::AttachPolicy::parse(args.attach.toStdString());
    if (!std::isfinite(args.interval) || args.interval < CollectorOptions::kMinInterval
        || args.interval > CollectorOptions::kMaxInterval) {
        *error = QStringLiteral("interval must be between %1 and %2 seconds")
                     .arg(CollectorOptions::kMinInterval)
                     .arg(CollectorOptions::kMaxInterval);
        return std::nullopt;
    }
    o.intervalSeconds = args.interval;
    if (args.pidTableSize < kMinPidTableSize || args.pidTableSize > kMaxPidTableSize) {
        *error = QStringLiteral("pid table size must be between %1 and %2").arg(kMinPidTableSize).arg(kMaxPidTableSize);
        return std::nullopt;
    }
    o.engine.pidTableSize = args.pidTableSize;
    if (args.treePid < 0 || args.treePid > (1 << 22)) {
        *error = QStringLiteral("tree PID out of range");
        return std::nullopt;
    }
    if (!args.inspectCgroup.isEmpty()) {
        if (args.treePid > 0) {
            *error = QStringLiteral("inspect a process tree or a cgroup, not both");
            return std::nullopt;
        }
        // The engine allows only plain names below the hierarchy's root (or #<id>);
        // here only the size and the characters are bounded.
        const bool control = std::any_of(args.inspectCgroup.begin(), args.inspectCgroup.end(),
                                         [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
        if (args.inspectCgroup.size() > kMaxCgroupNameLength || control) {
            *error = QStringLiteral("the cgroup to inspect must be a name of at most %1 printable characters")
                         .arg(kMaxCgroupNameLength);
            return std::nullopt;
        }
        static const QRegularExpression hierarchyForm(QStringLiteral("^(v2|v1:[a-z_]{1,32})$"));
        const QString hierarchy = args.inspectHierarchy.isEmpty() ? QStringLiteral("v2") : args.inspectHierarchy;
        if (!hierarchyForm.match(hierarchy).hasMatch()) {
            *error = QStringLiteral("the inspected cgroup's hierarchy must be v2 or v1:<controller>");
            return std::nullopt;
        }
        o.inspectCgroup = args.inspectCgroup.toStdString();
        o.engine.inspectHierarchy = *engine::CgroupOptions::parse(hierarchy.toStdString());
        o.engine.pidMode = KS_PID_CGROUP;
    } else if (args.treePid > 0) {
        o.treeRoot = args.treePid;
        o.treeFromExec = args.treeFromExec;
        o.engine.pidMode = KS_PID_TRACKED;
    } else {
        o.engine.pidMode = args.perProcess ? KS_PID_ALL : KS_PID_NONE;
        // Per-application totals keep what processes counted after they are gone.
        o.engine.emitExits = args.perProcess;
    }
    // A controller name is looked up in the kernel's BTF, never used as a path.
    static const QRegularExpression cgroupsForm(QStringLiteral("^(off|v2|v1:[a-z_]{1,32})$"));
    const auto cgroups = cgroupsForm.match(args.cgroups).hasMatch()
                             ? engine::CgroupOptions::parse(args.cgroups.toStdString())
                             : std::nullopt;
    if (!cgroups) {
        *error = QStringLiteral("cgroups must be off, v2 or v1:<controller>");
        return std::nullopt;
    }
    o.engine.cgroups = *cgroups;
    return o;
}

}  // namespace kinsight
