// The `dcstat` collector: directory-cache (dentry cache) lookups, Netdata's way.
//
// Per application there is no `dc_hit_ratio`: a per-application metric is a sum
// of counters, and a ratio is not one. It follows from two that are there:
// 100 x (dc_reference - dc_not_found) / dc_reference, over the same interval or
// the same totals.
#include "hook_builders.h"
#include "skeleton_object.h"

#include "dcstat.h"
#include "dcstat.skel.h"

namespace kinsight::engine {

namespace {
constexpr std::string_view kNoTracepoint =
    "no tracepoint in the path walk: lookup_fast and d_lookup need trampoline or probe mode";
}

const ModuleDescriptor &dcstatModule()
{
    static const ModuleDescriptor descriptor{
        "dcstat",
        "Directory cache: path components looked up, lookups that took the slow path, names not found",
        {
            {"dc_reference", "lookups", "lookup_fast calls: path components looked up in the dentry cache"},
            {"dc_not_cache", "lookups", "d_lookup calls: locked dentry hash lookups (slow path)"},
            {"dc_not_found", "lookups", "d_lookup calls that found no dentry"},
        },
        {
            {"reference",
             {DCSTAT_REFERENCE},
             false,
             {
                 {ProgramKind::Fentry, ModeUse::Both, {{"reference__fentry", {"lookup_fast"}}}},
                 {ProgramKind::Kprobe, ModeUse::Both, {{"reference__kprobe", {"lookup_fast"}}}},
                 {ProgramKind::Tracepoint, ModeUse::Both, {}, {}, {{DCSTAT_REFERENCE, kNoTracepoint}}},
             }},
            // Misses are not errors: even entry mode hooks the return, as Netdata does.
            {"slow",
             {DCSTAT_SLOW, DCSTAT_MISS},
             false,
             {
                 {ProgramKind::Fexit, ModeUse::Both, {{"slow__fexit", {"d_lookup"}}}},
                 {ProgramKind::Kretprobe, ModeUse::Both, {{"slow__kretprobe", {"d_lookup"}}}},
                 {ProgramKind::Tracepoint, ModeUse::Both, {}, {},
                  {{DCSTAT_SLOW, kNoTracepoint}, {DCSTAT_MISS, kNoTracepoint}}},
             }},
            releaseHook("dcstat", {}),
        },
        {
            // Netdata's ratio, (reference - miss) / reference. d_lookup also has callers
            // outside path walks, so an interval can show less than 0 %.
            {"filesystem.dc_hit_ratio", "Percentage of files inside directory cache", "%", "Filesystem",
             "Directory cache",
             {{"ratio", "ratio", {{DCSTAT_REFERENCE, 1}, {DCSTAT_MISS, -1}}, false, {{DCSTAT_REFERENCE, 1}}}}},
            {"filesystem.dc_reference", "Variables used to calculate hit ratio", "lookups/s", "Filesystem",
             "Directory cache",
             {{"reference", "reference", {{DCSTAT_REFERENCE, 1}}},
              {"slow", "slow", {{DCSTAT_SLOW, 1}}},
              {"miss", "miss", {{DCSTAT_MISS, 1}}}}},
        },
        {
            {"dc_reference", "directory cache", "lookups", {DCSTAT_REFERENCE}},
            {"dc_not_cache", "directory cache", "lookups", {DCSTAT_SLOW}},
            {"dc_not_found", "directory cache", "lookups", {DCSTAT_MISS}},
        },
        false,  // lookup_fast runs for every path component: off by default, as in Netdata
        openSkeleton<dcstat_bpf>,
    };
    return descriptor;
}

}  // namespace kinsight::engine
