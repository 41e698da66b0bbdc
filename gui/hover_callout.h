// The box of hover text inside a chart: rich text on a translucent panel.
#pragma once

#include <QGraphicsTextItem>

namespace kinsight::gui {

class HoverCallout : public QGraphicsTextItem {
public:
    explicit HoverCallout(QGraphicsItem *parent = nullptr);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};

}  // namespace kinsight::gui
