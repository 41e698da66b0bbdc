// The report of one inspected process tree, as `kinsight-cli stat` prints it
// and the GUI's launch-and-inspect shows and exports it: totals of the
// per-application metrics (the seed's names and groups) and of the system-wide
// chart dimensions over the run, and the JSON document of `stat --json`. One
// implementation, so the CLI and the GUI cannot disagree on a number or a name.
#pragma once

#include "frame.h"
#include "rates.h"
#include "session_info.h"

#include <QJsonObject>
#include <QStringList>

namespace kinsight {

struct Totals {
    QMap<QString, quint64> metrics;                 // per-application metric -> total
    QMap<QString, QMap<QString, double>> charts;    // chart -> dimension -> total (gauges: value at the end)
    QMap<QString, QString> unavailable;             // metric or chart.dimension -> reason
    // "module.table" -> key -> value -> change over the run, system-wide
    QMap<QString, QMap<QString, QMap<QString, quint64>>> keyed;
};

// Totals of the inspected tree `group` from `last`, and system-wide chart totals between `first` and `last`.
Totals treeTotals(const SessionInfo &session, const Frame &first, const Frame &last, int group);
// The same for a group counted before `first` (a cgroup, a tree armed while
// running): only what it did after `first` is kept.
Totals treeTotalsSince(const SessionInfo &session, const Frame &first, const Frame &last, int group);
// A cgroup never finishes: its counts are in once every process of it that is
// gone has been released (its row folded, its release counted).
bool cgroupSettled(const Frame &frame, int group);

// How the inspected command ran.
struct StatRun {
    QStringList command;  // program and arguments
    int exitCode = 0;     // 128 + signal when killed
    double seconds = 0;   // from its exec to its end
};

// The `kinsight-cli stat --json` document.
QJsonObject statJson(const StatRun &run, const SessionInfo &session, const Totals &totals);

QJsonObject attachJson(const SessionInfo &session);
QJsonObject chartsJson(const QMap<QString, QMap<QString, double>> &charts);
QJsonObject keyedJson(const QMap<QString, QMap<QString, QMap<QString, quint64>>> &keyed);
QString formatNumber(double value);

}  // namespace kinsight
