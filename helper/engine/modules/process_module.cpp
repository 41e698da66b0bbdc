// The `process` collector: task creation, exit, release and fork errors.
#include "hook_builders.h"
#include "skeleton_object.h"

#include "process.h"
#include "process.skel.h"

namespace kinsight::engine {

const ModuleDescriptor &processModule()
{
    static const ModuleDescriptor descriptor{
        "process",
        "Process and thread creation, exit and release (zombie estimate), fork/clone errors",
        {
            {"process_create", "calls", "new processes (fork, vfork, clone without CLONE_THREAD)"},
            {"thread_create", "calls", "new threads (clone with CLONE_THREAD)"},
            {"task_exit", "calls", "tasks entering do_exit"},
            {"task_close", "calls", "tasks released (release_task)"},
            {"task_error_process", "calls", "failed process creations", true},
            {"task_error_thread", "calls", "failed thread creations", true},
        },
        {
            {"task_create",
             {PROCESS_CREATE, PROCESS_THREAD_CREATE},
             false,
             {
                 {ProgramKind::Fentry, ModeUse::Both, {{"task_create__fentry", {"wake_up_new_task"}}}},
                 {ProgramKind::TpBtf, ModeUse::Both, {{"task_create__tp_btf"}}},
                 {ProgramKind::RawTp, ModeUse::Both, {{"task_create__raw_tp"}}},
                 {ProgramKind::Tracepoint, ModeUse::Both, {{"task_create__tracepoint"}}},
                 {ProgramKind::Kprobe, ModeUse::Both, {{"task_create__kprobe", {"wake_up_new_task"}}}},
             }},
            {"task_error",
             {PROCESS_ERROR_PROCESS, PROCESS_ERROR_THREAD},
             true,
             std::vector<Candidate>{
                 {ProgramKind::Fexit, ModeUse::Return, {{"task_error__fexit", {"kernel_clone", "_do_fork"}}}},
             } + KS_SYSCALL_EXIT_CANDIDATES("task_error", ModeUse::Return,
                                            {{"clone", PROCESS_SYS_CLONE},
                                             {"clone3", PROCESS_SYS_CLONE3},
                                             {"fork", PROCESS_SYS_FORK},
                                             {"vfork", PROCESS_SYS_FORK}},
                                            {}, "counts failed fork/vfork/clone/clone3 syscalls")
                 + std::vector<Candidate>{
                     {ProgramKind::Kretprobe,
                      ModeUse::Return,
                      {{"task_error__kprobe", {"kernel_clone", "_do_fork"}},
                       {"task_error__kretprobe", {"kernel_clone", "_do_fork"}}}},
                 }},
            {"task_exit",
             {PROCESS_TASK_EXIT},
             false,
             {
                 {ProgramKind::Fentry, ModeUse::Both, {{"task_exit__fentry", {"do_exit"}}}},
                 {ProgramKind::TpBtf, ModeUse::Both, {{"task_exit__tp_btf"}}},
                 {ProgramKind::RawTp, ModeUse::Both, {{"task_exit__raw_tp"}}},
                 {ProgramKind::Tracepoint, ModeUse::Both, {{"task_exit__tracepoint"}}},
                 {ProgramKind::Kprobe, ModeUse::Both, {{"task_exit__kprobe", {"do_exit"}}}},
             }},
            releaseHook("process", {PROCESS_TASK_CLOSE}),
        },
        {
            {"system.process_thread", "Start process", "calls/s", "eBPF", "Process",
             {{"process", "process", {{PROCESS_CREATE, 1}}}, {"thread", "thread", {{PROCESS_THREAD_CREATE, 1}}}}},
            {"system.exit", "Exit process", "calls/s", "eBPF", "Process",
             {{"process", "exit", {{PROCESS_TASK_EXIT, 1}}}, {"task", "released", {{PROCESS_TASK_CLOSE, 1}}}}},
            {"system.process_status", "Process not closed", "tasks", "eBPF", "Process",
             {{"process", "started - exited",
               {{PROCESS_CREATE, 1}, {PROCESS_THREAD_CREATE, 1}, {PROCESS_TASK_EXIT, -1}}, true},
              {"zombie", "zombie", {{PROCESS_TASK_EXIT, 1}, {PROCESS_TASK_CLOSE, -1}}, true}}},
            {"system.task_error", "Fails to create process", "calls/s", "eBPF", "Process",
             {{"process", "process", {{PROCESS_ERROR_PROCESS, 1}}}, {"thread", "thread", {{PROCESS_ERROR_THREAD, 1}}}},
             true},
        },
        {
            {"process_create", "process", "calls", {PROCESS_CREATE}},
            {"thread_create", "process", "calls", {PROCESS_THREAD_CREATE}},
            {"task_exit", "process", "calls", {PROCESS_TASK_EXIT}},
            {"task_close", "process", "calls", {PROCESS_TASK_CLOSE}},
            {"task_error", "process", "calls", {PROCESS_ERROR_PROCESS, PROCESS_ERROR_THREAD}, true},
        },
        true,
        openSkeleton<process_bpf>,
    };
    return descriptor;
}

}  // namespace kinsight::engine
