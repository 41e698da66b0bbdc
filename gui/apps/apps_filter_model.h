// Sorting and search over an AppsTableModel: every word of the search must
// appear (ignoring case) in the row's name, executable, path or PID; sorting
// uses the model's SortRole, so numbers sort as numbers and unavailable values
// below every measured one.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace kinsight::apps::ui {

class AppsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AppsFilterModel(QObject *parent = nullptr);

    void setSearch(const QString &text);
    QString search() const { return words_.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList words_;
};

}  // namespace kinsight::apps::ui
