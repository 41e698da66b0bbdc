// Turning a session's frames into what the CLI prints: totals of per-application
// metrics and chart dimensions, and their unavailability reasons.
#pragma once

#include "frame.h"
#include "rates.h"
#include "session_info.h"

#include <QJsonObject>

namespace kinsight::cli {

struct Totals {
    QMap<QString, quint64> metrics;                 // per-application metric -> total
    QMap<QString, QMap<QString, double>> charts;    // chart -> dimension -> total (gauges: value at the end)
    QMap<QString, QString> unavailable;             // metric or chart.dimension -> reason
    // "module.table" -> key -> value -> change over the run, system-wide
    QMap<QString, QMap<QString, QMap<QString, quint64>>> keyed;
};

// Totals of the inspected tree `group` from `last`, and system-wide chart totals between `first` and `last`.
Totals treeTotals(const SessionInfo &session, const Frame &first, const Frame &last, int group);

QJsonObject attachJson(const SessionInfo &session);
QJsonObject chartsJson(const QMap<QString, QMap<QString, double>> &charts);
QJsonObject keyedJson(const QMap<QString, QMap<QString, QMap<QString, quint64>>> &keyed);
QString formatNumber(double value);

}  // namespace kinsight::cli
