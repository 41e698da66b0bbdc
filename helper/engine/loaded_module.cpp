#include "loaded_module.h"

#include "kernel_features.h"
#include "libbpf_log.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include <algorithm>
#include <cerrno>
#include <map>
#include <set>

namespace kinsight::engine {

std::optional<AttachPolicy> AttachPolicy::parse(std::string_view text)
{
    AttachPolicy p;
    if (text == "auto")
        return p;
    if (text == "trampoline")
        p.family = Family::Trampoline;
    else if (text == "tracepoint")
        p.family = Family::Tracepoint;
    else if (text == "probe")
        p.family = Family::Probe;
    else if (text == "tp_btf")
        p = {Family::Tracepoint, ProgramKind::TpBtf};
    else if (text == "raw_tp")
        p = {Family::Tracepoint, ProgramKind::RawTp};
    else if (text == "classic")
        p = {Family::Tracepoint, ProgramKind::Tracepoint};
    else
        return std::nullopt;
    return p;
}

std::string AttachPolicy::toString() const
{
    if (tracepointFlavour) {
        switch (*tracepointFlavour) {
        case ProgramKind::TpBtf:
            return "tp_btf";
        case ProgramKind::RawTp:
            return "raw_tp";
        default:
            return "classic";
        }
    }
    return family ? std::string(engine::toString(*family)) : "auto";
}

const char *ModuleReport::unavailableReason(int counter) const
{
    for (const auto &u : unavailable)
        if (u.counter == counter)
            return u.reason.c_str();
    return nullptr;
}

namespace {

constexpr int kENOTSUPP = 524;  // the kernel's own "operation not supported", not in <errno.h>

std::string sectionTarget(const bpf_program *prog)
{
    std::string sec = bpf_program__section_name(prog);
    if (!sec.empty() && sec[0] == '?')
        sec.erase(0, 1);
    auto slash = sec.find('/');
    return slash == std::string::npos ? std::string() : sec.substr(slash + 1);
}

bool isReturnProbe(const bpf_program *prog)
{
    std::string sec = bpf_program__section_name(prog);
    return sec.find("kretprobe") != std::string::npos;
}

}  // namespace

std::string describeCandidate(const Candidate &c)
{
    std::string out(toString(c.kind));
    if (c.attachments.empty())
        return "none";
    if (!c.syscalls.empty() && c.kind != ProgramKind::Tracepoint)
        out += " sys_exit";
    else if (!c.syscalls.empty())
        out += " syscalls:sys_exit_*";
    std::vector<std::string> items;
    if (!c.syscalls.empty()) {
        for (const auto &s : c.syscalls)
            items.emplace_back(s.syscall);
    } else {
        for (const auto &a : c.attachments)  // an entry and an exit program share their function
            if (!a.targets.empty() && std::find(items.begin(), items.end(), a.targets.front()) == items.end())
                items.emplace_back(a.targets.front());
    }
    if (!items.empty()) {
        out += c.syscalls.empty() ? " " : " (";
        for (size_t i = 0; i < items.size(); ++i)
            out += (i ? ", " : "") + items[i];
        if (!c.syscalls.empty())
            out += ")";
    }
    return out;
}

// The attach strategy for one module. It keeps, per hook, the list of candidates
// still in the running, and retries load/attach after each rejection.
class Loader {
public:
    Loader(const ModuleDescriptor &d, const LoadSettings &s, ModuleReport &r) : desc_(d), settings_(s), report_(r) {}

    std::unique_ptr<LoadedModule> run();

private:
    struct Resolved {  // an attachment with its target decided
        std::string program;
        std::string target;  // function or "category/event"; empty = SEC default
        ProgramKind kind;
    };
    struct HookState {
        const Hook *hook;
        HookReport *report;
        std::vector<const Candidate *> remaining;
        std::vector<Resolved> resolved;  // of remaining.front(), once checked
        bool active = true;
    };

    void planHooks();
    std::string switchedOffReason(const Hook &hook) const;
    bool settleStatically(bpf_object *obj, HookState &h);
    std::string staticProblem(bpf_object *obj, const Candidate &c, std::vector<Resolved> &out);
    void reject(HookState &h, const std::string &reason);
    void rejectKindEverywhere(ProgramKind kind, const std::string &reason);
    bool applySettings(bpf_object *obj);
    void finishReport();
    std::string nothingAttaches() const;
    std::string unmetPreconditions() const;

