#include "netdata_plugin.h"

#include "rates.h"

#include <cmath>

namespace kinsight::exporting {

namespace {

QString quoted(QString s)
{
    s.replace(QLatin1Char('\''), QLatin1Char('"'));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

// Netdata ids allow letters, digits, '_', '-' and '.' (the type/id separator).
QString dimensionId(QString s)
{
    for (QChar &c : s)
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    return s;
}

}  // namespace

std::pair<qint64, qint64> multiplierDivisor(double scale)
{
    if (scale >= 1.0)
        return {qint64(std::llround(scale)), 1};
    return {1, qint64(std::llround(1.0 / scale))};
}

NetdataPluginWriter::NetdataPluginWriter(SessionInfo session, int updateEverySeconds)
    : session_(std::move(session)), updateEvery_(std::max(1, updateEverySeconds))
{
}

QString NetdataPluginWriter::chartLine(const QString &id, const QString &title, const QString &units,
                                       const QString &family, const QString &context, const QString &module,
                                       int priority) const
{
    // CHART type.id name title units family context charttype priority update_every options plugin module
    return QStringLiteral("CHART %1 '' %2 %3 %4 %5 line %6 %7 '' 'kinsight.plugin' %8\n")
        .arg(id, quoted(title), quoted(units), quoted(family.toLower()), quoted(context))
        .arg(priority)
        .arg(updateEvery_)
        .arg(quoted(module));
}

QString NetdataPluginWriter::defineStaticCharts()
{
    QString out;
    for (const ModuleInfo &module : session_.modules) {
        for (const ChartInfo &chart : module.charts) {
            QString dims;
            for (const DimensionInfo &d : chart.dimensions) {
                if (!module.unavailableReason(d).isEmpty())
                    continue;  // not measurable here: no dimension rather than zeros
                const auto [mul, div] = multiplierDivisor(chart.scale);
                if (d.isRatio())
                    dims += QStringLiteral("DIMENSION %1 %2 absolute 1 1000\n").arg(dimensionId(d.id), quoted(d.label));
                else
                    dims += QStringLiteral("DIMENSION %1 %2 %3 %4 %5\n")
                                .arg(dimensionId(d.id), quoted(d.label),
                                     d.gauge ? QStringLiteral("absolute") : QStringLiteral("incremental"))
                                .arg(mul)
                                .arg(div);
            }
            if (dims.isEmpty())
                continue;
            out += chartLine(chart.id, chart.title, chart.units, chart.family, chart.id, module.name, nextPriority_++)
                   + dims;
        }
    }
    return out;
}

QString NetdataPluginWriter::frame(const Frame &frame)
{
    QString out;
    if (!defined_) {
        out += defineStaticCharts();
        defined_ = true;
    }
    const Frame *before = previous_ ? &*previous_ : nullptr;
    for (const ModuleInfo &module : session_.modules) {
        const ModuleFrame *now = frame.module(module.name);
        const ModuleFrame *was = before ? before->module(module.name) : nullptr;
        if (!now)
            continue;
        for (const ChartInfo &chart : module.charts) {
            QString sets;
            for (const DimensionInfo &d : chart.dimensions) {
                if (!module.unavailableReason(d).isEmpty())
                    continue;
                if (d.isRatio()) {
                    if (!was)
                        continue;
                    const double den = RateCalculator::sum(now->global, d.denominator)
                                       - RateCalculator::sum(was->global, d.denominator);
                    if (den <= 0)
                        continue;  // no value: Netdata shows a gap
                    const double num = RateCalculator::sum(now->global, d.terms) - RateCalculator::sum(was->global, d.terms);
                    sets += QStringLiteral("SET %1 = %2\n").arg(dimensionId(d.id)).arg(qint64(std::llround(100000.0 * num / den)));
                    continue;
                }
                sets += QStringLiteral("SET %1 = %2\n")
                            .arg(dimensionId(d.id))
                            .arg(qint64(RateCalculator::sum(now->global, d.terms)));
            }
            if (!sets.isEmpty())
                out += QStringLiteral("BEGIN %1\n").arg(chart.id) + sets + QStringLiteral("END\n");
        }
        for (const KeyedTableInfo &table : module.tables) {
            const QList<KeyedCounters> rows = now->keyed.value(table.name);
            for (const KeyedChartInfo &chart : table.charts) {
                const auto [mul, div] = multiplierDivisor(chart.scale);
                if (!chart.chartPerKey) {
                    QSet<QString> &defined = definedKeyedDimensions_[chart.id];
                    QString newDims;
                    for (const KeyedCounters &row : rows)
                        if (!defined.contains(row.label)) {
                            newDims += QStringLiteral("DIMENSION %1 %2 incremental %3 %4\n")
                                           .arg(dimensionId(row.label), quoted(row.label))
                                           .arg(mul)
                                           .arg(div);
                            defined.insert(row.label);
                        }
                    if (!newDims.isEmpty())  // redefining a chart adds its new dimensions
                        out += chartLine(chart.id, chart.title, chart.units, chart.family, chart.id, module.name,
                                         nextPriority_++)
                               + newDims;
                    QString sets;
                    for (const KeyedCounters &row : rows)
                        if (chart.value < row.values.size())
                            sets += QStringLiteral("SET %1 = %2\n").arg(dimensionId(row.label)).arg(row.values[chart.value]);
                    if (!sets.isEmpty())
                        out += QStringLiteral("BEGIN %1\n").arg(chart.id) + sets + QStringLiteral("END\n");
                    continue;
                }
                for (const KeyedCounters &row : rows) {
                    const QString chartId = chart.chartId(row.label);
                    QSet<QString> &defined = definedKeyedDimensions_[chartId];
                    if (defined.isEmpty()) {
                        QString dims;
                        for (const CounterInfo &v : table.values)
                            dims += QStringLiteral("DIMENSION %1 %2 incremental %3 %4\n")
                                        .arg(dimensionId(v.name), quoted(v.name))
                                        .arg(mul)
                                        .arg(div);
                        out += chartLine(chartId, chart.title + QStringLiteral(" (") + row.label + QLatin1Char(')'),
                                         chart.units, chart.family, chart.id, module.name, nextPriority_++)
                               + dims;
                        defined.insert(QStringLiteral("*"));  // every value is a dimension, defined at once
                    }
                    QString sets;
                    for (qsizetype v = 0; v < table.values.size() && v < row.values.size(); ++v)
                        sets += QStringLiteral("SET %1 = %2\n").arg(dimensionId(table.values[v].name)).arg(row.values[v]);
                    out += QStringLiteral("BEGIN %1\n").arg(chartId) + sets + QStringLiteral("END\n");
                }
            }
        }
    }
    previous_ = frame;
    return out;
}

}  // namespace kinsight::exporting
