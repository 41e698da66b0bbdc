// A latency histogram drawn over time: one column per interval, one row per
// latency bin (fast at the bottom), each cell coloured by its events per
// second on a log scale; lines through the p50 and p99 bins of each interval;
// beside it the window's distribution as bars with each bin's share. Painted
// directly (Qt Charts has no heat map) and hover text drawn inside the widget
// so a grab() shows it too.
#pragma once

#include "histogram_data.h"

#include <QWidget>

namespace kinsight::gui {

class HeatmapView : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapView(QWidget *parent = nullptr);

    void setData(const HistogramData &data, const HistogramBins &bins, const TimeRange &range,
                 const TimeLabeler &labeler, const QString &units, bool refreshed);
    const HistogramData &data() const { return data_; }

    // The interval and bin under `pos`; false outside the cells.
    bool cellAt(const QPointF &pos, int *sample, int *bin) const;
    QRectF cellRect(int sample, int bin) const;
    QString hoverTextAt(const QPointF &pos) const;  // empty outside the cells
    void hoverAt(const QPointF &pos);               // as if the pointer were there
    bool isHoverVisible() const { return hover_; }
    QString emptyText() const;

    // The colour of a cell with `rate` events/s when the window's largest is `maxRate`.
    static QColor cellColor(double rate, double maxRate, bool dark);
    static QColor p50Color(bool dark);
    static QColor p99Color(bool dark);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    static QString boundText(double micros);
    QFont smallFont() const;
    QRectF plotRect() const;
    QRectF marginRect() const;
    double xFor(double time) const;
    double rowTop(int bin) const;
    double rowHeight() const;
    void paintCells(QPainter &p) const;
    void paintPercentiles(QPainter &p) const;
    void paintAxes(QPainter &p) const;
    void paintMargin(QPainter &p) const;
    void paintLegend(QPainter &p) const;
    void paintHover(QPainter &p) const;

    HistogramData data_;
    HistogramBins bins_;
    TimeRange range_;
    TimeLabeler labeler_;
    QString units_;
    bool refreshed_ = false;
    bool hover_ = false;
    QPointF hoverPos_;
};

}  // namespace kinsight::gui
