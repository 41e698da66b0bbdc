// Recent activity of every row of the Applications page, for its sparklines:
// per snapshot, the events per second of each application, cgroup and
// process (the sum of its call-like metrics: calls, pages, lookups, kills,
// not bytes, which would drown everything else). Bounded: a few dozen
// samples per row, and rows gone from the snapshot are forgotten.
#pragma once

#include "apps_snapshot.h"

#include <QHash>
#include <QList>
#include <QString>

namespace kinsight::apps::ui {

class ActivityHistory {
public:
    static constexpr int kSamples = 60;

    void add(const AppsSnapshot &snapshot);
    void clear() { series_.clear(); }

    // Oldest first; empty when the row is unknown.
    QList<double> series(const QString &rowKey) const { return series_.value(rowKey); }

    // Row keys, shared with the table model.
    static QString applicationKey(const QString &name) { return QStringLiteral("a:") + name; }
    static QString cgroupKey(const QString &path) { return QStringLiteral("c:") + path; }
    static QString processKey(quint32 pid) { return QStringLiteral("p:") + QString::number(pid); }
    // Events per second of a row.
    static double activity(const QList<MetricColumn> &columns, const Totals &totals);

private:
    QHash<QString, QList<double>> series_;
};

}  // namespace kinsight::apps::ui
