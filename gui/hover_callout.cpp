#include "hover_callout.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

namespace kinsight::gui {

namespace {
constexpr qreal kPadding = 4;
}

HoverCallout::HoverCallout(QGraphicsItem *parent) : QGraphicsTextItem(parent)
{
    setDefaultTextColor(QApplication::palette().color(QPalette::ToolTipText));
}

QRectF HoverCallout::boundingRect() const
{
    return QGraphicsTextItem::boundingRect().adjusted(-kPadding, -kPadding, kPadding, kPadding);
}

void HoverCallout::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QPalette palette = QApplication::palette();
    QColor background = palette.color(QPalette::ToolTipBase);
    background.setAlpha(235);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->setBrush(background);
    painter->drawRoundedRect(boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    QGraphicsTextItem::paint(painter, option, widget);
}

}  // namespace kinsight::gui
