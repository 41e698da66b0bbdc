#include "source_options.h"

#include "engine.h"

namespace kinsight::cli {

void addSourceOptions(QCommandLineParser &parser, bool withInterval)
{
    parser.addOption({QStringLiteral("direct"), QStringLiteral("Run the engine in this process (root) instead of kinsight-helper.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({QStringLiteral("modules"), QStringLiteral("Comma-separated modules (default: process,fd,vfs)."),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("attach"),
                      QStringLiteral("auto, trampoline, tracepoint, probe, or a tracepoint flavour: tp_btf, raw_tp, classic."),
                      QStringLiteral("mode"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("load-mode"), QStringLiteral("entry (calls) or return (calls and errors)."),
                      QStringLiteral("mode"), QStringLiteral("entry")});
    parser.addOption({QStringLiteral("pid-table-size"), QStringLiteral("Processes tracked at most (pid table size)."),
                      QStringLiteral("n"), QStringLiteral("32768")});
    parser.addOption({QStringLiteral("cgroups"), QStringLiteral("Per-cgroup counters: off, v2, or v1:<controller> (hybrid layouts)."),
                      QStringLiteral("source"), QStringLiteral("off")});
    parser.addOption({QStringLiteral("cgroup"),
                      QStringLiteral("Count per process only the tasks of this cgroup and its descendants: a path below "
                                     "the hierarchy's root (system.slice/cron.service), a unique directory name "
                                     "(cron.service) or #<id>. Other processes cost only the hook."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("cgroup-hierarchy"),
                      QStringLiteral("Where --cgroup names a cgroup: v2, or v1:<controller> (hybrid layouts)."),
                      QStringLiteral("source"), QStringLiteral("v2")});
    if (withInterval)
        parser.addOption({QStringLiteral("interval"), QStringLiteral("Seconds between samples (0.1 to 3600)."),
                          QStringLiteral("seconds"), QStringLiteral("1")});
}

bool readSourceOptions(const QCommandLineParser &parser, bool withInterval, SourceRequest &request, QString *error)
{
    if (parser.isSet(QStringLiteral("modules")))
        request.modules = parser.value(QStringLiteral("modules")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    request.attach = parser.value(QStringLiteral("attach"));
    request.loadMode = parser.value(QStringLiteral("load-mode"));
    request.cgroups = parser.value(QStringLiteral("cgroups"));
    if (!engine::CgroupOptions::parse(request.cgroups.toStdString())) {
        *error = QStringLiteral("--cgroups must be off, v2 or v1:<controller> (e.g. v1:memory)");
        return false;
    }
    if (parser.isSet(QStringLiteral("cgroup"))) {
        request.inspectCgroup = parser.value(QStringLiteral("cgroup"));
        if (request.inspectCgroup.isEmpty()) {
            *error = QStringLiteral("--cgroup takes a cgroup: a path below the hierarchy's root, a name or #<id>");
            return false;
        }
    }
    request.cgroupHierarchy = parser.value(QStringLiteral("cgroup-hierarchy"));
    const auto hierarchy = engine::CgroupOptions::parse(request.cgroupHierarchy.toStdString());
    if (!hierarchy || hierarchy->source == KS_CGROUP_OFF) {
        *error = QStringLiteral("--cgroup-hierarchy must be v2 or v1:<controller> (e.g. v1:memory)");
        return false;
    }
    bool ok = true;
    request.pidTableSize = parser.value(QStringLiteral("pid-table-size")).toUInt(&ok);
    if (!ok || request.pidTableSize < 64 || request.pidTableSize > (4u << 20)) {
        *error = QStringLiteral("--pid-table-size must be a number between 64 and 4194304");
        return false;
    }
    if (withInterval) {
        request.intervalSeconds = parser.value(QStringLiteral("interval")).toDouble(&ok);
        if (!ok) {
            *error = QStringLiteral("--interval takes a number of seconds, e.g. 1 or 0.5");
            return false;
        }
    }
    return validateRequest(request, error);
}

}  // namespace kinsight::cli
