// One chart of the session: a line per measured dimension over the visible
// time window, its units on the y axis (bytes scaled to KiB/MiB/...), a legend,
// hover text with the exact values, and under it every dimension that cannot
// be measured with its reason (those are never drawn, so never seen as zero).
#pragma once

#include "chart_catalog.h"
#include "history.h"
#include "time_axis.h"
#include "value_format.h"

#include <QFrame>
#include <QMap>

class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QValueAxis;
class QChart;

namespace kinsight::gui {

class HoverChartView;

class ChartWidget : public QFrame {
    Q_OBJECT
public:
    explicit ChartWidget(const CatalogChart &chart, QWidget *parent = nullptr);

    const CatalogChart &info() const { return info_; }

    // Draws the history's samples in `range`.
    void refresh(const History &history, const TimeRange &range, const TimeLabeler &labeler);

    // Hover text for the sample nearest to `x` (empty when there is none).
    QString hoverTextAt(double x) const;
    void hoverAt(double x);  // as if the pointer were over x

    QLineSeries *series(const QString &dimensionId) const { return series_.value(dimensionId); }
    QStringList plottedDimensions() const { return series_.keys(); }
    QString unavailableText() const;
    UnitScale scale() const { return scale_; }
    QValueAxis *valueAxis() const { return valueAxis_; }
    QCategoryAxis *timeAxis() const { return timeAxis_; }
    HoverChartView *view() const { return view_; }
    QString emptyText() const;

private:
    void buildChart();
    void updateTimeAxis(double start, double end);
    void updateValueAxis();
    void updateEmptyText();
    void onHoverMoved(double x);
    double nearestSampleTime(double x) const;

    CatalogChart info_;
    QChart *chart_ = nullptr;
    HoverChartView *view_ = nullptr;
    QValueAxis *valueAxis_ = nullptr;
    QCategoryAxis *timeAxis_ = nullptr;
    QGraphicsSimpleTextItem *emptyItem_ = nullptr;
    QLabel *unavailable_ = nullptr;
    QMap<QString, QLineSeries *> series_;       // dimension id -> line
    QMap<QString, QList<QPointF>> rawPoints_;   // dimension id -> unscaled values shown
    UnitScale scale_;
    TimeLabeler labeler_;
    bool everRefreshed_ = false;
};

}  // namespace kinsight::gui
