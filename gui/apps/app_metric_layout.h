// Which per-application metrics the Applications page shows, and how: the
// seed's "Integration Dashboard Elements" in its groups and order (mem,
// process, swap, network, file access, vfs, page cache, directory cache,
// ipc shm), then whatever else the session offers per application (sync,
// mount...). A metric of the seed that the session does not collect is still
// listed, as unavailable with the reason, so nobody reads its absence as zero.
#pragma once

#include "apps_snapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kinsight::apps::ui {

// One metric of the dashboard: a session column, or a ratio made of two of them.
struct LayoutMetric {
    QString name;          // "file_open", "cachestat_ratio", ...
    QString unit;          // "calls", "bytes", "%", ...
    int column = -1;       // index into the snapshot's columns; -1 for ratios and missing metrics
    // Ratios: 100 x (Σ numerator) / (Σ denominator), columns by name.
    QStringList numerator;
    QStringList denominator;
    QString unavailable;   // why it cannot be shown; empty when it can

    bool isRatio() const { return !denominator.isEmpty(); }
};

struct LayoutGroup {
    QString name;  // the seed's group name ("file access")
    QList<LayoutMetric> metrics;
};

// A column of the applications table: a sum of session metrics ("VFS bytes" =
// vfs_read_bytes + vfs_write_bytes).
struct TableMetric {
    QString id;            // "vfs_bytes"
    const char *title;     // untranslated; see AppMetricLayout::title()
    QString unit;
    QStringList metrics;   // summed
};

class AppMetricLayout {
    Q_DECLARE_TR_FUNCTIONS(AppMetricLayout)
public:
    // The dashboard's groups for a session's columns.
    static QList<LayoutGroup> dashboard(const QList<MetricColumn> &columns);
    // The seed's groups and metric names, in order.
    static const QList<std::pair<QString, QStringList>> &seedGroups();
    // The table's metric columns.
    static const QList<TableMetric> &tableMetrics();
    static QString title(const TableMetric &metric);  // translated
    // What a metric counts, in the seed's words (translated); the name itself for others.
    static QString description(const QString &metric);

    // Value of a table metric or dashboard ratio from per-column values; no
    // value when a part is unavailable (or a ratio's denominator is 0).
    static std::optional<double> sum(const QList<MetricColumn> &columns, const QList<double> &values,
                                     const QStringList &metrics);
    static std::optional<double> ratio(const QList<MetricColumn> &columns, const QList<double> &values,
                                       const LayoutMetric &metric);
    // Why a table metric cannot be measured in this session; empty when it can.
    static QString unavailableReason(const QList<MetricColumn> &columns, const QStringList &metrics);
};

}  // namespace kinsight::apps::ui
