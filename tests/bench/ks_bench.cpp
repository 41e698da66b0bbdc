// Overhead benchmark (prints numbers; not a pass/fail test).
//
// Measures the added cost per call of Kinsight's collectors against a
// baseline and against bpftrace one-liners, in the same run on the same CPU:
// loops of read and write of 1 byte, openat+close of a tmpfs file, sendto of
// a UDP datagram over loopback, and getppid() as an unhooked control (any
// syscall tracepoint puts every syscall on the slow path). Then the kernel
// memory of all maps (fdinfo memlock), and the CPU of reading every map once a
// second with ~300 live processes, as the helper does.
//
//   ks-bench [--suite foundation|collectors|filter] [--rounds N] [--passes N] [--cpu-seconds S] [--no-bpftrace]
//
// The filter suite is the cost of inspecting one application for everybody
// else: process+fd+vfs with per-process counting restricted to an inspected
// process tree or cgroup that this benchmark is outside of (and, for
// reference, inside of), against system-wide-only and every-process counting.

#include "engine.h"
#include "kernel_features.h"

#include <bpf/bpf.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <string>
#include <thread>
#include <vector>

using namespace kinsight::engine;
using Clock = std::chrono::steady_clock;

namespace {

struct Loop {
    const char *name;
    long iterations;
    std::function<void()> once;
};

double nsPerCall(const Loop &loop)
{
    const auto start = Clock::now();
    for (long i = 0; i < loop.iterations; ++i)
        loop.once();
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count()) / loop.iterations;
}

