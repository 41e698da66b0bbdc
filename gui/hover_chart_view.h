// A chart view that follows the pointer over the plot area: a vertical marker
// at the nearest sample and a callout, drawn inside the chart's scene so it is
// part of what grab() renders (a QToolTip would be a separate window).
#pragma once

#include <QChartView>

class QGraphicsLineItem;

namespace kinsight::gui {

class HoverCallout;

class HoverChartView : public QChartView {
    Q_OBJECT
public:
    explicit HoverChartView(QChart *chart, QWidget *parent = nullptr);

    // Shows the marker at sample time `x` with `html` in the callout; hides both when html is empty.
    void showHover(double x, const QString &html);
    void hideHover();
    bool isHoverVisible() const;
    QString hoverText() const;  // the callout's text, as plain text

signals:
    // The pointer is over the plot area at this x value; NaN when it left the plot area.
    void hoverMoved(double x);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QGraphicsLineItem *marker_ = nullptr;
    HoverCallout *callout_ = nullptr;
};

}  // namespace kinsight::gui
