#include "collector_session.h"

#include "engine_bridge.h"

#include <bpf/bpf.h>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>

namespace kinsight {

std::unique_ptr<CollectorSession> CollectorSession::start(const CollectorOptions &options, QString *error,
                                                         bool *subjectRefused)
{
    if (!(options.intervalSeconds >= CollectorOptions::kMinInterval
          && options.intervalSeconds <= CollectorOptions::kMaxInterval)) {
        *error = QStringLiteral("the interval must be between %1 and %2 seconds (got %3)")
                     .arg(CollectorOptions::kMinInterval)
                     .arg(CollectorOptions::kMaxInterval)
                     .arg(options.intervalSeconds);
        return nullptr;
    }
    engine::EngineOptions engineOptions = options.engine;
    if (options.treeRoot && options.inspectCgroup) {
        *error = QStringLiteral("inspect a process tree or a cgroup, not both");
        return nullptr;
    }
    if (options.treeRoot)
        engineOptions.pidMode = KS_PID_TRACKED;
    if (options.inspectCgroup)
        engineOptions.pidMode = KS_PID_CGROUP;

    std::unique_ptr<CollectorSession> session(new CollectorSession);
    std::string engineError;
    session->engine_ = engine::Engine::start(engineOptions, engineError);
    if (!session->engine_) {
        *error = QString::fromStdString(engineError);
        return nullptr;
    }
    if (options.treeRoot) {
        auto group = session->engine_->trackTree(*options.treeRoot, options.treeFromExec, engineError);
        if (!group) {
            *error = QString::fromStdString(engineError);
            if (subjectRefused)
                *subjectRefused = true;
            return nullptr;
        }
        session->treeGroup_ = *group;
    }
    if (options.inspectCgroup) {
        auto group = session->engine_->inspectCgroup(*options.inspectCgroup, engineError);
        if (!group) {
            *error = QString::fromStdString(engineError);
            if (subjectRefused)
                *subjectRefused = true;
            return nullptr;
        }
        session->treeGroup_ = *group;
        session->cgroupGroup_ = true;
    }
    session->info_ = describeSession(*session->engine_, options.intervalSeconds);
    session->info_.settings = options.settings;
    session->info_.settingsNotes = options.settingsNotes;
    session->connections_ = std::make_unique<ConnectionView>(options.connections);
    // Per-process sessions say who each process is (the Applications view groups them).
    if (engineOptions.pidMode == KS_PID_ALL) {
        const auto &cg = engineOptions.cgroups;
        session->identities_ = std::make_unique<ProcessIdentities>(
            QStringLiteral("/proc"),
            cg.source == KS_CGROUP_V1 ? QString::fromStdString(cg.v1Controller) : QString());
    }
    session->timer_.setTimerType(Qt::PreciseTimer);
    session->timer_.setInterval(int(options.intervalSeconds * 1000));
    connect(&session->timer_, &QTimer::timeout, session.get(), [s = session.get()] { emit s->frameReady(s->sample()); });
    return session;
}

namespace {

// BPF run-time statistics cost ~20 ns per program run, so they are on only
// while someone looks: BPF_ENABLE_STATS returns an fd, and statistics stay on
// until the last such fd of the system is closed (they stack with bpftop's).
class BpfStatistics {
public:
    static void acquire()
    {
        if (users_++ == 0)
            fd_ = bpf_enable_stats(BPF_STATS_RUN_TIME);
    }
    static void release()
    {
        if (users_ > 0 && --users_ == 0 && fd_ >= 0) {
            ::close(fd_);
            fd_ = -1;
        }
    }
    static bool enabled() { return fd_ >= 0; }

private:
    static inline int users_ = 0;
    static inline int fd_ = -1;
};

quint64 processCpuNs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto ns = [](const timeval &t) { return quint64(t.tv_sec) * 1000000000ull + quint64(t.tv_usec) * 1000ull; };
    return ns(u.ru_utime) + ns(u.ru_stime);
}

quint64 processRssBytes()
{
    std::ifstream statm("/proc/self/statm");
    quint64 size = 0, resident = 0;
    statm >> size >> resident;
    return resident * quint64(sysconf(_SC_PAGESIZE));
}

}  // namespace

