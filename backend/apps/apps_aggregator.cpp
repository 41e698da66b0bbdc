#include "apps_aggregator.h"

#include <QSet>

#include <algorithm>

namespace kinsight::apps {

namespace {

QList<quint64> sized(QList<quint64> values, qsizetype n)
{
    values.resize(n, 0);
    return values;
}

// a += b - c, element-wise, never below zero (a row restarted by PID reuse).
void addDifference(QList<quint64> &a, const QList<quint64> &b, const QList<quint64> &c)
{
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
        const quint64 base = i < c.size() ? c[i] : 0;
        if (b[i] > base)
            a[i] += b[i] - base;
    }
}

}  // namespace

std::optional<CollectPid> parseCollectPid(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("real parent"))
        return CollectPid::RealParent;
    if (t == QLatin1String("parent"))
        return CollectPid::Parent;
    if (t == QLatin1String("all"))
        return CollectPid::All;
    return std::nullopt;
}

QString toString(CollectPid mode)
{
    switch (mode) {
    case CollectPid::RealParent: return QStringLiteral("real parent");
    case CollectPid::Parent: return QStringLiteral("parent");
    case CollectPid::All: break;
    }
    return QStringLiteral("all");
}

int AppsSnapshot::column(const QString &name) const
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return int(i);
    return -1;
}

const ApplicationRow *AppsSnapshot::application(const QString &name) const
{
    for (const ApplicationRow &row : applications)
        if (row.name == name)
            return &row;
    return nullptr;
}

AppsAggregator::AppsAggregator(SessionInfo session, AppRules rules)
    : session_(std::move(session)), rules_(std::move(rules))
{
    processes_.resize(session_.modules.size());
    columns_ = buildColumns();
}

void AppsAggregator::setCollectPid(const QHash<QString, CollectPid> &perModule, CollectPid fallback)
{
    collectPid_ = perModule;
    fallback_ = fallback;
}

void AppsAggregator::setRules(AppRules rules)
{
    rules_ = std::move(rules);
}

CollectPid AppsAggregator::modeOf(const QString &module) const
{
    return collectPid_.value(module, fallback_);
}

QList<MetricColumn> AppsAggregator::buildColumns() const
{
    QList<MetricColumn> columns;
    for (const ModuleInfo &m : session_.modules) {
        if (!m.loaded)
            continue;
        for (const AppMetricInfo &a : m.appMetrics)
            columns.append({m.name, a.name, a.group, a.unit, a.counters, a.errorMetric, m.unavailableReason(a.counters)});
    }
    return columns;
}

AppsAggregator::Executable AppsAggregator::attributionOf(const ProcessIdentity &process, CollectPid mode) const
{
    quint32 target = process.tgid;
    if (mode == CollectPid::RealParent)
        target = process.ppid;
    else if (mode == CollectPid::Parent)
        target = process.tracer ? process.tracer : process.ppid;
    const auto parent = identities_.constFind(target);
    const ProcessIdentity &who = target && parent != identities_.cend() ? *parent : process;
    return {who.comm, who.exe};
}

void AppsAggregator::credit(int module, const Executable &to, const QList<quint64> &from, const QList<quint64> &baseline)
{
    Executable key = to;
    if (!credited_.contains(key) && credited_.size() >= kMaxExecutables)
        key = {QStringLiteral("other executables"), QString()};
    auto &perModule = credited_[key];
    perModule.resize(session_.modules.size());
    QList<quint64> &sum = perModule[module];
    sum.resize(session_.modules[module].counters.size(), 0);
    addDifference(sum, from, baseline);
}

