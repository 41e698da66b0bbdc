// The `mdflush` collector: flushes reaching md software RAID devices, per device.
#include "hook_builders.h"
#include "kernel_features.h"
#include "skeleton_object.h"

#include "mdflush.h"
#include "mdflush.skel.h"

#include <cstring>

namespace kinsight::engine {

namespace {

// Netdata's dimension: md<minor>.
std::string mdLabel(const void *key, size_t)
{
    uint32_t minor;
    std::memcpy(&minor, key, sizeof minor);
    return "md" + std::to_string(minor);
}

// md_flush_request lives in the md driver, a module on most distributions: without
// it there is nothing to hook, whatever the attach mode (Netdata's thread exits too).
std::string mdDriverAbsent()
{
    if (KernelFeatures::instance().kallsymsHas("md_flush_request"))
        return {};
    return "md_flush_request is not in this kernel: the md (software RAID) driver is not loaded (module md_mod) "
           "or not built";
}

}  // namespace

const ModuleDescriptor &mdflushModule()
{
    static const ModuleDescriptor descriptor{
        "mdflush",
        "Flush requests reaching md software RAID devices, per device",
        {
            {"mdflush_calls", "flushes", "md_flush_request calls, all md devices"},
        },
        {
            {"flush",
             {MDFLUSH_CALLS},
             false,
             {
                 {ProgramKind::Fentry, ModeUse::Both, {{"flush__fentry", {"md_flush_request"}}}},
                 {ProgramKind::Kprobe, ModeUse::Both, {{"flush__kprobe", {"md_flush_request"}}}},
             },
             {},
             mdDriverAbsent},
        },
        {},
        {},
        false,  // off by default, as in Netdata's stock configuration
        openSkeleton<mdflush_bpf>,
        {
            {"mdflush_by_minor",
             "md",
             {{"flushes", "flushes", "md_flush_request calls"}},
             mdLabel,
             {
                 {KeyedChartDef::Layout::DimensionPerKey, "mdstat.mdstat_flush", "MD flushes", "flushes/s",
                  "MD flush", "Flush", 0},
             }},
        },
    };
    return descriptor;
}

}  // namespace kinsight::engine
