// kinsight-cli: Kinsight without a display. Measures through kinsight-helper
// (D-Bus, polkit) or, as root with --direct, with the engine in-process.
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace kinsight::cli;

namespace {

const char *kUsage =
    "usage: kinsight-cli COMMAND [OPTIONS]\n"
    "\n"
    "  capabilities [--json] [--direct]          what each module can attach on this kernel\n"
    "  stat [OPTIONS] -- COMMAND [ARGS...]       count COMMAND and its descendants, print totals\n"
    "  watch [OPTIONS] [--pid PID] [--seconds N] per-second rates every interval\n"
    "\n"
    "Measuring options: --direct --json --modules a,b --attach auto|trampoline|tracepoint|probe\n"
    "                   --load-mode entry|return --interval S --pid-table-size N\n"
    "Run 'kinsight-cli COMMAND --help' for details.\n";

std::unique_ptr<MeasurementSource> makeSource(bool direct)
{
    if (direct)
        return makeDirectSource();
    return nullptr;
}

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
    SourceFactory sources = [&err](bool direct) {
        auto source = makeSource(direct);
        if (!source)
            err << "kinsight-cli: measuring through kinsight-helper is not available in this build; use --direct as root\n";
        return source;
    };
    if (command == QLatin1String("capabilities"))
        return runCapabilities(args, out, err);
    if (command == QLatin1String("stat"))
        return runStat(args, out, err, sources);
    if (command == QLatin1String("watch"))
        return runWatch(args, out, err, sources);
    err << "kinsight-cli: unknown command '" << command << "'\n" << kUsage;
    return 2;
}