void AppsAggregator::moduleFrame(int module, const ModuleFrame &frame)
{
    const qsizetype n = session_.modules[module].counters.size();
    const CollectPid mode = modeOf(session_.modules[module].name);
    auto &live = processes_[module];
    auto identityOf = [this](quint32 tgid) {
        ProcessIdentity fallback;
        fallback.tgid = tgid;
        return identities_.value(tgid, fallback);
    };
    // Moves a process's past counts to its current executable before new ones arrive.
    auto attribute = [&](ProcessState &state, quint32 tgid) {
        const Executable now = attributionOf(identityOf(tgid), mode);
        if (now != state.creditedTo) {
            // Counts made while the process was not yet named (it ended before its
            // /proc entry was read) go to the name its final record gives.
            if (!state.creditedTo.comm.isEmpty() || !state.creditedTo.exe.isEmpty()) {
                credit(module, state.creditedTo, state.counters, state.baseline);
                state.baseline = state.counters;
            }
            state.creditedTo = now;
        }
    };
    QSet<quint32> seen;
    for (const ProcessCounters &row : frame.processes) {
        seen.insert(row.tgid);
        auto it = live.find(row.tgid);
        if (it == live.end())
            it = live.insert(row.tgid, {QList<quint64>(n, 0), QList<quint64>(n, 0),
                                        attributionOf(identityOf(row.tgid), mode)});
        attribute(*it, row.tgid);
        it->counters = sized(row.counters, n);
    }
    for (const ProcessCounters &row : frame.exited) {
        ProcessState state = live.take(row.tgid);
        if (state.counters.isEmpty())
            state = {QList<quint64>(n, 0), QList<quint64>(n, 0), attributionOf(identityOf(row.tgid), mode)};
        attribute(state, row.tgid);
        credit(module, state.creditedTo, sized(row.counters, n), state.baseline);
        seen.insert(row.tgid);
    }
    // Rows gone without a final record (the exits ring buffer was full): keep what was seen.
    for (auto it = live.begin(); it != live.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        credit(module, it->creditedTo, it->counters, it->baseline);
        it = live.erase(it);
    }
}

Totals AppsAggregator::totalsFrom(const QList<QList<quint64>> &perModule) const
{
    Totals t;
    t.cumulative.reserve(columns_.size());
    for (const MetricColumn &c : columns_) {
        quint64 sum = 0;
        for (qsizetype m = 0; m < session_.modules.size(); ++m) {
            if (session_.modules[m].name != c.module || m >= perModule.size())
                continue;
            for (int counter : c.counters)
                if (counter < perModule[m].size())
                    sum += perModule[m][counter];
        }
        t.cumulative.append(sum);
    }
    t.perSecond.resize(columns_.size(), 0.0);
    return t;
}

void AppsAggregator::fillRates(AppsSnapshot &now) const
{
    if (!latest_ || now.interval <= 0)
        return;
    auto rate = [&](Totals &t, const Totals *before) {
        if (!before)
            return;
        for (qsizetype i = 0; i < t.cumulative.size() && i < before->cumulative.size(); ++i)
            t.perSecond[i] = t.cumulative[i] >= before->cumulative[i]
                                 ? double(t.cumulative[i] - before->cumulative[i]) / now.interval
                                 : 0.0;
    };
    QHash<QString, const Totals *> apps, cgroups;
    QHash<quint32, const Totals *> processes;
    for (const ApplicationRow &r : latest_->applications)
        apps.insert(r.name, &r.totals);
    for (const CgroupRow &r : latest_->cgroups)
        cgroups.insert(r.path, &r.totals);
    for (const ProcessRow &r : latest_->processes)
        processes.insert(r.identity.tgid, &r.totals);
    for (ApplicationRow &r : now.applications)
        rate(r.totals, apps.value(r.name));
    for (CgroupRow &r : now.cgroups)
        rate(r.totals, cgroups.value(r.path));
    for (ProcessRow &r : now.processes)
        rate(r.totals, processes.value(r.identity.tgid));
}

