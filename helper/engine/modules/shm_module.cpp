// The `shm` collector: System V shared memory calls (shmget, shmat, shmdt,
// shmctl), each switchable by shm.conf's [syscalls], and their errors.
#include "hook_builders.h"
#include "skeleton_object.h"

#include "shm.h"
#include "shm.skel.h"

namespace kinsight::engine {

namespace {

// The kernel functions of x86-64 syscalls (since 4.17; sys_<name> before). The
// BPF programs name no function, so another architecture is this one edit.
constexpr std::string_view kSyscallPrefix = "__x64_sys_";

// One switchable hook per syscall, on the syscall's own function or its exit:
// every variant sees the same calls. Calls at entry, errors at the return.
Hook syscallHook(std::string_view syscall, int call, int error, uint32_t action)
{
    const std::string program(syscall);
    const std::vector<std::string_view> fentryTargets{intern(std::string(kSyscallPrefix) + program)};
    const std::vector<std::string_view> probeTargets{fentryTargets[0], intern("sys_" + program)};
    return Hook{syscall,
                {call, error},
                false,
                std::vector<Candidate>{
                    {ProgramKind::Fentry, ModeUse::Entry, {{intern(program + "__fentry"), fentryTargets}}},
                    {ProgramKind::Fexit, ModeUse::Return, {{intern(program + "__fexit"), fentryTargets}}},
                } + KS_SYSCALL_EXIT_CANDIDATES("shm", ModeUse::Both, {{syscall, action}})
                    + std::vector<Candidate>{
                        {ProgramKind::Kprobe, ModeUse::Entry, {{intern(program + "__kprobe"), probeTargets}}},
                        {ProgramKind::Kretprobe, ModeUse::Return, {{intern(program + "__kretprobe"), probeTargets}}},
                    },
                syscall};
}

}  // namespace

const ModuleDescriptor &shmModule()
{
    static const ModuleDescriptor descriptor = [] {
        ModuleDescriptor d{
            "shm",
            "System V shared memory calls: shmget, shmat, shmdt, shmctl, and their errors",
            {
                {"shmget_call", "calls", "shmget(2) calls: create or find a segment"},
                {"shmget_error", "calls", "shmget calls that failed", true},
                {"shmat_call", "calls", "shmat(2) calls: attach a segment"},
                {"shmat_error", "calls", "shmat calls that failed", true},
                {"shmdt_call", "calls", "shmdt(2) calls: detach a segment"},
                {"shmdt_error", "calls", "shmdt calls that failed", true},
                {"shmctl_call", "calls", "shmctl(2) calls: query, change or remove a segment"},
                {"shmctl_error", "calls", "shmctl calls that failed", true},
            },
            {
                syscallHook("shmget", SHM_GET, SHM_GET_ERROR, SHM_SYS_GET),
                syscallHook("shmat", SHM_AT, SHM_AT_ERROR, SHM_SYS_AT),
                syscallHook("shmdt", SHM_DT, SHM_DT_ERROR, SHM_SYS_DT),
                syscallHook("shmctl", SHM_CTL, SHM_CTL_ERROR, SHM_SYS_CTL),
                releaseHook("shm", {}),
            },
            {
                {"system.shared_memory_calls", "Calls to shared memory system calls", "calls/s", "System Overview",
                 "IPC shared memory",
                 {{"get", "get", {{SHM_GET, 1}}},
                  {"at", "at", {{SHM_AT, 1}}},
                  {"dt", "dt", {{SHM_DT, 1}}},
                  {"ctl", "ctl", {{SHM_CTL, 1}}}}},
            },
            {
                {"shmget_call", "ipc shm", "calls", {SHM_GET}},
                {"shmat_call", "ipc shm", "calls", {SHM_AT}},
                {"shmdt_call", "ipc shm", "calls", {SHM_DT}},
                {"shmctl_call", "ipc shm", "calls", {SHM_CTL}},
                {"shmget_error", "ipc shm", "calls", {SHM_GET_ERROR}, true},
                {"shmat_error", "ipc shm", "calls", {SHM_AT_ERROR}, true},
                {"shmdt_error", "ipc shm", "calls", {SHM_DT_ERROR}, true},
                {"shmctl_error", "ipc shm", "calls", {SHM_CTL_ERROR}, true},
            },
            false,  // as in Netdata's stock ebpf.d.conf
            openSkeleton<shm_bpf>,
        };
        d.switches = {
            {"syscalls", "shmget", "count shmget(2)"},
            {"syscalls", "shmat", "count shmat(2)"},
            {"syscalls", "shmdt", "count shmdt(2)"},
            {"syscalls", "shmctl", "count shmctl(2)"},
        };
        return d;
    }();
    return descriptor;
}

}  // namespace kinsight::engine
