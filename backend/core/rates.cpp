#include "rates.h"

#include <QHash>

namespace kinsight {

RateCalculator::RateCalculator(SessionInfo session) : session_(std::move(session)) {}

double RateCalculator::sum(const QList<quint64> &counters, const QList<std::pair<int, int>> &terms)
{
    double total = 0;
    for (const auto &[index, coefficient] : terms)
        if (index >= 0 && index < counters.size())
            total += double(coefficient) * double(counters[index]);
    return total;
}

quint64 RateCalculator::sum(const QList<quint64> &counters, const QList<int> &indices)
{
    quint64 total = 0;
    for (int index : indices)
        if (index >= 0 && index < counters.size())
            total += counters[index];
    return total;
}

namespace {

// True when every counter the terms use moved forward (or stayed).
bool monotonic(const QList<quint64> &before, const QList<quint64> &after, const QList<std::pair<int, int>> &terms)
{
    for (const auto &term : terms) {
        const int i = term.first;
        if (i < 0 || i >= before.size() || i >= after.size() || after[i] < before[i])
            return false;
    }
    return true;
}

}  // namespace

CostRates RateCalculator::costRates(const CollectorCost &before, const CollectorCost &now, double interval)
{
    CostRates out;
    out.statsEnabled = now.statsEnabled;
    QHash<QString, const ProgramCost *> was;
    for (const ProgramCost &p : before.programs)
        was.insert(p.module + QLatin1Char('/') + p.program, &p);
    for (const ProgramCost &p : now.programs) {
        CostRates::Program r{p.module, p.program, 0, std::nullopt, 0};
        if (const ProgramCost *b = was.value(p.module + QLatin1Char('/') + p.program);
            b && p.runCount >= b->runCount && p.runTimeNs >= b->runTimeNs) {
            const quint64 runs = p.runCount - b->runCount;
            const quint64 ns = p.runTimeNs - b->runTimeNs;
            r.runsPerSecond = double(runs) / interval;
            if (runs)
                r.nsPerRun = double(ns) / double(runs);
            r.cpuPercent = double(ns) / (interval * 1e9) * 100.0;
        }
        out.programs.append(r);
    }
    for (const MapCost &m : now.maps) {
        out.mapBytesPerModule[m.module] += m.memlockBytes;
        out.mapBytesTotal += m.memlockBytes;
    }
    if (now.helperCpuNs >= before.helperCpuNs)
        out.helperCpuPercent = double(now.helperCpuNs - before.helperCpuNs) / (interval * 1e9) * 100.0;
    out.helperRssBytes = now.helperRssBytes;
    out.processRows = now.processRows;
    out.pidTableSize = now.pidTableSize;
    return out;
}

std::optional<RateFrame> RateCalculator::push(const Frame &frame)
{
    std::optional<Frame> previous = std::exchange(previous_, frame);
    if (!previous || frame.monotonicNs <= previous->monotonicNs)
        return std::nullopt;

    RateFrame out;
    out.sequence = frame.sequence;
    out.time = double(frame.monotonicNs) / 1e9;
    out.interval = double(frame.monotonicNs - previous->monotonicNs) / 1e9;
    if (frame.sequence > previous->sequence + 1) {
        out.droppedFrames = frame.sequence - previous->sequence - 1;
        droppedTotal_ += out.droppedFrames;
    }

    if (frame.cost && previous->cost)
        out.cost = costRates(*previous->cost, *frame.cost, out.interval);

    for (const ModuleInfo &module : session_.modules) {
        const ModuleFrame *now = frame.module(module.name);
        const ModuleFrame *before = previous->module(module.name);
        if (!now || !before)
            continue;
        for (const ChartInfo &chart : module.charts) {
            for (const DimensionInfo &dim : chart.dimensions) {
                if (!module.unavailableReason(dim).isEmpty())
                    continue;  // unavailable is absent, never zero
                if (dim.gauge) {
                    out.charts[chart.id][dim.id] = chart.scale * sum(now->global, dim.terms);
                } else if (dim.isRatio()) {
                    // A ratio of nothing is no value, not 0 % or 100 %.
                    const double den = sum(now->global, dim.denominator) - sum(before->global, dim.denominator);
                    if (den > 0 && monotonic(before->global, now->global, dim.terms)
                        && monotonic(before->global, now->global, dim.denominator))
                        out.charts[chart.id][dim.id] =
                            100.0 * (sum(now->global, dim.terms) - sum(before->global, dim.terms)) / den;
                } else if (monotonic(before->global, now->global, dim.terms)) {
                    const double delta = sum(now->global, dim.terms) - sum(before->global, dim.terms);
                    out.charts[chart.id][dim.id] = chart.scale * delta / out.interval;
                }
            }
        }
        for (const KeyedTableInfo &table : module.tables) {
            const QList<KeyedCounters> rowsNow = now->keyed.value(table.name);
            QHash<QString, const KeyedCounters *> rowsBefore;
            const QList<KeyedCounters> rowsWere = before->keyed.value(table.name);
            for (const KeyedCounters &row : rowsWere)
                rowsBefore.insert(row.label, &row);
            for (const KeyedCounters &row : rowsNow) {
                const KeyedCounters *was = rowsBefore.value(row.label);
                if (!was)
                    continue;  // a new key: its rate starts with the next frame
                auto rate = [&](int v) -> std::optional<double> {
                    if (v >= row.values.size() || v >= was->values.size() || row.values[v] < was->values[v])
                        return std::nullopt;
                    return double(row.values[v] - was->values[v]) / out.interval;
                };
                for (const KeyedChartInfo &chart : table.charts) {
                    if (chart.chartPerKey) {
                        for (int v = 0; v < table.values.size(); ++v)
                            if (auto r = rate(v))
                                out.charts[chart.chartId(row.label)][table.values[v].name] = *r * chart.scale;
                    } else if (auto r = rate(chart.value)) {
                        out.charts[chart.id][row.label] = *r * chart.scale;
                    }
                }
            }
        }
        for (auto it = now->trees.begin(); it != now->trees.end(); ++it) {
            auto was = before->trees.find(it.key());
            if (was == before->trees.end())
                continue;
            for (const AppMetricInfo &metric : module.appMetrics) {
                if (!module.unavailableReason(metric.counters).isEmpty())
                    continue;
                QList<std::pair<int, int>> terms;
                for (int c : metric.counters)
                    terms.append({c, 1});
                if (monotonic(was.value(), it.value(), terms))
                    out.trees[it.key()][metric.name] =
                        (sum(it.value(), terms) - sum(was.value(), terms)) / out.interval;
            }
        }
    }
    return out;
}

}  // namespace kinsight
