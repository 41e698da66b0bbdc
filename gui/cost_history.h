// What measuring costs, as it arrives: the newest cost rates for the tables,
// the newest raw sample for the maps, and two charts over time (CPU and
// memory of the measuring), kept like every other chart's history.
#pragma once

#include "chart_catalog.h"
#include "frame.h"
#include "history.h"
#include "rates.h"

#include <optional>

namespace kinsight::gui {

class CostHistory {
public:
    explicit CostHistory(double maxAgeSeconds);

    static QString cpuChartId();     // dimensions bpf (every program), helper
    static QString memoryChartId();  // dimensions maps, helper_rss
    static CatalogChart cpuChart();
    static CatalogChart memoryChart();

    static double bpfCpuPercent(const CostRates &rates);
    static double bpfRunsPerSecond(const CostRates &rates);

    void clear();
    // Every frame: its raw cost (or none), and its cost rates when there were two in a row.
    void addFrame(const std::optional<CollectorCost> &raw, const std::optional<CostRates> &rates, double time);

    const History &history() const { return history_; }
    const std::optional<CostRates> &latest() const { return latest_; }
    const std::optional<CollectorCost> &latestRaw() const { return latestRaw_; }
    qsizetype samples() const { return samples_; }
    // Frames in a row that came without cost (a recording without it, an old helper).
    qsizetype framesWithoutCost() const { return withoutCost_; }

private:
    History history_;
    std::optional<CostRates> latest_;
    std::optional<CollectorCost> latestRaw_;
    qsizetype samples_ = 0;
    qsizetype withoutCost_ = 0;
};

}  // namespace kinsight::gui
