// The `fd` collector: open and close calls and their errors.
#include "hook_builders.h"
#include "skeleton_object.h"

#include "fd.h"
#include "fd.skel.h"

namespace kinsight::engine {

const ModuleDescriptor &fdModule()
{
    static const ModuleDescriptor descriptor{
        "fd",
        "File descriptor open and close calls, and their errors",
        {
            {"file_open", "calls", "open, openat, openat2 and creat calls"},
            {"open_error", "calls", "open calls that failed", true},
            {"file_closed", "calls", "close calls"},
            {"file_error_closed", "calls", "close calls that failed", true},
        },
        {
            {"open",
             {FD_OPEN, FD_OPEN_ERROR},
             false,
             std::vector<Candidate>{
                 {ProgramKind::Fentry, ModeUse::Entry, {{"open__fentry", {"do_sys_openat2", "do_sys_open"}}}},
                 {ProgramKind::Fexit, ModeUse::Return, {{"open__fexit", {"do_sys_openat2"}}}},
             } + KS_SYSCALL_EXIT_CANDIDATES("fd", ModeUse::Both,
                                            {{"open", FD_SYS_OPEN},
                                             {"openat", FD_SYS_OPEN},
                                             {"openat2", FD_SYS_OPEN},
                                             {"creat", FD_SYS_OPEN}})
                 + std::vector<Candidate>{
                     {ProgramKind::Kprobe, ModeUse::Entry, {{"open__kprobe", {"do_sys_openat2", "do_sys_open"}}}},
                     {ProgramKind::Kretprobe, ModeUse::Return,
                      {{"open__kretprobe", {"do_sys_openat2", "do_sys_open"}}}},
                 }},
            {"close",
             {FD_CLOSE, FD_CLOSE_ERROR},
             false,
             // close(2) calls file_close_fd since 6.8, close_fd before, __close_fd before 5.11.
             std::vector<Candidate>{
                 {ProgramKind::Fentry, ModeUse::Entry,
                  {{"close__fentry", {"file_close_fd", "close_fd", "__close_fd"}}}},
                 {ProgramKind::Fexit, ModeUse::Return, {{"close__fexit_file", {"file_close_fd"}}},
                  {}, {}, "a failed file_close_fd means EBADF; flush errors are not seen"},
                 {ProgramKind::Fexit, ModeUse::Return, {{"close__fexit", {"close_fd"}}}},
             } + KS_SYSCALL_EXIT_CANDIDATES("fd", ModeUse::Both, {{"close", FD_SYS_CLOSE}})
                 + std::vector<Candidate>{
                     {ProgramKind::Kprobe, ModeUse::Entry,
                      {{"close__kprobe", {"file_close_fd", "close_fd", "__close_fd"}}}},
                     {ProgramKind::Kretprobe, ModeUse::Return, {{"close__kretprobe_file", {"file_close_fd"}}},
                      {}, {}, "a failed file_close_fd means EBADF; flush errors are not seen"},
                     {ProgramKind::Kretprobe, ModeUse::Return, {{"close__kretprobe", {"close_fd", "__close_fd"}}}},
                 }},
            releaseHook("fd", {}),
        },
        {
            {"filesystem.file_descriptor", "Open and close calls", "calls/s", "Filesystem", "File descriptor",
             {{"open", "open", {{FD_OPEN, 1}}}, {"close", "close", {{FD_CLOSE, 1}}}}},
            {"filesystem.file_error", "Open fails", "calls/s", "Filesystem", "File descriptor",
             {{"open", "open", {{FD_OPEN_ERROR, 1}}}, {"close", "close", {{FD_CLOSE_ERROR, 1}}}}, true},
        },
        {
            {"file_open", "file access", "calls", {FD_OPEN}},
            {"open_error", "file access", "calls", {FD_OPEN_ERROR}, true},
            {"file_closed", "file access", "calls", {FD_CLOSE}},
            {"file_error_closed", "file access", "calls", {FD_CLOSE_ERROR}, true},
        },
        true,
        openSkeleton<fd_bpf>,
    };
    return descriptor;
}

}  // namespace kinsight::engine
