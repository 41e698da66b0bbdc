// dcstat: ks-workload-dcstat's one-component lookups relative to a directory
// descriptor: names that exist, names that do not, and names created then
// removed. Its loops give lower bounds; what the process does around them
// (opening the directory by its absolute path, exiting) adds a few lookups
// that depend on the path and the kernel, hence a bounded slack above.
#include "scenario.h"

namespace kinsight::exactness {
namespace {

struct Params {
    long existing = 300, missing = 200, creates = 100;
};
const Params p;
constexpr long kSlack = 50;

std::string kv(const char *k, long v)
{
    return std::string(k) + "=" + std::to_string(v);
}

const bool registered = registerScenario({
    "dcstat",
    {"dcstat"},
    "ks-workload-dcstat",
    [](const std::string &dir) {
        return std::vector<std::string>{dir, kv("existing", p.existing), kv("missing", p.missing),
                                        kv("creates", p.creates)};
    },
    [](const std::string &dir) { return writeFile(dir + "/existing", 0); },
    [](const ScenarioContext &) { return std::map<std::string, long>{}; },
    [](const ScenarioContext &) {
        // A fstatat looks its name up with lookup_fast, found or not; an O_CREAT open
        // looks the new name up with d_lookup (not found), and the unlink with d_lookup
        // again (found).
        const long reference = p.existing + p.missing, slow = 2 * p.creates, miss = p.creates;
        return std::map<std::string, Range>{
            {"dc_reference", {reference, reference + kSlack}},
            {"dc_not_cache", {slow, slow + kSlack}},
            {"dc_not_found", {miss, miss + kSlack}},
        };
    },
});

}  // namespace
}  // namespace kinsight::exactness
