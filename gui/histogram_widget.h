// A latency histogram chart (a disk's I/O, a file system's reads…): the heat
// map of its bins over the window and, under it, the window in one line —
// events, and the bins of p50, p99 and the slowest event. Percentiles from a
// histogram are known only to their bin, so they are given as bin ranges.
#pragma once

#include "chart_card.h"
#include "heatmap_view.h"

#include <functional>

class QLabel;

namespace kinsight::gui {

class HistogramWidget : public ChartCard {
    Q_OBJECT
public:
    explicit HistogramWidget(const CatalogChart &chart, QWidget *parent = nullptr);

    void refresh(const History &history, const TimeRange &range, const TimeLabeler &labeler,
                 const std::function<double(double)> &intervalAt);
    void refreshFrom(const SessionController &controller) override;

    const HistogramBins &bins() const { return bins_; }
    const HistogramData &data() const { return view_->data(); }
    HeatmapView *view() const { return view_; }
    QString summaryText() const;

private:
    void updateSummary();

    HistogramBins bins_;
    HeatmapView *view_ = nullptr;
    QLabel *summary_ = nullptr;
};

}  // namespace kinsight::gui
