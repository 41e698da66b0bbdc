// An exactness scenario: a static workload with a known kernel footprint, the
// modules that count it, and the totals the inspected tree must show. One file
// per scenario in scenarios/, registered at static-initialisation time, so a
// collector's test needs no edit elsewhere. ks-exactness runs them on the host
// and in the kernel-matrix guests.
#pragma once

#include "engine.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kinsight::exactness {

struct ScenarioContext {
    bool returnMode = false;
    const engine::Engine *engine = nullptr;
    // Family of the variant attached for module/hook; nullopt when not attached.
    std::optional<engine::Family> family(const std::string &module, const std::string &hook) const;
};

struct Range {
    long min;
    long max;
};

// One comparison of a system-wide scenario and whether it held.
struct Check {
    std::string what;
    bool ok;
    std::string detail;
};

// What a system-wide scenario sees: collectors whose data is per disk, file
// system, IRQ or md device rather than per process are checked on the engine's
// snapshots read just before the workload started and just after it ended.
// A module that cannot load here is the checks' business too (unavailable must
// say why): when none of the scenario's modules loads, `engine` is null, the
// workload does not run and `engineError` says why.
struct SystemContext {
    bool returnMode = false;
    engine::Engine *engine = nullptr;  // may be read again (a scenario that changes the mounts)
    const engine::Snapshot *before = nullptr;
    const engine::Snapshot *after = nullptr;
    std::string dir;
    std::string engineError;

    const engine::ModuleSnapshot *module(const engine::Snapshot &snap, const std::string &name) const;
    const engine::ModuleReport *report(const std::string &module) const;
    std::optional<engine::Family> family(const std::string &module, const std::string &hook) const;
    // Row `label` of keyed table `table` of `module`, or nullptr.
    const engine::KeyedRow *row(const engine::Snapshot &snap, const std::string &module, const std::string &table,
                                const std::string &label) const;
};

struct Scenario {
    std::string name;
    std::vector<std::string> modules;
    std::string workload;  // binary in the workload directory
    // Arguments after the workload binary; `dir` is a private writable directory.
    std::function<std::vector<std::string>(const std::string &dir)> arguments;
    // Prepares `dir` before the run (data files...); false stops the scenario.
    std::function<bool(const std::string &dir)> prepare;
    // Metric name -> exact expected total for the inspected tree. Metrics that the
    // engine reports unavailable are skipped (and printed with their reason).
    std::function<std::map<std::string, long>(const ScenarioContext &)> expected;
    // Metric -> bounds, for counts that are not exact for one process: dentry lookups
    // and page-cache accesses that its own start and exit add to, file-system metadata
    // pages it may or may not be the first to read or dirty.
    std::function<std::map<std::string, Range>(const ScenarioContext &)> ranges = nullptr;
    // Why the scenario cannot run on this machine at all (no md driver, no block
    // device to write to); asked before `prepare`, non-empty = SKIP with that reason.
    std::function<std::string()> unsupported = nullptr;
    // System-wide checks after the workload (see SystemContext).
    std::function<std::vector<Check>(const SystemContext &)> system = nullptr;
};

bool registerScenario(Scenario scenario);
const std::vector<Scenario> &scenarios();

// Writes `size` bytes to `path`.
bool writeFile(const std::string &path, long size);

}  // namespace kinsight::exactness
