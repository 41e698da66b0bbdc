#include "session_settings.h"

#include "cgroup_directory.h"
#include "connection_view.h"
#include "engine.h"

#include "config/connection_filter.h"
#include "config/option_schema.h"
#include "config/service_directory.h"

using namespace Qt::StringLiterals;

namespace kinsight {

namespace {

using config::EffectiveConfig;
using config::EffectiveValue;
using config::ValueOrigin;

const QString kGlobal = u"global"_s;
const QString kPrograms = u"ebpf programs"_s;
const QString kConnections = u"network connections"_s;

QString clientOrigin()
{
    return u"client"_s;
}

EffectiveValue mainValue(const EffectiveConfig &settings, const QString &section, const QString &key)
{
    return settings.value({}, section, key).value_or(EffectiveValue{});
}

// "yes" in the settings: the unified hierarchy where it is mounted, else the
// memory controller's v1 hierarchy (the usual hybrid layout), else v2 and
// the engine says what is missing.
QString cgroupSourceForYes()
{
    if (engine::CgroupDirectory::findMount(true, {}))
        return u"v2"_s;
    if (engine::CgroupDirectory::findMount(false, "memory"))
        return u"v1:memory"_s;
    return u"v2"_s;
}

// The session-wide [global] settings a module file may override; the engine
// takes one value of each for a whole session.
const QStringList &sessionWideKeys()
{
    static const QStringList keys{u"ebpf load mode"_s, u"ebpf co-re tracing"_s, u"update every"_s,
                                  u"pid table size"_s, u"apps"_s,           u"cgroups"_s};
    return keys;
}

}  // namespace

std::optional<CollectorOptions> resolveSessionOptions(const StartArguments &request, const EffectiveConfig &settings,
                                                      QString *error)
{
    const config::OptionSchema &schema = config::OptionSchema::instance();
    StartArguments args = request;
    QList<SessionSetting> summary;
    QStringList notes;
    QStringList fromFiles;  // session-wide keys whose value the files gave

    auto take = [&](const QString &key, auto apply) {
        const EffectiveValue value = mainValue(settings, kGlobal, key);
        apply(value.value);
        summary.append({key, value.value, value.origin.describe()});
        fromFiles.append(key);
    };

    if (args.modules.isEmpty()) {
        QString origin = ValueOrigin{}.describe();
        for (const EffectiveValue &value : settings.mainValues()) {
            if (value.section == kPrograms) {
                origin = value.origin.isFile() ? value.origin.file : value.origin.describe();
                if (value.origin.isFile())
                    break;
            }
        }
        for (const config::ModuleSpec &module : schema.modules()) {
            if (!settings.moduleEnabled(module.id))
                continue;
            if (!engine::findModule(module.id.toStdString())) {
                notes.append(u"'%1' is enabled in [ebpf programs], but this build of Kinsight has no collector for it"_s
                                 .arg(module.id));
                continue;
            }
            args.modules.append(module.id);
        }
        if (args.modules.isEmpty()) {
            *error = u"no module is enabled in [ebpf programs] (%1): enable one there, or name the modules to "
                     u"measure"_s.arg(origin);
            return std::nullopt;
        }
        summary.append({kPrograms, args.modules.join(u' '), origin});
    } else {
        summary.append({kPrograms, args.modules.join(u' '), clientOrigin()});
    }

    if (args.loadMode.isEmpty())
        // 'dev' is an undocumented Netdata mode that Kinsight reads as 'entry' (see the option catalog).
        take(u"ebpf load mode"_s, [&](const QString &v) { args.loadMode = v == u"return" ? v : u"entry"_s; });
    else
        summary.append({u"ebpf load mode"_s, args.loadMode, clientOrigin()});

    if (args.attach.isEmpty())
        take(u"ebpf co-re tracing"_s, [&](const QString &v) { args.attach = v.isEmpty() ? u"auto"_s : v; });
    else
        summary.append({u"ebpf co-re tracing"_s, args.attach, clientOrigin()});

    if (args.interval == 0)
        take(u"update every"_s, [&](const QString &v) { args.interval = v.toDouble(); });
    else
        summary.append({u"update every"_s, QString::number(args.interval), clientOrigin()});

    if (args.pidTableSize == 0) {
        take(u"pid table size"_s, [&](const QString &v) { args.pidTableSize = v.toUInt(); });
        if (args.pidTableSize < kMinPidTableSize) {
            notes.append(u"pid table size %1 is below the helper's minimum; %2 applies"_s.arg(args.pidTableSize)
                             .arg(kMinPidTableSize));
            args.pidTableSize = kMinPidTableSize;
            summary.last().value = QString::number(kMinPidTableSize);
        }
    } else {
        summary.append({u"pid table size"_s, QString::number(args.pidTableSize), clientOrigin()});
    }

    if (!args.perProcess)
        take(u"apps"_s, [&](const QString &v) { args.perProcess = v == u"yes"; });
    else
        summary.append({u"apps"_s, u"yes"_s, clientOrigin()});
    {
        // The kernel keeps every PID on its own whatever this says; the front
        // ends attribute children by it (the Applications page's selector).
        const EffectiveValue collectPid = mainValue(settings, kGlobal, u"collect pid"_s);
        if (!collectPid.value.isEmpty())
            summary.append({u"collect pid"_s, collectPid.value, collectPid.origin.describe()});
    }
    if (args.treePid > 0)
        notes.append(u"the session inspects a process tree: per-process counters are kept for that tree only"_s);
    if (!args.inspectCgroup.isEmpty())
        notes.append(u"the session inspects a cgroup: per-process counters are kept for its tasks only"_s);

    if (args.cgroups.isEmpty())
        take(u"cgroups"_s, [&](const QString &v) { args.cgroups = v == u"yes" ? cgroupSourceForYes() : u"off"_s; });
    else
        summary.append({u"cgroups"_s, args.cgroups, clientOrigin()});

    std::optional<CollectorOptions> options = validateStart(args, error);
    if (!options) {
        // Say where a bad value came from when it was not the client's.
        for (const SessionSetting &s : std::as_const(summary))
            if (s.origin != clientOrigin() && error->contains(s.name, Qt::CaseInsensitive))
                *error += u" (%1 = %2, %3)"_s.arg(s.name, s.value, s.origin);
        return std::nullopt;
    }

    for (const QString &module : std::as_const(args.modules)) {
        // Module files that set a session-wide value the session cannot honour per module.
        for (const QString &key : sessionWideKeys()) {
            if (!fromFiles.contains(key))
                continue;
            const std::optional<EffectiveValue> own = settings.value(module, kGlobal, key);
            const EffectiveValue session = mainValue(settings, kGlobal, key);
            if (own && own->origin.kind == ValueOrigin::Kind::ModuleFile && own->value != session.value)
                notes.append(u"%1 sets '%2 = %3' for the %4 module, but a session has one %2 for all its modules: "
                             u"%5 (%6)"_s.arg(own->origin.describe(), key, own->value, module, session.value,
                                              session.origin.describe()));
        }

        // [syscalls] switches (sync.conf, shm.conf): hooks left out at load time.
        const engine::ModuleDescriptor *descriptor = engine::findModule(module.toStdString());
        if (!descriptor || descriptor->switches.empty())
            continue;
        QStringList off;
        QString origin = ValueOrigin{ValueOrigin::Kind::KinsightDefault, {}, 0, {}, {}}.describe();
        QString section;
        for (const engine::ModuleSwitch &s : descriptor->switches) {
            section = QString::fromUtf8(s.section.data(), qsizetype(s.section.size()));
            const QString key = QString::fromUtf8(s.key.data(), qsizetype(s.key.size()));
            const std::optional<EffectiveValue> value = settings.value(module, section, key);
            if (!value)
                continue;
            if (value->origin.isFile())
                origin = value->origin.file;
            if (value->value == u"no") {
                off.append(key);
                options->engine.switchedOff[module.toStdString()].push_back(key.toStdString());
            }
        }
        summary.append({u"%1 [%2]"_s.arg(module, section), off.isEmpty() ? u"all on"_s : u"off: "_s + off.join(u' '),
                        origin});
    }

    // network.conf [network connections] and [service name]: which rows of the
    // connection table frames carry and how they are named (connection_view.h).
    // Rows are kept only when [ebpf programs] asks for the table too.
    if (args.modules.contains(u"socket"_s)) {
        const EffectiveValue wanted = mainValue(settings, kPrograms, kConnections);
        const EffectiveValue enabled =
            settings.value(u"socket", kConnections, u"enabled").value_or(EffectiveValue{});
        ConnectionRules rules = ConnectionRules::fromConfig(settings);
        if (wanted.value != u"yes") {
            rules.keep = false;
            rules.description = u"off"_s;
        }
        QString origin;
        if (!rules.keep) {
            origin = (wanted.value == u"yes" ? enabled : wanted).origin.describe();
        } else {
            const EffectiveValue ports =
                settings.value(u"socket", kConnections, u"ports").value_or(EffectiveValue{});
            const EffectiveValue ips = settings.value(u"socket", kConnections, u"ips").value_or(EffectiveValue{});
            origin = (ports.origin.isFile() ? ports.origin : ips.origin).describe();
        }
        summary.append({kConnections, rules.description, origin});
        options->connections = std::move(rules);
    }

    options->settings = summary;
    options->settingsNotes = notes;
    return options;
}

}  // namespace kinsight
