// Applications, cgroups and processes of one moment of a per-process session,
// with each per-application metric (the seed's "Integration Dashboard
// Elements") cumulative since the session began and per second over the last
// interval. Immutable: models hold a snapshot and are replaced by the next.
#pragma once

#include "cgroup_names.h"
#include "frame.h"
#include "session_info.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace kinsight::apps {

// One per-application metric, in the order and groups the seed lists them.
struct MetricColumn {
    QString module;
    QString name;      // "file_open", "vfs_read_bytes", ...
    QString group;     // "file access", "vfs", "network"...
    QString unit;
    QList<int> counters;
    bool errorMetric = false;
    QString unavailable;  // why it cannot be measured here; empty when it can
};

struct Totals {
    QList<quint64> cumulative;  // per MetricColumn
    QList<double> perSecond;    // per MetricColumn, over the last interval (0 before the second frame)
};

struct ApplicationRow {
    QString name;
    int rule = -1;              // grouping rule that made it, or -1: its executable's name
    QList<quint32> processes;   // live, attributed processes
    Totals totals;
};

struct CgroupRow {
    QString path;
    CgroupName name;
    Totals totals;
};

struct ProcessRow {
    ProcessIdentity identity;
    QString application;       // where its counts go (per `collect pid`)
    Totals totals;             // its own row's counts
};

struct AppsSnapshot {
    quint64 sequence = 0;
    quint64 monotonicNs = 0;
    double interval = 0;  // seconds since the previous frame
    QList<MetricColumn> columns;
    QList<ApplicationRow> applications;
    QList<CgroupRow> cgroups;
    QList<ProcessRow> processes;
    quint64 unattributedEvents = 0;  // events that found the process table full
    quint64 exitsDropped = 0;        // final records lost (ring buffer full)

    int column(const QString &name) const;
    const ApplicationRow *application(const QString &name) const;
};

using AppsSnapshotPtr = std::shared_ptr<const AppsSnapshot>;

}  // namespace kinsight::apps
