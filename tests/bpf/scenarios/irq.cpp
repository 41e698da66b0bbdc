// irq: while ks-workload-fs writes and fsyncs a file (disk interrupts) and
// spins with short sleeps (timer interrupts, softirqs), the hardirq and softirq
// collectors must see handler time: some device IRQ, the local timer vector
// and some softirq vector with runs and time > 0 between the reads before and
// after the workload. Names come from the kernel: a device IRQ is
// "<irq>_<name>" of its /proc/interrupts line, vectors are the kernel's. The
// runs cannot exceed what /proc/interrupts and /proc/softirqs counted over a
// window that encloses both reads (plus one handler in flight per CPU at each
// end): a double count would.
#include "scenario.h"

#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace kinsight::exactness {
namespace {

struct ProcIrq {
    long count = 0;    // all CPUs
    long actions = 0;  // handlers on the line (a shared IRQ runs each)
    std::string name;  // last word: Netdata's name
};

constexpr long kTmpfsMagic = 0x01021994;

// "<irq or symbol>" -> counts of /proc/interrupts (IRQ lines and x86 vectors).
std::map<std::string, ProcIrq> readInterrupts()
{
    std::map<std::string, ProcIrq> out;
    std::ifstream in("/proc/interrupts");
    std::string line;
    std::getline(in, line);
    std::istringstream header(line);
    int cpus = 0;
    for (std::string w; header >> w;)
        ++cpus;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string key, w;
        words >> key;
        key.pop_back();  // the colon
        ProcIrq irq;
        for (int i = 0; i < cpus && words >> w; ++i)
            irq.count += std::strtol(w.c_str(), nullptr, 10);
        std::string rest, last;
        std::getline(words, rest);
        std::istringstream tail(rest);
        while (tail >> w)
            last = w;
        irq.name = last;
        irq.actions = 1;
        for (size_t at = 0; (at = rest.find(", ", at)) != std::string::npos; at += 2)
            ++irq.actions;
        out[key] = irq;
    }
    return out;
}

// Vector name -> runs, from /proc/softirqs.
std::map<std::string, long> readSoftirqs()
{
    std::map<std::string, long> out;
    std::ifstream in("/proc/softirqs");
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string key, w;
        words >> key;
        key.pop_back();
        long sum = 0;
        while (words >> w)
            sum += std::strtol(w.c_str(), nullptr, 10);
        out[key] = sum;
    }
    return out;
}

std::map<std::string, ProcIrq> irqBefore;
std::map<std::string, long> softBefore;
std::string base;

bool prepare(const std::string &dir)
{
    // Disk interrupts need a disk: not tmpfs.
    struct statfs fs {};
    base = dir;
    if (statfs(dir.c_str(), &fs) == 0 && long(fs.f_type) == kTmpfsMagic) {
        const char *scratch = std::getenv("KS_SCRATCH_DIR");
        if (scratch && *scratch) {
            base = std::string(scratch) + "/ks-irq";
            mkdir(base.c_str(), 0755);
        }
    }
    irqBefore = readInterrupts();
    softBefore = readSoftirqs();
    return !irqBefore.empty() && !softBefore.empty();
}

long delta(const engine::KeyedRow *after, const engine::KeyedRow *before, size_t value)
{
    const long a = after && value < after->values.size() ? long(after->values[value]) : 0;
    const long b = before && value < before->values.size() ? long(before->values[value]) : 0;
    return a - b;
}

