#include "hover_chart_view.h"

#include "hover_callout.h"

#include <QGraphicsLineItem>
#include <QMouseEvent>

#include <cmath>

namespace kinsight::gui {

HoverChartView::HoverChartView(QChart *chart, QWidget *parent) : QChartView(chart, parent)
{
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setRenderHint(QPainter::Antialiasing);
    marker_ = new QGraphicsLineItem(chart);
    QPen pen(palette().color(QPalette::Mid), 1, Qt::DashLine);
    marker_->setPen(pen);
    marker_->setZValue(10);
    marker_->hide();
    callout_ = new HoverCallout(chart);
    callout_->setZValue(11);
    callout_->hide();
}

void HoverChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    if (!chart()->plotArea().contains(chartPos)) {
        emit hoverMoved(std::nan(""));
        return;
    }
    emit hoverMoved(chart()->mapToValue(chartPos).x());
}

void HoverChartView::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    emit hoverMoved(std::nan(""));
}

void HoverChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    hideHover();  // its position belonged to the old geometry
}

void HoverChartView::showHover(double x, const QString &html)
{
    if (html.isEmpty()) {
        hideHover();
        return;
    }
    const QRectF plot = chart()->plotArea();
    const qreal px = chart()->mapToPosition(QPointF(x, 0)).x();
    marker_->setLine(px, plot.top(), px, plot.bottom());
    marker_->show();
    callout_->setHtml(html);
    const QRectF box = callout_->boundingRect();
    // Beside the marker, on whichever side has room; never over the axes.
    qreal left = px + 8;
    if (left + box.width() > plot.right())
        left = px - 8 - box.width();
    left = std::max(left, plot.left());
    callout_->setPos(left - box.left(), plot.top() + 4 - box.top());
    callout_->show();
}

void HoverChartView::hideHover()
{
    marker_->hide();
    callout_->hide();
}

bool HoverChartView::isHoverVisible() const
{
    return callout_->isVisible();
}

QString HoverChartView::hoverText() const
{
    return callout_->toPlainText();
}

}  // namespace kinsight::gui
