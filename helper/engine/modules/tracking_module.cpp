// The engine's tracking object: not a collector, but loaded with the same
// attach strategy. Its "trees" hooks keep the shared `tracked` map (inspected
// process trees); its "cgroups" hook adds new descendants of inspected cgroups
// to the shared ks_cgroup_filter. The engine switches off the half it does not use.
#include "hook_builders.h"

#include "tracking.skel.h"

namespace kinsight::engine {

namespace {

Hook treeRelease()
{
    Hook h = releaseHook("tracking", {});
    h.switchKey = "trees";
    return h;
}

}  // namespace

const ModuleDescriptor &trackingModule()
{
    static const ModuleDescriptor descriptor{
        "tracking",
        "Follows inspected process trees across fork, exec and release, and inspected cgroups across mkdir",
        {},
        {
            {"newtask",
             {},
             false,
             {
                 {ProgramKind::TpBtf, ModeUse::Both, {{"tracking_newtask__tp_btf"}}},
                 {ProgramKind::RawTp, ModeUse::Both, {{"tracking_newtask__raw_tp"}}},
                 {ProgramKind::Tracepoint, ModeUse::Both, {{"tracking_newtask__tracepoint"}}},
             },
             "trees"},
            {"exec",
             {},
             false,
             {
                 {ProgramKind::TpBtf, ModeUse::Both, {{"tracking_exec__tp_btf"}}},
                 {ProgramKind::RawTp, ModeUse::Both, {{"tracking_exec__raw_tp"}}},
                 {ProgramKind::Tracepoint, ModeUse::Both, {{"tracking_exec__tracepoint"}}},
             },
             "trees"},
            treeRelease(),
            // The classic cgroup_mkdir record has no parent: without BTF-typed
            // tracepoints the engine's walk of each inspected subtree adds new cgroups.
            {"cgroups",
             {},
             false,
             {
                 {ProgramKind::TpBtf,
                  ModeUse::Both,
                  {{"tracking_cgroup_mkdir__tp_btf"}, {"tracking_cgroup_rmdir__tp_btf"}}},
                 {ProgramKind::RawTp,
                  ModeUse::Both,
                  {{"tracking_cgroup_mkdir__raw_tp"}, {"tracking_cgroup_rmdir__raw_tp"}}},
             },
             "cgroups"},
        },
        {},
        {},
        true,
        [] {
            tracking_bpf *skel = tracking_bpf::open();
            if (!skel)
                return OpenedObject{};
            return OpenedObject{skel->obj, [skel](const ks_config &config) { skel->rodata->ks_cfg = config; },
                                [skel] { tracking_bpf::destroy(skel); }};
        },
        {},
        {
            {"tracking", "trees", "follow inspected process trees"},
            {"tracking", "cgroups", "follow cgroups created below inspected cgroups"},
        },
    };
    return descriptor;
}

}  // namespace kinsight::engine
