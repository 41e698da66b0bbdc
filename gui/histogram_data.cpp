#include "histogram_data.h"

#include <QMap>

#include <cmath>

namespace kinsight::gui {

HistogramData HistogramData::build(const History &history, const QString &chartId, const HistogramBins &bins,
                                   const TimeRange &range, const std::function<double(double)> &intervalAt)
{
    HistogramData data;
    const qsizetype binCount = bins.size();
    data.windowCounts = QList<double>(binCount, 0.0);

    // Every bin of a key comes in the same frames; a bin missing from one (a
    // counter that went back) leaves its cell empty, not zero.
    QMap<double, HistogramSample> byTime;
    for (qsizetype b = 0; b < binCount; ++b) {
        for (const QPointF &p : history.series(chartId, bins.names()[b], range.start)) {
            if (p.x() > range.lastSample)
                break;
            HistogramSample &s = byTime[p.x()];
            if (s.rates.isEmpty()) {
                s.time = p.x();
                s.interval = intervalAt(p.x());
                s.rates = QList<double>(binCount, 0.0);
                s.counts = QList<double>(binCount, 0.0);
            }
            s.rates[b] = p.y();
            s.counts[b] = std::round(p.y() * s.interval);
        }
    }
    for (HistogramSample &s : byTime) {
        for (qsizetype b = 0; b < binCount; ++b) {
            s.total += s.counts[b];
            data.windowCounts[b] += s.counts[b];
            data.maxRate = std::max(data.maxRate, s.rates[b]);
        }
        s.p50 = HistogramBins::quantileBin(s.counts, 0.50);
        s.p99 = HistogramBins::quantileBin(s.counts, 0.99);
        data.samples.append(s);
    }
    int first = -1;
    for (qsizetype b = 0; b < binCount; ++b) {
        data.windowTotal += data.windowCounts[b];
        if (data.windowCounts[b] > 0) {
            if (first < 0)
                first = int(b);
            data.slowest = int(b);
        }
    }
    data.p50 = HistogramBins::quantileBin(data.windowCounts, 0.50);
    data.p99 = HistogramBins::quantileBin(data.windowCounts, 0.99);

    const int last = int(binCount) - 1;
    if (first < 0) {
        data.firstRow = 0;
        data.lastRow = last;
        return data;
    }
    // One empty row on each side shows where the distribution ends.
    data.firstRow = std::max(0, first - 1);
    data.lastRow = std::min(last, data.slowest + 1);
    while (data.lastRow - data.firstRow + 1 < kMinimumRows && (data.firstRow > 0 || data.lastRow < last)) {
        if (data.lastRow < last)
            ++data.lastRow;
        if (data.lastRow - data.firstRow + 1 < kMinimumRows && data.firstRow > 0)
            --data.firstRow;
    }
    return data;
}

}  // namespace kinsight::gui
