#include "navigation_model.h"

using namespace Qt::StringLiterals;

namespace kinsight::gui {

NavigationModel::NavigationModel(QObject *parent) : SnapshotTreeModel({tr("Section")}, parent) {}

QString NavigationModel::overviewPageKey()
{
    return u"overview"_s;
}

void NavigationModel::setCatalog(const ChartCatalog &catalog)
{
    QList<Row> rows;
    if (catalog.isEmpty()) {
        setRows(rows);
        return;
    }
    rows.append(Row{{tr("System Overview")},
                    {{PageRole, overviewPageKey()}, {Qt::ToolTipRole, tr("The headline charts of this session")}},
                    {}});
    for (const CatalogSection &section : catalog.sections()) {
        Row sectionRow{{section.name},
                       {{PageRole, section.name}, {Qt::ToolTipRole, tr("Charts: %1").arg(section.chartCount())}},
                       {}};
        for (const CatalogFamily &family : section.families)
            sectionRow.children.append(Row{{family.name},
                                           {{PageRole, section.name},
                                            {FamilyRole, family.name},
                                            {Qt::ToolTipRole, tr("Charts: %1").arg(family.charts.size())}},
                                           {}});
        rows.append(sectionRow);
    }
    setRows(rows);
}

QModelIndex NavigationModel::indexFor(const QString &page, const QString &family) const
{
    for (int r = 0; r < rowCount(); ++r) {
        const QModelIndex top = index(r, 0);
        if (top.data(PageRole).toString() != page)
            continue;
        if (family.isEmpty())
            return top;
        for (int c = 0; c < rowCount(top); ++c) {
            const QModelIndex child = index(c, 0, top);
            if (child.data(FamilyRole).toString() == family)
                return child;
        }
        return top;
    }
    return {};
}

}  // namespace kinsight::gui
