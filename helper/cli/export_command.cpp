// kinsight-cli export: the session's counters for the monitoring tools people
// already run. --openmetrics prints (or serves over HTTP) the Prometheus /
// OpenMetrics text; --netdata speaks Netdata's external plugin protocol on
// stdout so an agent can run Kinsight as its eBPF plugin.
#include "apps_aggregator.h"
#include "commands.h"
#include "metrics_server.h"
#include "netdata_plugin.h"
#include "openmetrics.h"
#include "source_options.h"

#include <csignal>
#include <utility>

namespace kinsight::cli {

namespace {

volatile std::sig_atomic_t stopRequested = 0;

struct ExportArgs {
    bool openMetrics = false;
    bool netdata = false;
    bool once = false;
    QString listen;
    exporting::OpenMetricsOptions::Format format = exporting::OpenMetricsOptions::Format::Prometheus;
};

int fail(QTextStream &err, const QString &message)
{
    err << "kinsight-cli export: " << message << "\n";
    return kOwnError;
}

}  // namespace

int runExport(const QStringList &args, QTextStream &out, QTextStream &err, const SourceFactory &sources)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports the counters to Prometheus/OpenMetrics or to a Netdata agent.\n"
        "  --openmetrics --once              one exposition after one interval, then exit\n"
        "  --openmetrics --listen ADDR:PORT  serve /metrics over HTTP until stopped\n"
        "  --openmetrics                     one exposition per interval on stdout\n"
        "  --netdata                         Netdata external plugin protocol on stdout"));
    parser.addHelpOption();
    addSourceOptions(parser, true);
    parser.addOption({QStringLiteral("openmetrics"), QStringLiteral("Prometheus/OpenMetrics text exposition.")});
    parser.addOption({QStringLiteral("netdata"), QStringLiteral("Netdata's external plugin protocol.")});
    parser.addOption({QStringLiteral("listen"),
                      QStringLiteral("Serve GET /metrics on ADDR:PORT (e.g. 127.0.0.1:9435)."), QStringLiteral("addr:port")});
    parser.addOption({QStringLiteral("once"), QStringLiteral("Print one exposition after one interval and exit.")});
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("Text on stdout: prometheus (0.0.4, default) or openmetrics (1.0.0). Over HTTP the "
                                     "scraper's Accept header decides."),
                      QStringLiteral("format"), QStringLiteral("prometheus")});
    parser.addOption({QStringLiteral("pid"), QStringLiteral("Also export the process tree of PID (scope=\"tree\")."),
                      QStringLiteral("pid")});
    parser.addOption({QStringLiteral("no-apps"),
                      QStringLiteral("Leave out the per-application totals (label app; they need per-process "
                                     "counting in the kernel).")});
    parser.addOption({QStringLiteral("max-series"),
                      QStringLiteral("At most N label values per metric; the rest are summed as \"other\" "
                                     "(default 200)."),
                      QStringLiteral("n"), QStringLiteral("200")});
    // Netdata starts plugins as "<plugin> <update_every>": a bare number is the interval.
    QStringList rest = args;
    if (!rest.isEmpty() && rest.contains(QStringLiteral("--netdata")) && !rest.last().startsWith(QLatin1Char('-'))) {
        bool ok = false;
        rest.last().toInt(&ok);
        if (ok) {
            rest.append(QStringLiteral("--interval"));
            rest.append(rest.takeAt(rest.size() - 2));
        }
    }
    if (!parser.parse(QStringList{QStringLiteral("kinsight-cli export")} + rest))
        return fail(err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    ExportArgs a;
    a.openMetrics = parser.isSet(QStringLiteral("openmetrics"));
    a.netdata = parser.isSet(QStringLiteral("netdata"));
    a.once = parser.isSet(QStringLiteral("once"));
    a.listen = parser.value(QStringLiteral("listen"));
    if (a.openMetrics == a.netdata)
        return fail(err, QStringLiteral("choose one of --openmetrics or --netdata"));
    if (a.netdata && (a.once || !a.listen.isEmpty()))
        return fail(err, QStringLiteral("--once and --listen go with --openmetrics"));
    if (a.once && !a.listen.isEmpty())
        return fail(err, QStringLiteral("--once prints one exposition; --listen serves them: choose one"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("openmetrics"))
        a.format = exporting::OpenMetricsOptions::Format::OpenMetrics;
    else if (format != QLatin1String("prometheus"))
        return fail(err, QStringLiteral("--format must be openmetrics or prometheus (got '%1')").arg(format));

    bool seriesOk = false;
    const int maxSeries = parser.value(QStringLiteral("max-series")).toInt(&seriesOk);
    if (!seriesOk || maxSeries < 1 || maxSeries > 100000)
        return fail(err, QStringLiteral("--max-series takes a number from 1 to 100000"));
    const bool withApps = a.openMetrics && !parser.isSet(QStringLiteral("no-apps"));

    SourceRequest request;
    QString error;
    if (!readSourceOptions(parser, true, request, &error))
        return fail(err, error);
    if (request.modules.isEmpty())
        request.modules = {QStringLiteral("process"), QStringLiteral("fd"), QStringLiteral("vfs")};
    if (parser.isSet(QStringLiteral("pid"))) {
        bool ok = false;
        const int pid = parser.value(QStringLiteral("pid")).toInt(&ok);
        if (!ok || pid <= 0)
            return fail(err, QStringLiteral("--pid takes a process id"));
        request.treeRoot = pid;
    }

    request.perProcess = request.perProcess || withApps;

    std::unique_ptr<MetricsServer> server;
    if (!a.listen.isEmpty()) {
        server = std::make_unique<MetricsServer>();
        if (!server->listen(a.listen, &error))
            return fail(err, error);
        err << "kinsight-cli export: serving http://" << server->address() << "/metrics\n";
        err.flush();
    }

    auto source = sources(parser.isSet(QStringLiteral("direct")));
    if (!source || !source->start(request, &error)) {
        // Tells a Netdata agent not to restart a plugin that cannot work here.
        if (a.netdata)
            out << "DISABLE\n";
        return fail(err, error);
    }
    std::signal(SIGINT, [](int) { stopRequested = 1; });
    std::signal(SIGTERM, [](int) { stopRequested = 1; });
    std::signal(SIGPIPE, [](int) { stopRequested = 1; });

    exporting::NetdataPluginWriter netdata(source->session(), qMax(1, qRound(request.intervalSeconds)));
    exporting::OpenMetricsOptions options;
    options.format = a.format;
    options.maxSeriesPerFamily = maxSeries;
    std::optional<apps::AppsAggregator> applications;
    if (withApps)
        applications.emplace(source->session());
    // The first frame is taken at once; --once prints the one after it, so its
    // counters cover a whole interval on either source.
    bool first = true;
    while (!stopRequested) {
        auto frame = source->nextFrame(first, &error);
        if (!frame) {
            if (stopRequested)
                break;
            if (a.netdata)
                out << "DISABLE\n";
            return fail(err, QStringLiteral("the measurement ended: ") + error);
        }
        const bool wasFirst = std::exchange(first, false);
        const apps::AppsSnapshotPtr appsNow = applications ? applications->push(*frame) : apps::AppsSnapshotPtr();
        if (a.netdata) {
            out << netdata.frame(*frame);
            out.flush();
            if (out.status() != QTextStream::Ok)
                break;
        } else if (server) {
            server->publish(source->session(), *frame, appsNow, maxSeries);
        } else if (!(a.once && wasFirst)) {
            out << exporting::toOpenMetrics(source->session(), *frame, options, appsNow.get());
            out.flush();
            if (a.once)
                break;
        }
    }
    return 0;
}

}  // namespace kinsight::cli
