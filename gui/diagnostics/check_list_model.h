// The Diagnostics page's list of checks: a two-level tree, groups (kernel,
// kernel configuration, tracing file systems, security, resources, live attach
// matrix) holding the checks in the order runChecks() gives them. Columns: the
// check with its status icon, the status in words (and whether it needs the
// helper), the one-line summary.
#pragma once

#include "diagnostics/check.h"

#include <QAbstractItemModel>
#include <QList>

namespace kinsight::gui {

class CheckListModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, StatusColumn, SummaryColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1,  // int(diagnostics::Status); a group's is its worst check's
        CheckIdRole,                    // QString; empty for a group
        GroupKeyRole,                   // QString: "kernel", "config", "mounts", "security", "resources", "attach"
        NeedsHelperRole,                // bool: unknown until the helper answers (polkit action in the check)
        FixActionRole,                  // QString: the helper fix it offers, when it is not OK
    };

    explicit CheckListModel(QObject *parent = nullptr);

    void setChecks(const QList<diagnostics::Check> &checks);
    const QList<diagnostics::Check> &checks() const { return checks_; }

    // The check behind an index; nullptr for a group or an invalid index.
    const diagnostics::Check *check(const QModelIndex &index) const;
    QModelIndex indexOfCheck(const QString &id, int column = TitleColumn) const;
    QModelIndex indexOfGroup(const QString &key) const;

    // The group a check id belongs to.
    static QString groupKey(const QString &checkId);
    static QString groupTitle(const QString &key);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        QString key;
        QList<int> checks;  // indices into checks_
        diagnostics::Status worst = diagnostics::Status::Ok;
    };

    QVariant groupData(const Group &group, int column, int role) const;
    QVariant checkData(const diagnostics::Check &check, int column, int role) const;
    QString groupCounts(const Group &group) const;

    QList<diagnostics::Check> checks_;
    QList<Group> groups_;
};

}  // namespace kinsight::gui
