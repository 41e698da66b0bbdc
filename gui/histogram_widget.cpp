#include "histogram_widget.h"

#include "catalog_text.h"
#include "session_controller.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

HistogramWidget::HistogramWidget(const CatalogChart &chart, QWidget *parent) : ChartCard(chart, parent)
{
    bins_ = HistogramBins::fromNames(chart.bins).value_or(HistogramBins());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(createHeader());
    view_ = new HeatmapView(this);
    view_->setObjectName(u"heatmap"_s);
    view_->setAccessibleName(tr("Latency distribution of %1 over time").arg(catalogText(chart.title)));
    layout->addWidget(view_, 1);
    summary_ = new QLabel(this);
    summary_->setObjectName(u"histogramSummary"_s);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary_);
    view_->setData({}, bins_, {}, {}, chart.units, false);
    updateSummary();
}

void HistogramWidget::refreshFrom(const SessionController &controller)
{
    refresh(controller.history(), controller.visibleRange(), controller.labeler(),
            [&controller](double time) {
                // Every sample has its interval; the session's is only a fallback.
                const double interval = controller.intervalAt(time);
                return interval > 0 ? interval : controller.session().intervalSeconds;
            });
}

void HistogramWidget::refresh(const History &history, const TimeRange &range, const TimeLabeler &labeler,
                              const std::function<double(double)> &intervalAt)
{
    view_->setData(HistogramData::build(history, info_.id, bins_, range, intervalAt), bins_, range, labeler,
                   info_.units, true);
    updateSummary();
}

void HistogramWidget::updateSummary()
{
    const HistogramData &d = view_->data();
    if (!(d.windowTotal > 0)) {
        summary_->setText(view_->emptyText());
        return;
    }
    const QLocale locale;
    summary_->setText(tr("In the window: %1 events · p50 in %2 · p99 in %3 · slowest in %4")
                          .arg(locale.toString(d.windowTotal, 'f', 0), bins_.rangeText(d.p50),
                               bins_.rangeText(d.p99), bins_.rangeText(d.slowest)));
}

QString HistogramWidget::summaryText() const
{
    return summary_->text();
}

}  // namespace kinsight::gui
