// The `disk` collector: block request latency per disk, Netdata's disk.latency_io.
#include "hook_builders.h"
#include "kernel_features.h"

#include "disk.h"
#include "disk.skel.h"

#include <cstring>
#include <fstream>

namespace kinsight::engine {

namespace {

// The disk's kernel name (DEVNAME of /sys/dev/block/MAJ:MIN/uevent: "vda",
// "nvme0n1"), or "MAJ:MIN" for a disk without one there (a hidden multipath path).
std::string diskLabel(const void *key, size_t)
{
    uint32_t dev;
    std::memcpy(&dev, key, sizeof dev);
    const std::string majMin = std::to_string(dev >> 20) + ":" + std::to_string(dev & 0xfffff);
    std::ifstream uevent("/sys/dev/block/" + majMin + "/uevent");
    std::string line;
    while (std::getline(uevent, line))
        if (line.rfind("DEVNAME=", 0) == 0 && line.size() > 8)
            return line.substr(8);
    return majMin;
}

OpenedObject openDisk()
{
    disk_bpf *skel = disk_bpf::open();
    if (!skel)
        return {};
    return OpenedObject{
        skel->obj,
        [skel](const ks_config &config) {
            skel->rodata->ks_cfg = config;
            // block_rq_issue(q, rq) before 5.11, block_rq_issue(rq) since.
            const auto args = KernelFeatures::instance().rawTracepointArguments("block_rq_issue");
            skel->rodata->issue_rq_index = args && *args >= 2 ? 1 : 0;
        },
        [skel] { disk_bpf::destroy(skel); },
    };
}

constexpr std::string_view kClassicNote =
    "classic records carry no request, so requests are matched by (device, sector): two in flight to the same "
    "sector of a disk would be taken for one another";

}  // namespace

const ModuleDescriptor &diskModule()
{
    static const ModuleDescriptor descriptor{
        "disk",
        "Block request latency per disk, from issue to the driver to completion",
        {
            {"disk_requests_timed", "calls", "completed block requests whose issue was seen (the histograms' calls)"},
            {"disk_requests_untimed", "calls",
             "completions whose issue was not seen (issued before the collector attached, or the later parts of a "
             "request completed in parts); never timed"},
        },
        {
            // Issue and completion must match the same way: one hook, both programs per variant.
            {"requests",
             {DISK_TIMED, DISK_UNTIMED},
             false,
             {
                 {ProgramKind::TpBtf, ModeUse::Both, {{"issue__tp_btf"}, {"complete__tp_btf"}}},
                 {ProgramKind::RawTp, ModeUse::Both, {{"issue__raw_tp"}, {"complete__raw_tp"}}},
                 {ProgramKind::Tracepoint, ModeUse::Both, {{"issue__tracepoint"}, {"complete__tracepoint"}}, {}, {},
                  kClassicNote},
             }},
        },
        {},
        {},
        false,  // off by default, as in Netdata's stock configuration
        openDisk,
        {
            {"disk_latency",
             "disk",
             latencyBinValues("block requests"),
             diskLabel,
             {
                 {KeyedChartDef::Layout::ChartPerKey, "disk_latency_io.{key}", "Disk latency of {key}", "calls/s",
                  "Disk", "{key}"},
             }},
        },
    };
    return descriptor;
}

}  // namespace kinsight::engine
