// Overhead benchmark (prints numbers; not a pass/fail test).
//
// Measures the added cost per hooked call of the process/fd/vfs collectors
// against a baseline and against a bpftrace one-liner, in the same run on the
// same CPU: loops of read(/dev/zero, 1 byte), openat+close of a tmpfs file,
// and getppid() as an unhooked control (any syscall tracepoint puts every
// syscall on the slow path). Then the kernel memory of all maps (fdinfo
// memlock) and the engine's own CPU time reading the maps every second.
//
//   ks-bench [--rounds N] [--cpu-seconds S] [--no-bpftrace]

#include "engine.h"
#include "kernel_features.h"

#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>
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
            seen.append(buf, n);
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

}  // namespace

int main(int argc, char **argv)
{
    int rounds = 5;
    double cpuSeconds = 60;
    bool withBpftrace = true;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--rounds") && i + 1 < argc)
            rounds = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--cpu-seconds") && i + 1 < argc)
            cpuSeconds = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--no-bpftrace"))
            withBpftrace = false;
    }
    cpu_set_t cpus;
    CPU_ZERO(&cpus);
    CPU_SET(0, &cpus);
    sched_setaffinity(0, sizeof cpus, &cpus);  // one core: no migrations in the loops

    const int zero = open("/dev/zero", O_RDONLY);
    char path[] = "/dev/shm/ks-bench-XXXXXX";
    const int tmp = mkstemp(path);
    close(tmp);
    char byte;
    const std::vector<Loop> loops = {
        {"read(1 B)", 1000000, [&] { syscall(SYS_read, zero, &byte, 1); }},
        {"openat+close", 200000, [&] { syscall(SYS_close, syscall(SYS_openat, AT_FDCWD, path, O_RDONLY)); }},
        {"getppid (unhooked)", 1000000, [] { syscall(SYS_getppid); }},
    };

    struct Config {
        std::string name;
        std::function<std::unique_ptr<Engine>()> engine;
        std::string bpftrace;
    };
    const std::vector<std::string> all = {"process", "fd", "vfs"};
    std::vector<Config> configs = {
        {"baseline", nullptr, {}},
        {"process, per-process", [] { return startEngine({"process"}, KS_PID_ALL); }, {}},
        {"fd, per-process", [] { return startEngine({"fd"}, KS_PID_ALL); }, {}},
        {"vfs, per-process", [] { return startEngine({"vfs"}, KS_PID_ALL); }, {}},
        {"process+fd+vfs, system-wide only", [&] { return startEngine(all, KS_PID_NONE); }, {}},
        {"process+fd+vfs, per-process", [&] { return startEngine(all, KS_PID_ALL); }, {}},
        {"process+fd+vfs, inspected tree, caller outside",
         [&] {
             auto e = startEngine(all, KS_PID_TRACKED);
             std::string error;
             if (e)
                 e->trackTree(1, false, error);  // init's tree: this benchmark is not in it
             return e;
         },
         {}},
    };
    if (withBpftrace) {
        configs.push_back({"bpftrace @c[pid] = count() on sys_enter_read", nullptr,
                           "tracepoint:syscalls:sys_enter_read { @c[pid] = count(); }"});
        configs.push_back({"bpftrace @c = count() on sys_enter_read", nullptr,
                           "tracepoint:syscalls:sys_enter_read { @c = count(); }"});
    }

    std::printf("kernel %s, %d rounds per loop (median), pinned to CPU 0\n\n",
                KernelFeatures::kernelRelease().c_str(), rounds);
    std::printf("%-50s", "configuration (ns per call; +added vs baseline)");
    for (const Loop &l : loops)
        std::printf("  %20s", l.name);
    std::printf("\n");
    std::vector<double> base;
    for (const Config &c : configs) {
        std::unique_ptr<Engine> engine;
        Bpftrace bpftrace;
        if (c.engine && !(engine = c.engine()))
            continue;
        if (!c.bpftrace.empty() && !bpftrace.start(c.bpftrace)) {
            std::printf("%-50s  (bpftrace did not start)\n", c.name.c_str());
            continue;
        }
        std::printf("%-50s", c.name.c_str());
        for (size_t i = 0; i < loops.size(); ++i) {
            const double ns = measure(loops[i], rounds);
            if (base.size() < loops.size()) {
                base.push_back(ns);
                std::printf("  %13.1f      ", ns);
            } else {
                std::printf("  %9.1f (%+6.1f)", ns, ns - base[i]);
            }
        }
        std::printf("\n");
        std::fflush(stdout);
    }

    // Kernel memory of every map with the per-process table at its default size.
    {
        auto engine = startEngine(all, KS_PID_ALL);
        if (engine) {
            uint64_t total = 0;
            std::printf("\nmaps of process+fd+vfs, per-process mode, pid table size %u (fdinfo memlock):\n",
                        engine->options().pidTableSize);
            for (const MapCost &m : engine->mapCosts()) {
                std::printf("  %-8s %-22s %10llu bytes  (max entries %u)\n", m.module.c_str(), m.map.c_str(),
                            (unsigned long long)m.memlockBytes, m.maxEntries);
                total += m.memlockBytes;
            }
            std::printf("  total %.2f MiB\n", double(total) / (1 << 20));

            // The engine's CPU: one read of every map per second, as the helper does.
            std::printf("\nengine CPU reading all maps every 1 s for %.0f s: ", cpuSeconds);
            std::fflush(stdout);
            rusage before{}, after{};
            getrusage(RUSAGE_SELF, &before);
            const auto end = Clock::now() + std::chrono::duration<double>(cpuSeconds);
            size_t rows = 0;
            while (Clock::now() < end) {
                const Snapshot s = engine->read();
                for (const auto &m : s.modules)
                    rows += m.pids.size();
                std::this_thread::sleep_for(std::chrono::seconds(1));
            }
            getrusage(RUSAGE_SELF, &after);
            auto us = [](const timeval &t) { return double(t.tv_sec) * 1e6 + double(t.tv_usec); };
            const double cpuUs = (us(after.ru_utime) - us(before.ru_utime)) + (us(after.ru_stime) - us(before.ru_stime));
            std::printf("%.1f ms CPU = %.3f%% of one core (%.0f process rows per read)\n", cpuUs / 1000,
                        cpuUs / (cpuSeconds * 1e6) * 100, double(rows) / cpuSeconds);
        }
    }
    unlink(path);
    return 0;
}
