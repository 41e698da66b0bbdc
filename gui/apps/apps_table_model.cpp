#include "apps_table_model.h"

#include "app_metric_layout.h"
#include "app_rules.h"
#include "value_format.h"

#include <QColor>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>

#include <cmath>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace kinsight::apps::ui {

namespace {

QString formatValue(double value, const QString &unit, bool perSecond)
{
    const QString suffix = perSecond ? u"/s"_s : QString();
    if (unit == u"bytes"_s)
        return gui::formatBytes(value) + suffix;
    // Rates show a decimal only when they have one worth reading.
    const bool whole = !perSecond || value >= 100 || std::abs(value - std::round(value)) < 0.05;
    return QLocale().toString(value, 'f', whole ? 0 : 1) + suffix;
}

QList<double> perColumn(const QList<quint64> &values)
{
    QList<double> out;
    out.reserve(values.size());
    for (quint64 v : values)
        out.append(double(v));
    return out;
}

}  // namespace

AppsTableModel::AppsTableModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), kind_(kind) {}

int AppsTableModel::leadingColumns() const
{
    switch (kind_) {
    case Kind::Applications: return 2;  // name, processes
    case Kind::Cgroups: return 3;       // name, kind, processes
    case Kind::Processes: return 5;     // pid, name, application, user, cgroup
    }
    return 1;
}

int AppsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int AppsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : leadingColumns() + int(AppMetricLayout::tableMetrics().size()) + 1;
}

int AppsTableModel::metricColumn(const QString &id) const
{
    const auto &metrics = AppMetricLayout::tableMetrics();
    for (qsizetype i = 0; i < metrics.size(); ++i)
        if (metrics[i].id == id)
            return leadingColumns() + int(i);
    return -1;
}

AppSubject AppsTableModel::subject(int row) const
{
    return row >= 0 && row < rows_.size() ? rows_[row].subject : AppSubject{};
}

int AppsTableModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < rows_.size(); ++i)
        if (rows_[i].key == key)
            return int(i);
    return -1;
}

AppsTableModel::Row AppsTableModel::makeRow(const QString &key, const Totals &totals, const AppsSnapshot &snapshot,
                                            const ActivityHistory &activity) const
{
    Row row;
    row.key = key;
    const QList<double> rates = totals.perSecond;
    const QList<double> cumulative = perColumn(totals.cumulative);
    for (const TableMetric &m : AppMetricLayout::tableMetrics()) {
        row.rate.append(AppMetricLayout::sum(snapshot.columns, rates, m.metrics));
        row.total.append(AppMetricLayout::sum(snapshot.columns, cumulative, m.metrics));
    }
    row.activity = activity.series(key);
    return row;
}

