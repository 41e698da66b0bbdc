// The `mount` collector: mount and unmount calls and, in return mode, their
// errors. A mount is a mount(2) or move_mount(2) call; an unmount is umount2(2)
// (see mount.bpf.c for why).
#include "hook_builders.h"
#include "skeleton_object.h"

#include "mount.h"
#include "mount.skel.h"

namespace kinsight::engine {

namespace {

// The kernel functions of x86-64 syscalls (since 4.17; sys_<name> before). The
// BPF programs name no function, so another architecture is this one edit.
constexpr std::string_view kSyscallPrefix = "__x64_sys_";

// A kernel function behind a syscall and the BPF programs that hook it
// (<function>__fentry, __fexit, __kprobe, __kretprobe).
struct SyscallFunction {
    std::string_view function;  // "umount": umount2(2) is SYSCALL_DEFINE2(umount, ...)
    bool optional = false;      // move_mount exists since 5.2 only
};

Attachment attachment(const SyscallFunction &f, const char *kind, bool probe)
{
    const std::string name(f.function);
    std::vector<std::string_view> targets{intern(std::string(kSyscallPrefix) + name)};
    if (probe)
        targets.push_back(intern("sys_" + name));
    return {intern(name + kind), targets, f.optional};
}

// Calls at entry, errors at the return, on the syscall functions or at the exit of
// the syscalls: every variant sees the same calls.
std::vector<Candidate> mountCandidates(std::vector<SyscallFunction> functions, std::vector<SyscallAction> syscalls)
{
    auto variant = [&](ProgramKind kind, ModeUse modes, const char *suffix) {
        const bool probe = familyOf(kind) == Family::Probe;
        Candidate c{kind, modes, {}};
        for (const auto &f : functions)
            c.attachments.push_back(attachment(f, suffix, probe));
        return c;
    };
    return std::vector<Candidate>{variant(ProgramKind::Fentry, ModeUse::Entry, "__fentry"),
                                  variant(ProgramKind::Fexit, ModeUse::Return, "__fexit")}
        + KS_SYSCALL_EXIT_CANDIDATES("mount", ModeUse::Both, std::move(syscalls))
        + std::vector<Candidate>{variant(ProgramKind::Kprobe, ModeUse::Entry, "__kprobe"),
                                 variant(ProgramKind::Kretprobe, ModeUse::Return, "__kretprobe")};
}

// A classic syscall event is named after the kernel function, not the syscall:
// umount2(2)'s exit is syscalls:sys_exit_umount.
std::vector<Candidate> renameEvent(std::vector<Candidate> candidates, std::string_view from, std::string_view to)
{
    for (auto &c : candidates)
        if (c.kind == ProgramKind::Tracepoint)
            for (auto &a : c.attachments)
                for (auto &t : a.targets)
                    if (t == from)
                        t = to;
    return candidates;
}

}  // namespace

const ModuleDescriptor &mountModule()
{
    static const ModuleDescriptor descriptor{
        "mount",
        "Mount and unmount calls (mount, move_mount, umount2) and their errors",
        {
            {"mount_call", "calls", "mount(2) and move_mount(2) calls"},
            {"mount_error", "calls", "mount and move_mount calls that failed", true},
            {"umount_call", "calls", "umount2(2) calls"},
            {"umount_error", "calls", "umount2 calls that failed", true},
        },
        {
            {"mount",
             {MOUNT_CALL, MOUNT_ERROR},
             false,
             mountCandidates({{"mount"}, {"move_mount", true}},
                             {{"mount", MOUNT_SYS_MOUNT}, {"move_mount", MOUNT_SYS_MOUNT}})},
            {"umount",
             {MOUNT_UMOUNT_CALL, MOUNT_UMOUNT_ERROR},
             false,
             renameEvent(mountCandidates({{"umount"}}, {{"umount2", MOUNT_SYS_UMOUNT}}), "syscalls/sys_exit_umount2",
                         "syscalls/sys_exit_umount")},
            releaseHook("mount", {}),
        },
        {
            {"mount_points.call", "Calls to mount and umount syscalls", "calls/s", "Mount Points", "Mount",
             {{"mount", "mount", {{MOUNT_CALL, 1}}}, {"umount", "umount", {{MOUNT_UMOUNT_CALL, 1}}}}},
            {"mount_points.error", "Errors to mount and umount file systems", "calls/s", "Mount Points", "Mount",
             {{"mount", "mount", {{MOUNT_ERROR, 1}}}, {"umount", "umount", {{MOUNT_UMOUNT_ERROR, 1}}}}, true},
        },
        {
            {"mount_call", "mount", "calls", {MOUNT_CALL}},
            {"umount_call", "mount", "calls", {MOUNT_UMOUNT_CALL}},
            {"mount_error", "mount", "calls", {MOUNT_ERROR}, true},
            {"umount_error", "mount", "calls", {MOUNT_UMOUNT_ERROR}, true},
        },
        true,  // as in Netdata's stock ebpf.d.conf
        openSkeleton<mount_bpf>,
    };
    return descriptor;
}

}  // namespace kinsight::engine
