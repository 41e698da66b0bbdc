// The `sync` collector: sync, syncfs, fsync, fdatasync, msync and
// sync_file_range calls, each switchable by sync.conf's [syscalls], and their
// errors (no Netdata chart has them; they are per-process metrics here).
#include "hook_builders.h"
#include "skeleton_object.h"

#include "sync.h"
#include "sync.skel.h"

namespace kinsight::engine {

namespace {

// The kernel functions of x86-64 syscalls (since 4.17; sys_<name> before). The
// BPF programs name no function, so another architecture is this one edit.
constexpr std::string_view kSyscallPrefix = "__x64_sys_";

std::string_view syscallFunction(std::string_view syscall)
{
    return intern(std::string(kSyscallPrefix) + std::string(syscall));
}

// One switchable hook per syscall, on the syscall's own function or its exit:
// every variant sees the same calls. Calls at entry, errors at the return
// (`error` < 0: the syscall cannot fail). `fentryAlso`: further BTF names of
// the function, for syscalls whose prefixed name is an alias BTF leaves out.
Hook syscallHook(std::string_view syscall, int call, int error, uint32_t action,
                 std::vector<std::string_view> fentryAlso = {})
{
    const std::string program(syscall);
    std::vector<std::string_view> fentryTargets{syscallFunction(syscall)};
    fentryTargets.insert(fentryTargets.end(), fentryAlso.begin(), fentryAlso.end());
    const std::vector<std::string_view> probeTargets{syscallFunction(syscall), intern("sys_" + program)};
    const bool errors = error >= 0;
    const ModeUse callModes = errors ? ModeUse::Entry : ModeUse::Both;

    std::vector<Candidate> trampolines{
        {ProgramKind::Fentry, callModes, {{intern(program + "__fentry"), fentryTargets}}}};
    std::vector<Candidate> probes{{ProgramKind::Kprobe, callModes, {{intern(program + "__kprobe"), probeTargets}}}};
    std::vector<int> counters{call};
    if (errors) {
        trampolines.push_back({ProgramKind::Fexit, ModeUse::Return, {{intern(program + "__fexit"), fentryTargets}}});
        probes.push_back({ProgramKind::Kretprobe, ModeUse::Return, {{intern(program + "__kretprobe"), probeTargets}}});
        counters.push_back(error);
    }
    return Hook{syscall, counters, false,
                std::move(trampolines) + KS_SYSCALL_EXIT_CANDIDATES("sync", ModeUse::Both, {{syscall, action}})
                    + std::move(probes),
                syscall};
}

}  // namespace

const ModuleDescriptor &syncModule()
{
    static const ModuleDescriptor descriptor = [] {
        ModuleDescriptor d{
            "sync",
            "Calls that flush data to storage: sync, syncfs, fsync, fdatasync, msync, sync_file_range",
            {
                {"sync_call", "calls", "sync(2) calls: flush every file system"},
                {"syncfs_call", "calls", "syncfs(2) calls: flush the file system of a file"},
                {"syncfs_error", "calls", "syncfs calls that failed", true},
                {"fsync_call", "calls", "fsync(2) calls"},
                {"fsync_error", "calls", "fsync calls that failed", true},
                {"fdatasync_call", "calls", "fdatasync(2) calls"},
                {"fdatasync_error", "calls", "fdatasync calls that failed", true},
                {"msync_call", "calls", "msync(2) calls: flush a memory-mapped range"},
                {"msync_error", "calls", "msync calls that failed", true},
                {"sync_file_range_call", "calls", "sync_file_range(2) calls"},
                {"sync_file_range_error", "calls", "sync_file_range calls that failed", true},
            },
            {
                // SYSCALL_DEFINE0 makes __x64_sys_sync an alias of __do_sys_sync, and BTF
                // keeps only the latter (Debian's 6.1 and 6.18 alike).
                syscallHook("sync", SYNC_SYNC, -1, SYNC_SYS_SYNC, {"__do_sys_sync"}),
                syscallHook("syncfs", SYNC_SYNCFS, SYNC_SYNCFS_ERROR, SYNC_SYS_SYNCFS),
                syscallHook("fsync", SYNC_FSYNC, SYNC_FSYNC_ERROR, SYNC_SYS_FSYNC),
                syscallHook("fdatasync", SYNC_FDATASYNC, SYNC_FDATASYNC_ERROR, SYNC_SYS_FDATASYNC),
                syscallHook("msync", SYNC_MSYNC, SYNC_MSYNC_ERROR, SYNC_SYS_MSYNC),
                // x86-64 and arm64 have sync_file_range; powerpc and 32-bit arm have
                // sync_file_range2 instead (arguments reordered), not handled here.
                syscallHook("sync_file_range", SYNC_FILE_RANGE, SYNC_FILE_RANGE_ERROR, SYNC_SYS_FILE_RANGE),
                releaseHook("sync", {}),
            },
            {
                {"mem.file_sync", "Monitor calls to fsync(2) and fdatasync(2)", "calls/s", "Memory", "Synchronization",
                 {{"fsync", "fsync", {{SYNC_FSYNC, 1}}}, {"fdatasync", "fdatasync", {{SYNC_FDATASYNC, 1}}}}},
                {"mem.memory_map", "Monitor calls to msync(2)", "calls/s", "Memory", "Synchronization",
                 {{"msync", "msync", {{SYNC_MSYNC, 1}}}}},
                {"mem.sync", "Monitor calls to sync(2) and syncfs(2)", "calls/s", "Memory", "Synchronization",
                 {{"sync", "sync", {{SYNC_SYNC, 1}}}, {"syncfs", "syncfs", {{SYNC_SYNCFS, 1}}}}},
                {"mem.file_segment", "Monitor calls to sync_file_range(2)", "calls/s", "Memory", "Synchronization",
                 {{"sync_file_range", "sync_file_range", {{SYNC_FILE_RANGE, 1}}}}},
            },
            {
                {"sync_call", "sync", "calls", {SYNC_SYNC}},
                {"syncfs_call", "sync", "calls", {SYNC_SYNCFS}},
                {"syncfs_error", "sync", "calls", {SYNC_SYNCFS_ERROR}, true},
                {"fsync_call", "sync", "calls", {SYNC_FSYNC}},
                {"fsync_error", "sync", "calls", {SYNC_FSYNC_ERROR}, true},
                {"fdatasync_call", "sync", "calls", {SYNC_FDATASYNC}},
                {"fdatasync_error", "sync", "calls", {SYNC_FDATASYNC_ERROR}, true},
                {"msync_call", "sync", "calls", {SYNC_MSYNC}},
                {"msync_error", "sync", "calls", {SYNC_MSYNC_ERROR}, true},
                {"sync_file_range_call", "sync", "calls", {SYNC_FILE_RANGE}},
                {"sync_file_range_error", "sync", "calls", {SYNC_FILE_RANGE_ERROR}, true},
            },
            false,  // as in Netdata's stock ebpf.d.conf
            openSkeleton<sync_bpf>,
        };
        d.switches = {
            {"syscalls", "sync", "count sync(2)"},
            {"syscalls", "msync", "count msync(2)"},
            {"syscalls", "fsync", "count fsync(2)"},
            {"syscalls", "fdatasync", "count fdatasync(2)"},
            {"syscalls", "syncfs", "count syncfs(2)"},
            {"syscalls", "sync_file_range", "count sync_file_range(2)"},
        };
        return d;
    }();
    return descriptor;
}

}  // namespace kinsight::engine
