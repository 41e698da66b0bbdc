// A latency histogram over the visible window, ready to draw: per interval
// the events in each bin and the bins of its p50 and p99, and the same for the
// whole window. Events are rate × interval of RateCalculator's per-bin rates,
// which gives back the whole counts the kernel counted.
#pragma once

#include "histogram_bins.h"
#include "history.h"
#include "time_axis.h"

#include <functional>

namespace kinsight::gui {

struct HistogramSample {
    double time = 0;      // end of the interval
    double interval = 0;  // its length in seconds
    QList<double> rates;  // events per second, per bin
    QList<double> counts; // events, per bin
    double total = 0;
    int p50 = -1;  // bin; -1 without events
    int p99 = -1;
};

struct HistogramData {
    QList<HistogramSample> samples;
    QList<double> windowCounts;  // per bin, over the window
    double windowTotal = 0;
    int p50 = -1;
    int p99 = -1;
    int slowest = -1;     // highest bin with an event
    int firstRow = 0;     // bins worth drawing: those with events, with some room around them
    int lastRow = 0;
    double maxRate = 0;   // the largest per-bin rate in the window (top of the colour scale)

    // `intervalAt(time)` is the length of the interval ending at a sample time.
    static HistogramData build(const History &history, const QString &chartId, const HistogramBins &bins,
                               const TimeRange &range, const std::function<double(double)> &intervalAt);

    // Fewer rows make no readable histogram: at least this many are drawn.
    static constexpr int kMinimumRows = 8;
};

}  // namespace kinsight::gui
