// Exactness check of the process, fd and vfs collectors: runs ks-workload as an
// inspected tree and compares the tree's totals with the numbers the workload
// is known to produce. Qt-free and linkable statically, so the very same binary
// runs on the host and inside the qemu guests of the kernel matrix.
//
//   ks-exactness --workload PATH [--attach auto|trampoline|tracepoint|probe|tp_btf|raw_tp|classic]
//                [--load-mode entry|return] [--dir DIR] [--show-rejected]
// Exit: 0 all exact, 1 a mismatch, 77 this attach mode is not available here.

#include "engine.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <thread>
#include <vector>

using namespace kinsight::engine;

namespace {

struct Params {
    long opens = 40, failing = 7, reads = 300, bytes = 4096, errors = 5, fsyncs = 9, unlinks = 11, badcloses = 6,
         forks = 13, threads = 4, execs = 3, execopens = 5;
};

std::string option(int argc, char **argv, const char *name, const char *fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return argv[i + 1];
    return fallback;
}

// What the workload does, per metric, for the attach variant that served each hook.
std::map<std::string, long> expectedCounts(const Params &p, bool returnMode, bool vfsOpenSeesExec)
{
    const long successfulOpens = (p.opens - p.failing) + 2 + p.execs * p.execopens;
    std::map<std::string, long> e = {
        {"file_open", p.opens + 2 + p.execs * p.execopens},
        {"file_closed", (p.opens - p.failing) + 2 + p.badcloses + p.execs * p.execopens},
        {"vfs_read_call", p.reads + p.errors},
        {"vfs_read_bytes", p.reads * p.bytes},
        {"vfs_write_call", p.reads + p.errors},
        {"vfs_write_bytes", p.reads * p.bytes},
        {"vfs_fsync", p.fsyncs},
        {"file_deleted", p.unlinks},
        // exec opens its binary through vfs_open, which a syscall tracepoint cannot see
        {"vfs_open", successfulOpens + (vfsOpenSeesExec ? p.execs : 0)},
        {"vfs_create", p.unlinks},  // mknod(S_IFREG) is what calls vfs_create
        {"process_create", p.forks + p.execs},
        {"thread_create", p.threads},
        {"task_exit", 1 + p.forks + p.threads + p.execs},
        {"task_close", 1 + p.forks + p.threads + p.execs},
    };
    if (returnMode) {
        e["open_error"] = p.failing;
        e["file_error_closed"] = p.badcloses;
        e["vfs_read_error"] = p.errors;
        e["vfs_write_error"] = p.errors;
        e["vfs_fsync_error"] = 0;
        e["vfs_open_error"] = 0;
        e["vfs_create_error"] = 0;
        e["task_error"] = 0;
    }
    return e;
}

bool writeDataFile(const std::string &path, long size)
{
    int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return false;
    std::vector<char> block(65536, 'k');
    for (long left = size; left > 0;) {
        long n = std::min<long>(left, block.size());
        if (write(fd, block.data(), n) != n)
            return close(fd), false;
        left -= n;
    }
    return close(fd) == 0;
}

}  // namespace

