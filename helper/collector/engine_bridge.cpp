#include "engine_bridge.h"

#include "kernel_features.h"

namespace kinsight {

namespace {
QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
}  // namespace

QString pidModeName(ks_pid_mode mode)
{
    switch (mode) {
    case KS_PID_NONE:
        return QStringLiteral("none");
    case KS_PID_ALL:
        return QStringLiteral("all");
    case KS_PID_TRACKED:
        return QStringLiteral("tracked");
    case KS_PID_CGROUP:
        return QStringLiteral("cgroup");
    }
    return {};
}

ModuleInfo describeModule(const engine::ModuleDescriptor &d, const engine::ModuleReport *report,
                          const std::vector<engine::KeyedTableDef> *tables)
{
    ModuleInfo m;
    m.name = qs(d.name);
    m.description = qs(d.description);
    for (const auto &c : d.counters)
        m.counters.append({qs(c.name), qs(c.unit), qs(c.description), c.errorCounter});
    for (const auto &c : d.charts) {
        ChartInfo chart{qs(c.id), qs(c.title), qs(c.units), qs(c.section), qs(c.family), {}, c.returnModeOnly, c.scale};
        for (const auto &dim : c.dimensions)
            chart.dimensions.append({qs(dim.id), qs(dim.label), QList<std::pair<int, int>>(dim.terms.begin(), dim.terms.end()),
                                     dim.gauge,
                                     QList<std::pair<int, int>>(dim.denominator.begin(), dim.denominator.end())});
        m.charts.append(chart);
    }
    for (const auto &a : d.appMetrics)
        m.appMetrics.append({qs(a.name), qs(a.group), qs(a.unit), QList<int>(a.counters.begin(), a.counters.end()),
                             a.errorMetric});
    for (const auto &t : tables ? *tables : d.tables) {
        KeyedTableInfo table{qs(t.name), {}, {}};
        for (const auto &v : t.values)
            table.values.append({qs(v.name), qs(v.unit), qs(v.description), v.errorCounter});
        for (const auto &c : t.charts)
            table.charts.append({c.layout == engine::KeyedChartDef::Layout::ChartPerKey, qs(c.id), qs(c.title),
                                 qs(c.units), qs(c.section), qs(c.family), c.value, c.scale});
        m.tables.append(table);
    }
    if (!report)
        return m;
    m.loaded = report->loaded;
    m.error = QString::fromStdString(report->error);
    for (const auto &h : report->hooks) {
        HookAttachInfo hook{QString::fromStdString(h.hook), QString::fromStdString(h.chosen),
                            h.kind ? qs(engine::toString(engine::familyOf(*h.kind))) : QString(),
                            QString::fromStdString(h.note), {}};
        for (const auto &r : h.rejected)
            hook.rejected.append({QString::fromStdString(r.candidate), QString::fromStdString(r.reason)});
        m.hooks.append(hook);
    }
    for (const auto &u : report->unavailable)
        if (!m.unavailable.contains(u.counter))
            m.unavailable.insert(u.counter, QString::fromStdString(u.reason));
    if (!report->loaded)
        for (int i = 0; i < m.counters.size(); ++i)
            m.unavailable.insert(i, QStringLiteral("module %1 could not be loaded: %2").arg(m.name, m.error));
    return m;
}

SessionInfo describeSession(const engine::Engine &engine, double intervalSeconds)
{
    SessionInfo s;
    s.kernelRelease = QString::fromStdString(engine::KernelFeatures::kernelRelease());
    s.loadMode = qs(engine::toString(engine.options().loadMode));
    s.attachPolicy = QString::fromStdString(engine.options().attach.toString());
    s.intervalSeconds = intervalSeconds;
    s.pidTableSize = engine.options().pidTableSize;
    s.pidMode = pidModeName(engine.options().pidMode);
    for (const auto &report : engine.reports())
        if (const engine::ModuleDescriptor *d = engine::findModule(report.module))
            s.modules.append(describeModule(*d, &report, report.loaded ? &engine.tables(report.module) : nullptr));
    return s;
}

Frame toFrame(const engine::Snapshot &snapshot, quint64 sequence)
{
    auto list = [](const std::vector<uint64_t> &v) { return QList<quint64>(v.begin(), v.end()); };
    auto rows = [&](const std::vector<engine::PidRow> &in) {
        QList<ProcessCounters> out;
        out.reserve(qsizetype(in.size()));
        for (const auto &r : in)
            out.append({r.tgid, r.group, list(r.counters)});
        return out;
    };
    Frame f{sequence, snapshot.monotonicNs, {}, {}};
    for (const auto &m : snapshot.modules) {
        ModuleFrame mf;
        mf.module = QString::fromStdString(m.module);
        mf.global = list(m.global);
        for (const auto &[group, totals] : m.trees)
            mf.trees.insert(group, list(totals));
        mf.processes = rows(m.pids);
        mf.exited = rows(m.exits);
        mf.pidTableFull = m.pidTableFull;
        mf.exitsDropped = m.exitsDropped;
        for (const auto &[table, rows] : m.keyed) {
            QList<KeyedCounters> out;
            for (const auto &r : rows)
                out.append({QString::fromStdString(r.label), list(r.values)});
            mf.keyed.insert(QString::fromStdString(table), out);
        }
        f.modules.append(mf);
    }
    return f;
}

}  // namespace kinsight
