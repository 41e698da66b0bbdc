#include "check_list_model.h"

#include "status_icon.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

using diagnostics::Check;
using diagnostics::Status;

namespace {

// Group order on the page: what decides whether BPF can run at all comes first.
const QStringList &groupOrder()
{
    static const QStringList order{u"kernel"_s, u"config"_s, u"mounts"_s, u"security"_s,
                                   u"resources"_s, u"attach"_s, u"other"_s};
    return order;
}

// Groups are internalId 0; a check's internalId is its group's row + 1.
constexpr quintptr kGroupId = 0;

}  // namespace

CheckListModel::CheckListModel(QObject *parent) : QAbstractItemModel(parent) {}

QString CheckListModel::groupKey(const QString &checkId)
{
    if (checkId == u"kernel-version" || checkId == u"btf" || checkId == u"btf-modules")
        return u"kernel"_s;
    if (checkId == u"kernel-config" || checkId.startsWith(u"config:"))
        return u"config"_s;
    if (checkId.startsWith(u"mount:"))
        return u"mounts"_s;
    if (checkId == u"lockdown" || checkId == u"selinux" || checkId == u"unprivileged-bpf")
        return u"security"_s;
    if (checkId == u"memlock" || checkId == u"cgroup")
        return u"resources"_s;
    if (checkId == u"attach" || checkId.startsWith(u"attach:"))
        return u"attach"_s;
    return u"other"_s;
}

QString CheckListModel::groupTitle(const QString &key)
{
    if (key == u"kernel")
        return tr("Kernel and BTF");
    if (key == u"config")
        return tr("Kernel configuration");
    if (key == u"mounts")
        return tr("Tracing file systems");
    if (key == u"security")
        return tr("Security");
    if (key == u"resources")
        return tr("Resources");
    if (key == u"attach")
        return tr("Live attach matrix");
    return tr("Other");
}

void CheckListModel::setChecks(const QList<Check> &checks)
{
    beginResetModel();
    checks_ = checks;
    groups_.clear();
    for (const QString &key : groupOrder()) {
        Group group;
        group.key = key;
        for (int i = 0; i < checks_.size(); ++i) {
            if (groupKey(checks_[i].id) != key)
                continue;
            group.checks.append(i);
            if (statusSeverity(checks_[i].status) > statusSeverity(group.worst))
                group.worst = checks_[i].status;
        }
        if (!group.checks.isEmpty())
            groups_.append(group);
    }
    endResetModel();
}

const Check *CheckListModel::check(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupId)
        return nullptr;
    const Group &group = groups_.at(int(index.internalId() - 1));
    return &checks_.at(group.checks.at(index.row()));
}

QModelIndex CheckListModel::indexOfCheck(const QString &id, int column) const
{
    for (int g = 0; g < groups_.size(); ++g)
        for (int row = 0; row < groups_[g].checks.size(); ++row)
            if (checks_[groups_[g].checks[row]].id == id)
                return createIndex(row, column, quintptr(g + 1));
    return {};
}

QModelIndex CheckListModel::indexOfGroup(const QString &key) const
{
    for (int g = 0; g < groups_.size(); ++g)
        if (groups_[g].key == key)
            return createIndex(g, TitleColumn, kGroupId);
    return {};
}

QModelIndex CheckListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < groups_.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return {};
    if (row >= groups_.at(parent.row()).checks.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CheckListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int CheckListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(groups_.size());
    if (parent.internalId() == kGroupId && parent.column() == 0)
        return int(groups_.at(parent.row()).checks.size());
    return 0;
}

int CheckListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString CheckListModel::groupCounts(const Group &group) const
{
    int counts[4] = {0, 0, 0, 0};
    int needHelper = 0;
    for (int i : group.checks) {
        ++counts[int(checks_[i].status)];
        if (checks_[i].status == Status::Unknown && !checks_[i].needsHelper.isEmpty())
            ++needHelper;
    }
    QStringList parts;
    if (counts[int(Status::Error)])
        parts.append(tr("%n error(s)", nullptr, counts[int(Status::Error)]));
    if (counts[int(Status::Warning)])
        parts.append(tr("%n warning(s)", nullptr, counts[int(Status::Warning)]));
    if (counts[int(Status::Unknown)])
        parts.append(needHelper == counts[int(Status::Unknown)]
                         ? tr("%n unknown until the helper answers", nullptr, needHelper)
                         : tr("%n unknown", nullptr, counts[int(Status::Unknown)]));
    if (counts[int(Status::Ok)])
        parts.append(tr("%n OK", nullptr, counts[int(Status::Ok)]));
    return parts.join(u", "_s);
}

QVariant CheckListModel::groupData(const Group &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return groupTitle(group.key);
        if (column == StatusColumn)
            return statusWord(group.worst);
        return groupCounts(group);
    case Qt::DecorationRole:
        return column == TitleColumn ? QVariant(statusIcon(group.worst)) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(groupTitle(group.key), groupCounts(group));
    case StatusRole:
        return int(group.worst);
    case GroupKeyRole:
        return group.key;
    case CheckIdRole:
        return QString();
    case NeedsHelperRole:
        return false;
    default:
        return {};
    }
}

QVariant CheckListModel::checkData(const Check &check, int column, int role) const
{
    const bool needsHelper = check.status == Status::Unknown && !check.needsHelper.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return check.title;
        if (column == StatusColumn)
            return needsHelper ? tr("Needs the helper") : statusWord(check.status);
        return check.summary;
    case Qt::DecorationRole:
        return column == TitleColumn ? QVariant(statusIcon(check.status)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = check.summary;
        if (needsHelper)
            tip += u"\n\n"_s + tr("Needs kinsight-helper (polkit action %1) to be known.").arg(check.needsHelper);
        if (!check.fixAction.isEmpty() && check.status != Status::Ok)
            tip += u"\n\n"_s + tr("The helper can fix this (%1).").arg(check.fixAction);
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3").arg(check.title, statusWord(check.status), check.summary);
    case StatusRole:
        return int(check.status);
    case CheckIdRole:
        return check.id;
    case GroupKeyRole:
        return groupKey(check.id);
    case NeedsHelperRole:
        return needsHelper;
    case FixActionRole:
        return check.status == Status::Ok ? QString() : check.fixAction;
    default:
        return {};
    }
}

QVariant CheckListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId)
        return groupData(groups_.at(index.row()), index.column(), role);
    return checkData(*check(index), index.column(), role);
}

QVariant CheckListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Check");
    case StatusColumn: return tr("Status");
    case SummaryColumn: return tr("Summary");
    default: return {};
    }
}

}  // namespace kinsight::gui
