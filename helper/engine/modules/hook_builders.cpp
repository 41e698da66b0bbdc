#include "hook_builders.h"

#include "latency.h"

#include <string>
#include <unordered_set>

namespace kinsight::engine {

std::string_view intern(std::string text)
{
    static std::unordered_set<std::string> pool;
    return *pool.insert(std::move(text)).first;
}

std::vector<CounterDef> latencyBinValues(std::string_view what)
{
    // Whole units, the largest that the bound reaches, as Netdata writes them.
    auto bound = [](uint64_t us) {
        if (us >= 1000000)
            return std::to_string(us / 1000000) + "s";
        if (us >= 1000)
            return std::to_string(us / 1000) + "ms";
        return std::to_string(us) + "us";
    };
    std::vector<CounterDef> bins;
    for (int i = 0; i < KS_LATENCY_BINS; ++i) {
        const uint64_t lower = i == 0 ? 0 : uint64_t(1) << (i - 1);
        const bool last = i == KS_LATENCY_BINS - 1;
        const std::string range = last ? "at least " + std::to_string(lower) + " us"
                                       : std::to_string(lower) + " to " + std::to_string(uint64_t(1) << i) + " us";
        bins.push_back({intern(bound(lower) + "->" + (last ? "+Inf" : bound(uint64_t(1) << i))), "calls",
                        intern(std::string(what) + " that took " + range)});
    }
    return bins;
}

Hook releaseHook(std::string_view prefix, std::vector<int> counters)
{
    const std::string p(prefix);
    const bool countsReleases = !counters.empty();
    auto tracepointVariant = [&](ProgramKind kind, const char *suffix) {
        Candidate c{kind, ModeUse::Both, {{intern(p + "_release__" + suffix)}}};
        if (countsReleases) {
            c.attachments.push_back({intern(p + "_release_thread__" + suffix)});
            c.note = "a process's release is taken at sched_process_free (one RCU grace period after "
                     "release_task), a thread's at its exit (threads reap themselves)";
        }
        return c;
    };
    return Hook{
        "release",
        std::move(counters),
        false,
        {
            {ProgramKind::Fentry, ModeUse::Both, {{intern(p + "_release__fentry"), {"release_task"}}}},
            tracepointVariant(ProgramKind::TpBtf, "tp_btf"),
            tracepointVariant(ProgramKind::RawTp, "raw_tp"),
            tracepointVariant(ProgramKind::Tracepoint, "tracepoint"),
            {ProgramKind::Kprobe, ModeUse::Both, {{intern(p + "_release__kprobe"), {"release_task"}}}},
        },
    };
}

std::vector<Candidate> syscallExitCandidates(std::string_view tpBtf, std::string_view rawTp,
                                             std::string_view classic, ModeUse modes,
                                             std::vector<SyscallAction> syscalls,
                                             std::vector<UnavailableCounter> unavailable,
                                             std::string_view note)
{
    std::vector<Attachment> perSyscall;
    for (const auto &s : syscalls)
        perSyscall.push_back({classic, {intern("syscalls/sys_exit_" + std::string(s.syscall))}, true});
    return {
        {ProgramKind::TpBtf, modes, {{tpBtf}}, syscalls, unavailable, note},
        {ProgramKind::RawTp, modes, {{rawTp}}, syscalls, unavailable, note},
        {ProgramKind::Tracepoint, modes, perSyscall, syscalls, unavailable, note},
    };
}

}  // namespace kinsight::engine
