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
};

bool registerScenario(Scenario scenario);
const std::vector<Scenario> &scenarios();

// Writes `size` bytes to `path`.
bool writeFile(const std::string &path, long size);

}  // namespace kinsight::exactness