AppsSnapshotPtr AppsAggregator::push(const Frame &frame)
{
    for (const ProcessIdentity &p : frame.identities) {
        auto it = identities_.find(p.tgid);
        // A reused PID is a new process; its executable may differ too.
        if (it == identities_.end() || it->startTicks != p.startTicks || *it != p)
            identities_.insert(p.tgid, p);
    }
    auto snapshot = std::make_shared<AppsSnapshot>();
    snapshot->sequence = frame.sequence;
    snapshot->monotonicNs = frame.monotonicNs;
    snapshot->interval = latest_ ? double(frame.monotonicNs - latest_->monotonicNs) / 1e9 : 0.0;
    snapshot->columns = columns_;

    const qsizetype modules = session_.modules.size();
    QHash<QString, QList<QList<quint64>>> cgroups;
    for (qsizetype m = 0; m < modules; ++m) {
        const ModuleFrame *mf = frame.module(session_.modules[m].name);
        if (!mf)
            continue;
        moduleFrame(int(m), *mf);
        snapshot->unattributedEvents += mf->pidTableFull;
        snapshot->exitsDropped += mf->exitsDropped;
        for (const KeyedCounters &row : mf->keyed.value(QStringLiteral("cgroup"))) {
            auto &perModule = cgroups[row.label];
            perModule.resize(modules);
            perModule[m] = row.values;
        }
    }

    // Applications: what gone processes left, plus what live ones counted since.
    QHash<QString, QList<QList<quint64>>> apps;
    auto account = [&](const QString &app) -> QList<QList<quint64>> & {
        auto &perModule = apps[app];
        if (perModule.isEmpty()) {
            perModule.resize(modules);
            for (qsizetype m = 0; m < modules; ++m)
                perModule[m].resize(session_.modules[m].counters.size(), 0);
        }
        return perModule;
    };
    for (auto it = credited_.cbegin(); it != credited_.cend(); ++it) {
        ProcessIdentity who;
        who.comm = it.key().comm;
        who.exe = it.key().exe;
        auto &sum = account(rules_.applicationOf(who));
        for (qsizetype m = 0; m < it.value().size(); ++m)
            addDifference(sum[m], it.value()[m], {});
    }
    QHash<quint32, QList<QList<quint64>>> perProcess;
    for (qsizetype m = 0; m < modules; ++m) {
        for (auto it = processes_[m].cbegin(); it != processes_[m].cend(); ++it) {
            ProcessIdentity who;
            who.comm = it->creditedTo.comm;
            who.exe = it->creditedTo.exe;
            addDifference(account(rules_.applicationOf(who))[m], it->counters, it->baseline);
            auto &own = perProcess[it.key()];
            own.resize(modules);
            own[m] = it->counters;
        }
    }
    QHash<QString, ApplicationRow> rows;
    for (auto it = apps.cbegin(); it != apps.cend(); ++it) {
        rows.insert(it.key(), {it.key(), -1, {}, totalsFrom(it.value())});
    }
    for (auto it = perProcess.cbegin(); it != perProcess.cend(); ++it) {
        ProcessIdentity who = identities_.value(it.key());
        who.tgid = it.key();
        const QString app = rules_.applicationOf(who);
        auto row = rows.find(app);
        if (row == rows.end())
            row = rows.insert(app, {app, -1, {}, totalsFrom({})});
        row->processes.append(it.key());
        row->rule = rules_.ruleFor(who);
        snapshot->processes.append({who, app, totalsFrom(it.value())});
    }
    for (auto &row : rows)
        std::sort(row.processes.begin(), row.processes.end());
    snapshot->applications = rows.values();
    std::sort(snapshot->applications.begin(), snapshot->applications.end(),
              [](const ApplicationRow &a, const ApplicationRow &b) { return a.name < b.name; });
    std::sort(snapshot->processes.begin(), snapshot->processes.end(),
              [](const ProcessRow &a, const ProcessRow &b) { return a.identity.tgid < b.identity.tgid; });
    for (auto it = cgroups.cbegin(); it != cgroups.cend(); ++it)
        snapshot->cgroups.append({it.key(), cgroupName(it.key()), totalsFrom(it.value())});
    std::sort(snapshot->cgroups.begin(), snapshot->cgroups.end(),
              [](const CgroupRow &a, const CgroupRow &b) { return a.path < b.path; });

    fillRates(*snapshot);
    // Identities of processes gone are kept one frame, for their final records' attribution.
    QSet<quint32> keep;
    for (const auto &perModule : processes_)
        for (auto it = perModule.cbegin(); it != perModule.cend(); ++it)
            keep.insert(it.key());
    for (const ProcessIdentity &p : frame.identities)
        keep.insert(p.tgid);
    for (auto it = identities_.begin(); it != identities_.end();)
        it = keep.contains(it.key()) ? std::next(it) : identities_.erase(it);
    latest_ = snapshot;
    return latest_;
}

}  // namespace kinsight::apps
