// Names cgroups: kernfs id (what BPF sees) -> path in the hierarchy, by walking
// the hierarchy's mount (cgroup2, or a v1 controller's). Walked again, at most
// once a second, when an id is unknown; an id still unknown then is gone.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace kinsight::engine {

class CgroupDirectory {
public:
    // v2: the cgroup2 mount; v1: the mount of `controller`. nullopt when not mounted.
    static std::optional<std::string> findMount(bool v2, const std::string &controller,
                                                const std::string &mountinfo = "/proc/self/mountinfo");

    explicit CgroupDirectory(std::string mountPoint) : root_(std::move(mountPoint)) {}

    // "/" for the root, "/system.slice/x.service" below it; "" when gone.
    std::string pathOf(uint64_t id);
    const std::string &root() const { return root_; }

private:
    void walk();

    std::string root_;
    std::map<uint64_t, std::string> paths_;
    std::chrono::steady_clock::time_point lastWalk_{};
};

}  // namespace kinsight::engine
