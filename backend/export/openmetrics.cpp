#include "openmetrics.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kinsight::exporting {

namespace {

QString sanitize(QString s)
{
    static const QRegularExpression bad(QStringLiteral("[^a-zA-Z0-9_]"));
    s.replace(bad, QStringLiteral("_"));
    return s;
}

QString escapeLabel(QString v)
{
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('"'), QLatin1String("\\\""));
    v.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return v;
}

// Prometheus 0.0.4 HELP text escapes only backslash and newline (a quote is
// literal there, a backslash-quote an error); OpenMetrics escapes quotes too.
QString escapeHelp(QString v)
{
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return v;
}

QString number(double v)
{
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(v, 'g', 17);
}

// Seconds for counters kept in nanoseconds, as OpenMetrics wants base units.
struct Scaled {
    QString unit;
    double factor;
};
Scaled baseUnit(const QString &unit)
{
    if (unit == QLatin1String("ns"))
        return {QStringLiteral("seconds"), 1e-9};
    if (unit == QLatin1String("bytes"))
        return {QStringLiteral("bytes"), 1.0};
    return {QString(), 1.0};
}

struct Sample {
    QString suffix;  // "_total" for counters, "_bucket"/"_count" for histograms, "" for gauges
    QString labels;
    double value;
};

struct Family {
    QString name, help, unit, type;
    QList<Sample> samples;
};

// Keeps the `max` largest label sets and sums the rest into one labelled `other`.
void bound(QList<Sample> &samples, int max, const QString &otherLabels)
{
    if (samples.size() <= max)
        return;
    std::stable_sort(samples.begin(), samples.end(), [](const Sample &a, const Sample &b) { return a.value > b.value; });
    double rest = 0;
    for (qsizetype i = max; i < samples.size(); ++i)
        rest += samples[i].value;
    const QString suffix = samples.first().suffix;
    samples.resize(max);
    samples.append({suffix, otherLabels, rest});
}

QString render(const QList<Family> &families, OpenMetricsOptions::Format format)
{
    const bool openMetrics = format == OpenMetricsOptions::Format::OpenMetrics;
    QString out;
    for (const Family &f : families) {
        if (f.samples.isEmpty())
            continue;
        // Prometheus 0.0.4 names a counter family by its sample name, "_total" included.
        const QString family = !openMetrics && f.type == QLatin1String("counter") ? f.name + QStringLiteral("_total") : f.name;
        out += QStringLiteral("# HELP %1 %2\n").arg(family, openMetrics ? escapeLabel(f.help) : escapeHelp(f.help));
        out += QStringLiteral("# TYPE %1 %2\n").arg(family, f.type);
        if (openMetrics && !f.unit.isEmpty())
            out += QStringLiteral("# UNIT %1 %2\n").arg(f.name, f.unit);
        for (const Sample &sample : f.samples)
            out += f.name + sample.suffix
                   + (sample.labels.isEmpty() ? QString() : QLatin1Char('{') + sample.labels + QLatin1Char('}'))
                   + QLatin1Char(' ') + number(sample.value) + QLatin1Char('\n');
    }
    return out;
}

}  // namespace

QString metricName(const QString &prefix, const QString &module, const QString &counter, const QString &unit)
{
    QString name = counter.startsWith(module) ? counter : module + QLatin1Char('_') + counter;
    if (unit == QLatin1String("ns") && name.endsWith(QLatin1String("_ns")))
        name.chop(3);
    const Scaled base = baseUnit(unit);
    if (!base.unit.isEmpty() && !name.endsWith(base.unit))
        name += QLatin1Char('_') + base.unit;
    return sanitize(prefix + QLatin1Char('_') + name);
}

std::optional<QList<double>> histogramBounds(const QList<CounterInfo> &values)
{
    // Netdata's log2 bins: "0us->1us", "1us->2us", ... "512us->1ms", ... "4s->+Inf".
    // Names round (65536 us reads "65ms"), so bounds come from the bin's index: 2^i us.
    static const QRegularExpression bin(QStringLiteral("^\\d+(us|ms|s)->(\\d+(us|ms|s)|\\+Inf)$"));
    if (values.size() < 2)
        return std::nullopt;
    QList<double> bounds;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!bin.match(values[i].name).hasMatch())
            return std::nullopt;
        const bool last = i == values.size() - 1;
        if (values[i].name.endsWith(QLatin1String("+Inf")) != last)
            return std::nullopt;
        bounds.append(last ? std::numeric_limits<double>::infinity() : std::ldexp(1e-6, int(i)));
    }
    return bounds;
}

