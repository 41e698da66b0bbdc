#include "cost_history.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kinsight::gui::CostHistory", text);
}
}  // namespace

CostHistory::CostHistory(double maxAgeSeconds) : history_(maxAgeSeconds, 40000) {}

QString CostHistory::cpuChartId()
{
    return u"kinsight.collector_cpu"_s;
}

QString CostHistory::memoryChartId()
{
    return u"kinsight.collector_memory"_s;
}

CatalogChart CostHistory::cpuChart()
{
    CatalogChart chart;
    chart.module = u"kinsight"_s;
    chart.id = cpuChartId();
    chart.title = tr("CPU used by measuring");
    chart.units = u"%"_s;
    chart.dimensions = {{u"bpf"_s, tr("BPF programs"), false, false, {}, 0},
                        {u"helper"_s, tr("helper process"), false, false, {}, 1}};
    return chart;
}

CatalogChart CostHistory::memoryChart()
{
    CatalogChart chart;
    chart.module = u"kinsight"_s;
    chart.id = memoryChartId();
    chart.title = tr("Memory used by measuring");
    chart.units = u"bytes"_s;
    chart.dimensions = {{u"maps"_s, tr("BPF maps (kernel)"), true, false, {}, 2},
                        {u"helper_rss"_s, tr("helper RSS"), true, false, {}, 3}};
    return chart;
}

double CostHistory::bpfCpuPercent(const CostRates &rates)
{
    double total = 0;
    for (const CostRates::Program &p : rates.programs)
        total += p.cpuPercent;
    return total;
}

double CostHistory::bpfRunsPerSecond(const CostRates &rates)
{
    double total = 0;
    for (const CostRates::Program &p : rates.programs)
        total += p.runsPerSecond;
    return total;
}

void CostHistory::clear()
{
    history_.clear();
    latest_.reset();
    latestRaw_.reset();
    samples_ = 0;
    withoutCost_ = 0;
}

void CostHistory::addFrame(const std::optional<CollectorCost> &raw, const std::optional<CostRates> &rates, double time)
{
    if (!raw) {
        ++withoutCost_;
        return;
    }
    withoutCost_ = 0;
    latestRaw_ = raw;
    if (!rates)
        return;
    latest_ = rates;
    ++samples_;
    RateFrame frame;
    frame.time = time;
    // Run time is known only while the kernel counts it: no line, not a zero line.
    if (rates->statsEnabled)
        frame.charts[cpuChartId()][u"bpf"_s] = bpfCpuPercent(*rates);
    frame.charts[cpuChartId()][u"helper"_s] = rates->helperCpuPercent;
    frame.charts[memoryChartId()][u"maps"_s] = double(rates->mapBytesTotal);
    frame.charts[memoryChartId()][u"helper_rss"_s] = double(rates->helperRssBytes);
    history_.append(frame);
}

}  // namespace kinsight::gui
