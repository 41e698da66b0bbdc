#include "pattern_rule_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace kinsight::gui {

PatternRuleModel::PatternRuleModel(QObject *parent) : QAbstractTableModel(parent) {}

void PatternRuleModel::setFilter(const config::ConnectionFilter &filter)
{
    beginResetModel();
    rows_.clear();
    const auto &ports = filter.ports().rules();
    for (int i = 0; i < ports.size(); ++i)
        rows_.append({List::Ports, i, ports[i].text, ports[i].negative,
                      ports[i].supersededBy >= 0 ? tr("no effect: rule %1 covers it").arg(ports[i].supersededBy + 1)
                                                 : QString()});
    const auto &ips = filter.ips().rules();
    for (int i = 0; i < ips.size(); ++i)
        rows_.append({List::Ips, i, ips[i].text, ips[i].negative,
                      ips[i].supersededBy >= 0 ? tr("no effect: rule %1 covers it").arg(ips[i].supersededBy + 1)
                                               : QString()});
    const auto &hosts = filter.hostnames().rules();
    for (int i = 0; i < hosts.size(); ++i)
        rows_.append({List::Hostnames, i, hosts[i].text, hosts[i].negative,
                      filter.resolvesHostnames() ? QString() : tr("not used: 'resolve hostnames' is no")});
    resolvesHostnames_ = filter.resolvesHostnames();
    for (auto &verdict : verdicts_)
        verdict.reset();
    endResetModel();
}

void PatternRuleModel::setVerdicts(std::optional<config::PatternVerdict> port,
                                   std::optional<config::PatternVerdict> address,
                                   std::optional<config::PatternVerdict> hostname)
{
    verdicts_[0] = std::move(port);
    verdicts_[1] = std::move(address);
    verdicts_[2] = std::move(hostname);
    if (!rows_.isEmpty())
        emit dataChanged(index(0, 0), index(int(rows_.size()) - 1, ColumnCount - 1));
}

int PatternRuleModel::decidingRow(List list) const
{
    const auto &verdict = verdicts_[int(list)];
    if (!verdict || verdict->basis != config::PatternVerdict::Basis::Rule)
        return -1;
    for (int row = 0; row < rows_.size(); ++row)
        if (rows_[row].list == list && rows_[row].ruleIndex == verdict->ruleIndex)
            return row;
    return -1;
}

int PatternRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int PatternRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatternRuleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const Row &row = rows_[index.row()];
    const bool decides = decidingRow(row.list) == index.row();
    const auto &verdict = verdicts_[int(row.list)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ListColumn:
            return row.list == List::Ports ? tr("ports") : row.list == List::Ips ? tr("ips") : tr("hostnames");
        case RuleColumn:
            return row.text;
        case EffectColumn:
            return row.negative ? tr("drops") : tr("keeps");
        case VerdictColumn:
            if (decides && row.list == List::Hostnames && !resolvesHostnames_)
                return verdict->accepted ? tr("would keep, but host names are not used")
                                         : tr("would drop, but host names are not used");
            if (decides)
                return verdict->accepted ? tr("decides: kept") : tr("decides: dropped");
            return row.note;
        }
        return {};
    case Qt::FontRole:
        if (decides) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (decides && row.list == List::Hostnames && !resolvesHostnames_)
            return QBrush(QColor(0xee, 0xee, 0xee));
        if (decides)
            return QBrush(verdict->accepted ? QColor(0xdf, 0xf5, 0xe3) : QColor(0xfc, 0xe8, 0xe6));
        return {};
    case Qt::ToolTipRole:
        if (decides)
            return verdict->explanation;
        return row.note.isEmpty() ? QVariant() : QVariant(row.note);
    case Qt::AccessibleDescriptionRole:
        return decides ? verdict->explanation : QString();
    default:
        return {};
    }
}

QVariant PatternRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)  // a rule's number in its own list, as verdicts name it
        return section >= 0 && section < rows_.size() ? rows_[section].ruleIndex + 1 : QVariant();
    switch (section) {
    case ListColumn:
        return tr("List");
    case RuleColumn:
        return tr("Rule");
    case EffectColumn:
        return tr("Effect");
    case VerdictColumn:
        return tr("Verdict");
    }
    return {};
}

}  // namespace kinsight::gui
