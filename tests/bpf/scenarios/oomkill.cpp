// oomkill: ks-workload-oomkill's child allocates in a memory cgroup limited to
// 16 MiB until the OOM killer kills it. Before that, its allocations make the
// OOM killer kill a hog outside the tree that the scenario put in the same
// cgroup (8 MiB, oom_score_adj 1000). Two kills, both invoked by the child; one
// victim in the tree: the tree must count exactly 1, which it would not if kills
// were counted for the process that invoked the OOM killer, or were lost with
// the victim's release.
#include "scenario.h"

#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>

#include <fstream>
#include <sstream>

namespace kinsight::exactness {
namespace {

constexpr const char *kLimit = "16777216";  // 16 MiB
constexpr size_t kHog = 8u << 20;

std::string cgroupDir;  // made by prepare, removed by the workload

bool writeText(const std::string &path, const std::string &text)
{
    std::ofstream f(path);
    f << text;
    f.flush();
    return bool(f);
}

bool hasWord(const std::string &path, const std::string &word)
{
    std::ifstream f(path);
    std::string w;
    while (f >> w)
        if (w == word)
            return true;
    return false;
}

// A hierarchy where the memory controller works: cgroup2 with it enabled, else
// the v1 memory hierarchy; with none mounted (the kernel-matrix guest), cgroup2
// mounted at /sys/fs/cgroup.
std::string memoryHierarchy(bool &v2)
{
    std::ifstream mounts("/proc/self/mounts");
    std::string line;
    while (std::getline(mounts, line)) {
        std::istringstream in(line);
        std::string source, target, type, options;
        in >> source >> target >> type >> options;
        if (type == "cgroup2" && hasWord(target + "/cgroup.controllers", "memory")) {
            v2 = true;
            return target;
        }
        if (type == "cgroup" && ("," + options + ",").find(",memory,") != std::string::npos) {
            v2 = false;
            return target;
        }
    }
    v2 = true;
    if (mount("cgroup2", "/sys/fs/cgroup", "cgroup2", 0, nullptr) == 0
        && hasWord("/sys/fs/cgroup/cgroup.controllers", "memory"))
        return "/sys/fs/cgroup";
    return {};
}

// Starts the hog in the cgroup and returns once it holds its memory. It is
// orphaned at once (double fork), so that whoever adopts it reaps it, not us.
bool startHog()
{
    int ready[2];
    if (pipe(ready) != 0)
        return false;
    const pid_t middle = fork();
    if (middle == 0) {
        if (fork() != 0)
            _exit(0);
        close(ready[0]);
        if (!writeText(cgroupDir + "/cgroup.procs", "0") || !writeText("/proc/self/oom_score_adj", "1000"))
            _exit(1);
        void *p = mmap(nullptr, kHog, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            _exit(1);
        std::memset(p, 0x68, kHog);
        if (write(ready[1], "r", 1) != 1)
            _exit(1);
        for (;;)
            pause();
    }
    close(ready[1]);
    char byte = 0;
    const bool ok = middle > 0 && waitpid(middle, nullptr, 0) == middle && read(ready[0], &byte, 1) == 1;
    close(ready[0]);
    return ok;
}

bool prepareCgroup()
{
    bool v2 = true;
    const std::string root = memoryHierarchy(v2);
    if (root.empty()) {
        std::fprintf(stderr, "oomkill: no memory cgroup controller available\n");
        return false;
    }
    // A v2 child has memory.max only when its parent delegates the controller.
    if (v2 && !hasWord(root + "/cgroup.subtree_control", "memory"))
        writeText(root + "/cgroup.subtree_control", "+memory");
    cgroupDir = root + "/ks-oomkill-" + std::to_string(getpid());
    if (mkdir(cgroupDir.c_str(), 0755) != 0)
        return false;
    if (v2) {
        // Swap would let the child grow far past the limit before the kill.
        if (access((cgroupDir + "/memory.swap.max").c_str(), F_OK) == 0)
            writeText(cgroupDir + "/memory.swap.max", "0");
        if (!writeText(cgroupDir + "/memory.max", kLimit))
            return false;
    } else {
        if (!writeText(cgroupDir + "/memory.limit_in_bytes", kLimit))
            return false;
        if (access((cgroupDir + "/memory.memsw.limit_in_bytes").c_str(), F_OK) == 0)
            writeText(cgroupDir + "/memory.memsw.limit_in_bytes", kLimit);
        else
            writeText(cgroupDir + "/memory.swappiness", "0");
    }
    return startHog();
}

const bool registered = registerScenario({
    "oomkill",
    {"oomkill"},
    "ks-workload-oomkill",
    [](const std::string &) { return std::vector<std::string>{cgroupDir}; },
    [](const std::string &) { return prepareCgroup(); },
    [](const ScenarioContext &) { return std::map<std::string, long>{{"oomkills", 1}}; },
});

}  // namespace
}  // namespace kinsight::exactness
