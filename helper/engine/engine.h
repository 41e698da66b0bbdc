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
    std::unique_ptr<LoadedModule> tracking_;
    ModuleReport trackingReport_;
    std::vector<std::unique_ptr<LoadedModule>> loaded_;
    std::vector<ModuleReport> reports_;
    std::vector<int> groups_;
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