QList<AppsTableModel::Row> AppsTableModel::buildRows(const AppsSnapshot &snapshot,
                                                     const ActivityHistory &activity) const
{
    QList<Row> rows;
    switch (kind_) {
    case Kind::Applications:
        for (const ApplicationRow &a : snapshot.applications) {
            Row row = makeRow(ActivityHistory::applicationKey(a.name), a.totals, snapshot, activity);
            row.leading = {a.name, QLocale().toString(a.processes.size())};
            row.leadingSort = {a.name.toLower(), a.processes.size()};
            row.filter = a.name;
            row.tooltip = a.rule >= 0 ? tr("Grouped by a rule of yours (see Grouping rules…)")
                                      : tr("Processes running the executable %1").arg(a.name);
            row.subject = AppSubject::application(a.name);
            rows.append(row);
        }
        break;
    case Kind::Cgroups: {
        QHash<QString, int> processes;
        for (const ProcessRow &p : snapshot.processes)
            ++processes[p.identity.cgroup];
        for (const CgroupRow &c : snapshot.cgroups) {
            Row row = makeRow(ActivityHistory::cgroupKey(c.path), c.totals, snapshot, activity);
            const int count = processes.value(c.path);
            row.leading = {c.name.name, kindText(c.name.kind), count ? QLocale().toString(count) : QString()};
            row.leadingSort = {c.name.name.toLower(), kindText(c.name.kind), count};
            row.filter = c.name.name + u' ' + c.path;
            row.tooltip = c.path;
            row.subject = AppSubject::cgroup(c.path, c.name.name);
            rows.append(row);
        }
        break;
    }
    case Kind::Processes:
        for (const ProcessRow &p : snapshot.processes) {
            const ProcessIdentity &id = p.identity;
            Row row = makeRow(ActivityHistory::processKey(id.tgid), p.totals, snapshot, activity);
            const QString name = AppRules::executableName(id);
            const QString cgroup = id.cgroup.isEmpty() ? QString() : cgroupName(id.cgroup).name;
            const QString user = id.uid < 0 ? QString() : QString::number(id.uid);
            row.leading = {QString::number(id.tgid), name, p.application, user, cgroup};
            row.leadingSort = {id.tgid, name.toLower(), p.application.toLower(), id.uid, cgroup.toLower()};
            row.filter = QStringList{QString::number(id.tgid), name, id.comm, id.exe, p.application, cgroup}.join(u' ');
            row.tooltip = id.exe.isEmpty() ? id.comm : id.exe;
            row.subject = AppSubject::process(id.tgid, tr("%1 (pid %2)").arg(name).arg(id.tgid));
            rows.append(row);
        }
        break;
    }
    return rows;
}

void AppsTableModel::setSnapshot(const AppsSnapshotPtr &snapshot, const ActivityHistory &activity)
{
    const bool columnsChanged = !snapshot_ || !snapshot || snapshot_->columns.size() != snapshot->columns.size();
    snapshot_ = snapshot;
    QList<Row> fresh = snapshot ? buildRows(*snapshot, activity) : QList<Row>();
    QList<QString> unavailable;
    for (const TableMetric &m : AppMetricLayout::tableMetrics())
        unavailable.append(snapshot ? AppMetricLayout::unavailableReason(snapshot->columns, m.metrics) : QString());

    if (columnsChanged || unavailable != unavailable_) {
        beginResetModel();
        unavailable_ = unavailable;
        rows_ = fresh;
        endResetModel();
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        return;
    }
    // In place: removals (from the bottom, so indices stay right), then updates, then additions.
    QHash<QString, qsizetype> freshIndex;
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh[i].key, i);
    for (qsizetype i = rows_.size() - 1; i >= 0; --i) {
        if (freshIndex.contains(rows_[i].key))
            continue;
        beginRemoveRows({}, int(i), int(i));
        rows_.remove(i);
        endRemoveRows();
    }
    QHash<QString, qsizetype> kept;
    for (qsizetype i = 0; i < rows_.size(); ++i) {
        kept.insert(rows_[i].key, i);
        rows_[i] = fresh[freshIndex.value(rows_[i].key)];
    }
    if (!rows_.isEmpty())
        emit dataChanged(index(0, 0), index(int(rows_.size()) - 1, columnCount() - 1));
    QList<Row> added;
    for (const Row &row : std::as_const(fresh))
        if (!kept.contains(row.key))
            added.append(row);
    if (!added.isEmpty()) {
        beginInsertRows({}, int(rows_.size()), int(rows_.size() + added.size()) - 1);
        rows_.append(added);
        endInsertRows();
    }
}

