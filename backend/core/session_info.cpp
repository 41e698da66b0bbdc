#include "session_info.h"

#include <QCborArray>

using namespace Qt::StringLiterals;

namespace kinsight {

QString ModuleInfo::unavailableReason(const QList<int> &counters) const
{
    for (int c : counters)
        if (auto it = unavailable.find(c); it != unavailable.end())
            return it.value();
    return {};
}

QString ModuleInfo::unavailableReason(const DimensionInfo &dimension) const
{
    QList<int> counters;
    for (const auto &[counter, coefficient] : dimension.terms)
        counters.append(counter);
    for (const auto &[counter, coefficient] : dimension.denominator)
        counters.append(counter);
    return unavailableReason(counters);
}

const ModuleInfo *SessionInfo::module(const QString &name) const
{
    for (const ModuleInfo &m : modules)
        if (m.name == name)
            return &m;
    return nullptr;
}

namespace {

QCborArray intList(const QList<int> &list)
{
    QCborArray a;
    for (int v : list)
        a.append(v);
    return a;
}

QList<int> intList(const QCborValue &value)
{
    QList<int> list;
    for (const QCborValue &v : value.toArray())
        list.append(int(v.toInteger()));
    return list;
}

QCborMap toCbor(const ChartInfo &c)
{
    QCborArray dims;
    for (const DimensionInfo &d : c.dimensions) {
        auto pairs = [](const QList<std::pair<int, int>> &list) {
            QCborArray a;
            for (const auto &[counter, coefficient] : list)
                a.append(QCborArray{counter, coefficient});
            return a;
        };
        QCborMap dim{{u"id"_s, d.id}, {u"label"_s, d.label}, {u"terms"_s, pairs(d.terms)}, {u"gauge"_s, d.gauge}};
        if (d.isRatio())
            dim.insert(u"denominator"_s, pairs(d.denominator));
        dims.append(dim);
    }
    return {{u"id"_s, c.id},           {u"title"_s, c.title},   {u"units"_s, c.units},
            {u"section"_s, c.section}, {u"family"_s, c.family}, {u"dimensions"_s, dims},
            {u"returnModeOnly"_s, c.returnModeOnly}, {u"scale"_s, c.scale}};
}

ChartInfo chartFromCbor(const QCborMap &m)
{
    ChartInfo c{m[u"id"_s].toString(),      m[u"title"_s].toString(),  m[u"units"_s].toString(),
                m[u"section"_s].toString(), m[u"family"_s].toString(), {},
                m[u"returnModeOnly"_s].toBool(), m[u"scale"_s].toDouble(1.0)};
    for (const QCborValue &dv : m[u"dimensions"_s].toArray()) {
        const QCborMap d = dv.toMap();
        DimensionInfo dim{d[u"id"_s].toString(), d[u"label"_s].toString(), {}, d[u"gauge"_s].toBool(), {}};
        for (const QCborValue &t : d[u"terms"_s].toArray())
            dim.terms.append({int(t.toArray().at(0).toInteger()), int(t.toArray().at(1).toInteger())});
        for (const QCborValue &t : d[u"denominator"_s].toArray())
            dim.denominator.append({int(t.toArray().at(0).toInteger()), int(t.toArray().at(1).toInteger())});
        c.dimensions.append(dim);
    }
    return c;
}

QCborMap toCbor(const ModuleInfo &m)
{
    QCborArray counters, charts, metrics, hooks;
    for (const CounterInfo &c : m.counters)
        counters.append(QCborMap{{u"name"_s, c.name},
                                 {u"unit"_s, c.unit},
                                 {u"description"_s, c.description},
                                 {u"error"_s, c.errorCounter}});
    for (const ChartInfo &c : m.charts)
        charts.append(toCbor(c));
    for (const AppMetricInfo &a : m.appMetrics)
        metrics.append(QCborMap{{u"name"_s, a.name},
                                {u"group"_s, a.group},
                                {u"unit"_s, a.unit},
                                {u"counters"_s, intList(a.counters)},
                                {u"error"_s, a.errorMetric}});
    for (const HookAttachInfo &h : m.hooks) {
        QCborArray rejected;
        for (const Rejection &r : h.rejected)
            rejected.append(QCborArray{r.candidate, r.reason});
        hooks.append(QCborMap{{u"hook"_s, h.hook},
                              {u"chosen"_s, h.chosen},
                              {u"family"_s, h.family},
                              {u"note"_s, h.note},
                              {u"rejected"_s, rejected}});
    }
    QCborMap unavailable;
    for (auto it = m.unavailable.begin(); it != m.unavailable.end(); ++it)
        unavailable.insert(qint64(it.key()), it.value());
    QCborArray tables;
    for (const KeyedTableInfo &t : m.tables) {
        QCborArray values, charts;
        for (const CounterInfo &c : t.values)
            values.append(QCborMap{{u"name"_s, c.name}, {u"unit"_s, c.unit}, {u"description"_s, c.description}});
        for (const KeyedChartInfo &c : t.charts)
            charts.append(QCborMap{{u"perKey"_s, c.chartPerKey}, {u"id"_s, c.id},        {u"title"_s, c.title},
                                   {u"units"_s, c.units},        {u"section"_s, c.section}, {u"family"_s, c.family},
                                   {u"value"_s, c.value},        {u"scale"_s, c.scale}});
        tables.append(QCborMap{{u"name"_s, t.name}, {u"values"_s, values}, {u"charts"_s, charts}});
    }
    return {{u"name"_s, m.name},         {u"description"_s, m.description},
            {u"tables"_s, tables},
            {u"counters"_s, counters},   {u"charts"_s, charts},
            {u"appMetrics"_s, metrics},  {u"loaded"_s, m.loaded},
            {u"error"_s, m.error},       {u"hooks"_s, hooks},
            {u"unavailable"_s, unavailable}};
}

ModuleInfo moduleFromCbor(const QCborMap &m)
{
    ModuleInfo info;
    info.name = m[u"name"_s].toString();
    info.description = m[u"description"_s].toString();
    for (const QCborValue &v : m[u"counters"_s].toArray()) {
        const QCborMap c = v.toMap();
        info.counters.append({c[u"name"_s].toString(), c[u"unit"_s].toString(), c[u"description"_s].toString(),
                              c[u"error"_s].toBool()});
    }
    for (const QCborValue &v : m[u"charts"_s].toArray())
        info.charts.append(chartFromCbor(v.toMap()));
    for (const QCborValue &v : m[u"appMetrics"_s].toArray()) {
        const QCborMap a = v.toMap();
        info.appMetrics.append({a[u"name"_s].toString(), a[u"group"_s].toString(), a[u"unit"_s].toString(),
                                intList(a[u"counters"_s]), a[u"error"_s].toBool()});
    }
    for (const QCborValue &tv : m[u"tables"_s].toArray()) {
        const QCborMap t = tv.toMap();
        KeyedTableInfo table{t[u"name"_s].toString(), {}, {}};
        for (const QCborValue &v : t[u"values"_s].toArray()) {
            const QCborMap c = v.toMap();
            table.values.append({c[u"name"_s].toString(), c[u"unit"_s].toString(), c[u"description"_s].toString()});
        }
        for (const QCborValue &v : t[u"charts"_s].toArray()) {
            const QCborMap c = v.toMap();
            KeyedChartInfo chart{c[u"perKey"_s].toBool(),     c[u"id"_s].toString(),     c[u"title"_s].toString(),
                                 c[u"units"_s].toString(),     c[u"section"_s].toString(), c[u"family"_s].toString(),
                                 int(c[u"value"_s].toInteger()), c[u"scale"_s].toDouble(1.0)};
            if (chart.chartPerKey || (chart.value >= 0 && chart.value < table.values.size()))
                table.charts.append(chart);
        }
        info.tables.append(table);
    }
    info.loaded = m[u"loaded"_s].toBool();
    info.error = m[u"error"_s].toString();
    for (const QCborValue &v : m[u"hooks"_s].toArray()) {
        const QCborMap h = v.toMap();
        HookAttachInfo hook{h[u"hook"_s].toString(), h[u"chosen"_s].toString(), h[u"family"_s].toString(),
                            h[u"note"_s].toString(), {}};
        for (const QCborValue &r : h[u"rejected"_s].toArray())
            hook.rejected.append({r.toArray().at(0).toString(), r.toArray().at(1).toString()});
        info.hooks.append(hook);
    }
    const QCborMap unavailable = m[u"unavailable"_s].toMap();
    for (auto it = unavailable.begin(); it != unavailable.end(); ++it)
        info.unavailable.insert(int(it.key().toInteger()), it.value().toString());
    // Indices come from the wire: drop the ones that point nowhere.
    const int counterCount = int(info.counters.size());
    auto valid = [counterCount](int c) { return c >= 0 && c < counterCount; };
    for (ChartInfo &chart : info.charts)
        for (DimensionInfo &d : chart.dimensions) {
            d.terms.removeIf([&](const std::pair<int, int> &t) { return !valid(t.first); });
            d.denominator.removeIf([&](const std::pair<int, int> &t) { return !valid(t.first); });
        }
    for (AppMetricInfo &a : info.appMetrics)
        a.counters.removeIf([&](int c) { return !valid(c); });
    return info;
}

}  // namespace

QCborMap SessionInfo::toCbor() const
{
    QCborArray mods;
    for (const ModuleInfo &m : modules)
        mods.append(kinsight::toCbor(m));
    QCborMap map{{u"kernel"_s, kernelRelease},         {u"loadMode"_s, loadMode},
                 {u"attach"_s, attachPolicy},          {u"interval"_s, intervalSeconds},
                 {u"pidTableSize"_s, qint64(pidTableSize)}, {u"pidMode"_s, pidMode},
                 {u"modules"_s, mods}};
    // Only streams that know their settings carry them: older readers ignore unknown keys.
    if (!settings.isEmpty()) {
        QCborArray list;
        for (const SessionSetting &s : settings)
            list.append(QCborArray{s.name, s.value, s.origin});
        map.insert(u"settings"_s, list);
    }
    if (!settingsNotes.isEmpty())
        map.insert(u"settingsNotes"_s, QCborArray::fromStringList(settingsNotes));
    return map;
}

SessionInfo SessionInfo::fromCbor(const QCborMap &map)
{
    SessionInfo s;
    s.kernelRelease = map[u"kernel"_s].toString();
    s.loadMode = map[u"loadMode"_s].toString();
    s.attachPolicy = map[u"attach"_s].toString();
    s.intervalSeconds = map[u"interval"_s].toDouble(1.0);
    s.pidTableSize = quint32(map[u"pidTableSize"_s].toInteger());
    s.pidMode = map[u"pidMode"_s].toString();
    for (const QCborValue &v : map[u"modules"_s].toArray())
        s.modules.append(moduleFromCbor(v.toMap()));
    for (const QCborValue &v : map[u"settings"_s].toArray()) {
        const QCborArray entry = v.toArray();
        s.settings.append({entry.at(0).toString(), entry.at(1).toString(), entry.at(2).toString()});
    }
    for (const QCborValue &v : map[u"settingsNotes"_s].toArray())
        s.settingsNotes.append(v.toString());
    return s;
}

}  // namespace kinsight
