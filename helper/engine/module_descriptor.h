// What a collector is, as data: its counters, hooks with their attach
// candidates (cheapest first), charts and per-application metrics. The engine
// turns a descriptor into loaded programs; the catalog turns it into charts.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

struct bpf_object;
struct ks_config;

namespace kinsight::engine {

enum class Family { Trampoline, Tracepoint, Probe };
enum class ProgramKind { Fentry, Fexit, TpBtf, RawTp, Tracepoint, Kprobe, Kretprobe };
enum class LoadMode { Entry, Return };

Family familyOf(ProgramKind kind);
std::string_view toString(Family family);
std::string_view toString(ProgramKind kind);
std::string_view toString(LoadMode mode);

// Which load modes a candidate serves.
enum class ModeUse { Entry, Return, Both };

struct CounterDef {
    std::string_view name;  // public per-application metric name ("vfs_read_call")
    std::string_view unit;  // "calls", "bytes", "tasks"
    std::string_view description;
    bool errorCounter = false;  // counted only in return mode
};

// One program of the object and where it goes. `targets` are alternative
// kernel functions (first that exists wins) for fentry/fexit/kprobe programs,
// or "category/event" for classic tracepoints; empty = the target in SEC().
struct Attachment {
    std::string_view program;
    std::vector<std::string_view> targets = {};
    bool optional = false;  // attach when the target exists, skip it otherwise
};

// A syscall whose exit the module's dispatch program handles, and how.
struct SyscallAction {
    std::string_view syscall;
    uint32_t action;
};

struct UnavailableCounter {
    int counter;
    std::string_view reason;
};

struct Candidate {
    ProgramKind kind;
    ModeUse modes = ModeUse::Both;
    std::vector<Attachment> attachments;
    std::vector<SyscallAction> syscalls = {};  // for the sys_exit dispatch programs
    std::vector<UnavailableCounter> unavailable = {};
    std::string_view note = {};  // what this variant counts differently
};

struct Hook {
    std::string_view name;
    std::vector<int> counters;  // counters this hook feeds
    bool returnModeOnly = false;
    std::vector<Candidate> candidates;  // cheapest first
};

// A chart dimension is a signed sum of counters: a per-second rate of that sum,
// (gauge) the sum itself since the session started, or (ratio) 100 times its
// change over the change of `denominator` in the same interval.
struct DimensionDef {
    std::string_view id;
    std::string_view label;
    std::vector<std::pair<int, int>> terms;  // (counter, coefficient)
    bool gauge = false;
    std::vector<std::pair<int, int>> denominator = {};  // non-empty: a percentage
};

struct ChartDef {
    std::string_view id;       // Netdata's type.id, e.g. "filesystem.vfs_io"
    std::string_view title;
    std::string_view units;    // units of the displayed values
    std::string_view section;  // dashboard menu: "System Overview", "Filesystem", "eBPF"
    std::string_view family;   // submenu
    std::vector<DimensionDef> dimensions;
    bool returnModeOnly = false;
};

// A per-application metric of the seed's list and the counters it sums.
struct AppMetricDef {
    std::string_view name;
    std::string_view group;  // seed grouping: "process", "file access", "vfs", ...
    std::string_view unit;
    std::vector<int> counters;
    bool errorMetric = false;
};

// The object file of a module, opened through its generated skeleton.
struct OpenedObject {
    bpf_object *object = nullptr;
    std::function<void(const ks_config &)> configure;  // writes .rodata before load
    std::function<void()> destroy;
};

struct ModuleDescriptor {
    std::string_view name;
    std::string_view description;
    std::vector<CounterDef> counters;
    std::vector<Hook> hooks;
    std::vector<ChartDef> charts;
    std::vector<AppMetricDef> appMetrics;
    bool defaultEnabled = true;
    std::function<OpenedObject()> open;
};

const std::vector<const ModuleDescriptor *> &allModules();
const ModuleDescriptor *findModule(std::string_view name);

// The engine's own object that keeps inspected process trees (not a collector).
const ModuleDescriptor &trackingModule();

}  // namespace kinsight::engine
