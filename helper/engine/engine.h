// The collector engine: loads the chosen modules with the attach strategy,
// keeps inspected process trees, and reads every map into a Snapshot of
// cumulative counters. The helper and `kinsight-cli --direct` both use it.
// Not thread-safe: one owner calls it.
#pragma once

#include "loaded_module.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <sys/types.h>

namespace kinsight::engine {

// Per-cgroup counters: off, the unified (v2) hierarchy, or a v1 controller's
// hierarchy (hybrid layouts, e.g. "memory").
struct CgroupOptions {
    ks_cgroup_source source = KS_CGROUP_OFF;
    std::string v1Controller;  // KS_CGROUP_V1
    uint32_t tableSize = 1024;

    static std::optional<CgroupOptions> parse(std::string_view text);  // off | v2 | v1:<controller>
    std::string toString() const;
};

struct EngineOptions {
    std::vector<std::string> modules;  // empty = every module enabled by default
    LoadMode loadMode = LoadMode::Entry;
    AttachPolicy attach;
    uint32_t pidTableSize = 32768;
    ks_pid_mode pidMode = KS_PID_ALL;
    bool emitExits = false;  // final counters of released processes (per-application totals)
    CgroupOptions cgroups;
    // pidMode CGROUP: the hierarchy whose cgroups inspectCgroup() names (v2, or a v1
    // controller's on hybrid layouts; a v1 one must be the per-cgroup counters' too),
    // and how many cgroups the inspected subtrees may hold.
    CgroupOptions inspectHierarchy{KS_CGROUP_V2, {}, 1024};
    // Module -> keys of its switches that are off (ModuleSwitch, e.g. "sync" -> {"msync"}
    // for sync.conf's `[syscalls] msync = no`); every switch is on by default.
    std::map<std::string, std::vector<std::string>> switchedOff;
};

struct PidRow {
    uint32_t tgid = 0;
    uint32_t group = 0;
    std::vector<uint64_t> counters;
    // Final records only: the task name and real parent at release (ppid 0 = unknown).
    std::string comm = {};
    uint32_t ppid = 0;
};

// One key of a keyed table (see KeyedTableDef).
struct KeyedRow {
    std::string label;
    std::vector<uint64_t> values;
    // The BPF key's bytes, for a reader that knows its layout and needs more than the
    // label (a connection's addresses, ports and process).
    std::string key;
};

struct ModuleSnapshot {
    std::string module;
    std::vector<uint64_t> global;            // system-wide, cumulative since load
    std::vector<PidRow> pids;                // live processes with a row
    std::map<int, std::vector<uint64_t>> trees;  // inspected tree -> totals of its processes, gone and live
    std::vector<PidRow> exits;               // final counters of processes released since the last read
    uint64_t pidTableFull = 0;               // events not attributed: the table was full
    uint64_t exitsDropped = 0;               // exit records lost: ring buffer full
    std::map<std::string, std::vector<KeyedRow>> keyed;  // table -> its keys
};

struct Snapshot {
    uint64_t monotonicNs = 0;
    std::vector<ModuleSnapshot> modules;
};

struct ProgramCost {
    std::string module;
    std::string program;
    uint64_t runCount = 0;
    uint64_t runTimeNs = 0;
};

struct MapCost {
    std::string module;
    std::string map;
    uint64_t memlockBytes = 0;
    uint32_t maxEntries = 0;
};

class Engine {
public:
    static std::unique_ptr<Engine> start(const EngineOptions &options, std::string &error);
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    const EngineOptions &options() const { return options_; }
    const std::vector<ModuleReport> &reports() const { return reports_; }
    const ModuleReport &trackingReport() const { return trackingReport_; }
    std::vector<const ModuleDescriptor *> modules() const;
    // A module's keyed tables: its descriptor's, plus "cgroup" when cgroups are counted.
    const std::vector<KeyedTableDef> &tables(const std::string &module) const;

    Snapshot read();

    // Starts inspecting the tree rooted at `root`. With `startAtExec`, counting
    // begins when the root calls exec (the launcher's own work is not counted);
    // otherwise at once, with the root's current descendants. Needs pidMode TRACKED.
    std::optional<int> trackTree(pid_t root, bool startAtExec, std::string &error);
    // Starts inspecting a cgroup and every cgroup below it, now and created later
    // (needs pidMode CGROUP). `name` is "#<kernfs id>", a path below the hierarchy's
    // root ("system.slice/cron.service", "/" for all), or a directory's name found
    // once in the hierarchy ("cron.service"). Nothing else reaches the file system:
    // no "..", no symbolic links, no other mount.
    std::optional<int> inspectCgroup(const std::string &name, std::string &error);
    // The inspected cgroup's path below its hierarchy's root ("/system.slice/cron.service").
    std::string inspectedCgroupPath(int group) const;
    int64_t liveProcesses(int group) const;
    uint64_t untrackedForks(int group) const;  // new processes the tracked map could not hold
    // True when the tree has no live process and every module has folded its rows.
    bool treeFinished(int group) const;

    std::vector<MapCost> mapCosts() const;
    std::vector<ProgramCost> programCosts() const;  // run counts need BPF stats enabled

private:
    Engine() = default;
    std::vector<uint64_t> readTreeTotals(const LoadedModule &m, int group, const std::vector<PidRow> &rows) const;

    EngineOptions options_;
    int trackedFd_ = -1;
    int cgroupFilterFd_ = -1;
    int cgroupRootFd_ = -1;  // ks_cgroup_root: the one inspected v2 cgroup, for the cheap "outside" test
    std::string filterMount_;  // the inspected hierarchy's mount point
    struct InspectedCgroup {
        int group;
        std::string path;  // below filterMount_, "/..." form
    };
    std::vector<InspectedCgroup> inspectedCgroups_;
    bool followsMkdir_ = false;  // the kernel adds new descendant cgroups itself
    uint64_t lastFilterWalkNs_ = 0;
    void addCgroupSubtree(const InspectedCgroup &c);
    std::unique_ptr<LoadedModule> tracking_;
    ModuleReport trackingReport_;
    std::vector<std::unique_ptr<LoadedModule>> loaded_;
    std::vector<ModuleReport> reports_;
    std::vector<int> groups_;
    std::map<int, int64_t> armedProcesses_;  // per tree: processes armed by trackTree, not by the kernel
    struct ExitReader;
    std::vector<std::unique_ptr<ExitReader>> exitReaders_;
    // Labels of the keys present at the last read, per module and table (labels may
    // read /proc); keys gone from the table are dropped, so churn does not grow it.
    std::map<std::string, std::unordered_map<std::string, std::string>> keyLabels_;
    std::map<std::string, std::vector<KeyedTableDef>> tables_;
    struct CgroupDirectory;
    std::shared_ptr<CgroupDirectory> cgroupDirectory_;
    std::vector<KeyedRow> readKeyedTable(const LoadedModule &m, const KeyedTableDef &table);
    // Loads module `index` again when the kernel state its hooks follow changed
    // (ModuleDescriptor::loadState: mounted file systems).
    void followLoadState(size_t index);
};

// For each module and attach family: does it load and attach here, and if not, why.
struct FamilyProbe {
    bool ok = false;
    std::string reason;
    ModuleReport report;
};
std::map<std::string, std::map<Family, FamilyProbe>> probeCapabilities(const std::vector<std::string> &modules,
                                                                        LoadMode loadMode);

}  // namespace kinsight::engine