// Median of `rounds` runs, after one warm-up.
double measure(const Loop &loop, int rounds)
{
    nsPerCall(loop);
    std::vector<double> samples;
    for (int r = 0; r < rounds; ++r)
        samples.push_back(nsPerCall(loop));
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

struct Bpftrace {
    pid_t pid = -1;
    bool start(const std::string &program)
    {
        int out[2];
        if (pipe(out) != 0)
            return false;
        pid = fork();
        if (pid == 0) {
            dup2(out[1], 1);
            close(out[0]);
            execlp("bpftrace", "bpftrace", "-e", program.c_str(), nullptr);
            _exit(127);
        }
        close(out[1]);
        // bpftrace prints "Attaching N probes..." once the probes are in.
        char buf[256];
        std::string seen;
        ssize_t n;
        while (seen.find("Attaching") == std::string::npos && (n = read(out[0], buf, sizeof buf)) > 0)
            seen.append(buf, size_t(n));
        close(out[0]);
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        return seen.find("Attaching") != std::string::npos;
    }
    ~Bpftrace()
    {
        if (pid > 0) {
            kill(pid, SIGINT);
            waitpid(pid, nullptr, 0);
        }
    }
};

std::unique_ptr<Engine> startEngine(std::vector<std::string> modules, ks_pid_mode mode)
{
    EngineOptions o;
    o.modules = std::move(modules);
    o.pidMode = mode;
    std::string error;
    auto e = Engine::start(o, error);
    if (!e)
        std::fprintf(stderr, "engine: %s\n", error.c_str());
    return e;
}

std::vector<std::string> moduleNames(bool defaultsOnly)
{
    std::vector<std::string> names;
    for (const ModuleDescriptor *m : allModules())
        if (!defaultsOnly || m->defaultEnabled)
            names.emplace_back(m->name);
    return names;
}

std::string joined(const std::vector<std::string> &names)
{
    std::string s;
    for (const auto &n : names)
        s += (s.empty() ? "" : ",") + n;
    return s;
}

struct Config {
    std::string name;
    std::function<std::unique_ptr<Engine>()> engine;
    std::string bpftrace;
};

void runTable(const std::vector<Loop> &loops, const std::vector<Config> &configs, int rounds)
{
    std::printf("%-58s", "configuration (ns per call; +added vs baseline)");
    for (const Loop &l : loops)
        std::printf("  %19s", l.name);
    std::printf("\n");
    std::vector<double> base;
    for (const Config &c : configs) {
        std::unique_ptr<Engine> engine;
        Bpftrace bpftrace;
        if (c.engine && !(engine = c.engine()))
            continue;
        if (!c.bpftrace.empty() && !bpftrace.start(c.bpftrace)) {
            std::printf("%-58s  (bpftrace did not start)\n", c.name.c_str());
            continue;
        }
        std::printf("%-58s", c.name.c_str());
        for (size_t i = 0; i < loops.size(); ++i) {
            const double ns = measure(loops[i], rounds);
            if (base.size() < loops.size()) {
                base.push_back(ns);
                std::printf("  %12.1f       ", ns);
            } else {
                std::printf("  %9.1f (%+7.1f)", ns, ns - base[i]);
            }
        }
        std::printf("\n");
        std::fflush(stdout);
    }
}

// Kernel memory of every map, and the CPU of reading them every second.
void memoryAndCpu(const std::vector<std::string> &modules, double cpuSeconds, int processes)
{
    // Processes that do a little now and then, so that they have rows.
    std::vector<pid_t> children;
    for (int i = 0; i < processes; ++i) {
        pid_t p = fork();
        if (p == 0) {
            for (;;) {
                syscall(SYS_getppid);
                int fd = open("/dev/null", O_RDONLY);
                close(fd);
                sleep(1);
            }
        }
        children.push_back(p);
    }
    auto engine = startEngine(modules, KS_PID_ALL);
    if (engine) {
        std::this_thread::sleep_for(std::chrono::seconds(2));  // every child has been counted once
        uint64_t total = 0;
        std::printf("\nmaps of %s, per-process mode, pid table size %u, %d extra processes (fdinfo memlock):\n",
                    joined(modules).c_str(), engine->options().pidTableSize, processes);
        std::map<std::string, uint64_t> perModule;
        for (const MapCost &m : engine->mapCosts()) {
            perModule[m.module] += m.memlockBytes;
            total += m.memlockBytes;
        }
        for (const auto &[module, bytes] : perModule)
            std::printf("  %-10s %9.1f KiB\n", module.c_str(), double(bytes) / 1024);
        std::printf("  total      %9.2f MiB\n", double(total) / (1 << 20));

        std::printf("\nhelper CPU reading all maps every 1 s for %.0f s: ", cpuSeconds);
        std::fflush(stdout);
        rusage before{}, after{};
        getrusage(RUSAGE_SELF, &before);
        const auto end = Clock::now() + std::chrono::duration<double>(cpuSeconds);
        size_t rows = 0, reads = 0;
        while (Clock::now() < end) {
            const Snapshot s = engine->read();
            size_t most = 0;
            for (const auto &m : s.modules)
                most = std::max(most, m.pids.size());
            rows += most;
            ++reads;
            std::this_thread::sleep_for(std::chrono::seconds(1));
        }
        getrusage(RUSAGE_SELF, &after);
        auto us = [](const timeval &t) { return double(t.tv_sec) * 1e6 + double(t.tv_usec); };
        const double cpuUs = (us(after.ru_utime) - us(before.ru_utime)) + (us(after.ru_stime) - us(before.ru_stime));
        std::printf("%.1f ms CPU = %.3f%% of one core (%.0f process rows per read)\n", cpuUs / 1000,
                    cpuUs / (cpuSeconds * 1e6) * 100, reads ? double(rows) / double(reads) : 0.0);
    }
    for (pid_t p : children)
        kill(p, SIGKILL);
    for (pid_t p : children)
        waitpid(p, nullptr, 0);
}

// The filter table: on a shared machine one pass per configuration is at the
// mercy of whatever else runs, so every configuration is measured in `passes`
// interleaved passes and the fastest pass counts (interference only adds).
// Beside the wall clock, the kernel's own BPF statistics give the time of one
// program run, which other load hardly disturbs: in the filter configurations
// nearly every run is an outsider's (this benchmark and everything else on the
// machine), so it is what the filter costs a process outside it.
void filterTable(const std::vector<Loop> &loops, const std::vector<Config> &configs, int rounds, int passes)
{
    const int stats = bpf_enable_stats(BPF_STATS_RUN_TIME);  // stays on while the fd is open
    std::vector<std::vector<double>> best(configs.size(), std::vector<double>(loops.size(), 1e300));
    std::vector<double> nsPerRun(configs.size(), -1);
    std::vector<uint64_t> runs(configs.size(), 0), runNs(configs.size(), 0);
    for (int pass = 0; pass < passes; ++pass) {
        for (size_t c = 0; c < configs.size(); ++c) {
            std::unique_ptr<Engine> engine;
            if (configs[c].engine && !(engine = configs[c].engine()))
                continue;
            auto programTotals = [&](uint64_t &count, uint64_t &ns) {
                count = ns = 0;
                if (engine)
                    for (const ProgramCost &p : engine->programCosts())
                        if (p.module != "tracking") {
                            count += p.runCount;
                            ns += p.runTimeNs;
                        }
            };
            uint64_t count0, ns0, count1, ns1;
            programTotals(count0, ns0);
            for (size_t i = 0; i < loops.size(); ++i)
                best[c][i] = std::min(best[c][i], measure(loops[i], rounds));
            programTotals(count1, ns1);
            runs[c] += count1 - count0;
            runNs[c] += ns1 - ns0;
        }
        std::fprintf(stderr, "pass %d of %d done\n", pass + 1, passes);
    }
    if (stats >= 0)
        close(stats);
    std::printf("%-52s", "configuration (ns per call, fastest of passes)");
    for (const Loop &l : loops)
        std::printf("  %19s", l.name);
    std::printf("  %16s\n", "BPF ns/prog run");
    for (size_t c = 0; c < configs.size(); ++c) {
        std::printf("%-52s", configs[c].name.c_str());
        for (size_t i = 0; i < loops.size(); ++i) {
            if (c == 0)
                std::printf("  %12.1f       ", best[c][i]);
            else
                std::printf("  %9.1f (%+7.1f)", best[c][i], best[c][i] - best[0][i]);
        }
        if (runs[c])
            std::printf("  %9.1f (%5.1fM)", double(runNs[c]) / double(runs[c]), double(runs[c]) / 1e6);
        std::printf("\n");
    }
    std::printf("(BPF statistics were on for every configuration: ~20 ns of each program run is theirs)\n");
    std::fflush(stdout);
}

// An idle process (optionally in `cgroupProcs`' cgroup) to be the inspected
// application while the benchmark runs outside it.
struct IdleChild {
    pid_t pid = -1;
    explicit IdleChild(const std::string &cgroupProcs = {})
    {
        int ready[2];
        if (pipe(ready) != 0)
            return;
        pid = fork();
        if (pid == 0) {
            close(ready[0]);
            if (!cgroupProcs.empty()) {
                const int fd = open(cgroupProcs.c_str(), O_WRONLY);
                if (fd < 0 || write(fd, "0", 1) != 1)
                    _exit(1);
                close(fd);
            }
            close(ready[1]);
            for (;;)
                pause();
        }
        close(ready[1]);
        char c;
        while (read(ready[0], &c, 1) > 0) {
        }
        close(ready[0]);
    }
    ~IdleChild()
    {
        if (pid > 0) {
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
    }
};

// Moves this process into the cgroup whose cgroup.procs is `procs`.
bool joinCgroup(const std::string &procs)
{
    const int fd = open(procs.c_str(), O_WRONLY);
    const bool ok = fd >= 0 && write(fd, "0", 1) == 1;
    if (fd >= 0)
        close(fd);
    return ok;
}

std::unique_ptr<Engine> startCgroupEngine(const std::vector<std::string> &modules, const std::string &cgroup)
{
    EngineOptions o;
    o.modules = modules;
    o.pidMode = KS_PID_CGROUP;
    std::string error;
    auto e = Engine::start(o, error);
    if (e && !e->inspectCgroup(cgroup, error))
        e.reset();
    if (!e)
        std::fprintf(stderr, "engine (cgroup %s): %s\n", cgroup.c_str(), error.c_str());
    return e;
}

void filterSuite(const std::vector<Loop> &allLoops, int rounds, int passes)
{
    const std::vector<std::string> three = {"process", "fd", "vfs"};
    std::vector<Loop> loops;
    for (const Loop &l : allLoops)
        if (std::strcmp(l.name, "sendto(UDP 1 B)") != 0)
            loops.push_back(l);

    // A cgroup of our own in the unified hierarchy (hybrid layouts mount it at /unified).
    std::string hierarchy = "/sys/fs/cgroup/unified";
    if (access((hierarchy + "/cgroup.procs").c_str(), F_OK) != 0)
        hierarchy = "/sys/fs/cgroup";
    const std::string name = "ks-bench-" + std::to_string(getpid());
    const std::string dir = hierarchy + "/" + name;
    std::string home;  // where this process was, to go back after the "inside" rows
    {
        FILE *f = std::fopen("/proc/self/cgroup", "r");
        char line[4096];
        while (f && std::fgets(line, sizeof line, f))
            if (!std::strncmp(line, "0::", 3)) {
                home = line + 3;
                home.erase(home.find_last_not_of("\n") + 1);
            }
        if (f)
            std::fclose(f);
    }
    const bool haveCgroup = mkdir(dir.c_str(), 0755) == 0;
    if (!haveCgroup)
        std::fprintf(stderr, "cannot create %s: %s (cgroup rows skipped)\n", dir.c_str(), std::strerror(errno));

    IdleChild treeApp;
    IdleChild cgroupApp(haveCgroup ? dir + "/cgroup.procs" : std::string());
    std::vector<Config> configs = {{"baseline (no programs)", nullptr, {}}};
    configs.push_back({"process+fd+vfs, system-wide only", [three] { return startEngine(three, KS_PID_NONE); }, {}});
    configs.push_back({"process+fd+vfs, every process (system-wide per-PID)",
                       [three] { return startEngine(three, KS_PID_ALL); }, {}});
    configs.push_back({"process+fd+vfs, tree filter, caller OUTSIDE",
                       [three, pid = treeApp.pid] {
                           auto e = startEngine(three, KS_PID_TRACKED);
                           std::string error;
                           if (e && !e->trackTree(pid, false, error)) {
                               std::fprintf(stderr, "trackTree: %s\n", error.c_str());
                               e.reset();
                           }
                           return e;
                       },
                       {}});
    const std::string homeProcs = hierarchy + home + (home == "/" ? "" : "/") + "cgroup.procs";
    if (haveCgroup)
        configs.push_back({"process+fd+vfs, cgroup filter, caller OUTSIDE",
                           [three, name, homeProcs] {
                               joinCgroup(homeProcs);  // out again after a pass's "inside" row
                               return startCgroupEngine(three, name);
                           },
                           {}});
    configs.push_back({"process+fd+vfs, tree filter, caller inside",
                       [three] {
                           auto e = startEngine(three, KS_PID_TRACKED);
                           std::string error;
                           if (e && !e->trackTree(getpid(), false, error))
                               e.reset();
                           return e;
                       },
                       {}});
    if (haveCgroup)
        configs.push_back({"process+fd+vfs, cgroup filter, caller inside",
                           [three, name, dir] {
                               if (!joinCgroup(dir + "/cgroup.procs"))
                                   return std::unique_ptr<Engine>();
                               return startCgroupEngine(three, name);
                           },
                           {}});
    filterTable(loops, configs, rounds, passes);
    if (haveCgroup) {
        if (!home.empty())
            joinCgroup(homeProcs);
        kill(cgroupApp.pid, SIGKILL);
        waitpid(cgroupApp.pid, nullptr, 0);
        cgroupApp.pid = -1;
        if (rmdir(dir.c_str()) != 0)
            std::fprintf(stderr, "cannot remove %s: %s\n", dir.c_str(), std::strerror(errno));
    }
}

}  // namespace

int main(int argc, char **argv)
{
    int rounds = 5;
    int passes = 5;
    double cpuSeconds = 60;
    bool withBpftrace = true;
    std::string suite = "collectors";
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--rounds") && i + 1 < argc)
            rounds = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--cpu-seconds") && i + 1 < argc)
            cpuSeconds = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--suite") && i + 1 < argc)
            suite = argv[++i];
        else if (!std::strcmp(argv[i], "--passes") && i + 1 < argc)
            passes = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--no-bpftrace"))
            withBpftrace = false;
    }
    cpu_set_t cpus;
    CPU_ZERO(&cpus);
    CPU_SET(0, &cpus);
    sched_setaffinity(0, sizeof cpus, &cpus);  // one core: no migrations in the loops

    const int zero = open("/dev/zero", O_RDONLY);
    const int null = open("/dev/null", O_WRONLY);
    char path[] = "/dev/shm/ks-bench-XXXXXX";
    close(mkstemp(path));
    const int udp = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(9);  // discard: nothing listens, the datagram is dropped after the send path
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    char byte = 0;
    std::vector<Loop> loops = {
        {"read(1 B)", 1000000, [&] { syscall(SYS_read, zero, &byte, 1); }},
        {"write(1 B)", 1000000, [&] { syscall(SYS_write, null, &byte, 1); }},
        {"openat+close", 200000, [&] { syscall(SYS_close, syscall(SYS_openat, AT_FDCWD, path, O_RDONLY)); }},
        {"sendto(UDP 1 B)", 300000,
         [&] { syscall(SYS_sendto, udp, &byte, 1, 0, reinterpret_cast<sockaddr *>(&to), sizeof to); }},
        {"getppid(unhooked)", 1000000, [] { syscall(SYS_getppid); }},
    };
    std::printf("kernel %s, %d rounds per loop (median), pinned to CPU 0, suite %s\n\n",
                KernelFeatures::kernelRelease().c_str(), rounds, suite.c_str());

    if (suite == "filter") {
        filterSuite(loops, rounds, passes);
        unlink(path);
        return 0;
    }
    std::vector<Config> configs = {{"baseline", nullptr, {}}};
    std::vector<std::string> memoryModules;
    if (suite == "foundation") {
        const std::vector<std::string> three = {"process", "fd", "vfs"};
        for (const auto &m : three)
            configs.push_back({m + ", per-process", [m] { return startEngine({m}, KS_PID_ALL); }, {}});
        configs.push_back({"process+fd+vfs, system-wide only", [three] { return startEngine(three, KS_PID_NONE); }, {}});
        configs.push_back({"process+fd+vfs, per-process", [three] { return startEngine(three, KS_PID_ALL); }, {}});
        configs.push_back({"process+fd+vfs, inspected tree, caller outside",
                           [three] {
                               auto e = startEngine(three, KS_PID_TRACKED);
                               std::string error;
                               if (e)
                                   e->trackTree(1, false, error);  // init's tree: this benchmark is not in it
                               return e;
                           },
                           {}});
        memoryModules = three;
    } else {
        const auto defaults = moduleNames(true), all = moduleNames(false);
        configs.push_back({"defaults (" + joined(defaults) + "), system-wide",
                           [defaults] { return startEngine(defaults, KS_PID_NONE); }, {}});
        configs.push_back({"defaults, per-process", [defaults] { return startEngine(defaults, KS_PID_ALL); }, {}});
        configs.push_back({"all " + std::to_string(all.size()) + " modules, per-process",
                           [all] { return startEngine(all, KS_PID_ALL); }, {}});
        memoryModules = all;
    }
    if (withBpftrace) {
        configs.push_back({"bpftrace @c[pid] = count() on sys_enter_read", nullptr,
                           "tracepoint:syscalls:sys_enter_read { @c[pid] = count(); }"});
        if (suite != "foundation")
            configs.push_back({"bpftrace @c[probe, pid] = count() on read,write,openat,close,sendto", nullptr,
                               "tracepoint:syscalls:sys_enter_read,tracepoint:syscalls:sys_enter_write,"
                               "tracepoint:syscalls:sys_enter_openat,tracepoint:syscalls:sys_enter_close,"
                               "tracepoint:syscalls:sys_enter_sendto { @c[probe, pid] = count(); }"});
        else
            configs.push_back({"bpftrace @c = count() on sys_enter_read", nullptr,
                               "tracepoint:syscalls:sys_enter_read { @c = count(); }"});
    }
    runTable(loops, configs, rounds);
    memoryAndCpu(memoryModules, cpuSeconds, 300);
    unlink(path);
    return 0;
}
