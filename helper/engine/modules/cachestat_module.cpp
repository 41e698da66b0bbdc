// The `cachestat` collector: page-cache hits, misses and dirtied pages. See
// cachestat.bpf.c for how each event is classified and why not as bcc does.
//
// Per application there is no `cachestat_ratio`: a per-application metric is a
// sum of counters, and a ratio is not one. It follows from two that are there:
// 100 x cachestat_hits / (cachestat_hits + cachestat_misses), over the same
// interval or the same totals, as the system-wide chart computes it.
#include "hook_builders.h"
#include "skeleton_object.h"

#include "cachestat.h"
#include "cachestat.skel.h"

namespace kinsight::engine {

namespace {
constexpr std::string_view kMissNote =
    "a page added during write, pwrite64, writev, pwritev or pwritev2 is created by the write and is no miss "
    "(nor is the rest of a page that a partial write reads in); pages added by faults, readahead and every "
    "other syscall (sendfile, splice, copy_file_range, io_uring) are";

Attachment dirtyEvent(std::string_view program, std::string_view event)
{
    return {program, {event}, true};
}
}  // namespace

const ModuleDescriptor &cachestatModule()
{
    static const ModuleDescriptor descriptor{
        "cachestat",
        "Page cache: hits, misses (pages read in) and pages dirtied",
        {
            {"cachestat_hits", "accesses",
             "accesses to page-cache folios (folio_mark_accessed), less the first access to each folio a miss "
             "brought in"},
            {"cachestat_misses", "pages", "pages added to the page cache other than by a write syscall"},
            {"cachestat_dirties", "pages", "pages that turned dirty"},
        },
        {
            {"access",
             {CACHESTAT_HITS},
             false,
             {
                 {ProgramKind::Fentry, ModeUse::Both, {{"access__fentry", {"folio_mark_accessed"}}}},
                 {ProgramKind::Kprobe, ModeUse::Both, {{"access__kprobe", {"folio_mark_accessed"}}}},
                 {ProgramKind::Tracepoint, ModeUse::Both, {}, {},
                  {{CACHESTAT_HITS, "no tracepoint reports page-cache accesses: hits, and with them the hit ratio, "
                                    "need trampoline or probe mode (folio_mark_accessed)"}}},
             }},
            {"add",
             {CACHESTAT_MISSES},
             false,
             {
                 {ProgramKind::TpBtf, ModeUse::Both, {{"add__tp_btf"}}, {}, {}, kMissNote},
                 {ProgramKind::RawTp, ModeUse::Both, {{"add__raw_tp"}}, {}, {}, kMissNote},
                 {ProgramKind::Tracepoint, ModeUse::Both, {{"add__tracepoint"}}, {}, {}, kMissNote},
             }},
            {"dirty",
             {CACHESTAT_DIRTIED},
             false,
             {
                 {ProgramKind::TpBtf, ModeUse::Both,
                  {{"dirty__tp_btf", {}, true}, {"dirty_page__tp_btf", {}, true}}},
                 {ProgramKind::RawTp, ModeUse::Both,
                  {{"dirty__raw_tp", {}, true}, {"dirty_page__raw_tp", {}, true}}},
                 {ProgramKind::Tracepoint, ModeUse::Both,
                  {dirtyEvent("dirty__tracepoint", "writeback/writeback_dirty_folio"),
                   dirtyEvent("dirty__tracepoint", "writeback/writeback_dirty_page")},
                  {}, {}, "the classic record has no folio size: counts folios, which are pages unless large"},
             }},
            releaseHook("cachestat", {}),
        },
        {
            {"mem.cachestat_ratio", "Page cache hit ratio", "%", "Memory", "Page cache",
             {{"ratio", "ratio", {{CACHESTAT_HITS, 1}}, false, {{CACHESTAT_HITS, 1}, {CACHESTAT_MISSES, 1}}}}},
            {"mem.cachestat_dirties", "Pages dirtied", "pages/s", "Memory", "Page cache",
             {{"dirty", "dirty", {{CACHESTAT_DIRTIED, 1}}}}},
            {"mem.cachestat_hits", "Page cache hits", "hits/s", "Memory", "Page cache",
             {{"hit", "hit", {{CACHESTAT_HITS, 1}}}}},
            {"mem.cachestat_misses", "Page cache misses (pages read in)", "misses/s", "Memory", "Page cache",
             {{"miss", "miss", {{CACHESTAT_MISSES, 1}}}}},
        },
        {
            {"cachestat_dirties", "page cache", "pages", {CACHESTAT_DIRTIED}},
            {"cachestat_hits", "page cache", "accesses", {CACHESTAT_HITS}},
            {"cachestat_misses", "page cache", "pages", {CACHESTAT_MISSES}},
        },
        false,  // folio_mark_accessed runs on every cached read: off by default, as in Netdata
        openSkeleton<cachestat_bpf>,
    };
    return descriptor;
}

}  // namespace kinsight::engine
