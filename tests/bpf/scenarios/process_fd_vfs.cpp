// process, fd and vfs: ks-workload's opens, reads, writes, fsyncs, mknod and
// unlinks, forks, threads and exec'd children.
#include "scenario.h"

namespace kinsight::exactness {
namespace {

struct Params {
    long opens = 40, failing = 7, reads = 300, bytes = 4096, errors = 5, fsyncs = 9, unlinks = 11, badcloses = 6,
         forks = 13, threads = 4, execs = 3, execopens = 5;
};
const Params p;

std::string kv(const char *k, long v)
{
    return std::string(k) + "=" + std::to_string(v);
}

const bool registered = registerScenario({
    "process-fd-vfs",
    {"process", "fd", "vfs"},
    "ks-workload",
    [](const std::string &dir) {
        return std::vector<std::string>{dir,
                                        kv("opens", p.opens),
                                        kv("failing", p.failing),
                                        kv("reads", p.reads),
                                        kv("bytes", p.bytes),
                                        kv("errors", p.errors),
                                        kv("fsyncs", p.fsyncs),
                                        kv("unlinks", p.unlinks),
                                        kv("badcloses", p.badcloses),
                                        kv("forks", p.forks),
                                        kv("threads", p.threads),
                                        kv("execs", p.execs),
                                        kv("execopens", p.execopens)};
    },
    [](const std::string &dir) { return writeFile(dir + "/data", p.reads * p.bytes); },
    [](const ScenarioContext &c) {
        const long successfulOpens = (p.opens - p.failing) + 2 + p.execs * p.execopens;
        // exec opens its binary through vfs_open, which a syscall tracepoint cannot see.
        const bool vfsOpenSeesExec = c.family("vfs", "open").value_or(engine::Family::Tracepoint) != engine::Family::Tracepoint;
        std::map<std::string, long> e = {
            {"file_open", p.opens + 2 + p.execs * p.execopens},
            {"file_closed", (p.opens - p.failing) + 2 + p.badcloses + p.execs * p.execopens},
            {"vfs_read_call", p.reads + p.errors},
            {"vfs_read_bytes", p.reads * p.bytes},
            {"vfs_write_call", p.reads + p.errors},
            {"vfs_write_bytes", p.reads * p.bytes},
            {"vfs_fsync", p.fsyncs},
            {"file_deleted", p.unlinks},
            {"vfs_open", successfulOpens + (vfsOpenSeesExec ? p.execs : 0)},
            {"vfs_create", p.unlinks},  // mknod(S_IFREG) is what calls vfs_create
            {"process_create", p.forks + p.execs},
            {"thread_create", p.threads},
            {"task_exit", 1 + p.forks + p.threads + p.execs},
            {"task_close", 1 + p.forks + p.threads + p.execs},
        };
        if (c.returnMode) {
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
    },
});

}  // namespace
}  // namespace kinsight::exactness