    const ModuleDescriptor &desc_;
    const LoadSettings &settings_;
    ModuleReport &report_;
    std::vector<HookState> hooks_;
    std::map<ProgramKind, std::string> kindRefused_;
};

void Loader::reject(HookState &h, const std::string &reason)
{
    h.report->rejected.push_back({describeCandidate(*h.remaining.front()), reason});
    h.remaining.erase(h.remaining.begin());
    h.resolved.clear();
}

void Loader::rejectKindEverywhere(ProgramKind kind, const std::string &reason)
{
    kindRefused_[kind] = reason;
}

// Why `hook` is left out, when one of the module's switches is off and names it.
std::string Loader::switchedOffReason(const Hook &hook) const
{
    if (hook.switchKey.empty())
        return {};
    const auto &off = settings_.switchedOff;
    if (std::find(off.begin(), off.end(), hook.switchKey) == off.end())
        return {};
    std::string section;
    for (const ModuleSwitch &s : desc_.switches)
        if (s.key == hook.switchKey)
            section = "[" + std::string(s.section) + "] ";
    return "switched off (" + section + std::string(hook.switchKey) + " = no)";
}

void Loader::planHooks()
{
    if (settings_.loadMode == LoadMode::Entry)
        for (size_t c = 0; c < desc_.counters.size(); ++c)
            if (desc_.counters[c].errorCounter)
                report_.unavailable.push_back(
                    {int(c), "errors are counted only in return load mode (ebpf load mode = return)"});
    report_.hooks.reserve(desc_.hooks.size());
    for (const Hook &hook : desc_.hooks) {
        report_.hooks.push_back({std::string(hook.name), {}, {}, {}, {}});
        HookState h{&hook, &report_.hooks.back(), {}, {}, true};
        if (std::string off = switchedOffReason(hook); !off.empty()) {
            h.active = false;
            h.report->note = off;
            for (int c : hook.counters)
                report_.unavailable.push_back({c, off});
            hooks_.push_back(std::move(h));
            continue;
        }
        if (std::string unmet = hook.precondition ? hook.precondition() : std::string(); !unmet.empty()) {
            h.active = false;
            h.report->note = unmet;
            for (int c : hook.counters)
                report_.unavailable.push_back({c, unmet});
            hooks_.push_back(std::move(h));
            continue;
        }
        if (hook.returnModeOnly && settings_.loadMode == LoadMode::Entry) {
            h.active = false;  // its counters are error counters, already reported
            hooks_.push_back(std::move(h));
            continue;
        }
        std::vector<const Candidate *> byMode;
        for (const Candidate &c : hook.candidates) {
            const bool wanted = c.modes == ModeUse::Both
                                || (c.modes == ModeUse::Entry) == (settings_.loadMode == LoadMode::Entry);
            if (wanted)
                byMode.push_back(&c);
        }
        const auto &policy = settings_.policy;
        std::optional<Family> family = policy.family;
        if (family) {
            bool hasFamily = false, hasTracepoint = false;
            for (auto *c : byMode) {
                hasFamily |= familyOf(c->kind) == *family && !c->attachments.empty();
                hasTracepoint |= familyOf(c->kind) == Family::Tracepoint && !c->attachments.empty();
            }
            if (!hasFamily) {
                family = Family::Tracepoint;
                // A hook with only a placeholder (no tracepoint exists) must not claim one is used.
                h.report->note = "no " + std::string(toString(*policy.family)) + " variant"
                                 + (hasTracepoint ? "; tracepoints used" : "");
            }
        }
        // The classic sched_process_free event fires in an RCU callback (softirq), and
        // classic (perf) tracepoint programs run through trace_call_bpf, which silently
        // skips them while bpf_prog_active is held on that CPU: by any kprobe or classic
        // program being interrupted, or by a bpf() map syscall (bpf_disable_instrumentation),
        // such as the engine's own reads. The Debian 6.1 guest lost 1-2 process releases in
        // 12 runs that way (counts short, trees never finished). tp_btf and raw_tp programs
        // only guard against their own recursion, so the release hook keeps them ahead of
        // its classic variant even when the classic flavour is asked for.
        const bool classicReleaseLossy = hook.name == "release" && policy.tracepointFlavour == ProgramKind::Tracepoint;
        if (classicReleaseLossy)
            h.report->note = "classic sched_process_free programs are skipped while another BPF program or a "
                             "bpf() call holds the CPU; used only when tp_btf and raw_tp are unavailable";
        for (auto *c : byMode) {
            if (family && familyOf(c->kind) != *family)
                continue;
            if (policy.tracepointFlavour && c->kind != *policy.tracepointFlavour && !c->attachments.empty()
                && familyOf(c->kind) == Family::Tracepoint && family == policy.family && !classicReleaseLossy)
                continue;
            h.remaining.push_back(c);
        }
        if (h.remaining.empty()) {
            std::string kinds;
            for (auto *c : byMode)
                if (!c->attachments.empty() && kinds.find(toString(c->kind)) == std::string::npos)
                    kinds += (kinds.empty() ? "" : ", ") + std::string(toString(c->kind));
            h.report->rejected.push_back({"-", "no candidate for attach mode " + policy.toString()
                                                   + (kinds.empty() ? "" : " (this hook has " + kinds + " variants)")});
        }
        hooks_.push_back(std::move(h));
    }
}

std::string Loader::staticProblem(bpf_object *obj, const Candidate &c, std::vector<Resolved> &out)
{
    auto &kf = KernelFeatures::instance();
    out.clear();
    if (auto it = kindRefused_.find(c.kind); it != kindRefused_.end())
        return it->second;
    const Family family = familyOf(c.kind);
    if ((family == Family::Trampoline || c.kind == ProgramKind::TpBtf) && !kf.hasVmlinuxBtf())
        return kf.btfError();
    if (family == Family::Probe) {
        if (auto why = kf.kprobeUnavailableReason(); !why.empty())
            return why;
    }
    std::string firstProblem;
    for (const Attachment &a : c.attachments) {
        const bpf_program *prog = bpf_object__find_program_by_name(obj, std::string(a.program).c_str());
        if (!prog)
            return "program " + std::string(a.program) + " is missing from the object (build error)";
        std::string problem;
        std::string target;
        switch (family) {
        case Family::Trampoline:
        case Family::Probe: {
            std::vector<std::string_view> targets = a.targets;
            if (targets.empty())
                targets.push_back(std::string_view());
            for (auto t : targets) {
                std::string name = t.empty() ? sectionTarget(prog) : std::string(t);
                bool exists = family == Family::Trampoline ? kf.btfFunctionExists(name) : kf.kallsymsHas(name);
                if (exists) {
                    target = name;
                    break;
                }
            }
            if (target.empty()) {
                std::string list;
                for (auto t : targets)
                    list += (list.empty() ? "" : ", ") + (t.empty() ? sectionTarget(prog) : std::string(t));
                problem = family == Family::Trampoline
                              ? "kernel function " + list + " not in the kernel's BTF (absent, renamed or inlined)"
                              : "kernel symbol " + list + " not in /proc/kallsyms";
            }
            break;
        }
        case Family::Tracepoint: {
            if (c.kind == ProgramKind::Tracepoint) {
                target = a.targets.empty() ? sectionTarget(prog) : std::string(a.targets.front());
                problem = kf.classicTracepointProblem(target);
            } else if (kf.hasVmlinuxBtf() && !kf.rawTracepointExists(sectionTarget(prog))) {
                problem = "tracepoint " + sectionTarget(prog) + " does not exist in this kernel";
            }
            break;
        }
        }
        if (!problem.empty()) {
            if (firstProblem.empty())
                firstProblem = problem;
            if (a.optional)
                continue;
            return problem;
        }
        out.push_back({std::string(a.program), target, c.kind});
    }
    if (out.empty() && !c.attachments.empty())
        return firstProblem.empty() ? "nothing to attach" : firstProblem;
    return {};
}

// Drops candidates that cannot work here before any load is tried.
bool Loader::settleStatically(bpf_object *obj, HookState &h)
{
    while (!h.remaining.empty()) {
        std::string why = staticProblem(obj, *h.remaining.front(), h.resolved);
        if (why.empty())
            return true;
        reject(h, why);
    }
    return false;
}

bool Loader::applySettings(bpf_object *obj)
{
    auto setEntries = [obj](const char *name, uint32_t n) {
        if (bpf_map *m = bpf_object__find_map_by_name(obj, name))
            bpf_map__set_max_entries(m, n);
    };
    const bool perPid = settings_.config.pid_mode != KS_PID_NONE;
    setEntries("ks_pids", perPid ? settings_.pidTableSize : 1);
    setEntries("ks_exits", settings_.exitsRingBytes);
    setEntries("ks_cgroups", settings_.config.cgroup_source != KS_CGROUP_OFF ? settings_.cgroupTableSize : 1);
    if (bpf_map *tracked = bpf_object__find_map_by_name(obj, "tracked")) {
        if (settings_.trackedMapFd >= 0) {
            if (bpf_map__reuse_fd(tracked, settings_.trackedMapFd) != 0)
                return false;
        } else {
            bpf_map__set_max_entries(tracked, 1);
        }
    }
    if (bpf_map *filter = bpf_object__find_map_by_name(obj, "ks_cgroup_filter")) {
        if (settings_.cgroupFilterMapFd >= 0) {
            if (bpf_map__reuse_fd(filter, settings_.cgroupFilterMapFd) != 0)
                return false;
        } else {
            bpf_map__set_max_entries(filter, 1);
        }
    }
    if (bpf_map *live = bpf_object__find_map_by_name(obj, "group_live"); live && settings_.trackedMapFd < 0)
        bpf_map__set_max_entries(live, 1);
    for (const auto &[name, fd] : settings_.reuseMaps) {
        bpf_map *map = bpf_object__find_map_by_name(obj, name.c_str());
        if (map && bpf_map__reuse_fd(map, fd) != 0)
            return false;
    }
    return true;
}

// The module's error when no hook attaches: each distinct cause once, as
// "<hook>: <candidate>: <reason>" clauses (libbpf's log left out).
std::string Loader::nothingAttaches() const
{
    std::string out = "no hook of this module can be attached here";
    std::set<std::string> seen;
    for (const HookState &h : hooks_)
        for (const Rejection &r : h.report->rejected) {
            const std::string reason = r.reason.substr(0, r.reason.find(" — "));
            if (seen.insert(r.candidate.substr(0, r.candidate.find(' ')) + '|' + reason).second)
                out += "; " + h.report->hook + ": " + r.candidate + ": " + reason;
        }
    return out;
}

// Why nothing of the module can run now when every hook waits for a precondition.
std::string Loader::unmetPreconditions() const
{
    std::string out;
    for (const HookState &h : hooks_) {
        if (h.active)
            return {};
        if (h.hook->precondition && !h.report->note.empty() && out.find(h.report->note) == std::string::npos)
            out += (out.empty() ? "" : "; ") + h.report->note;
    }
    return out;
}

void Loader::finishReport()
{
    for (HookState &h : hooks_) {
        if (!h.active)
            continue;
        if (h.remaining.empty()) {
            std::string why;
            for (const auto &r : h.report->rejected)
                why += (why.empty() ? "" : "; ") + r.candidate + ": " + r.reason;
            for (int c : h.hook->counters)
                report_.unavailable.push_back({c, "no way to attach hook '" + std::string(h.hook->name) + "': " + why});
            continue;
        }
        const Candidate &c = *h.remaining.front();
        h.report->chosen = describeCandidate(c);
        // For functions, name the ones really attached: a candidate lists alternatives
        // (file_close_fd, close_fd, ...), and describeCandidate can only show the first,
        // which on 6.1 named file_close_fd while close_fd was hooked.
        if (familyOf(c.kind) != Family::Tracepoint && !h.resolved.empty()) {
            std::string targets;
            std::set<std::string> seen;  // an entry and a return probe share their function
            for (const Resolved &r : h.resolved)
                if (!r.target.empty() && seen.insert(r.target).second)
                    targets += (targets.empty() ? " " : ", ") + r.target;
            h.report->chosen = std::string(toString(c.kind)) + targets;
        }
        h.report->kind = c.kind;
        if (!c.note.empty())
            h.report->note += (h.report->note.empty() ? "" : "; ") + std::string(c.note);
        for (const auto &u : c.unavailable)
            report_.unavailable.push_back({u.counter, std::string(u.reason)});
    }
}

std::unique_ptr<LoadedModule> Loader::run()
{
    report_ = ModuleReport{};
    report_.module = std::string(desc_.name);
    // Taken before the hooks ask their preconditions: a change in between shows at the next read.
    const std::string loadState = desc_.loadState ? desc_.loadState() : std::string();
    planHooks();
    // Nothing to follow: a module whose hooks all wait for something absent cannot run.
    if (!desc_.loadState) {
        if (std::string unmet = unmetPreconditions(); !unmet.empty()) {
            report_.error = unmet;
            return nullptr;
        }
    }

    constexpr int kMaxAttempts = 64;
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        LibbpfLogCapture log;
        OpenedObject opened = desc_.open();
        if (!opened.object) {
            report_.error = "cannot open the BPF object: " + errnoText(errno) + " " + log.summary();
            return nullptr;
        }
        std::unique_ptr<LoadedModule> module(new LoadedModule(desc_, opened));
        bpf_object *obj = opened.object;
        opened.configure(settings_.config);
        if (!applySettings(obj)) {
            report_.error = "cannot share the tracked-process map or take over the maps of the previous load: "
                            + errnoText(errno);
            return nullptr;
        }

        // Decide each hook's current candidate and which programs to load.
        std::map<std::string, std::string> fentryTargets;  // program -> function
        std::set<std::string> programs;
        bool anyProgram = false;
        for (HookState &h : hooks_) {
            if (!h.active || !settleStatically(obj, h))
                continue;
            for (const Resolved &r : h.resolved) {
                programs.insert(r.program);
                anyProgram = true;
                if (familyOf(r.kind) == Family::Trampoline)
                    fentryTargets[r.program] = r.target;
            }
        }
        bpf_program *prog;
        bpf_object__for_each_program(prog, obj) bpf_program__set_autoload(prog, programs.count(bpf_program__name(prog)));
        for (const auto &[name, function] : fentryTargets)
            bpf_program__set_attach_target(bpf_object__find_program_by_name(obj, name.c_str()), 0, function.c_str());

        if (!anyProgram) {
            bool placeholdersOnly = true;
            for (HookState &h : hooks_)
                placeholdersOnly &= !h.active || (!h.remaining.empty() && h.remaining.front()->attachments.empty());
            if (!placeholdersOnly) {
                finishReport();
                report_.error = nothingAttaches();
                return nullptr;
            }
        }

        log.clear();
        if (int err = bpf_object__load(obj); err != 0) {
            const std::string failing = log.failingProgram();
            const std::string reason = "load failed: " + errnoText(err) + (log.summary().empty() ? "" : " — " + log.summary());
            bool matched = false;
            for (HookState &h : hooks_) {
                if (!h.active || h.remaining.empty())
                    continue;
                for (const Resolved &r : h.resolved) {
                    if (r.program != failing)
                        continue;
                    // A kernel that refuses one trampoline or kprobe program refuses them all.
                    if ((err == -EPERM || err == -EOPNOTSUPP || err == -kENOTSUPP)
                        && familyOf(r.kind) != Family::Tracepoint) {
                        rejectKindEverywhere(ProgramKind::Fentry, reason);
                        rejectKindEverywhere(ProgramKind::Fexit, reason);
                        if (familyOf(r.kind) == Family::Probe) {
                            kindRefused_.erase(ProgramKind::Fentry);
                            kindRefused_.erase(ProgramKind::Fexit);
                            rejectKindEverywhere(ProgramKind::Kprobe, reason);
                            rejectKindEverywhere(ProgramKind::Kretprobe, reason);
                        }
                    }
                    reject(h, reason);
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                report_.error = "cannot load the BPF object: " + reason;
                return nullptr;
            }
            continue;
        }

        // Syscall dispatch tables first, so nothing is missed once programs attach.
        if (int lut = bpf_object__find_map_fd_by_name(obj, "ks_syscall_action"); lut >= 0) {
            // Hooks of one module may share a syscall (socket's tcp_send and udp_send both take
            // sendto): their actions are bits that combine. The whole table is written, since a
            // reload takes over the previous table; an entry that stays is never zero meanwhile.
            std::map<uint32_t, uint32_t> table;
            for (HookState &h : hooks_) {
                if (!h.active || h.remaining.empty())
                    continue;
                for (const SyscallAction &s : h.remaining.front()->syscalls)
                    if (auto nr = KernelFeatures::syscallNumber(s.syscall); nr && *nr < KS_SYSCALL_SLOTS)
                        table[uint32_t(*nr)] |= s.action;
            }
            for (uint32_t key = 0; key < KS_SYSCALL_SLOTS; ++key) {
                uint32_t value = 0, old = 0;
                if (auto it = table.find(key); it != table.end())
                    value = it->second;
                if (bpf_map_lookup_elem(lut, &key, &old) == 0 && old == value)
                    continue;
                bpf_map_update_elem(lut, &key, &value, BPF_ANY);
            }
        }

        bool attachFailed = false;
        std::set<std::pair<std::string, std::string>> attached;
        for (HookState &h : hooks_) {
            if (!h.active || h.remaining.empty())
                continue;
            for (const Resolved &r : h.resolved) {
                if (!attached.insert({r.program, r.target}).second)
                    continue;  // shared dispatch program already attached
                bpf_program *p = bpf_object__find_program_by_name(obj, r.program.c_str());
                bpf_link *link = nullptr;
                log.clear();
                switch (r.kind) {
                case ProgramKind::Kprobe:
                case ProgramKind::Kretprobe:
                    link = bpf_program__attach_kprobe(p, isReturnProbe(p), r.target.c_str());
                    break;
                case ProgramKind::Tracepoint: {
                    auto slash = r.target.find('/');
                    link = bpf_program__attach_tracepoint(p, r.target.substr(0, slash).c_str(),
                                                          r.target.substr(slash + 1).c_str());
                    break;
                }
                default:
                    link = bpf_program__attach(p);
                }
                if (!link) {
                    const int err = errno;
                    reject(h, "attach failed: " + errnoText(err) + (log.summary().empty() ? "" : " — " + log.summary()));
                    attachFailed = true;
                    break;
                }
                module->links_.push_back(link);
            }
            if (attachFailed)
                break;
        }
        if (attachFailed)
            continue;  // the module's destructor detaches what was attached

        finishReport();
        report_.loaded = true;
        module->settings_ = settings_;
        module->settings_.reuseMaps.clear();  // the fds of the object it replaced
        module->loadState_ = loadState;
        return module;
    }
    report_.error = "gave up after too many load attempts";
    return nullptr;
}

LoadedModule::LoadedModule(const ModuleDescriptor &descriptor, OpenedObject object)
    : descriptor_(descriptor), object_(std::move(object))
{
}

LoadedModule::~LoadedModule()
{
    for (bpf_link *link : links_)
        bpf_link__destroy(link);
    if (object_.destroy)
        object_.destroy();
}

std::unique_ptr<LoadedModule> LoadedModule::load(const ModuleDescriptor &descriptor, const LoadSettings &settings,
                                                 ModuleReport &report)
{
    return Loader(descriptor, settings, report).run();
}

bool LoadedModule::loadStateChanged() const
{
    return descriptor_.loadState && descriptor_.loadState() != loadState_;
}

std::unique_ptr<LoadedModule> LoadedModule::reload(LoadedModule &current, ModuleReport &report)
{
    LoadSettings settings = current.settings_;
    // A failed reload is not tried again until the state changes again.
    const std::string state = current.descriptor_.loadState ? current.descriptor_.loadState() : std::string();
    bpf_map *map;
    // The shared maps come through trackedMapFd and cgroupFilterMapFd as at the first load.
    bpf_object__for_each_map(map, current.object_.object) if (!bpf_map__is_internal(map) && bpf_map__fd(map) >= 0
                                                               && std::string_view(bpf_map__name(map)) != "tracked"
                                                               && std::string_view(bpf_map__name(map))
                                                                      != "ks_cgroup_filter")
        settings.reuseMaps.emplace_back(bpf_map__name(map), bpf_map__fd(map));
    auto fresh = load(current.descriptor_, settings, report);
    if (!fresh)
        current.loadState_ = state;
    return fresh;
}

int LoadedModule::mapFd(const char *name) const
{
    return bpf_object__find_map_fd_by_name(object_.object, name);
}

std::vector<int> LoadedModule::mapFds() const
{
    std::vector<int> fds;
    bpf_map *map;
    bpf_object__for_each_map(map, object_.object) if (bpf_map__fd(map) >= 0) fds.push_back(bpf_map__fd(map));
    return fds;
}

std::vector<std::pair<std::string, int>> LoadedModule::programs() const
{
    std::vector<std::pair<std::string, int>> out;
    bpf_program *prog;
    bpf_object__for_each_program(prog, object_.object) if (bpf_program__fd(prog) >= 0)
        out.emplace_back(bpf_program__name(prog), bpf_program__fd(prog));
    return out;
}

}  // namespace kinsight::engine