QString toOpenMetrics(const SessionInfo &session, const Frame &frame, const OpenMetricsOptions &options,
                      const apps::AppsSnapshot *apps)
{
    QList<Family> families;
    Family unavailable{sanitize(options.prefix + QStringLiteral("_metric_unavailable")),
                       QStringLiteral("Metrics this kernel or load mode cannot measure, with the reason"),
                       QString(), QStringLiteral("gauge"), {}};
    for (const ModuleInfo &module : session.modules) {
        const ModuleFrame *mf = frame.module(module.name);
        for (int c = 0; c < module.counters.size(); ++c) {
            const CounterInfo &counter = module.counters[c];
            const Scaled base = baseUnit(counter.unit);
            if (module.unavailable.contains(c)) {
                unavailable.samples.append({QString(),
                                            QStringLiteral("module=\"%1\",metric=\"%2\",reason=\"%3\"")
                                                .arg(escapeLabel(module.name), escapeLabel(counter.name),
                                                     escapeLabel(module.unavailable.value(c))),
                                            1.0});
                continue;
            }
            if (!mf || c >= mf->global.size())
                continue;
            Family f{metricName(options.prefix, module.name, counter.name, counter.unit),
                     counter.description.isEmpty() ? counter.name : counter.description, base.unit,
                     QStringLiteral("counter"), {}};
            const QString total = QStringLiteral("_total");
            f.samples.append({total, QStringLiteral("scope=\"system\""), double(mf->global[c]) * base.factor});
            for (auto tree = mf->trees.begin(); tree != mf->trees.end(); ++tree)
                if (c < tree.value().size())
                    f.samples.append({total, QStringLiteral("scope=\"tree\",tree=\"%1\"").arg(tree.key()),
                                      double(tree.value()[c]) * base.factor});
            // Per-cgroup rows share the module's counter layout.
            QList<Sample> cgroups;
            for (const KeyedCounters &row : mf->keyed.value(QStringLiteral("cgroup")))
                if (c < row.values.size())
                    cgroups.append({total, QStringLiteral("scope=\"cgroup\",cgroup=\"%1\"").arg(escapeLabel(row.label)),
                                    double(row.values[c]) * base.factor});
            bound(cgroups, options.maxSeriesPerFamily, QStringLiteral("scope=\"cgroup\",cgroup=\"other\""));
            f.samples += cgroups;
            families.append(f);
        }
        for (const KeyedTableInfo &table : module.tables) {
            if (table.name == QLatin1String("cgroup") || !mf)
                continue;
            const QList<KeyedCounters> rows = mf->keyed.value(table.name);
            const QString keyLabel = sanitize(table.name);
            if (auto bounds = histogramBounds(table.values)) {
                // Cumulative buckets, le in seconds; the count is the last bucket.
                Family h{sanitize(options.prefix + QLatin1Char('_') + module.name + QLatin1Char('_') + table.name
                                  + QStringLiteral("_latency_seconds")),
                         QStringLiteral("%1 latency per %2 (log2 microsecond bins)").arg(module.name, table.name),
                         QStringLiteral("seconds"), QStringLiteral("histogram"), {}};
                int series = 0;
                for (const KeyedCounters &row : rows) {
                    if (++series > options.maxSeriesPerFamily)
                        break;
                    double cumulative = 0;
                    for (qsizetype b = 0; b < bounds->size() && b < row.values.size(); ++b) {
                        cumulative += double(row.values[b]);
                        h.samples.append({QStringLiteral("_bucket"),
                                          QStringLiteral("%1=\"%2\",le=\"%3\"")
                                              .arg(keyLabel, escapeLabel(row.label),
                                                   std::isinf((*bounds)[b]) ? QStringLiteral("+Inf")
                                                                            : QString::number((*bounds)[b], 'g', 12)),
                                          cumulative});
                    }
                    // Log2 bins keep no sum of latencies: buckets and a count only.
                    h.samples.append({QStringLiteral("_count"), QStringLiteral("%1=\"%2\"").arg(keyLabel, escapeLabel(row.label)),
                                      cumulative});
                }
                families.append(h);
                continue;
            }
            for (int v = 0; v < table.values.size(); ++v) {
                const CounterInfo &value = table.values[v];
                const Scaled base = baseUnit(value.unit);
                Family f{metricName(options.prefix, module.name + QLatin1Char('_') + table.name, value.name, value.unit),
                         QStringLiteral("%1 per %2").arg(value.description.isEmpty() ? value.name : value.description,
                                                          table.name),
                         base.unit, QStringLiteral("counter"), {}};
                for (const KeyedCounters &row : rows)
                    if (v < row.values.size())
                        f.samples.append({QStringLiteral("_total"),
                                          QStringLiteral("%1=\"%2\"").arg(keyLabel, escapeLabel(row.label)),
                                          double(row.values[v]) * base.factor});
                bound(f.samples, options.maxSeriesPerFamily, QStringLiteral("%1=\"other\"").arg(keyLabel));
                families.append(f);
            }
        }
    }
    if (apps) {
        for (qsizetype c = 0; c < apps->columns.size(); ++c) {
            const apps::MetricColumn &column = apps->columns[c];
            if (!column.unavailable.isEmpty())
                continue;  // the module's own counter is listed as unavailable, with its reason
            const Scaled base = baseUnit(column.unit);
            Family f{metricName(options.prefix + QStringLiteral("_app"), QString(), column.name, column.unit),
                     QStringLiteral("%1 per application (%2)").arg(column.name, column.group), base.unit,
                     QStringLiteral("counter"), {}};
            for (const apps::ApplicationRow &app : apps->applications)
                if (c < app.totals.cumulative.size())
                    f.samples.append({QStringLiteral("_total"), QStringLiteral("app=\"%1\"").arg(escapeLabel(app.name)),
                                      double(app.totals.cumulative[c]) * base.factor});
            bound(f.samples, options.maxSeriesPerFamily, QStringLiteral("app=\"other\""));
            families.append(f);
        }
    }
    families.append(unavailable);
    if (options.format == OpenMetricsOptions::Format::Prometheus)
        return render(families, options.format);
    return render(families, options.format) + QStringLiteral("# EOF\n");
}

QString contentType(OpenMetricsOptions::Format format)
{
    return format == OpenMetricsOptions::Format::OpenMetrics
               ? QStringLiteral("application/openmetrics-text; version=1.0.0; charset=utf-8")
               : QStringLiteral("text/plain; version=0.0.4; charset=utf-8");
}

}  // namespace kinsight::exporting