int main(int argc, char **argv)
{
    const std::string workload = option(argc, argv, "--workload", "");
    const std::string attachText = option(argc, argv, "--attach", "auto");
    const std::string modeText = option(argc, argv, "--load-mode", "entry");
    std::string dir = option(argc, argv, "--dir", "");
    // Lists each hook's rejected candidates and why (the kernel matrix prints them as evidence).
    bool showRejected = false;
    for (int i = 1; i < argc; ++i)
        showRejected |= std::strcmp(argv[i], "--show-rejected") == 0;
    const auto policy = AttachPolicy::parse(attachText);
    if (workload.empty() || !policy || (modeText != "entry" && modeText != "return")) {
        std::fprintf(stderr, "usage: %s --workload PATH [--attach MODE] [--load-mode entry|return] [--dir DIR] [--show-rejected]\n", argv[0]);
        return 2;
    }
    const bool returnMode = modeText == "return";
    Params p;
    if (dir.empty()) {
        char templ[] = "/tmp/ks-exactness-XXXXXX";
        dir = mkdtemp(templ) ? templ : "/tmp";
    }
    if (!writeDataFile(dir + "/data", p.reads * p.bytes)) {
        std::perror("cannot write the data file");
        return 2;
    }

    EngineOptions options;
    options.modules = {"process", "fd", "vfs"};
    options.loadMode = returnMode ? LoadMode::Return : LoadMode::Entry;
    options.attach = *policy;
    options.pidMode = KS_PID_TRACKED;
    std::string error;
    auto engine = Engine::start(options, error);
    const std::string label = "attach=" + attachText + " mode=" + modeText;
    if (!engine) {
        std::printf("EXACTNESS %s result=SKIP reason=%s\n", label.c_str(), error.c_str());
        return 77;
    }
    bool familyHonoured = true;
    bool vfsOpenSeesExec = false;
    for (const ModuleReport &r : engine->reports()) {
        if (!r.loaded) {
            std::printf("EXACTNESS %s result=SKIP reason=%s: %s\n", label.c_str(), r.module.c_str(), r.error.c_str());
            return 77;
        }
        for (const HookReport &h : r.hooks) {
            std::printf("  %-8s %-12s %s%s%s\n", r.module.c_str(), h.hook.c_str(),
                        h.chosen.empty() ? "(not attached)" : h.chosen.c_str(), h.note.empty() ? "" : "  -- ",
                        h.note.c_str());
            if (showRejected)
                for (const Rejection &x : h.rejected)
                    std::printf("           rejected %s: %s\n", x.candidate.c_str(), x.reason.c_str());
            if (h.kind && policy->family && familyOf(*h.kind) != *policy->family && h.note.empty())
                familyHonoured = false;
            if (r.module == "vfs" && h.hook == "open" && h.kind && familyOf(*h.kind) != Family::Tracepoint)
                vfsOpenSeesExec = true;
        }
    }
    if (!familyHonoured) {
        std::printf("EXACTNESS %s result=SKIP reason=some hooks could not use this attach family\n", label.c_str());
        return 77;
    }

    int go[2];
    if (pipe2(go, O_CLOEXEC) != 0)
        return 2;
    pid_t child = fork();
    if (child == 0) {
        char byte;
        close(go[1]);
        if (read(go[0], &byte, 1) != 1)
            _exit(126);
        auto a = [](const char *k, long v) { return std::string(k) + "=" + std::to_string(v); };
        std::vector<std::string> args = {workload, dir, a("opens", p.opens), a("failing", p.failing),
                                         a("reads", p.reads), a("bytes", p.bytes), a("errors", p.errors),
                                         a("fsyncs", p.fsyncs), a("unlinks", p.unlinks), a("badcloses", p.badcloses),
                                         a("forks", p.forks), a("threads", p.threads), a("execs", p.execs),
                                         a("execopens", p.execopens)};
        std::vector<char *> argvChild;
        for (auto &s : args)
            argvChild.push_back(s.data());
        argvChild.push_back(nullptr);
        execv(workload.c_str(), argvChild.data());
        _exit(127);
    }
    close(go[0]);
    auto group = engine->trackTree(child, true, error);
    if (!group) {
        std::fprintf(stderr, "trackTree: %s\n", error.c_str());
        return 2;
    }
    if (write(go[1], "g", 1) != 1)
        return 2;
    close(go[1]);
    int status = 0;
    waitpid(child, &status, 0);
    for (int i = 0; i < 500 && !engine->treeFinished(*group); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::printf("EXACTNESS %s result=FAIL reason=workload exited with status %d\n", label.c_str(), status);
        return 1;
    }

    const Snapshot snap = engine->read();
    std::map<std::string, long> measured;
    std::map<std::string, std::string> unavailable;
    for (size_t i = 0; i < snap.modules.size(); ++i) {
        const ModuleDescriptor &d = *engine->modules()[i];
        const ModuleReport *report = nullptr;
        for (const auto &r : engine->reports())
            if (r.module == d.name)
                report = &r;
        const auto &totals = snap.modules[i].trees.at(*group);
        for (const AppMetricDef &metric : d.appMetrics) {
            long sum = 0;
            std::string why;
            for (int c : metric.counters) {
                sum += long(totals[c]);
                if (const char *reason = report->unavailableReason(c))
                    why = reason;
            }
            if (!why.empty())
                unavailable[std::string(metric.name)] = why;
            else
                measured[std::string(metric.name)] = sum;
        }
    }

    int failures = 0;
    for (const auto &[metric, want] : expectedCounts(p, returnMode, vfsOpenSeesExec)) {
        if (unavailable.count(metric)) {
            std::printf("  n/a  %-18s %s\n", metric.c_str(), unavailable[metric].c_str());
            continue;
        }
        auto it = measured.find(metric);
        const long got = it == measured.end() ? -1 : it->second;
        const bool ok = got == want;
        failures += !ok;
        std::printf("  %s %-18s expected %-8ld got %ld\n", ok ? "ok  " : "FAIL", metric.c_str(), want, got);
    }
    std::printf("EXACTNESS %s result=%s\n", label.c_str(), failures ? "FAIL" : "PASS");
    return failures ? 1 : 0;
}
