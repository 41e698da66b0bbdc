#include "metric_totals_model.h"

#include "value_format.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>

#include <cmath>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace kinsight::apps::ui {

namespace {
// Internal ids: groups are 0, metrics carry their group + 1.
constexpr quintptr kGroupId = 0;
}  // namespace

MetricTotalsModel::MetricTotalsModel(QObject *parent) : QAbstractItemModel(parent) {}

void MetricTotalsModel::setLayout(const QList<LayoutGroup> &groups)
{
    beginResetModel();
    groups_ = groups;
    totals_.clear();
    rates_.clear();
    sinceStart_.clear();
    endResetModel();
}

void MetricTotalsModel::setValues(const QList<QList<std::optional<double>>> &totals,
                                  const QList<QList<std::optional<double>>> &rates,
                                  const QList<QList<std::optional<double>>> &sinceStart)
{
    totals_ = totals;
    rates_ = rates;
    sinceStart_ = sinceStart;
    for (int g = 0; g < groups_.size(); ++g)
        if (!groups_[g].metrics.isEmpty())
            emit dataChanged(index(0, TotalColumn, index(g, 0)),
                             index(int(groups_[g].metrics.size()) - 1, SessionColumn, index(g, 0)));
}

std::optional<double> MetricTotalsModel::total(const QString &metric) const
{
    const QModelIndex at = indexOf(metric);
    if (!at.isValid())
        return std::nullopt;
    return totals_.value(at.parent().row()).value(at.row());
}

QModelIndex MetricTotalsModel::indexOf(const QString &metric) const
{
    for (int g = 0; g < groups_.size(); ++g)
        for (int m = 0; m < groups_[g].metrics.size(); ++m)
            if (groups_[g].metrics[m].name == metric)
                return index(m, 0, index(g, 0));
    return {};
}

QModelIndex MetricTotalsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < groups_.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.column() != 0 || row >= groups_[parent.row()].metrics.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex MetricTotalsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int MetricTotalsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(groups_.size());
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(groups_[parent.row()].metrics.size());
}

int MetricTotalsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString MetricTotalsModel::formatValue(double value, const QString &unit, bool perSecond)
{
    const QString suffix = perSecond ? u"/s"_s : QString();
    if (unit == u"%"_s)
        return QLocale().toString(value, 'f', 1) + u" %"_s;
    if (unit == u"bytes"_s)
        return gui::formatBytes(value) + suffix;
    // Rates show a decimal only when they have one worth reading.
    const bool whole = !perSecond || value >= 100 || std::abs(value - std::round(value)) < 0.05;
    return QLocale().toString(value, 'f', whole ? 0 : 1) + suffix;
}

QVariant MetricTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId) {
        const LayoutGroup &g = groups_[index.row()];
        if (role == GroupNameRole)
            return g.name;
        if (index.column() == MetricColumnIndex && role == Qt::DisplayRole)
            return g.name;
        if (role == Qt::FontRole && index.column() == MetricColumnIndex) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const int g = int(index.internalId() - 1);
    const LayoutMetric &m = groups_[g].metrics[index.row()];
    const bool unavailable = !m.unavailable.isEmpty();
    switch (role) {
    case MetricNameRole: return m.name;
    case GroupNameRole: return groups_[g].name;
    case Qt::ToolTipRole:
        return unavailable ? tr("Unavailable: %1").arg(m.unavailable) : AppMetricLayout::description(m.name);
    case Qt::ForegroundRole:
        return unavailable ? QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == MetricColumnIndex ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (index.column() == MetricColumnIndex)
        return m.name;
    if (unavailable)
        return tr("n/a");
    const auto &values = index.column() == TotalColumn ? totals_ : index.column() == RateColumn ? rates_ : sinceStart_;
    const std::optional<double> v = values.value(g).value(index.row());
    if (!v)
        return m.isRatio() ? tr("—") : QVariant();
    // A ratio since selection is a percentage of the totals, not a sum of percentages.
    return formatValue(*v, m.unit, index.column() == RateColumn && !m.isRatio());
}

QVariant MetricTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TotalColumn: return tr("Counted since this dashboard was opened");
        case RateColumn: return tr("Per second over the last interval");
        case SessionColumn: return tr("Counted since the session began (for a process: since it started, if later)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MetricColumnIndex: return tr("Metric");
    case TotalColumn: return tr("Since selection");
    case RateColumn: return tr("Last interval");
    case SessionColumn: return tr("Since start");
    default: return {};
    }
}

}  // namespace kinsight::apps::ui
