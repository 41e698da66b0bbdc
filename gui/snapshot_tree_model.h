// A read-only tree model over an immutable snapshot of rows. A new snapshot
// replaces the old one in a single model reset: views never see half an update.
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace kinsight::gui {

class SnapshotTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    struct Row {
        QStringList columns;        // display text per column
        QHash<int, QVariant> roles;  // extra roles, answered for every column
        QList<Row> children;
    };

    explicit SnapshotTreeModel(QStringList headers, QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        int parent = -1;  // node index; -1 for top-level rows
        int row = 0;      // row within the parent
        QStringList columns;
        QHash<int, QVariant> roles;
        QList<int> children;
    };
    void addRows(const QList<Row> &rows, int parent, QList<int> &into);
    const Node *node(const QModelIndex &index) const;

    QStringList headers_;
    QList<Node> nodes_;
    QList<int> topLevel_;
};

}  // namespace kinsight::gui
