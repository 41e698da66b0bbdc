// mount: ks-workload-mount's mounts and unmounts of a tmpfs in a private mount
// namespace (classic and new mount API), and its failing calls in return mode.
// Every variant hooks the syscalls themselves, so one set of numbers holds for all.
#include "scenario.h"

namespace kinsight::exactness {
namespace {

struct Params {
    long mounts = 6, newapi = 4, failing = 3, badumounts = 5;
};
const Params p;

std::string kv(const char *k, long v)
{
    return std::string(k) + "=" + std::to_string(v);
}

const bool registered = registerScenario({
    "mount",
    {"mount"},
    "ks-workload-mount",
    [](const std::string &dir) {
        return std::vector<std::string>{dir, kv("mounts", p.mounts), kv("newapi", p.newapi), kv("failing", p.failing),
                                        kv("badumounts", p.badumounts)};
    },
    nullptr,
    [](const ScenarioContext &c) {
        // One mount(2) makes "/" private; a new-API mount counts once (its move_mount);
        // each failing round has a failed mount(2) and a failed move_mount(2).
        std::map<std::string, long> e = {
            {"mount_call", 1 + p.mounts + p.newapi + 2 * p.failing},
            {"umount_call", p.mounts + p.newapi + p.badumounts},
        };
        if (c.returnMode) {
            e["mount_error"] = 2 * p.failing;
            e["umount_error"] = p.badumounts;
        }
        return e;
    },
});

}  // namespace
}  // namespace kinsight::exactness