std::vector<Check> check(const SystemContext &c)
{
    if (!c.engine)
        return {{"irq_modules", false, c.engineError}};
    const auto irqAfter = readInterrupts();
    const auto softAfter = readSoftirqs();
    const long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    std::vector<Check> checks;

    // hardirq: values {runs, time ns}.
    const engine::ModuleSnapshot *hard = c.module(*c.after, "hardirq");
    std::string bad, busiest, timerDetail = "no local_timer row";
    long busiestRuns = 0, busiestTime = 0, busiestBound = 0;
    bool timerOk = false;
    if (hard && hard->keyed.count("irq"))
        for (const auto &row : hard->keyed.at("irq")) {
            const engine::KeyedRow *old = c.row(*c.before, "hardirq", "irq", row.label);
            const long runs = delta(&row, old, 0), time = delta(&row, old, 1);
            if (row.label == "local_timer") {
                const long proc = irqAfter.count("LOC") ? irqAfter.at("LOC").count - irqBefore["LOC"].count : -1;
                timerOk = runs > 0 && time > 0 && runs <= proc + 2 * cpus;
                timerDetail = "runs " + std::to_string(runs) + " (LOC counted " + std::to_string(proc) + "), "
                              + std::to_string(time) + " ns";
                continue;
            }
            const size_t cut = row.label.find('_');
            const std::string irq = row.label.substr(0, cut);
            if (irq.empty() || irq.find_first_not_of("0123456789") != std::string::npos)
                continue;  // another x86 vector
            auto now = irqAfter.find(irq);
            if (now == irqAfter.end() || cut == std::string::npos || row.label.substr(cut + 1) != now->second.name) {
                bad += " " + row.label + (now == irqAfter.end() ? "(gone)" : "(is " + now->second.name + ")");
                continue;
            }
            if (runs > busiestRuns && time > 0) {
                busiestRuns = runs;
                busiestTime = time;
                busiest = row.label;
                busiestBound = (now->second.count - irqBefore[irq].count) * now->second.actions + 2 * cpus;
            }
        }
    checks.push_back({"hardirq_names", bad.empty(), bad.empty() ? "every IRQ named as /proc/interrupts names it"
                                                                : "misnamed:" + bad});
    checks.push_back({"hardirq_device_time", busiestRuns > 0 && busiestTime > 0 && busiestRuns <= busiestBound,
                      busiest.empty() ? "no device IRQ ran with time > 0"
                                      : busiest + ": runs " + std::to_string(busiestRuns) + " (at most "
                                            + std::to_string(busiestBound) + "), "
                                            + std::to_string(busiestTime) + " ns"});
    checks.push_back({"hardirq_local_timer", timerOk, timerDetail});

    // softirq: values {time ns, runs}.
    const engine::ModuleSnapshot *soft = c.module(*c.after, "softirq");
    static const std::set<std::string> kVectors = {"HI",       "TIMER",   "NET_TX", "NET_RX",  "BLOCK",
                                                   "IRQ_POLL", "TASKLET", "SCHED",  "HRTIMER", "RCU"};
    std::string softBad, softRan;
    long softOver = 0;
    if (soft && soft->keyed.count("vector"))
        for (const auto &row : soft->keyed.at("vector")) {
            const engine::KeyedRow *old = c.row(*c.before, "softirq", "vector", row.label);
            const long time = delta(&row, old, 0), runs = delta(&row, old, 1);
            if (!kVectors.count(row.label) || !softAfter.count(row.label)) {
                softBad += " " + row.label;
                continue;
            }
            const long proc = softAfter.at(row.label) - softBefore[row.label];
            if (runs > proc + 2 * cpus)
                ++softOver;
            if (runs > 0 && time > 0)
                softRan += " " + row.label + "(" + std::to_string(runs) + " runs of " + std::to_string(proc)
                           + " counted, " + std::to_string(time) + " ns)";
        }
    checks.push_back({"softirq_names", softBad.empty(), softBad.empty() ? "the kernel's vector names" : softBad});
    checks.push_back({"softirq_time", !softRan.empty() && softOver == 0,
                      (softRan.empty() ? std::string("no vector ran with time > 0") : softRan)
                          + (softOver ? "; " + std::to_string(softOver) + " vectors ran more than counted" : "")});
    return checks;
}

const bool registered = registerScenario({
    "irq",
    {"hardirq", "softirq"},
    "ks-workload-fs",
    [](const std::string &) {
        return std::vector<std::string>{base, "opens=0", "reads=0", "writes=64", "fsyncs=16", "spin_ms=300"};
    },
    prepare,
    nullptr,
    nullptr,
    nullptr,
    check,
});

}  // namespace
}  // namespace kinsight::exactness
