// sync: ks-workload-sync's flushing calls, and its failing ones in return mode.
// Every variant hooks the syscalls themselves, so one set of numbers holds for all.
#include "scenario.h"

namespace kinsight::exactness {
namespace {

struct Params {
    long syncs = 3, syncfs = 4, fsync = 5, fdatasync = 6, msync = 7, ranges = 8, failing = 2;
};
const Params p;

std::string kv(const char *k, long v)
{
    return std::string(k) + "=" + std::to_string(v);
}

const bool registered = registerScenario({
    "sync",
    {"sync"},
    "ks-workload-sync",
    [](const std::string &dir) {
        return std::vector<std::string>{dir,
                                        kv("sync", p.syncs),
                                        kv("syncfs", p.syncfs),
                                        kv("fsync", p.fsync),
                                        kv("fdatasync", p.fdatasync),
                                        kv("msync", p.msync),
                                        kv("range", p.ranges),
                                        kv("failing", p.failing)};
    },
    nullptr,
    [](const ScenarioContext &c) {
        std::map<std::string, long> e = {
            {"sync_call", p.syncs},
            {"syncfs_call", p.syncfs + p.failing},
            {"fsync_call", p.fsync + p.failing},
            {"fdatasync_call", p.fdatasync + p.failing},
            {"msync_call", p.msync + p.failing},
            {"sync_file_range_call", p.ranges + p.failing},
        };
        if (c.returnMode)
            for (const char *m : {"syncfs_error", "fsync_error", "fdatasync_error", "msync_error",
                                  "sync_file_range_error"})
                e[m] = p.failing;
        return e;
    },
});

}  // namespace
}  // namespace kinsight::exactness
