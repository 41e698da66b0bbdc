// Hooks and candidates that several collectors declare the same way.
#pragma once

#include "../module_descriptor.h"
#include "kinsight_abi.h"

#include <utility>

namespace kinsight::engine {

// The release of a task: release_task where a trampoline or kprobe can reach it,
// else the sched_process_free tracepoint that follows it (and, for modules that
// count releases, each thread's exit, since threads reap themselves and their
// RCU-delayed frees can come after their leader's). Every module has one,
// because that is where its per-process rows are freed. `prefix` is the
// KS_RELEASE_PROGRAMS prefix of the .bpf.c.
Hook releaseHook(std::string_view prefix, std::vector<int> counters);

// The three tracepoint variants of a module's sys_exit dispatch program: tp_btf and
// raw_tp see every syscall exit once; the classic program is attached to each
// syscalls:sys_exit_<name> of the list.
std::vector<Candidate> syscallExitCandidates(std::string_view tpBtf, std::string_view rawTp,
                                             std::string_view classic, ModeUse modes,
                                             std::vector<SyscallAction> syscalls,
                                             std::vector<UnavailableCounter> unavailable = {},
                                             std::string_view note = {});

#define KS_SYSCALL_EXIT_CANDIDATES(prefix, ...)                                                 \
    ::kinsight::engine::syscallExitCandidates(prefix "_sys_exit__tp_btf", prefix "_sys_exit__raw_tp", \
                                              prefix "_sys_exit__tracepoint", __VA_ARGS__)

// Keeps a computed name alive as long as the descriptors.
std::string_view intern(std::string text);

// The values of a latency histogram table (latency.h): one per bin, named as
// Netdata names them ("0us->1us", ..., "512us->1ms", ..., "4s->+Inf"), which is
// what makes clients draw and export the table as a histogram.
std::vector<CounterDef> latencyBinValues(std::string_view what);

// Appends `more` to `list` (to splice the dispatch variants into a hook's list).
inline std::vector<Candidate> operator+(std::vector<Candidate> list, std::vector<Candidate> more)
{
    for (auto &c : more)
        list.push_back(std::move(c));
    return list;
}

}  // namespace kinsight::engine
