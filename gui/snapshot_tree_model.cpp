#include "snapshot_tree_model.h"

namespace kinsight::gui {

SnapshotTreeModel::SnapshotTreeModel(QStringList headers, QObject *parent)
    : QAbstractItemModel(parent), headers_(std::move(headers))
{
}

void SnapshotTreeModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    nodes_.clear();
    topLevel_.clear();
    addRows(rows, -1, topLevel_);
    endResetModel();
}

void SnapshotTreeModel::addRows(const QList<Row> &rows, int parent, QList<int> &into)
{
    for (const Row &row : rows) {
        const int id = int(nodes_.size());
        nodes_.append(Node{parent, int(into.size()), row.columns, row.roles, {}});
        into.append(id);
        QList<int> children;
        addRows(row.children, id, children);
        nodes_[id].children = children;
    }
}

const SnapshotTreeModel::Node *SnapshotTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto id = qsizetype(index.internalId());
    return id >= 0 && id < nodes_.size() ? &nodes_[id] : nullptr;
}

QModelIndex SnapshotTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= headers_.size() || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> *children = &topLevel_;
    if (parent.isValid()) {
        const Node *p = node(parent);
        if (!p)
            return {};
        children = &p->children;
    }
    if (row < 0 || row >= children->size())
        return {};
    return createIndex(row, column, quintptr(children->at(row)));
}

QModelIndex SnapshotTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(nodes_[n->parent].row, 0, quintptr(n->parent));
}

int SnapshotTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(topLevel_.size());
    if (parent.column() != 0)
        return 0;
    const Node *n = node(parent);
    return n ? int(n->children.size()) : 0;
}

int SnapshotTreeModel::columnCount(const QModelIndex &) const
{
    return int(headers_.size());
}

QVariant SnapshotTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    if (role == Qt::DisplayRole)
        return index.column() < n->columns.size() ? n->columns[index.column()] : QString();
    if (role == Qt::ToolTipRole && !n->roles.contains(role) && index.column() < n->columns.size()
        && !n->columns[index.column()].isEmpty())
        return n->columns[index.column()];  // long notes and reasons are cut off in their column
    return n->roles.value(role);
}

QVariant SnapshotTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < headers_.size())
        return headers_[section];
    return {};
}

}  // namespace kinsight::gui
