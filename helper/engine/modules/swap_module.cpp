// The `swap` collector: folios read from and written to swap.
#include "hook_builders.h"
#include "skeleton_object.h"

#include "swap.h"
#include "swap.skel.h"

namespace kinsight::engine {

namespace {
// swap_readpage became swap_read_folio (6.8), swap_writepage swap_writeout (by 6.18,
// which also skips the I/O of zero-filled folios; __swap_writepage, the I/O half
// that Netdata hooks there, would not count those).
const std::vector<std::string_view> kReadFunctions = {"swap_read_folio", "swap_readpage"};
const std::vector<std::string_view> kWriteFunctions = {"swap_writeout", "swap_writepage", "__swap_writepage"};

constexpr std::string_view kWriteTracepointNote =
    "counts swap-backed folios that reclaim wrote (vmscan:mm_vmscan_write_folio), i.e. swap_writeout calls "
    "from reclaim; zswap writeback is not seen";
}  // namespace

const ModuleDescriptor &swapModule()
{
    static const ModuleDescriptor descriptor{
        "swap",
        "Folios read from and written to swap, for the process doing the I/O",
        {
            {"swap_read_call", "calls", "swap_read_folio (swap_readpage) calls: folios read from swap"},
            {"swap_write_call", "calls", "swap_writeout (swap_writepage) calls: folios written to swap"},
        },
        {
            {"read",
             {SWAP_READ},
             false,
             {
                 {ProgramKind::Fentry, ModeUse::Both, {{"read__fentry", kReadFunctions}}},
                 {ProgramKind::Kprobe, ModeUse::Both, {{"read__kprobe", kReadFunctions}}},
                 {ProgramKind::Tracepoint, ModeUse::Both, {}, {},
                  {{SWAP_READ, "no tracepoint reports reads from swap; they need trampoline or probe mode "
                               "(swap_read_folio)"}}},
             }},
            {"write",
             {SWAP_WRITE},
             false,
             {
                 {ProgramKind::Fentry, ModeUse::Both, {{"write__fentry", kWriteFunctions}}},
                 {ProgramKind::TpBtf, ModeUse::Both, {{"write__tp_btf"}}, {}, {}, kWriteTracepointNote},
                 {ProgramKind::RawTp, ModeUse::Both, {{"write__raw_tp"}}, {}, {}, kWriteTracepointNote},
                 {ProgramKind::Tracepoint, ModeUse::Both, {{"write__tracepoint"}}, {}, {}, kWriteTracepointNote},
                 {ProgramKind::Kprobe, ModeUse::Both, {{"write__kprobe", kWriteFunctions}}},
             }},
            releaseHook("swap", {}),
        },
        {
            {"mem.swapcalls", "Calls to access swap memory", "calls/s", "System Overview", "Swap",
             {{"write", "write", {{SWAP_WRITE, 1}}}, {"read", "read", {{SWAP_READ, 1}}}}},
        },
        {
            {"swap_read_call", "swap", "calls", {SWAP_READ}},
            {"swap_write_call", "swap", "calls", {SWAP_WRITE}},
        },
        false,  // off by default, as in Netdata's stock configuration
        openSkeleton<swap_bpf>,
    };
    return descriptor;
}

}  // namespace kinsight::engine
