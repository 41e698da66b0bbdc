// Draws a row's recent activity (AppsTableModel::SparklineRole) as a small
// filled line, scaled to the row's own peak so a quiet row still shows its
// shape; the peak is in the cell's tooltip text from the model.
#pragma once

#include <QStyledItemDelegate>

namespace kinsight::apps::ui {

class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

}  // namespace kinsight::apps::ui
