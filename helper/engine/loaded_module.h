// One collector's BPF object, loaded and attached with the attach strategy:
// for each hook, the cheapest candidate the policy allows that loads and
// attaches; every rejected candidate is kept with its reason.
#pragma once

#include "module_descriptor.h"

#include "kinsight_abi.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

struct bpf_link;

namespace kinsight::engine {

// `auto` = no restriction. A family restricts hooks that have a candidate of that
// family to it; hooks without one (e.g. scheduler tracepoints under `trampoline`)
// keep their tracepoint candidates. A flavour restricts the tracepoint family.
struct AttachPolicy {
    std::optional<Family> family;
    std::optional<ProgramKind> tracepointFlavour;  // TpBtf, RawTp or Tracepoint

    static std::optional<AttachPolicy> parse(std::string_view text);  // auto|trampoline|...|tp_btf|raw_tp|classic
    std::string toString() const;
};

struct LoadSettings {
    LoadMode loadMode = LoadMode::Entry;
    AttachPolicy policy;
    ks_config config{};
    uint32_t pidTableSize = 32768;
    uint32_t exitsRingBytes = 4096;
    uint32_t cgroupTableSize = 1024;
    int trackedMapFd = -1;  // shared `tracked` map, reused by every object
    int cgroupFilterMapFd = -1;  // shared `ks_cgroup_filter` map (inspected cgroups), likewise
    std::vector<std::string> switchedOff;  // keys of the module's switches (ModuleSwitch) that are off
    // Maps the object takes over instead of creating them (name -> fd), for a reload.
    std::vector<std::pair<std::string, int>> reuseMaps;
};

struct Rejection {
    std::string candidate;
    std::string reason;
};

struct HookReport {
    std::string hook;
    std::string chosen;  // description of the attached candidate; empty when none
    std::optional<ProgramKind> kind;
    std::string note;
    std::vector<Rejection> rejected;
};

struct UnavailableReport {
    int counter;
    std::string reason;
};

struct ModuleReport {
    std::string module;
    bool loaded = false;
    std::string error;  // why the module could not run at all
    std::vector<HookReport> hooks;
    std::vector<UnavailableReport> unavailable;

    const char *unavailableReason(int counter) const;
};

class LoadedModule {
public:
    static std::unique_ptr<LoadedModule> load(const ModuleDescriptor &descriptor, const LoadSettings &settings,
                                              ModuleReport &report);
    ~LoadedModule();
    LoadedModule(const LoadedModule &) = delete;
    LoadedModule &operator=(const LoadedModule &) = delete;

    const ModuleDescriptor &descriptor() const { return descriptor_; }
    int mapFd(const char *name) const;
    std::vector<int> mapFds() const;
    // Loaded programs (full libbpf names; the kernel keeps only 15 characters).
    std::vector<std::pair<std::string, int>> programs() const;

    // True when the descriptor's loadState differs from the one this load planned for.
    bool loadStateChanged() const;
    // Loads the module again with the settings it was loaded with, taking over its maps
    // (counters, keyed tables and in-flight entry times go on), and attaches the new
    // programs before `current`'s are detached by its destruction. For that moment an
    // entry/exit pair keyed by thread runs twice, but the first exit consumes the entry,
    // so nothing is counted twice. nullptr when the new load fails (`report` says why);
    // `current` then stays as it is, and is not reloaded before the state changes again.
    static std::unique_ptr<LoadedModule> reload(LoadedModule &current, ModuleReport &report);

private:
    LoadedModule(const ModuleDescriptor &descriptor, OpenedObject object);

    const ModuleDescriptor &descriptor_;
    OpenedObject object_;
    std::vector<bpf_link *> links_;
    LoadSettings settings_;
    std::string loadState_;

    friend class Loader;
};

// Describes a candidate for users, e.g. "fexit vfs_read, vfs_readv" or
// "tp_btf sys_exit (read, pread64)".
std::string describeCandidate(const Candidate &candidate);

}  // namespace kinsight::engine
