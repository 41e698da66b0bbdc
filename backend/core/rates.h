// Cumulative counters -> per-second rates: the one place where rates are made.
// A rate is Δ(sum of the dimension's counters) / Δt of the two frames' own
// timestamps, so irregular intervals give correct rates. A counter that goes
// backwards (a restarted session) gives no value for that sample, not a spike.
#pragma once

#include "frame.h"
#include "session_info.h"

#include <optional>

namespace kinsight {

// Rates of what measuring costs (see CollectorCost).
struct CostRates {
    struct Program {
        QString module;
        QString program;
        double runsPerSecond = 0;
        std::optional<double> nsPerRun;  // none without runs in the interval
        double cpuPercent = 0;           // of one core
    };
    bool statsEnabled = false;
    QList<Program> programs;
    QMap<QString, quint64> mapBytesPerModule;
    quint64 mapBytesTotal = 0;
    double helperCpuPercent = 0;
    quint64 helperRssBytes = 0;
    quint32 processRows = 0;
    quint32 pidTableSize = 0;
};

struct RateFrame {
    quint64 sequence = 0;
    double time = 0;      // seconds, monotonic clock of the helper
    double interval = 0;  // seconds since the previous frame
    quint64 droppedFrames = 0;  // frames lost between the previous one and this one
    // chart id -> dimension id -> value (per second, or the gauge value)
    QMap<QString, QMap<QString, double>> charts;
    // inspected tree -> metric name -> per second
    QMap<int, QMap<QString, double>> trees;
    std::optional<CostRates> cost;
};

class RateCalculator {
public:
    explicit RateCalculator(SessionInfo session);

    // Rates between the previous frame and this one; nothing for the first frame.
    std::optional<RateFrame> push(const Frame &frame);

    quint64 droppedFramesTotal() const { return droppedTotal_; }
    const SessionInfo &session() const { return session_; }

    // Sums of a metric's or dimension's counters in cumulative values.
    static double sum(const QList<quint64> &counters, const QList<std::pair<int, int>> &terms);
    static quint64 sum(const QList<quint64> &counters, const QList<int> &indices);
    static CostRates costRates(const CollectorCost &before, const CollectorCost &now, double interval);

private:
    SessionInfo session_;
    std::optional<Frame> previous_;
    quint64 droppedTotal_ = 0;
};

}  // namespace kinsight
