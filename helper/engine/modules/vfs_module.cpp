// The `vfs` collector: VFS reads and writes with their real byte counts, unlink,
// fsync, open and create calls, and their errors.
#include "hook_builders.h"
#include "skeleton_object.h"

#include "vfs.h"
#include "vfs.skel.h"

namespace kinsight::engine {

namespace {
constexpr std::string_view kSyscallNote =
    "counts the syscalls that reach this VFS function; kernel-internal callers are not seen";
constexpr std::string_view kFsyncNote =
    "hooks the fsync and fdatasync syscalls (vfs_fsync is inlined into them); kernel-internal callers are not seen";

// Read and write variants: the return value carries the byte count, so even entry
// mode hooks the return.
std::vector<Candidate> ioCandidates(std::string_view fexit, std::string_view fexitV,
                                    std::string_view kretprobe, std::string_view func,
                                    std::string_view funcV, std::vector<SyscallAction> syscalls)
{
    return std::vector<Candidate>{
               {ProgramKind::Fexit, ModeUse::Both, {{fexit, {func}}, {fexitV, {funcV}, true}}},
           }
        + KS_SYSCALL_EXIT_CANDIDATES("vfs", ModeUse::Both, std::move(syscalls), {}, kSyscallNote)
        + std::vector<Candidate>{
            {ProgramKind::Kretprobe, ModeUse::Both, {{kretprobe, {func}}, {kretprobe, {funcV}, true}}},
        };
}

// Calls counted at entry, errors at the return.
std::vector<Candidate> callCandidates(std::string_view fentry, std::string_view fexit,
                                      std::string_view kprobe, std::string_view kretprobe,
                                      std::string_view func, std::vector<Candidate> tracepoints)
{
    return std::vector<Candidate>{
               {ProgramKind::Fentry, ModeUse::Entry, {{fentry, {func}}}},
               {ProgramKind::Fexit, ModeUse::Return, {{fexit, {func}}}},
           }
        + std::move(tracepoints)
        + std::vector<Candidate>{
            {ProgramKind::Kprobe, ModeUse::Entry, {{kprobe, {func}}}},
            {ProgramKind::Kretprobe, ModeUse::Return, {{kretprobe, {func}}}},
        };
}
}  // namespace

const ModuleDescriptor &vfsModule()
{
    static const ModuleDescriptor descriptor{
        "vfs",
        "Virtual filesystem calls: reads and writes with their bytes, unlink, fsync, open, create",
        {
            {"vfs_read_call", "calls", "vfs_read and vfs_readv calls"},
            {"vfs_read_bytes", "bytes", "bytes read (sum of successful return values)"},
            {"vfs_read_error", "calls", "reads that failed", true},
            {"vfs_write_call", "calls", "vfs_write and vfs_writev calls"},
            {"vfs_write_bytes", "bytes", "bytes written (sum of successful return values)"},
            {"vfs_write_error", "calls", "writes that failed", true},
            {"vfs_unlink", "calls", "vfs_unlink calls"},
            {"vfs_unlink_error", "calls", "unlinks that failed", true},
            {"vfs_fsync", "calls", "fsync and fdatasync calls"},
            {"vfs_fsync_error", "calls", "fsyncs that failed", true},
            {"vfs_open", "calls", "vfs_open calls"},
            {"vfs_open_error", "calls", "vfs_open calls that failed", true},
            {"vfs_create", "calls", "vfs_create calls"},
            {"vfs_create_error", "calls", "vfs_create calls that failed", true},
        },
        {
            {"read", {VFS_READ_CALL, VFS_READ_BYTES, VFS_READ_ERROR}, false,
             ioCandidates("read__fexit", "read__fexit_v", "read__kretprobe", "vfs_read", "vfs_readv",
                          {{"read", VFS_SYS_READ},
                           {"pread64", VFS_SYS_READ},
                           {"readv", VFS_SYS_READ},
                           {"preadv", VFS_SYS_READ},
                           {"preadv2", VFS_SYS_READ}})},
            {"write", {VFS_WRITE_CALL, VFS_WRITE_BYTES, VFS_WRITE_ERROR}, false,
             ioCandidates("write__fexit", "write__fexit_v", "write__kretprobe", "vfs_write", "vfs_writev",
                          {{"write", VFS_SYS_WRITE},
                           {"pwrite64", VFS_SYS_WRITE},
                           {"writev", VFS_SYS_WRITE},
                           {"pwritev", VFS_SYS_WRITE},
                           {"pwritev2", VFS_SYS_WRITE}})},
            {"unlink", {VFS_UNLINK_CALL, VFS_UNLINK_ERROR}, false,
             callCandidates("unlink__fentry", "unlink__fexit", "unlink__kprobe", "unlink__kretprobe", "vfs_unlink",
                            KS_SYSCALL_EXIT_CANDIDATES("vfs", ModeUse::Both,
                                                       {{"unlink", VFS_SYS_UNLINK}, {"unlinkat", VFS_SYS_UNLINKAT}},
                                                       {}, kSyscallNote))},
            {"fsync", {VFS_FSYNC_CALL, VFS_FSYNC_ERROR}, false,
             // The syscalls themselves, not vfs_fsync: it is inlined into do_fsync, so
             // hooking it missed every fsync(2) on Debian's 6.1 (see vfs.bpf.c).
             std::vector<Candidate>{
                 {ProgramKind::Fentry, ModeUse::Entry,
                  {{"fsync__fentry", {"__x64_sys_fsync"}}, {"fdatasync__fentry", {"__x64_sys_fdatasync"}}},
                  {}, {}, kFsyncNote},
                 {ProgramKind::Fexit, ModeUse::Return,
                  {{"fsync__fexit", {"__x64_sys_fsync"}}, {"fdatasync__fexit", {"__x64_sys_fdatasync"}}},
                  {}, {}, kFsyncNote},
             } + KS_SYSCALL_EXIT_CANDIDATES("vfs", ModeUse::Both,
                                            {{"fsync", VFS_SYS_FSYNC}, {"fdatasync", VFS_SYS_FSYNC}}, {},
                                            kSyscallNote)
                 + std::vector<Candidate>{
                     {ProgramKind::Kprobe, ModeUse::Entry,
                      {{"fsync__kprobe", {"__x64_sys_fsync"}}, {"fsync__kprobe", {"__x64_sys_fdatasync"}}},
                      {}, {}, kFsyncNote},
                     {ProgramKind::Kretprobe, ModeUse::Return,
                      {{"fsync__kretprobe", {"__x64_sys_fsync"}}, {"fsync__kretprobe", {"__x64_sys_fdatasync"}}},
                      {}, {}, kFsyncNote},
                 }},
            {"open", {VFS_OPEN_CALL, VFS_OPEN_ERROR}, false,
             callCandidates("open__fentry", "open__fexit", "open__kprobe", "open__kretprobe", "vfs_open",
                            KS_SYSCALL_EXIT_CANDIDATES(
                                "vfs", ModeUse::Both,
                                {{"open", VFS_SYS_OPEN}, {"openat", VFS_SYS_OPEN}, {"openat2", VFS_SYS_OPEN},
                                 {"creat", VFS_SYS_OPEN}},
                                {{VFS_OPEN_ERROR,
                                  "an open syscall can fail before or inside vfs_open and no tracepoint tells "
                                  "which; vfs_open errors need trampoline or probe mode"}},
                                "counts open syscalls that succeeded, each of which called vfs_open"))},
            {"create", {VFS_CREATE_CALL, VFS_CREATE_ERROR}, false,
             callCandidates("create__fentry", "create__fexit", "create__kprobe", "create__kretprobe", "vfs_create",
                            {{ProgramKind::Tracepoint,
                              ModeUse::Both,
                              {},
                              {},
                              {{VFS_CREATE_CALL,
                                "no tracepoint tells whether open(O_CREAT) without O_EXCL or mknod created a "
                                "file; vfs_create needs trampoline or probe mode"},
                               {VFS_CREATE_ERROR, "vfs_create needs trampoline or probe mode"}}}})},
            releaseHook("vfs", {}),
        },
        {
            {"filesystem.vfs_deleted_objects", "Remove files", "calls/s", "Filesystem", "VFS",
             {{"delete", "delete", {{VFS_UNLINK_CALL, 1}}}}},
            {"filesystem.vfs_io", "Calls to IO", "calls/s", "Filesystem", "VFS",
             {{"read", "read", {{VFS_READ_CALL, 1}}}, {"write", "write", {{VFS_WRITE_CALL, 1}}}}},
            {"filesystem.vfs_io_bytes", "Bytes written and read", "bytes/s", "Filesystem", "VFS",
             {{"read", "read", {{VFS_READ_BYTES, 1}}}, {"write", "write", {{VFS_WRITE_BYTES, 1}}}}},
            {"filesystem.vfs_io_error", "Fails to write or read", "calls/s", "Filesystem", "VFS",
             {{"read", "read", {{VFS_READ_ERROR, 1}}}, {"write", "write", {{VFS_WRITE_ERROR, 1}}}}, true},
            {"filesystem.vfs_fsync", "Calls to vfs_fsync", "calls/s", "Filesystem", "VFS",
             {{"fsync", "fsync", {{VFS_FSYNC_CALL, 1}}}}},
            {"filesystem.vfs_fsync_error", "Fails to synchronize", "calls/s", "Filesystem", "VFS",
             {{"fsync", "fsync", {{VFS_FSYNC_ERROR, 1}}}}, true},
            {"filesystem.vfs_open", "Calls to vfs_open", "calls/s", "Filesystem", "VFS",
             {{"open", "open", {{VFS_OPEN_CALL, 1}}}}},
            {"filesystem.vfs_open_error", "Fails to open a file", "calls/s", "Filesystem", "VFS",
             {{"open", "open", {{VFS_OPEN_ERROR, 1}}}}, true},
            {"filesystem.vfs_create", "Calls to vfs_create", "calls/s", "Filesystem", "VFS",
             {{"create", "create", {{VFS_CREATE_CALL, 1}}}}},
            {"filesystem.vfs_create_error", "Fails to create a file", "calls/s", "Filesystem", "VFS",
             {{"create", "create", {{VFS_CREATE_ERROR, 1}}}}, true},
        },
        {
            {"file_deleted", "vfs", "calls", {VFS_UNLINK_CALL}},
            {"vfs_write_call", "vfs", "calls", {VFS_WRITE_CALL}},
            {"vfs_write_error", "vfs", "calls", {VFS_WRITE_ERROR}, true},
            {"vfs_read_call", "vfs", "calls", {VFS_READ_CALL}},
            {"vfs_write_bytes", "vfs", "bytes", {VFS_WRITE_BYTES}},
            {"vfs_read_bytes", "vfs", "bytes", {VFS_READ_BYTES}},
            {"vfs_read_error", "vfs", "calls", {VFS_READ_ERROR}, true},
            {"vfs_fsync", "vfs", "calls", {VFS_FSYNC_CALL}},
            {"vfs_fsync_error", "vfs", "calls", {VFS_FSYNC_ERROR}, true},
            {"vfs_open", "vfs", "calls", {VFS_OPEN_CALL}},
            {"vfs_open_error", "vfs", "calls", {VFS_OPEN_ERROR}, true},
            {"vfs_create", "vfs", "calls", {VFS_CREATE_CALL}},
            {"vfs_create_error", "vfs", "calls", {VFS_CREATE_ERROR}, true},
        },
        true,
        openSkeleton<vfs_bpf>,
    };
    return descriptor;
}

}  // namespace kinsight::engine
