#include "stat_report.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cerrno>

#include <signal.h>

namespace kinsight {

Totals treeTotals(const SessionInfo &session, const Frame &first, const Frame &last, int group)
{
    Totals t;
    for (const ModuleInfo &module : session.modules) {
        const ModuleFrame *begin = first.module(module.name);
        const ModuleFrame *end = last.module(module.name);
        for (const AppMetricInfo &metric : module.appMetrics) {
            const QString why = module.unavailableReason(metric.counters);
            if (!why.isEmpty() || !end || !end->trees.contains(group)) {
                t.unavailable.insert(metric.name, why.isEmpty() ? QStringLiteral("no data for this tree") : why);
                continue;
            }
            t.metrics.insert(metric.name, RateCalculator::sum(end->trees.value(group), metric.counters));
        }
        for (const KeyedTableInfo &table : module.tables) {
            if (!begin || !end)
                continue;
            QHash<QString, QList<quint64>> was;
            for (const KeyedCounters &row : begin->keyed.value(table.name))
                was.insert(row.label, row.values);
            auto &out = t.keyed[module.name + QLatin1Char('.') + table.name];
            for (const KeyedCounters &row : end->keyed.value(table.name)) {
                const QList<quint64> before = was.value(row.label);  // a key new during the run started at 0
                for (qsizetype v = 0; v < row.values.size() && v < table.values.size(); ++v) {
                    const quint64 base = v < before.size() && before[v] <= row.values[v] ? before[v] : 0;
                    out[row.label][table.values[v].name] = row.values[v] - base;
                }
            }
        }
        for (const ChartInfo &chart : module.charts) {
            for (const DimensionInfo &dim : chart.dimensions) {
                const QString why = module.unavailableReason(dim);
                if (!why.isEmpty() || !begin || !end) {
                    t.unavailable.insert(chart.id + QLatin1Char('.') + dim.id,
                                         why.isEmpty() ? QStringLiteral("module not running") : why);
                    continue;
                }
                const double atEnd = RateCalculator::sum(end->global, dim.terms);
                const double change = atEnd - RateCalculator::sum(begin->global, dim.terms);
                if (dim.isRatio()) {
                    const double den = RateCalculator::sum(end->global, dim.denominator)
                                       - RateCalculator::sum(begin->global, dim.denominator);
                    if (den > 0)
                        t.charts[chart.id][dim.id] = 100.0 * change / den;  // over the whole run
                    else
                        t.unavailable.insert(chart.id + QLatin1Char('.') + dim.id, QStringLiteral("nothing to divide"));
                    continue;
                }
                t.charts[chart.id][dim.id] = chart.scale * (dim.gauge ? atEnd : change);
            }
        }
    }
    return t;
}

Totals treeTotalsSince(const SessionInfo &session, const Frame &first, const Frame &last, int group)
{
    Totals totals = treeTotals(session, first, last, group);
    const Totals before = treeTotals(session, first, first, group);
    for (auto it = totals.metrics.begin(); it != totals.metrics.end(); ++it)
        it.value() -= std::min(it.value(), before.metrics.value(it.key()));
    return totals;
}

bool cgroupSettled(const Frame &frame, int group)
{
    for (const ModuleFrame &m : frame.modules)
        for (const ProcessCounters &p : m.processes)
            if (int(p.group) == group && kill(pid_t(p.tgid), 0) != 0 && errno == ESRCH)
                return false;
    return true;
}

QJsonObject statJson(const StatRun &run, const SessionInfo &session, const Totals &totals)
{
    QJsonObject metrics, unavailable;
    for (auto it = totals.metrics.begin(); it != totals.metrics.end(); ++it)
        metrics.insert(it.key(), qint64(it.value()));
    for (auto it = totals.unavailable.begin(); it != totals.unavailable.end(); ++it)
        unavailable.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("command"), QJsonArray::fromStringList(run.command)},
                       {QStringLiteral("exit_code"), run.exitCode},
                       {QStringLiteral("duration_s"), run.seconds},
                       {QStringLiteral("kernel"), session.kernelRelease},
                       {QStringLiteral("load_mode"), session.loadMode},
                       {QStringLiteral("metrics"), metrics},
                       {QStringLiteral("charts"), chartsJson(totals.charts)},
                       {QStringLiteral("keyed"), keyedJson(totals.keyed)},
                       {QStringLiteral("unavailable"), unavailable},
                       {QStringLiteral("attach"), attachJson(session)}};
}

QJsonObject attachJson(const SessionInfo &session)
{
    QJsonObject attach;
    for (const ModuleInfo &module : session.modules) {
        QJsonObject hooks;
        for (const HookAttachInfo &hook : module.hooks)
            hooks.insert(hook.hook, hook.chosen.isEmpty() ? QJsonValue() : QJsonValue(hook.chosen));
        attach.insert(module.name, hooks);
    }
    return attach;
}

QJsonObject chartsJson(const QMap<QString, QMap<QString, double>> &charts)
{
    QJsonObject out;
    for (auto chart = charts.begin(); chart != charts.end(); ++chart) {
        QJsonObject dims;
        for (auto dim = chart.value().begin(); dim != chart.value().end(); ++dim)
            dims.insert(dim.key(), dim.value());
        out.insert(chart.key(), dims);
    }
    return out;
}

QJsonObject keyedJson(const QMap<QString, QMap<QString, QMap<QString, quint64>>> &keyed)
{
    QJsonObject out;
    for (auto table = keyed.begin(); table != keyed.end(); ++table) {
        QJsonObject keys;
        for (auto key = table.value().begin(); key != table.value().end(); ++key) {
            QJsonObject values;
            for (auto v = key.value().begin(); v != key.value().end(); ++v)
                values.insert(v.key(), qint64(v.value()));
            keys.insert(key.key(), values);
        }
        out.insert(table.key(), keys);
    }
    return out;
}

QString formatNumber(double value)
{
    if (value == double(qint64(value)))
        return QLocale::c().toString(qint64(value));
    return QString::number(value, 'f', 2);
}

}  // namespace kinsight
