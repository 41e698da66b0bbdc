// kinsight-cli watch: per-second rates of every chart, one sample per interval,
// optionally with the per-application metrics of one process tree (--pid).
#include "commands.h"
#include "report.h"
#include "source_options.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>

#include <csignal>

namespace kinsight::cli {

namespace {

volatile std::sig_atomic_t stopRequested = 0;

void printHuman(QTextStream &out, const SessionInfo &session, const RateFrame &r, int group)
{
    out << "-- " << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")) << "  ("
        << QString::number(r.interval, 'f', 2) << " s";
    if (r.droppedFrames)
        out << ", " << r.droppedFrames << " frames dropped";
    out << ")\n";
    // Long keyed rows (24 latency bins) show only their non-zero values, in the table's order.
    auto printChart = [&](const QString &id, const QStringList &order, const QString &units, bool skipZeros = false) {
        const auto dims = r.charts.value(id);
        if (dims.isEmpty())
            return;
        out << "  " << qSetFieldWidth(34) << Qt::left << id << qSetFieldWidth(0);
        int hidden = 0;
        for (const QString &d : order.isEmpty() ? dims.keys() : order) {
            if (!dims.contains(d))
                continue;
            if (skipZeros && dims.value(d) == 0) {
                ++hidden;
                continue;
            }
            out << d << ' ' << formatNumber(dims.value(d)) << "  ";
        }
        if (hidden)
            out << "(" << hidden << " more at 0)  ";
        out << units << "\n";
    };
    QSet<QString> printed;
    for (const ModuleInfo &module : session.modules) {
        for (const ChartInfo &chart : module.charts) {
            QStringList order;
            for (const DimensionInfo &d : chart.dimensions)
                order << d.id;
            printChart(chart.id, order, chart.units);
            printed.insert(chart.id);
        }
        // Keyed charts: dimensions (or whole charts) come and go with their keys.
        for (const KeyedTableInfo &table : module.tables) {
            QStringList order;
            for (const CounterInfo &value : table.values)
                order << value.name;
            for (const KeyedChartInfo &chart : table.charts)
                for (const QString &id : r.charts.keys())
                    if (!printed.contains(id) && chart.matches(id)) {
                        // A per-key chart has the table's values as dimensions; the others have keys.
                        printChart(id, chart.chartPerKey ? order : QStringList(), chart.units,
                                   chart.chartPerKey && order.size() > 8);
                        printed.insert(id);
                    }
        }
    }
    if (group) {
        const auto metrics = r.trees.value(group);
        QStringList active;
        for (auto it = metrics.begin(); it != metrics.end(); ++it)
            if (it.value() != 0)
                active << it.key() + QLatin1Char(' ') + formatNumber(it.value());
        out << "  tree: " << (active.isEmpty() ? QStringLiteral("idle") : active.join(QStringLiteral("  "))) << " /s\n";
    }
    out.flush();
}

QJsonObject costJson(const CostRates &c)
{
    QJsonArray programs;
    for (const auto &p : c.programs) {
        QJsonObject o{{QStringLiteral("module"), p.module},
                      {QStringLiteral("program"), p.program},
                      {QStringLiteral("runs_per_s"), p.runsPerSecond},
                      {QStringLiteral("cpu_percent"), p.cpuPercent}};
        if (p.nsPerRun)
            o.insert(QStringLiteral("ns_per_run"), *p.nsPerRun);
        programs.append(o);
    }
    QJsonObject maps;
    for (auto it = c.mapBytesPerModule.begin(); it != c.mapBytesPerModule.end(); ++it)
        maps.insert(it.key(), qint64(it.value()));
    return {{QStringLiteral("bpf_stats"), c.statsEnabled},
            {QStringLiteral("programs"), programs},
            {QStringLiteral("map_bytes"), maps},
            {QStringLiteral("map_bytes_total"), qint64(c.mapBytesTotal)},
            {QStringLiteral("helper_cpu_percent"), c.helperCpuPercent},
            {QStringLiteral("helper_rss_bytes"), qint64(c.helperRssBytes)},
            {QStringLiteral("process_rows"), qint64(c.processRows)},
            {QStringLiteral("pid_table_size"), qint64(c.pidTableSize)}};
}

void printCost(QTextStream &out, const CostRates &c)
{
    out << "  cost: helper CPU " << QString::number(c.helperCpuPercent, 'f', 2) << " %, RSS "
        << c.helperRssBytes / 1024 << " KiB, maps " << c.mapBytesTotal / 1024 << " KiB, process rows "
        << c.processRows << "/" << c.pidTableSize << (c.statsEnabled ? "" : " (BPF statistics unavailable)") << "\n";
    QList<CostRates::Program> busiest = c.programs;
    std::sort(busiest.begin(), busiest.end(), [](const auto &a, const auto &b) { return a.cpuPercent > b.cpuPercent; });
    for (qsizetype i = 0; i < busiest.size() && i < 5; ++i) {
        const auto &p = busiest[i];
        if (p.runsPerSecond <= 0)
            break;
        out << "    " << qSetFieldWidth(36) << Qt::left << (p.module + QLatin1Char('/') + p.program) << qSetFieldWidth(0)
            << formatNumber(p.runsPerSecond) << " runs/s  "
            << (p.nsPerRun ? QString::number(*p.nsPerRun, 'f', 0) + QStringLiteral(" ns/run  ") : QString())
            << QString::number(p.cpuPercent, 'f', 3) << " % CPU\n";
    }
}

}  // namespace

int runWatch(const QStringList &args, QTextStream &out, QTextStream &err, const SourceFactory &sources)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints per-second rates of every chart each interval."));
    parser.addHelpOption();
    addSourceOptions(parser, true);
    parser.addOption({QStringLiteral("pid"), QStringLiteral("Also count the process tree of PID (per-application metrics)."),
                      QStringLiteral("pid")});
    parser.addOption({QStringLiteral("per-process"),
                      QStringLiteral("Also count every process (per-application totals, as the GUI's Applications page "
                                     "shows them; a --record of it opens there).")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Stop after this many seconds (default: until ^C)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("cost"),
                      QStringLiteral("Also show what measuring costs: BPF program runs and time, map memory, helper CPU.")});
    parser.addOption({QStringLiteral("record"),
                      QStringLiteral("Also save the session's stream to FILE (Kinsight opens it to read it again)."),
                      QStringLiteral("file")});
    if (!parser.parse(QStringList{QStringLiteral("kinsight-cli watch")} + args)) {
        err << "kinsight-cli watch: " << parser.errorText() << "\n";
        return kOwnError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    SourceRequest request;
    QString error;
    if (!readSourceOptions(parser, true, request, &error)) {
        err << "kinsight-cli watch: " << error << "\n";
        return kOwnError;
    }
    if (request.modules.isEmpty())
        request.modules = {QStringLiteral("process"), QStringLiteral("fd"), QStringLiteral("vfs")};
    if (parser.isSet(QStringLiteral("pid"))) {
        bool ok = false;
        const int pid = parser.value(QStringLiteral("pid")).toInt(&ok);
        if (!ok || pid <= 0) {
            err << "kinsight-cli watch: --pid takes a process id\n";
            return kOwnError;
        }
        request.treeRoot = pid;
    }
    request.perProcess = parser.isSet(QStringLiteral("per-process"));
    double seconds = -1;
    if (parser.isSet(QStringLiteral("seconds"))) {
        bool ok = false;
        seconds = parser.value(QStringLiteral("seconds")).toDouble(&ok);
        if (!ok || seconds <= 0) {
            err << "kinsight-cli watch: --seconds takes a positive number\n";
            return kOwnError;
        }
    }

    auto source = sources(parser.isSet(QStringLiteral("direct")));
    if (!source || !source->start(request, &error)) {
        err << "kinsight-cli watch: " << error << "\n";
        return kOwnError;
    }
    QFile record;
    if (parser.isSet(QStringLiteral("record"))) {
        record.setFileName(parser.value(QStringLiteral("record")));
        if (!record.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << "kinsight-cli watch: cannot write " << record.fileName() << ": " << record.errorString() << "\n";
            return kOwnError;
        }
        record.write(stream::encodeHeader(source->session()));
    }
    if (parser.isSet(QStringLiteral("cost")))
        source->setCostReporting(true);
    std::signal(SIGINT, [](int) { stopRequested = 1; });
    std::signal(SIGTERM, [](int) { stopRequested = 1; });
    const bool json = parser.isSet(QStringLiteral("json"));
    RateCalculator rates(source->session());
    auto first = source->nextFrame(true, &error);
    if (!first) {
        err << "kinsight-cli watch: " << error << "\n";
        return kOwnError;
    }
    rates.push(*first);
    if (record.isOpen())
        record.write(stream::encodeFrame(*first));
    const int group = first->trees.isEmpty() ? 0 : first->trees.firstKey();
    if (!json) {
        // Said once, up front: what this kernel and mode cannot measure, and why.
        for (const ModuleInfo &module : source->session().modules) {
            if (!module.loaded) {
                out << "not loaded: " << module.name << ": " << module.error << "\n";
                continue;
            }
            // Modules with only keyed tables (disk, filesystem, mdflush) have no fixed dimension to name.
            for (const HookAttachInfo &hook : module.hooks)
                if (hook.chosen.isEmpty())
                    out << "not attached: " << module.name << '/' << hook.hook << ": "
                        << (!hook.note.isEmpty()             ? hook.note
                            : !hook.rejected.isEmpty() ? hook.rejected.last().candidate + QStringLiteral(": ")
                                                               + hook.rejected.last().reason
                                                         : QStringLiteral("no candidate for this attach mode"))
                        << "\n";
        }
        for (const ModuleInfo &module : source->session().modules)
            for (const ChartInfo &chart : module.charts)
                for (const DimensionInfo &dim : chart.dimensions)
                    if (const QString why = module.unavailableReason(dim); !why.isEmpty())
                        out << "not measured: " << chart.id << '.' << dim.id << ": " << why << "\n";
    }
    const double start = double(first->monotonicNs) / 1e9;
    while (!stopRequested) {
        auto frame = source->nextFrame(false, &error);
        if (!frame) {
            err << "kinsight-cli watch: the measurement ended: " << error << "\n";
            return kOwnError;
        }
        if (record.isOpen())
            record.write(stream::encodeFrame(*frame));
        auto r = rates.push(*frame);
        if (!r)
            continue;
        if (json) {
            QJsonObject line{{QStringLiteral("seq"), qint64(r->sequence)},
                             {QStringLiteral("time"), double(QDateTime::currentMSecsSinceEpoch()) / 1000.0},
                             {QStringLiteral("interval_s"), r->interval},
                             {QStringLiteral("charts"), chartsJson(r->charts)},
                             {QStringLiteral("dropped"), qint64(r->droppedFrames)}};
            if (r->cost)
                line.insert(QStringLiteral("cost"), costJson(*r->cost));
            if (group) {
                QJsonObject metrics;
                const auto m = r->trees.value(group);
                for (auto it = m.begin(); it != m.end(); ++it)
                    metrics.insert(it.key(), it.value());
                line.insert(QStringLiteral("metrics"), metrics);
            }
            out << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
            out.flush();
        } else {
            printHuman(out, source->session(), *r, group);
            if (r->cost)
                printCost(out, *r->cost);
        }
        if (seconds > 0 && r->time - start >= seconds - 1e-3)
            break;
    }
    if (record.isOpen())
        record.write(stream::encodeEnd(QStringLiteral("watch stopped")));
    return 0;
}

}  // namespace kinsight::cli
