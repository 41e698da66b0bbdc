#include "sparkline_delegate.h"

#include "activity_history.h"
#include "apps_table_model.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace kinsight::apps::ui {

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);  // background, selection, focus

    const QList<double> values = index.data(AppsTableModel::SparklineRole).value<QList<double>>();
    if (values.size() < 2)
        return;
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    const double peak = std::max(1.0, *std::max_element(values.cbegin(), values.cend()));
    // Always the same number of slots: a row that just appeared grows from the right.
    const double step = area.width() / (ActivityHistory::kSamples - 1);
    const double x0 = area.right() - step * double(values.size() - 1);
    QPainterPath line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QPointF p(x0 + step * double(i), area.bottom() - area.height() * values[i] / peak);
        if (i == 0)
            line.moveTo(p);
        else
            line.lineTo(p);
    }
    QPainterPath fill = line;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(x0, area.bottom());
    fill.closeSubpath();

    const bool selected = option.state & QStyle::State_Selected;
    QColor color = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor area_ = color;
    area_.setAlphaF(0.25f);
    painter->fillPath(fill, area_);
    painter->setPen(QPen(color, 1.5));
    painter->drawPath(line);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 120));
    return size;
}

}  // namespace kinsight::apps::ui
