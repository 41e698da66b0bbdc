// The `oomkill` collector: OOM kills, for the killed process. Unlike Netdata's,
// it needs no apps integration and also draws a system-wide chart.
#include "hook_builders.h"
#include "skeleton_object.h"

#include "oomkill.h"
#include "oomkill.skel.h"

namespace kinsight::engine {

const ModuleDescriptor &oomkillModule()
{
    // The tracepoint is the stable interface and as cheap as a trampoline, so it
    // comes first; the function hooks serve kernels without it and the
    // trampoline and probe attach modes.
    static const ModuleDescriptor descriptor{
        "oomkill",
        "Processes killed by the out-of-memory killer, counted for the victim",
        {
            {"oomkills", "kills", "processes chosen as OOM victims (oom:mark_victim)"},
        },
        {
            {"kill",
             {OOMKILL_KILLS},
             false,
             {
                 {ProgramKind::TpBtf, ModeUse::Both, {{"kill__tp_btf"}}},
                 {ProgramKind::RawTp, ModeUse::Both, {{"kill__raw_tp"}}},
                 {ProgramKind::Tracepoint, ModeUse::Both, {{"kill__tracepoint"}}, {}, {},
                  "the record names the victim thread, taken as its process (the group leader unless it "
                  "already exited); a victim's cgroup is known only when the victim invoked the OOM killer"},
                 {ProgramKind::Fentry, ModeUse::Both, {{"kill__fentry", {"mark_oom_victim"}}}},
                 {ProgramKind::Kprobe, ModeUse::Both, {{"kill__kprobe", {"mark_oom_victim"}}}},
             }},
            releaseHook("oomkill", {}),
        },
        {
            {"mem.oom_kill", "Out of memory kills", "kills/s", "Memory", "OOM kills",
             {{"kills", "kills", {{OOMKILL_KILLS, 1}}}}},
        },
        {
            {"oomkills", "mem", "kills", {OOMKILL_KILLS}},
        },
        true,
        openSkeleton<oomkill_bpf>,
    };
    return descriptor;
}

}  // namespace kinsight::engine
