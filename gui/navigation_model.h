// The navigation tree: System Overview, then each section with its families,
// as the session describes them, Applications, the Collector cost page, and last the pages
// that work without a session (Settings, Diagnostics).
#pragma once

#include "chart_catalog.h"
#include "snapshot_tree_model.h"

namespace kinsight::gui {

class NavigationModel : public SnapshotTreeModel {
    Q_OBJECT
public:
    enum Role {
        PageRole = Qt::UserRole + 1,  // QString: the page key (overviewPageKey() or a section name)
        FamilyRole,                   // QString: the family to scroll to; empty for a whole page
    };

    explicit NavigationModel(QObject *parent = nullptr);

    void setCatalog(const ChartCatalog &catalog);

    static QString overviewPageKey();
    static QString costPageKey();
    static QString applicationsPageKey();
    // Pages that need no session: they stay in the tree when nothing is measured.
    static QString settingsPageKey();
    static QString diagnosticsPageKey();
    // The index showing a page (and a family in it, when given).
    QModelIndex indexFor(const QString &page, const QString &family = {}) const;
};

}  // namespace kinsight::gui
