// kinsight-cli: Kinsight without a display. Measures through kinsight-helper
// (D-Bus, polkit) or, as root with --direct, with the engine in-process.
#include "capabilities_source.h"
#include "commands.h"
#include "config_command.h"
#include "diagnose_command.h"
#include "diagnose_helper.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace kinsight::cli;

namespace {

const char *kUsage =
    "usage: kinsight-cli COMMAND [OPTIONS]\n"
    "\n"
    "  capabilities [--json] [--direct]          what each module can attach on this kernel\n"
    "  stat [OPTIONS] -- COMMAND [ARGS...]       count COMMAND and its descendants, print totals\n"
    "  watch [OPTIONS] [--pid PID] [--seconds N] per-second rates every interval\n"
    "  export --openmetrics|--netdata [OPTIONS]  Prometheus/OpenMetrics text or a Netdata plugin stream\n"
    "  config check|get|set|show|explain ...     read, check and edit ebpf.d.conf settings\n"
    "  diagnose [--json|--markdown|--kernel-config]  is this machine ready for eBPF monitoring?\n"
    "\n"
    "Measuring options: --direct --json --modules a,b --attach auto|trampoline|tracepoint|probe\n"
    "                   --load-mode entry|return --interval S --pid-table-size N\n"
    "Run 'kinsight-cli COMMAND --help' for details.\n";


}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kinsight-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KINSIGHT_VERSION));
    QTextStream out(stdout), err(stderr);

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        out << kUsage;
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "kinsight-cli " << KINSIGHT_VERSION << "\n";
        return 0;
    }
    const QString command = args.takeFirst();
    SourceFactory sources = [](bool direct) { return direct ? makeDirectSource() : makeHelperSource(); };
    if (command == QLatin1String("capabilities"))
        return runCapabilities(args, out, err);
    if (command == QLatin1String("stat"))
        return runStat(args, out, err, sources);
    if (command == QLatin1String("watch"))
        return runWatch(args, out, err, sources);
    if (command == QLatin1String("export"))
        return runExport(args, out, err, sources);
    if (command == QLatin1String("config"))
        return runConfigCommand(args, out, err);
    if (command == QLatin1String("diagnose")) {
        // What needs root (lockdown, audit log, attach matrix) is read here as root, else asked of
        // the helper, exactly as the Diagnostics page asks; without either the other checks still run.
        return runDiagnoseCommand(args, out, err, [&err] { return kinsight::cli::gatherDiagnosticAnswers(err); });
    }
    err << "kinsight-cli: unknown command '" << command << "'\n" << kUsage;
    return 2;
}