CollectorSession::~CollectorSession()
{
    setCostReporting(false);
}

void CollectorSession::setCostReporting(bool enabled)
{
    if (enabled == costReporting_)
        return;
    costReporting_ = enabled;
    if (enabled)
        BpfStatistics::acquire();
    else
        BpfStatistics::release();
}

CollectorCost CollectorSession::sampleCost(const engine::Snapshot &snapshot) const
{
    CollectorCost cost;
    cost.statsEnabled = BpfStatistics::enabled();
    for (const auto &p : engine_->programCosts())
        cost.programs.append({QString::fromStdString(p.module), QString::fromStdString(p.program), p.runCount, p.runTimeNs});
    for (const auto &m : engine_->mapCosts())
        cost.maps.append({QString::fromStdString(m.module), QString::fromStdString(m.map), m.memlockBytes, m.maxEntries});
    cost.helperCpuNs = processCpuNs();
    cost.helperRssBytes = processRssBytes();
    for (const auto &m : snapshot.modules)
        cost.processRows = std::max(cost.processRows, quint32(m.pids.size()));
    cost.pidTableSize = engine_->options().pidTableSize;
    return cost;
}

Frame CollectorSession::sample()
{
    // Whether the tree is finished is asked before the read: a process released
    // between the read and the question would leave a "finished" frame without
    // its last counts (the release's own, task_close). Asked first, every release
    // it waited for is already folded into what the read returns.
    std::optional<TreeState> tree;
    if (treeGroup_ && !cgroupGroup_)
        tree = TreeState{engine_->liveProcesses(*treeGroup_), engine_->treeFinished(*treeGroup_), 0};
    const engine::Snapshot snapshot = engine_->read();
    Frame frame = toFrame(snapshot, ++sequence_);
    connections_->apply(snapshot, frame);
    if (identities_)
        identities_->fill(snapshot, frame);
    if (costReporting_)
        frame.cost = sampleCost(snapshot);
    if (treeGroup_) {
        const int g = *treeGroup_;
        if (cgroupGroup_) {
            // A cgroup never finishes; its processes are those with a row now.
            qint64 live = 0;
            for (const auto &m : snapshot.modules)
                live = std::max<qint64>(live, std::count_if(m.pids.begin(), m.pids.end(),
                                                            [g](const engine::PidRow &r) { return int(r.group) == g; }));
            frame.trees.insert(g, TreeState{live, false, engine_->untrackedForks(g)});
        } else {
            tree->untrackedForks = engine_->untrackedForks(g);
            frame.trees.insert(g, *tree);
        }
    }
    return frame;
}

bool sameCollection(const CollectorOptions &a, const CollectorOptions &b)
{
    const engine::EngineOptions &x = a.engine;
    const engine::EngineOptions &y = b.engine;
    return x.modules == y.modules && x.loadMode == y.loadMode && x.attach.toString() == y.attach.toString()
           && x.pidTableSize == y.pidTableSize && x.pidMode == y.pidMode && x.emitExits == y.emitExits
           && x.cgroups.toString() == y.cgroups.toString() && x.cgroups.tableSize == y.cgroups.tableSize
           && x.switchedOff == y.switchedOff && a.intervalSeconds == b.intervalSeconds && a.treeRoot == b.treeRoot
           && a.treeFromExec == b.treeFromExec && a.inspectCgroup == b.inspectCgroup
           && x.inspectHierarchy.toString() == y.inspectHierarchy.toString() && a.connections.keep == b.connections.keep
           && a.connections.description == b.connections.description
           && a.connections.serviceNames == b.connections.serviceNames
           && a.connections.resolveServiceNames == b.connections.resolveServiceNames
           && a.connections.maximumDimensions == b.connections.maximumDimensions;
}

void CollectorSession::startTimer()
{
    timer_.start();
}

void CollectorSession::stopTimer()
{
    timer_.stop();
}

}  // namespace kinsight