void AppsTableModel::setValues(Values values)
{
    if (values == values_)
        return;
    values_ = values;
    if (!rows_.isEmpty())
        emit dataChanged(index(0, leadingColumns()), index(int(rows_.size()) - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, leadingColumns(), columnCount() - 2);
}

QVariant AppsTableModel::metricData(const Row &row, int metric, int role) const
{
    const TableMetric &m = AppMetricLayout::tableMetrics()[metric];
    const bool perSecond = values_ == Values::PerSecond;
    const std::optional<double> value = (perSecond ? row.rate : row.total).value(metric);
    const QString why = unavailable_.value(metric);
    switch (role) {
    case Qt::DisplayRole:
        if (!why.isEmpty() || !value)
            return tr("n/a");
        return formatValue(*value, m.unit, perSecond);
    case Qt::ToolTipRole:
        if (!why.isEmpty())
            return tr("%1 is unavailable in this session: %2").arg(AppMetricLayout::title(m), why);
        return value ? gui::formatExact(*value, perSecond ? m.unit + u"/s"_s : m.unit) : QVariant();
    case SortRole:
        return !why.isEmpty() || !value ? -1.0 : *value;
    case UnavailableRole:
        return why;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!why.isEmpty())
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant AppsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const Row &row = rows_[index.row()];
    switch (role) {
    case RowKeyRole: return row.key;
    case FilterTextRole: return row.filter;
    case SubjectKindRole: return int(row.subject.kind);
    case SubjectKeyRole: return row.subject.key;
    case SubjectLabelRole: return row.subject.label;
    default: break;
    }
    const int column = index.column();
    const int lead = leadingColumns();
    if (column < lead) {
        switch (role) {
        case Qt::DisplayRole: return row.leading.value(column);
        case SortRole: return row.leadingSort.value(column);
        case Qt::ToolTipRole: return column == 0 || (kind_ == Kind::Processes && column == 1) ? row.tooltip : QVariant();
        case Qt::TextAlignmentRole:
            if (row.leadingSort.value(column).typeId() != QMetaType::QString)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case UnavailableRole: return QString();
        default: return {};
        }
    }
    if (column == activityColumn()) {
        switch (role) {
        case SparklineRole: return QVariant::fromValue(row.activity);
        case SortRole: return row.activity.isEmpty() ? 0.0 : row.activity.last();
        case Qt::ToolTipRole:
            return tr("Events per second over the last %1 samples (calls, pages, lookups; bytes left out)")
                .arg(row.activity.size());
        case Qt::AccessibleTextRole:
        case Qt::DisplayRole:
            // Screen readers and copy get the latest value; the delegate draws the line.
            return role == Qt::DisplayRole ? QVariant()
                                           : tr("%1 events per second").arg(row.activity.isEmpty() ? 0.0 : row.activity.last());
        case UnavailableRole: return QString();
        default: return {};
        }
    }
    return metricData(row, column - lead, role);
}

QVariant AppsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const int lead = leadingColumns();
    if (role == Qt::DisplayRole) {
        if (section < lead) {
            switch (kind_) {
            case Kind::Applications: return QStringList{tr("Application"), tr("Processes")}.value(section);
            case Kind::Cgroups: return QStringList{tr("Cgroup"), tr("Kind"), tr("Processes")}.value(section);
            case Kind::Processes:
                return QStringList{tr("PID"), tr("Name"), tr("Application"), tr("User"), tr("Cgroup")}.value(section);
            }
        }
        if (section == activityColumn())
            return tr("Activity");
        const TableMetric &m = AppMetricLayout::tableMetrics()[section - lead];
        return values_ == Values::PerSecond ? tr("%1 /s").arg(AppMetricLayout::title(m)) : AppMetricLayout::title(m);
    }
    if (role == Qt::ToolTipRole && section >= lead && section < activityColumn()) {
        const TableMetric &m = AppMetricLayout::tableMetrics()[section - lead];
        QString text = tr("%1: %2").arg(AppMetricLayout::title(m), m.metrics.join(u" + "_s));
        if (const QString why = unavailable_.value(section - lead); !why.isEmpty())
            text += u"\n"_s + tr("Unavailable in this session: %1").arg(why);
        return text;
    }
    if (role == Qt::TextAlignmentRole && section >= lead && section < activityColumn())
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

}  // namespace kinsight::apps::ui
