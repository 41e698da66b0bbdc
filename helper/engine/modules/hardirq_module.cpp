// The `hardirq` collector: handler time and runs per IRQ and per x86 vector.
#include "hook_builders.h"
#include "skeleton_object.h"

#include "hardirq.h"
#include "hardirq.skel.h"

#include <cstring>
#include <fstream>
#include <sstream>

namespace kinsight::engine {

namespace {

constexpr const char *kVectorNames[HARDIRQ_VECTORS] = {
    "apic_thermal",   "apic_threshold", "apic_error", "apic_deferred_error", "apic_spurious", "func_call",
    "func_call_single", "reschedule", "local_timer", "irq_work",          "x86_platform_ipi"};

// "<irq>_<name>" from /proc/interrupts, as Netdata names them (the number keeps
// two IRQs of one device apart).
std::string irqLabel(const void *key, size_t)
{
    uint32_t irq;
    std::memcpy(&irq, key, sizeof irq);
    if (irq >= KS_IRQ_VECTOR_BASE) {
        const uint32_t v = irq - KS_IRQ_VECTOR_BASE;
        return v < HARDIRQ_VECTORS ? kVectorNames[v] : "vector_" + std::to_string(v);
    }
    std::ifstream in("/proc/interrupts");
    std::string line;
    const std::string prefix = std::to_string(irq) + ":";
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string first, word, last;
        words >> first;
        if (first != prefix)
            continue;
        while (words >> word)
            last = word;
        return std::to_string(irq) + "_" + last;
    }
    return std::to_string(irq);
}

std::vector<Candidate> vectorCandidates()
{
    static const char *vectors[] = {"thermal_apic", "threshold_apic", "error_apic", "deferred_error_apic",
                                    "spurious_apic", "call_function", "call_function_single", "reschedule",
                                    "local_timer", "irq_work", "x86_platform_ipi"};
    std::vector<Candidate> out;
    for (auto [kind, suffix] : {std::pair{ProgramKind::TpBtf, "tp_btf"}, std::pair{ProgramKind::RawTp, "raw_tp"},
                                std::pair{ProgramKind::Tracepoint, "tracepoint"}}) {
        Candidate c{kind, ModeUse::Both, {}};
        // A vector that this kernel or CPU lacks (threshold_apic without MCE...) is skipped.
        for (const char *v : vectors) {
            const std::string base = std::string("vec_") + v;
            c.attachments.push_back({intern(base + "_entry__" + suffix), {}, true});
            c.attachments.push_back({intern(base + "_exit__" + suffix), {}, true});
        }
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace

const ModuleDescriptor &hardirqModule()
{
    static const ModuleDescriptor descriptor{
        "hardirq",
        "Time spent in hardware interrupt handlers, per IRQ and per x86 system vector",
        {
            {"hardirq_runs", "calls", "interrupt handler runs, all IRQs and vectors"},
            {"hardirq_time_ns", "ns", "time in interrupt handlers"},
        },
        {
            {"irq",
             {HARDIRQ_COUNT, HARDIRQ_TIME_NS},
             false,
             {
                 {ProgramKind::TpBtf, ModeUse::Both, {{"irq_entry__tp_btf"}, {"irq_exit__tp_btf"}}},
                 {ProgramKind::RawTp, ModeUse::Both, {{"irq_entry__raw_tp"}, {"irq_exit__raw_tp"}}},
                 {ProgramKind::Tracepoint, ModeUse::Both, {{"irq_entry__tracepoint"}, {"irq_exit__tracepoint"}}},
             }},
            {"vectors", {}, false, vectorCandidates()},
        },
        {},
        {},
        true,
        openSkeleton<hardirq_bpf>,
        {
            {"hardirq_by_irq",
             "irq",
             {{"runs", "calls", "handler runs"}, {"time", "ns", "time in the handler"}},
             irqLabel,
             {
                 {KeyedChartDef::Layout::DimensionPerKey, "system.hardirq_latency", "Hardware IRQ latency",
                  "milliseconds", "System Overview", "Interrupts", 1, 1e-6},
                 {KeyedChartDef::Layout::DimensionPerKey, "system.hardirq_calls", "Hardware IRQ handler runs",
                  "calls/s", "System Overview", "Interrupts", 0, 1.0},
             }},
        },
    };
    return descriptor;
}

}  // namespace kinsight::engine
