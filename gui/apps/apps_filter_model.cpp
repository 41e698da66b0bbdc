#include "apps_filter_model.h"

#include "apps_table_model.h"

namespace kinsight::apps::ui {

AppsFilterModel::AppsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AppsTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void AppsFilterModel::setSearch(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == words_)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    words_ = words;
    endFilterChange();
#else
    words_ = words;
    invalidateFilter();
#endif
}

bool AppsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (words_.isEmpty())
        return true;
    const QString text =
        sourceModel()->index(sourceRow, 0, sourceParent).data(AppsTableModel::FilterTextRole).toString();
    for (const QString &word : words_)
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

}  // namespace kinsight::apps::ui
