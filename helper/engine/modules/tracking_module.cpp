// The engine's tree-tracking object: not a collector, but loaded with the same
// attach strategy. Its hooks keep the shared `tracked` map.
#include "hook_builders.h"

#include "tracking.skel.h"

namespace kinsight::engine {

const ModuleDescriptor &trackingModule()
{
    static const ModuleDescriptor descriptor{
        "tracking",
        "Follows inspected process trees across fork, exec and release",
        {},
        {
            {"newtask",
             {},
             false,
             {
                 {ProgramKind::TpBtf, ModeUse::Both, {{"tracking_newtask__tp_btf"}}},
                 {ProgramKind::RawTp, ModeUse::Both, {{"tracking_newtask__raw_tp"}}},
                 {ProgramKind::Tracepoint, ModeUse::Both, {{"tracking_newtask__tracepoint"}}},
             }},
            {"exec",
             {},
             false,
             {
                 {ProgramKind::TpBtf, ModeUse::Both, {{"tracking_exec__tp_btf"}}},
                 {ProgramKind::RawTp, ModeUse::Both, {{"tracking_exec__raw_tp"}}},
                 {ProgramKind::Tracepoint, ModeUse::Both, {{"tracking_exec__tracepoint"}}},
             }},
            releaseHook("tracking", {}),
        },
        {},
        {},
        true,
        [] {
            tracking_bpf *skel = tracking_bpf::open();
            if (!skel)
                return OpenedObject{};
            return OpenedObject{skel->obj, [](const ks_config &) {}, [skel] { tracking_bpf::destroy(skel); }};
        },
    };
    return descriptor;
}

}  // namespace kinsight::engine
