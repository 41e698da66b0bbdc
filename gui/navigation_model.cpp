#include "navigation_model.h"

#include "catalog_text.h"
using namespace Qt::StringLiterals;

namespace kinsight::gui {

NavigationModel::NavigationModel(QObject *parent) : SnapshotTreeModel({tr("Section")}, parent) {}

QString NavigationModel::overviewPageKey()
{
    return u"overview"_s;
}

QString NavigationModel::costPageKey()
{
    return u"cost"_s;
}

QString NavigationModel::applicationsPageKey()
{
    return u"applications"_s;
}

QString NavigationModel::settingsPageKey()
{
    return u"settings"_s;
}

QString NavigationModel::diagnosticsPageKey()
{
    return u"diagnostics"_s;
}

void NavigationModel::setCatalog(const ChartCatalog &catalog)
{
    QList<Row> rows;
    const QList<Row> tools{
        Row{{tr("Settings")},
            {{PageRole, settingsPageKey()}, {Qt::ToolTipRole, tr("The collector settings (ebpf.d.conf)")}},
            {}},
        Row{{tr("Diagnostics")},
            {{PageRole, diagnosticsPageKey()},
             {Qt::ToolTipRole, tr("Is this kernel ready for eBPF, and how to fix what is missing")}},
            {}}};
    if (catalog.isEmpty()) {
        setRows(tools);
        return;
    }
    auto familyRows = [](const QString &page, const CatalogSection &section) {
        QList<Row> children;
        for (const CatalogFamily &family : section.families)
            children.append(Row{{catalogText(family.name)},
                                {{PageRole, page},
                                 {FamilyRole, family.name},
                                 {Qt::ToolTipRole, tr("Charts: %1").arg(family.charts.size())}},
                                {}});
        return children;
    };
    // The System Overview page also holds the families filed under that menu.
    Row overview{{tr("System Overview")},
                 {{PageRole, overviewPageKey()}, {Qt::ToolTipRole, tr("The headline charts of this session")}},
                 {}};
    if (const CatalogSection *section = catalog.section(ChartCatalog::overviewSection()))
        overview.children = familyRows(overviewPageKey(), *section);
    rows.append(overview);
    for (const CatalogSection &section : catalog.sections()) {
        if (section.name == ChartCatalog::overviewSection())
            continue;
        rows.append(Row{{catalogText(section.name)},
                        {{PageRole, section.name}, {Qt::ToolTipRole, tr("Charts: %1").arg(section.chartCount())}},
                        familyRows(section.name, section)});
    }
    rows.append(Row{{tr("Applications")},
                    {{PageRole, applicationsPageKey()},
                     {Qt::ToolTipRole, tr("What each application, cgroup and process does with the kernel")}},
                    {}});
    rows.append(Row{{tr("Collector cost")},
                    {{PageRole, costPageKey()},
                     {Qt::ToolTipRole, tr("What measuring costs: BPF program run time, kernel memory, the helper")}},
                    {}});
    rows.append(tools);
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
