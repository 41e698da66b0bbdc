// The Applications page's tables over one AppsSnapshot: applications,
// cgroups or processes, one row each, with their main per-application metrics
// (AppMetricLayout::tableMetrics()) per second or since the session began,
// and their recent activity for a sparkline. A metric the session cannot
// measure reads "n/a" with the reason in its tooltip, never 0.
//
// A new snapshot updates rows in place (rows that went are removed, new ones
// appended, the rest changed), so selection and the current row survive the
// update every second; sort and search with AppsFilterModel on top.
#pragma once

#include "activity_history.h"
#include "app_subject.h"
#include "apps_snapshot.h"

#include <QAbstractTableModel>

#include <optional>

namespace kinsight::apps::ui {

class AppsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Kind { Applications, Cgroups, Processes };
    enum class Values { PerSecond, SinceStart };
    enum Role {
        SortRole = Qt::UserRole + 1,  // a number, or the text for text columns; unavailable sorts below 0
        SparklineRole,                // QList<double>, oldest first (Activity column)
        RowKeyRole,                   // QString, stable for the row's life
        FilterTextRole,               // QString: what the search looks in
        UnavailableRole,              // QString: why the cell has no value; empty when it has one
        SubjectKindRole,              // int (AppSubject::Kind)
        SubjectKeyRole,               // QString (AppSubject::key)
        SubjectLabelRole,             // QString (AppSubject::label)
    };

    explicit AppsTableModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return kind_; }
    void setSnapshot(const AppsSnapshotPtr &snapshot, const ActivityHistory &activity);
    AppsSnapshotPtr snapshot() const { return snapshot_; }
    void setValues(Values values);
    Values values() const { return values_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Columns: the kind's own columns, then one per table metric, then Activity.
    int leadingColumns() const;
    int metricColumn(const QString &tableMetricId) const;  // -1 when there is none
    int activityColumn() const { return columnCount() - 1; }
    AppSubject subject(int row) const;
    int rowOf(const QString &key) const;  // -1 when there is none

private:
    struct Row {
        QString key;
        QStringList leading;   // text of the leading columns
        QList<QVariant> leadingSort;
        QString filter;
        QString tooltip;
        QList<std::optional<double>> rate;   // per table metric
        QList<std::optional<double>> total;
        QList<double> activity;
        AppSubject subject;
    };

    QList<Row> buildRows(const AppsSnapshot &snapshot, const ActivityHistory &activity) const;
    Row makeRow(const QString &key, const Totals &totals, const AppsSnapshot &snapshot,
                const ActivityHistory &activity) const;
    QVariant metricData(const Row &row, int metric, int role) const;

    Kind kind_;
    Values values_ = Values::PerSecond;
    AppsSnapshotPtr snapshot_;
    QList<QString> unavailable_;  // per table metric
    QList<Row> rows_;
};

}  // namespace kinsight::apps::ui
