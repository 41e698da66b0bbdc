// The `softirq` collector: time and runs per software interrupt vector.
#include "hook_builders.h"
#include "skeleton_object.h"

#include "softirq.h"
#include "softirq.skel.h"

#include <cstring>

namespace kinsight::engine {

namespace {
// The kernel's softirq vectors, in its order; Netdata's dimension names.
constexpr const char *kVectors[KS_SOFTIRQ_VECTORS] = {"HI",      "TIMER",   "NET_TX", "NET_RX",  "BLOCK",
                                                      "IRQ_POLL", "TASKLET", "SCHED",  "HRTIMER", "RCU"};

std::string vectorLabel(const void *key, size_t)
{
    uint32_t vec;
    std::memcpy(&vec, key, sizeof vec);
    return vec < KS_SOFTIRQ_VECTORS ? kVectors[vec] : "vector_" + std::to_string(vec);
}
}  // namespace

const ModuleDescriptor &softirqModule()
{
    static const ModuleDescriptor descriptor{
        "softirq",
        "Time spent in software interrupts, per vector (timer, network, block, RCU...)",
        {
            {"softirq_time_ns", "ns", "time in software interrupts, all vectors"},
            {"softirq_runs", "calls", "software interrupt runs, all vectors"},
        },
        {
            {"softirq",
             {SOFTIRQ_TIME_NS, SOFTIRQ_COUNT},
             false,
             {
                 {ProgramKind::TpBtf, ModeUse::Both, {{"softirq_entry__tp_btf"}, {"softirq_exit__tp_btf"}}},
                 {ProgramKind::RawTp, ModeUse::Both, {{"softirq_entry__raw_tp"}, {"softirq_exit__raw_tp"}}},
                 {ProgramKind::Tracepoint, ModeUse::Both, {{"softirq_entry__tracepoint"}, {"softirq_exit__tracepoint"}}},
             }},
        },
        {},
        {},
        true,
        openSkeleton<softirq_bpf>,
        {
            {"softirq_by_vector",
             "vector",
             {{"time", "ns", "time in the vector"}, {"runs", "calls", "runs of the vector"}},
             vectorLabel,
             {
                 // Nanoseconds of softirq time per second, drawn as milliseconds like Netdata.
                 {KeyedChartDef::Layout::DimensionPerKey, "system.softirq_latency", "Software IRQ latency",
                  "milliseconds", "System Overview", "Softirqs", 0, 1e-6},
                 {KeyedChartDef::Layout::DimensionPerKey, "system.softirq_calls", "Software IRQ runs", "calls/s",
                  "System Overview", "Softirqs", 1, 1.0},
             }},
        },
    };
    return descriptor;
}

}  // namespace kinsight::engine
