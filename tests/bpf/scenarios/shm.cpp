// shm: ks-workload-shm's System V shared memory cycles, and its failing calls
// in return mode. Every variant hooks the syscalls themselves, so one set of
// numbers holds for all.
#include "scenario.h"

namespace kinsight::exactness {
namespace {

struct Params {
    long segments = 9, stats = 3, failing = 4;
};
const Params p;

std::string kv(const char *k, long v)
{
    return std::string(k) + "=" + std::to_string(v);
}

const bool registered = registerScenario({
    "shm",
    {"shm"},
    "ks-workload-shm",
    [](const std::string &) {
        return std::vector<std::string>{kv("segments", p.segments), kv("stats", p.stats), kv("failing", p.failing)};
    },
    nullptr,
    [](const ScenarioContext &c) {
        std::map<std::string, long> e = {
            {"shmget_call", p.segments + p.failing},
            {"shmat_call", p.segments + p.failing},
            {"shmdt_call", p.segments + p.failing},
            {"shmctl_call", p.segments * (p.stats + 1) + p.failing},  // IPC_STATs and one IPC_RMID each
        };
        if (c.returnMode)
            for (const char *m : {"shmget_error", "shmat_error", "shmdt_error", "shmctl_error"})
                e[m] = p.failing;
        return e;
    },
});

}  // namespace
}  // namespace kinsight::exactness
