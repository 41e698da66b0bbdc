// One line chart of the session: a line per measured dimension over the
// visible time window, its units on the y axis (bytes scaled to KiB/MiB/...),
// a legend, hover text with the exact values, and under it every dimension
// that cannot be measured with its reason (those are never drawn, so never
// seen as zero). Every dimension keeps its colour. A chart with more
// dimensions than fit (an IRQ each) draws the largest ones in the window and
// offers the others in a menu.
#pragma once

#include "chart_card.h"
#include "history.h"
#include "time_axis.h"
#include "top_dimensions.h"
#include "value_format.h"

#include <QMap>

class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QToolButton;
class QValueAxis;
class QChart;

namespace kinsight::gui {

class HoverChartView;

class ChartWidget : public ChartCard {
    Q_OBJECT
public:
    explicit ChartWidget(const CatalogChart &chart, QWidget *parent = nullptr);

    // Draws the history's samples in `range`.
    void refresh(const History &history, const TimeRange &range, const TimeLabeler &labeler);
    void refreshFrom(const SessionController &controller) override;
    void addDimension(const CatalogDimension &dimension) override;

    // Hover text for the sample nearest to `x` (empty when there is none).
    QString hoverTextAt(double x) const;
    void hoverAt(double x);  // as if the pointer were over x

    QLineSeries *series(const QString &dimensionId) const { return series_.value(dimensionId); }
    // Every dimension with a line (drawn or put away), in the chart's order.
    QStringList plottedDimensions() const { return order_; }
    // The lines drawn now.
    QStringList shownDimensions() const;
    QList<DimensionAverage> averages() const { return averages_; }
    TopDimensions &topDimensions() { return top_; }
    void applyDimensionChoice();  // after changing topDimensions()' choices
    QToolButton *dimensionChooser() const { return chooser_; }

    QString unavailableText() const;
    UnitScale scale() const { return scale_; }
    QValueAxis *valueAxis() const { return valueAxis_; }
    QCategoryAxis *timeAxis() const { return timeAxis_; }
    HoverChartView *view() const { return view_; }
    QString emptyText() const;

private:
    void buildChart();
    void addSeries(const CatalogDimension &dimension);
    void updateTimeAxis(double start, double end);
    int timeTickTarget() const;
    void updateValueAxis();
    void updateEmptyText();
    void updateAverages();
    void updateChooser();
    void fillChooserMenu();
    void onHoverMoved(double x);
    double nearestSampleTime(double x) const;

    QChart *chart_ = nullptr;
    HoverChartView *view_ = nullptr;
    QValueAxis *valueAxis_ = nullptr;
    QCategoryAxis *timeAxis_ = nullptr;
    QGraphicsSimpleTextItem *emptyItem_ = nullptr;
    QLabel *unavailable_ = nullptr;
    QToolButton *chooser_ = nullptr;
    QMap<QString, QLineSeries *> series_;       // dimension id -> line
    QStringList order_;                         // dimension ids with a line, in the chart's order
    QMap<QString, QList<QPointF>> rawPoints_;   // dimension id -> unscaled values shown
    QList<DimensionAverage> averages_;
    TopDimensions top_;
    UnitScale scale_;
    TimeLabeler labeler_;
    bool everRefreshed_ = false;
    int tickTarget_ = 0;
};

}  // namespace kinsight::gui
