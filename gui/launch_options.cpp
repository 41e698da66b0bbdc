#include "launch_options.h"

#include <QCommandLineParser>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

SessionRequest LaunchOptions::defaultRequest()
{
    SessionRequest request;
    request.modules = {u"process"_s, u"fd"_s, u"vfs"_s};
    request.loadMode = u"entry"_s;
    request.intervalSeconds = 1.0;
    // Per-cgroup counters as the settings say ('cgroups = yes' in ebpf.d.conf), for the Applications page.
    request.cgroups.clear();
    return request;
}

LaunchParser::Result LaunchParser::parse(const QStringList &arguments, LaunchOptions *options, QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows, every second, how applications interact with the Linux kernel."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption replay(u"replay"_s, tr("Replay the recording <file> instead of measuring live."),
                                    tr("file"));
    const QCommandLineOption replaySpeed(u"replay-speed"_s,
                                         tr("Replay <fps> frames per second (default 0: all at once)."), tr("fps"),
                                         u"0"_s);
    const QCommandLineOption interval(u"interval"_s, tr("Seconds between samples of a live session (default 1)."),
                                      tr("seconds"), u"1"_s);
    const QCommandLineOption modules(u"modules"_s,
                                     tr("Comma-separated modules to load (default process,fd,vfs)."), tr("list"),
                                     u"process,fd,vfs"_s);
    const QCommandLineOption loadMode(u"load-mode"_s,
                                      tr("entry counts calls; return also counts errors (default entry)."),
                                      tr("entry|return"), u"entry"_s);
    parser.addOptions({replay, replaySpeed, interval, modules, loadMode});

    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return Result::Error;
    }
    if (parser.isSet(help)) {
        *message = parser.helpText();
        return Result::HelpShown;
    }
    if (parser.isSet(version))
        return Result::VersionShown;
    if (!parser.positionalArguments().isEmpty()) {
        *message = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return Result::Error;
    }

    LaunchOptions out;
    out.request = LaunchOptions::defaultRequest();
    out.replayPath = parser.value(replay);

    bool ok = false;
    out.replaySpeed = parser.value(replaySpeed).toDouble(&ok);
    if (!ok || out.replaySpeed < 0 || out.replaySpeed > 1000) {
        *message = tr("--replay-speed must be a number of frames per second from 0 to 1000");
        return Result::Error;
    }
    out.request.intervalSeconds = parser.value(interval).toDouble(&ok);
    if (!ok || out.request.intervalSeconds < 0.1 || out.request.intervalSeconds > 3600) {
        *message = tr("--interval must be a number of seconds from 0.1 to 3600");
        return Result::Error;
    }
    static const QRegularExpression moduleName(u"^[a-z][a-z0-9_]{0,31}$"_s);
    out.request.modules.clear();
    for (const QString &name : parser.value(modules).split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
        if (!moduleName.match(trimmed).hasMatch()) {
            *message = tr("--modules: \"%1\" is not a module name").arg(trimmed);
            return Result::Error;
        }
        if (!out.request.modules.contains(trimmed))
            out.request.modules.append(trimmed);
    }
    if (out.request.modules.isEmpty()) {
        *message = tr("--modules needs at least one module");
        return Result::Error;
    }
    out.request.loadMode = parser.value(loadMode);
    if (out.request.loadMode != u"entry"_s && out.request.loadMode != u"return"_s) {
        *message = tr("--load-mode must be entry or return");
        return Result::Error;
    }
    *options = out;
    return Result::Ok;
}

}  // namespace kinsight::gui
