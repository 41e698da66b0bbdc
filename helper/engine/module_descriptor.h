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
    std::string_view switchKey = {};    // a ModuleSwitch key that can leave this hook out; empty = always on
    // Asked at every load: why the hook cannot be attached now, whatever the attach
    // mode (its file system is not mounted, its driver is not loaded); empty = go on.
    // The hook's counters are then unavailable with that reason.
    std::function<std::string()> precondition = {};
};

// A load-time switch of a module, a key of its settings file that Netdata has
// too (sync.conf's `[syscalls] fsync = yes`). Switched off (LoadSettings /
// EngineOptions::switchedOff), the hooks naming it are not attached at all: none
// of their programs loads, none of their syscalls enters the dispatch table, and
// their counters are unavailable with the switch as the reason.
struct ModuleSwitch {
    std::string_view section;  // "syscalls"
    std::string_view key;      // "fsync"
    std::string_view description;
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
    double scale = 1.0;  // multiplier of the values drawn (1e-6: nanoseconds as milliseconds)
};

// A per-application metric of the seed's list and the counters it sums.
struct AppMetricDef {
    std::string_view name;
    std::string_view group;  // seed grouping: "process", "file access", "vfs", ...
    std::string_view unit;
    std::vector<int> counters;
    bool errorMetric = false;
};

// A chart over a keyed table: one dimension per key (an IRQ, an md device), or
// one chart per key (a disk's latency histogram) whose id contains "{key}".
struct KeyedChartDef {
    enum class Layout { DimensionPerKey, ChartPerKey };
    Layout layout;
    std::string_view id;
    std::string_view title;
    std::string_view units;
    std::string_view section;
    std::string_view family;
    int value = 0;       // DimensionPerKey: the value charted for each key
    double scale = 1.0;  // e.g. 1e-6 to chart nanoseconds as milliseconds
};

// Counters kept per key in a BPF hash (per-CPU or not) rather than per
// process: per IRQ, per disk, per md device, per connection. Every value is a
// u64; the label names a key for people and is its identity in samples.
struct KeyedTableDef {
    std::string_view map;   // the BPF map of the object
    std::string_view name;  // public name of the table
    std::vector<CounterDef> values;
    std::function<std::string(const void *key, size_t size)> label;  // "" = the key is gone: drop its row
    std::vector<KeyedChartDef> charts;
    bool labelsMayChange = false;  // ask label() every time rather than once per key
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
    std::vector<KeyedTableDef> tables = {};
    std::vector<ModuleSwitch> switches = {};  // all on unless switched off
    // The kernel state the hooks' preconditions depend on (the file systems mounted
    // now), as a value that changes with it. When set, the engine compares it at every
    // read and loads the module again when it changed, keeping its maps, so hooks follow
    // the state and counters go on; a module whose every hook fails its precondition
    // still loads (with nothing attached) so that it can follow. Must be cheap.
    std::function<std::string()> loadState = {};
};

const std::vector<const ModuleDescriptor *> &allModules();
const ModuleDescriptor *findModule(std::string_view name);

// The engine's own object that keeps inspected process trees (not a collector).
const ModuleDescriptor &trackingModule();

}  // namespace kinsight::engine
