#include "engine.h"

#include "cgroup_directory.h"
#include "kernel_features.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

namespace kinsight::engine {

namespace {

uint64_t monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return uint64_t(ts.tv_sec) * 1000000000ull + uint64_t(ts.tv_nsec);
}

int possibleCpus()
{
    static const int n = libbpf_num_possible_cpus();
    return n > 0 ? n : 1;
}

// Sums a per-CPU array's slot 0 (a struct of `width` u64 counters) over all CPUs.
std::vector<uint64_t> sumPerCpu(int fd, size_t width)
{
    std::vector<uint64_t> sum(width, 0);
    if (fd < 0 || width == 0)
        return sum;
    std::vector<uint64_t> values(width * possibleCpus());
    uint32_t key = 0;
    if (bpf_map_lookup_elem(fd, &key, values.data()) != 0)
        return sum;
    for (int cpu = 0; cpu < possibleCpus(); ++cpu)
        for (size_t i = 0; i < width; ++i)
            sum[i] += values[cpu * width + i];
    return sum;
}

std::vector<uint64_t> arraySlot(int fd, uint32_t slot, size_t width)
{
    std::vector<uint64_t> v(width, 0);
    if (fd >= 0 && width)
        bpf_map_lookup_elem(fd, &slot, v.data());
    return v;
}

// Row layout of ks_pids values: u32 group, u32 reserved, u64 counters[width].
std::vector<PidRow> readPidRows(int fd, size_t width)
{
    std::vector<PidRow> rows;
    if (fd < 0)
        return rows;
    const size_t valueSize = 8 + 8 * width;
    auto addRow = [&](uint32_t key, const unsigned char *value) {
        PidRow row;
        row.tgid = key;
        std::memcpy(&row.group, value, 4);
        row.counters.resize(width);
        std::memcpy(row.counters.data(), value + 8, 8 * width);
        rows.push_back(std::move(row));
    };

    uint32_t chunk = 256;
    std::vector<uint32_t> keys;
    std::vector<unsigned char> values;
    uint32_t token = 0;
    bool first = true;
    LIBBPF_OPTS(bpf_map_batch_opts, opts);
    for (;;) {
        keys.resize(chunk);
        values.resize(size_t(chunk) * valueSize);
        uint32_t count = chunk;
        int err = bpf_map_lookup_batch(fd, first ? nullptr : &token, &token, keys.data(), values.data(), &count, &opts);
        const int e = err ? errno : 0;
        if (err && e == ENOSPC && count == 0) {
            chunk *= 2;  // a hash bucket holds more entries than one batch
            continue;
        }
        for (uint32_t i = 0; i < count; ++i)
            addRow(keys[i], values.data() + i * valueSize);
        if (err) {
            if (e == ENOENT)
                break;
            if (e == EINVAL || e == ENOTSUP || e == EOPNOTSUPP) {
                // No batch operations here: walk the keys one by one.
                rows.clear();
                std::vector<unsigned char> value(valueSize);
                uint32_t key, next;
                uint32_t *prev = nullptr;
                while (bpf_map_get_next_key(fd, prev, &next) == 0) {
                    key = next;
                    if (bpf_map_lookup_elem(fd, &key, value.data()) == 0)
                        addRow(key, value.data());
                    prev = &key;
                }
            }
            break;
        }
        first = false;
    }
    return rows;
}

// Calls `use(key, value)` for every entry of a hash or array map: in batches of a
// few hundred entries where the kernel can (a connection table holds thousands),
// else key by key. `valueBytes` is what one lookup returns (all CPUs' slots).
void forEachEntry(int fd, size_t keySize, size_t valueBytes,
                  const std::function<void(const unsigned char *, const unsigned char *)> &use)
{
    uint32_t chunk = 256;
    std::vector<unsigned char> keys, values;
    uint32_t token = 0;
    bool first = true;
    LIBBPF_OPTS(bpf_map_batch_opts, opts);
    for (;;) {
        keys.resize(size_t(chunk) * keySize);
        values.resize(size_t(chunk) * valueBytes);
        uint32_t count = chunk;
        const int err = bpf_map_lookup_batch(fd, first ? nullptr : &token, &token, keys.data(), values.data(), &count,
                                             &opts);
        const int e = err ? errno : 0;
        if (err && e == ENOSPC && count == 0) {
            chunk *= 2;  // a hash bucket holds more entries than one batch
            continue;
        }
        if (err && (e == EINVAL || e == ENOTSUP || e == EOPNOTSUPP) && first)
            break;  // no batch operations here
        for (uint32_t i = 0; i < count; ++i)
            use(keys.data() + i * keySize, values.data() + i * valueBytes);
        if (err)
            return;  // ENOENT: done
        first = false;
    }
    std::vector<unsigned char> key(keySize), next(keySize), value(valueBytes);
    void *prev = nullptr;
    while (bpf_map_get_next_key(fd, prev, next.data()) == 0) {
        key = next;
        prev = key.data();
        if (bpf_map_lookup_elem(fd, key.data(), value.data()) == 0)  // else deleted meanwhile
            use(key.data(), value.data());
    }
}

uint64_t memlockOf(int fd)
{
    std::ifstream in("/proc/self/fdinfo/" + std::to_string(fd));
    std::string key;
    uint64_t value;
    while (in >> key) {
        if (key == "memlock:" && in >> value)
            return value;
        in.ignore(1 << 16, '\n');
    }
    return 0;
}

// Children of every process, from /proc/<pid>/stat (field 4 is the parent).
std::multimap<pid_t, pid_t> processChildren()
{
    std::multimap<pid_t, pid_t> children;
    DIR *proc = opendir("/proc");
    if (!proc)
        return children;
    while (dirent *e = readdir(proc)) {
        char *end;
        long pid = strtol(e->d_name, &end, 10);
        if (*end || pid <= 0)
            continue;
        std::ifstream stat(std::string("/proc/") + e->d_name + "/stat");
        std::string line;
        std::getline(stat, line);
        auto close = line.rfind(')');
        if (close == std::string::npos)
            continue;
        std::istringstream rest(line.substr(close + 2));
        char state;
        long ppid;
        if (rest >> state >> ppid)
            children.emplace(pid_t(ppid), pid_t(pid));
    }
    closedir(proc);
    return children;
}

}  // namespace

struct Engine::CgroupDirectory : kinsight::engine::CgroupDirectory {
    using kinsight::engine::CgroupDirectory::CgroupDirectory;
};

std::optional<CgroupOptions> CgroupOptions::parse(std::string_view text)
{
    CgroupOptions o;
    if (text == "off" || text == "no")
        return o;
    if (text == "v2" || text == "yes") {
        o.source = KS_CGROUP_V2;
        return o;
    }
    if (text.substr(0, 3) == "v1:" && text.size() > 3) {
        o.source = KS_CGROUP_V1;
        o.v1Controller = std::string(text.substr(3));
        return o;
    }
    return std::nullopt;
}

std::string CgroupOptions::toString() const
{
    switch (source) {
    case KS_CGROUP_V2:
        return "v2";
    case KS_CGROUP_V1:
        return "v1:" + v1Controller;
    default:
        return "off";
    }
}

const std::vector<KeyedTableDef> &Engine::tables(const std::string &module) const
{
    static const std::vector<KeyedTableDef> none;
    auto it = tables_.find(module);
    return it == tables_.end() ? none : it->second;
}

struct Engine::ExitReader {
    ring_buffer *ring = nullptr;
    size_t width = 0;
    std::vector<PidRow> pending;

    static int onRecord(void *ctx, void *data, size_t size)
    {
        auto *self = static_cast<ExitReader *>(ctx);
        const auto *rec = static_cast<const ks_exit_record *>(data);
        if (size < sizeof(*rec) + 8 * self->width)
            return 0;
        PidRow row{rec->tgid, rec->group, std::vector<uint64_t>(rec->counters, rec->counters + self->width),
                   std::string(rec->comm, strnlen(rec->comm, sizeof(rec->comm))), rec->ppid};
        self->pending.push_back(std::move(row));
        return 0;
    }
    ~ExitReader()
    {
        if (ring)
            ring_buffer__free(ring);
    }
};

std::unique_ptr<Engine> Engine::start(const EngineOptions &options, std::string &error)
{
    std::unique_ptr<Engine> engine(new Engine);
    engine->options_ = options;

    std::vector<const ModuleDescriptor *> wanted;
    if (options.modules.empty()) {
        for (const ModuleDescriptor *m : allModules())
            if (m->defaultEnabled)
                wanted.push_back(m);
    } else {
        for (const std::string &name : options.modules) {
            const ModuleDescriptor *m = findModule(name);
            if (!m) {
                std::string known;
                for (const ModuleDescriptor *k : allModules())
                    known += (known.empty() ? "" : ", ") + std::string(k->name);
                error = "unknown module '" + name + "' (known modules: " + known + ")";
                return nullptr;
            }
            wanted.push_back(m);
        }
    }
    for (const auto &[name, keys] : options.switchedOff) {
        const ModuleDescriptor *m = findModule(name);
        for (const std::string &key : keys) {
            const bool known = m && std::any_of(m->switches.begin(), m->switches.end(),
                                                [&](const ModuleSwitch &s) { return s.key == key; });
            if (!known) {
                error = "module '" + name + "' has no switch '" + key + "'";
                return nullptr;
            }
        }
    }
    if (geteuid() != 0) {
        error = "loading BPF programs needs root (run as root, or without --direct to go through kinsight-helper)";
        return nullptr;
    }
    auto &kf = KernelFeatures::instance();
    if (!kf.hasVmlinuxBtf()) {
        error = kf.btfError();
        return nullptr;
    }

    LoadSettings settings;
    if (options.cgroups.source != KS_CGROUP_OFF) {
        const bool v2 = options.cgroups.source == KS_CGROUP_V2;
        auto mount = engine::CgroupDirectory::findMount(v2, options.cgroups.v1Controller);
        if (!mount) {
            error = v2 ? "cgroup2 is not mounted: per-cgroup counters need the unified hierarchy (or v1:<controller>)"
                       : "no cgroup v1 hierarchy with the " + options.cgroups.v1Controller + " controller is mounted";
            return nullptr;
        }
        if (!v2) {
            auto id = kf.enumValue("cgroup_subsys_id", options.cgroups.v1Controller + "_cgrp_id");
            if (!id) {
                error = "the kernel has no cgroup controller named " + options.cgroups.v1Controller;
                return nullptr;
            }
            settings.config.cgroup_subsys = uint32_t(*id);
        }
        settings.config.cgroup_source = options.cgroups.source;
        settings.cgroupTableSize = options.cgroups.tableSize;
        engine->cgroupDirectory_ = std::make_shared<CgroupDirectory>(*mount);
    }
    settings.loadMode = options.loadMode;
    settings.policy = options.attach;
    settings.pidTableSize = std::clamp<uint32_t>(options.pidTableSize, 64, 4u << 20);
    settings.config.pid_mode = options.pidMode;
    settings.config.return_mode = options.loadMode == LoadMode::Return;
    settings.config.emit_exits = options.emitExits;
    settings.exitsRingBytes = options.emitExits ? 256 * 1024 : 4096;

    if (options.pidMode == KS_PID_TRACKED) {
        LIBBPF_OPTS(bpf_map_create_opts, mapOpts, .map_flags = BPF_F_NO_PREALLOC);
        engine->trackedFd_ = bpf_map_create(BPF_MAP_TYPE_HASH, "tracked", sizeof(uint32_t), sizeof(ks_tracked),
                                            settings.pidTableSize, &mapOpts);
        if (engine->trackedFd_ < 0) {
            error = "cannot create the tracked-process map: " + errnoText(errno);
            return nullptr;
        }
        settings.trackedMapFd = engine->trackedFd_;
        LoadSettings trackingSettings = settings;
        trackingSettings.policy = AttachPolicy{};  // tree tracking always takes the cheapest hooks
        trackingSettings.switchedOff = {"cgroups"};
        engine->tracking_ = LoadedModule::load(trackingModule(), trackingSettings, engine->trackingReport_);
        if (!engine->tracking_) {
            error = "cannot follow process trees: " + engine->trackingReport_.error;
            return nullptr;
        }
    }

    if (options.pidMode == KS_PID_CGROUP) {
        const CgroupOptions &h = options.inspectHierarchy;
        const bool v2 = h.source == KS_CGROUP_V2;
        if (h.source == KS_CGROUP_OFF) {
            error = "inspecting a cgroup needs its hierarchy: v2 or v1:<controller>";
            return nullptr;
        }
        auto mount = engine::CgroupDirectory::findMount(v2, h.v1Controller);
        if (!mount) {
            error = v2 ? "cgroup2 is not mounted: inspect a cgroup of a v1 controller's hierarchy (v1:<controller>)"
                       : "no cgroup v1 hierarchy with the " + h.v1Controller + " controller is mounted";
            return nullptr;
        }
        if (!v2) {
            auto id = kf.enumValue("cgroup_subsys_id", h.v1Controller + "_cgrp_id");
            if (!id) {
                error = "the kernel has no cgroup controller named " + h.v1Controller;
                return nullptr;
            }
            // One v1 controller per engine: the BPF side reads one subsys slot.
            if (settings.config.cgroup_source == KS_CGROUP_V1 && settings.config.cgroup_subsys != uint32_t(*id)) {
                error = "the inspected cgroup's hierarchy (v1:" + h.v1Controller
                        + ") must be the per-cgroup counters' (v1:" + options.cgroups.v1Controller + ")";
                return nullptr;
            }
            settings.config.cgroup_subsys = uint32_t(*id);
        }
        settings.config.filter_source = h.source;
        engine->filterMount_ = *mount;
        engine->cgroupFilterFd_ = bpf_map_create(BPF_MAP_TYPE_HASH, "ks_cgroup_filter", sizeof(uint64_t),
                                                 sizeof(uint32_t), std::clamp<uint32_t>(h.tableSize, 16, 65536),
                                                 nullptr);
        if (engine->cgroupFilterFd_ < 0) {
            error = "cannot create the inspected-cgroup map: " + errnoText(errno);
            return nullptr;
        }
        settings.cgroupFilterMapFd = engine->cgroupFilterFd_;
        if (h.source == KS_CGROUP_V2) {
            engine->cgroupRootFd_ = bpf_map_create(BPF_MAP_TYPE_CGROUP_ARRAY, "ks_cgroup_root", sizeof(uint32_t),
                                                   sizeof(uint32_t), 1, nullptr);
            if (engine->cgroupRootFd_ < 0) {
                error = "cannot create the inspected-cgroup array: " + errnoText(errno);
                return nullptr;
            }
            settings.reuseMaps.emplace_back("ks_cgroup_root", engine->cgroupRootFd_);
        }
        LoadSettings trackingSettings = settings;
        trackingSettings.policy = AttachPolicy{};
        trackingSettings.switchedOff = {"trees"};
        // Without it the engine walks the inspected subtrees at every read instead.
        engine->tracking_ = LoadedModule::load(trackingModule(), trackingSettings, engine->trackingReport_);
        for (const HookReport &hook : engine->trackingReport_.hooks)
            engine->followsMkdir_ |= engine->tracking_ && hook.hook == "cgroups" && !hook.chosen.empty();
    }

    for (const ModuleDescriptor *m : wanted) {
        ModuleReport report;
        const auto off = options.switchedOff.find(std::string(m->name));
        settings.switchedOff = off == options.switchedOff.end() ? std::vector<std::string>{} : off->second;
        auto loaded = LoadedModule::load(*m, settings, report);
        engine->reports_.push_back(std::move(report));
        if (!loaded)
            continue;
        auto &moduleTables = engine->tables_[std::string(m->name)];
        moduleTables = m->tables;
        if (engine->cgroupDirectory_ && !m->appMetrics.empty()) {
            // Per-cgroup rows have the module's counter layout.
            KeyedTableDef cgroups{"ks_cgroups", "cgroup", m->counters, {}, {}, true};
            cgroups.label = [dir = engine->cgroupDirectory_](const void *key, size_t) {
                uint64_t id;
                std::memcpy(&id, key, sizeof id);
                return dir->pathOf(id);
            };
            moduleTables.push_back(std::move(cgroups));
        }
        if (options.emitExits) {
            auto reader = std::make_unique<ExitReader>();
            reader->width = m->counters.size();
            reader->ring = ring_buffer__new(loaded->mapFd("ks_exits"), &ExitReader::onRecord, reader.get(), nullptr);
            engine->exitReaders_.push_back(std::move(reader));
        } else {
            engine->exitReaders_.push_back(nullptr);
        }
        engine->loaded_.push_back(std::move(loaded));
    }
    if (engine->loaded_.empty()) {
        error = "no module could be loaded:";
        for (const auto &r : engine->reports_)
            error += " " + r.module + ": " + r.error + ";";
        error.pop_back();
        return nullptr;
    }
    return engine;
}

Engine::~Engine()
{
    exitReaders_.clear();
    loaded_.clear();
    tracking_.reset();
    if (trackedFd_ >= 0)
        close(trackedFd_);
    if (cgroupFilterFd_ >= 0)
        close(cgroupFilterFd_);
    if (cgroupRootFd_ >= 0)
        close(cgroupRootFd_);
}

std::vector<const ModuleDescriptor *> Engine::modules() const
{
    std::vector<const ModuleDescriptor *> out;
    for (const auto &m : loaded_)
        out.push_back(&m->descriptor());
    return out;
}

std::vector<uint64_t> Engine::readTreeTotals(const LoadedModule &m, int group, const std::vector<PidRow> &rows) const
{
    const size_t width = m.descriptor().counters.size();
    std::vector<uint64_t> totals = arraySlot(m.mapFd("ks_group_totals"), group, width);
    for (const PidRow &row : rows)
        if (int(row.group) == group)
            for (size_t i = 0; i < width; ++i)
                totals[i] += row.counters[i];
    return totals;
}

Snapshot Engine::read()
{
    Snapshot snap;
    snap.monotonicNs = monotonicNs();
    if (!followsMkdir_ && !inspectedCgroups_.empty() && snap.monotonicNs - lastFilterWalkNs_ >= 1000000000ull) {
        lastFilterWalkNs_ = snap.monotonicNs;
        for (const InspectedCgroup &c : inspectedCgroups_)
            addCgroupSubtree(c);
    }
    for (size_t i = 0; i < loaded_.size(); ++i) {
        followLoadState(i);
        const LoadedModule &m = *loaded_[i];
        const size_t width = m.descriptor().counters.size();
        ModuleSnapshot ms;
        ms.module = std::string(m.descriptor().name);
        ms.global = sumPerCpu(m.mapFd("ks_global"), width);
        const auto health = sumPerCpu(m.mapFd("ks_health"), KS_HEALTH_COUNT);
        ms.pidTableFull = health[KS_HEALTH_PID_TABLE_FULL];
        ms.exitsDropped = health[KS_HEALTH_EXITS_DROPPED];

        // A process released between reading the gone-processes totals and the live
        // rows would be counted twice or not at all: read until the totals hold still.
        const int totalsFd = m.mapFd("ks_group_totals");
        for (int attempt = 0; attempt < 4; ++attempt) {
            std::vector<std::vector<uint64_t>> before;
            for (int g : groups_)
                before.push_back(arraySlot(totalsFd, g, width));
            ms.pids = options_.pidMode == KS_PID_NONE ? std::vector<PidRow>{} : readPidRows(m.mapFd("ks_pids"), width);
            bool still = true;
            for (size_t k = 0; k < groups_.size(); ++k)
                still &= arraySlot(totalsFd, groups_[k], width) == before[k];
            if (still)
                break;
        }
        for (int g : groups_)
            ms.trees[g] = readTreeTotals(m, g, ms.pids);

        for (const KeyedTableDef &table : tables(ms.module))
            ms.keyed[std::string(table.name)] = readKeyedTable(m, table);

        if (ExitReader *reader = exitReaders_[i].get(); reader && reader->ring) {
            ring_buffer__consume(reader->ring);
            ms.exits = std::move(reader->pending);
            reader->pending.clear();
        }
        snap.modules.push_back(std::move(ms));
    }
    return snap;
}

void Engine::followLoadState(size_t index)
{
    if (!loaded_[index]->loadStateChanged())
        return;
    ModuleReport report;
    auto fresh = LoadedModule::reload(*loaded_[index], report);
    if (fresh) {
        loaded_[index] = std::move(fresh);  // the old programs detach only now
    } else {
        // The previous load keeps running (and counting what it can); the report says why not more.
        report.loaded = true;
    }
    for (ModuleReport &r : reports_)
        if (r.module == report.module)
            r = std::move(report);
}

std::vector<KeyedRow> Engine::readKeyedTable(const LoadedModule &m, const KeyedTableDef &table)
{
    std::vector<KeyedRow> rows;
    const int fd = m.mapFd(std::string(table.map).c_str());
    bpf_map_info info{};
    uint32_t len = sizeof(info);
    if (fd < 0 || bpf_obj_get_info_by_fd(fd, &info, &len) != 0)
        return rows;
    const size_t width = table.values.size();
    const bool perCpu = info.type == BPF_MAP_TYPE_PERCPU_HASH || info.type == BPF_MAP_TYPE_LRU_PERCPU_HASH
                        || info.type == BPF_MAP_TYPE_PERCPU_ARRAY;
    const size_t cpus = perCpu ? size_t(possibleCpus()) : 1;
    // Per-CPU values are laid out in 8-byte-rounded slots, one per possible CPU.
    const size_t slot = (size_t(info.value_size) + 7) / 8 * 8;
    const size_t valueBytes = slot * cpus;
    auto &labels = keyLabels_[std::string(m.descriptor().name) + "/" + std::string(table.name)];
    std::unordered_map<std::string, std::string> present;
    present.reserve(labels.size());
    forEachEntry(fd, info.key_size, valueBytes, [&](const unsigned char *key, const unsigned char *value) {
        KeyedRow row;
        row.values.assign(width, 0);
        for (size_t cpu = 0; cpu < cpus; ++cpu)
            for (size_t v = 0; v < width && (v + 1) * 8 <= info.value_size; ++v) {
                uint64_t x;
                std::memcpy(&x, value + cpu * slot + v * 8, 8);
                row.values[v] += x;
            }
        row.key.assign(reinterpret_cast<const char *>(key), info.key_size);
        if (table.labelsMayChange) {
            row.label = table.label(key, info.key_size);
        } else {
            auto cached = labels.find(row.key);
            row.label = cached != labels.end() ? cached->second
                                               : (table.label ? table.label(key, info.key_size) : std::string());
            present.emplace(row.key, row.label);
        }
        if (row.label.empty()) {
            bpf_map_delete_elem(fd, key);  // e.g. a cgroup that was removed
            return;
        }
        rows.push_back(std::move(row));
    });
    labels = std::move(present);
    return rows;
}

std::optional<int> Engine::trackTree(pid_t root, bool startAtExec, std::string &error)
{
    if (!tracking_ || trackedFd_ < 0) {
        error = "process trees need the engine started in tracked mode";
        return std::nullopt;
    }
    if (root <= 0 || (kill(root, 0) != 0 && errno == ESRCH)) {
        error = "no process with PID " + std::to_string(root);
        return std::nullopt;
    }
    int group = 0;
    for (int g = 1; g < KS_MAX_GROUPS; ++g)
        if (std::find(groups_.begin(), groups_.end(), g) == groups_.end()) {
            group = g;
            break;
        }
    if (!group) {
        error = "too many inspected trees (at most " + std::to_string(KS_MAX_GROUPS - 1) + ")";
        return std::nullopt;
    }
    uint32_t slot = group;
    // The kernel counts forks and releases in the tree from here on; the processes
    // armed here (the root, and for a running tree its descendants) are counted
    // on this side, never written into the map the kernel is adding to.
    int64_t live = 0;
    uint64_t zero = 0;
    bpf_map_update_elem(tracking_->mapFd("group_live"), &slot, &live, BPF_ANY);
    bpf_map_update_elem(tracking_->mapFd("group_overflow"), &slot, &zero, BPF_ANY);
    for (const auto &m : loaded_) {
        std::vector<uint64_t> zeros(m->descriptor().counters.size(), 0);
        bpf_map_update_elem(m->mapFd("ks_group_totals"), &slot, zeros.data(), BPF_ANY);
    }

    ks_tracked entry{uint32_t(group), uint32_t(startAtExec ? KS_TRACK_PENDING_EXEC : KS_TRACK_ACTIVE)};
    uint32_t key = root;
    if (bpf_map_update_elem(trackedFd_, &key, &entry, BPF_NOEXIST) != 0) {
        error = "cannot track PID " + std::to_string(root) + ": " + errnoText(errno);
        return std::nullopt;
    }
    int64_t armed = 1;
    if (!startAtExec) {
        // Parents before children: a child forked after its parent is armed is added
        // by the kernel; one forked before is found here.
        auto children = processChildren();
        std::vector<pid_t> queue{root};
        while (!queue.empty()) {
            pid_t p = queue.back();
            queue.pop_back();
            auto [b, e] = children.equal_range(p);
            for (auto it = b; it != e; ++it) {
                uint32_t child = it->second;
                // Not armed when the kernel already added it (forked after its parent was armed).
                if (bpf_map_update_elem(trackedFd_, &child, &entry, BPF_NOEXIST) == 0)
                    ++armed;
                queue.push_back(it->second);
            }
        }
    }
    armedProcesses_[group] = armed;
    groups_.push_back(group);
    return group;
}

namespace {

// A path below a cgroup hierarchy's root, as the client wrote it, split into
// plain names: no "." or "..", no empty or overlong names, no control characters.
std::optional<std::vector<std::string>> cgroupPathNames(const std::string &name, std::string &error)
{
    std::vector<std::string> names;
    if (name.size() > 1024) {
        error = "the cgroup name is too long";
        return std::nullopt;
    }
    size_t start = name.size() && name[0] == '/' ? 1 : 0;
    while (start < name.size()) {
        size_t end = name.find('/', start);
        if (end == std::string::npos)
            end = name.size();
        std::string part = name.substr(start, end - start);
        const bool control = std::any_of(part.begin(), part.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; });
        if (part.empty() || part == "." || part == ".." || part.size() > 255 || control) {
            error = "'" + name.substr(0, 128) + "' is not a cgroup name (a path below the hierarchy's root, or #<id>)";
            return std::nullopt;
        }
        names.push_back(std::move(part));
        start = end + 1;
    }
    return names;
}

// Opens `names` below `rootFd` one directory at a time, never following a
// symbolic link or leaving the file system; the directory's fd, or -1.
int openCgroupBelow(int rootFd, const std::vector<std::string> &names)
{
    struct stat rootStat {};
    if (fstat(rootFd, &rootStat) != 0)
        return -1;
    int fd = dup(rootFd);
    for (const std::string &n : names) {
        const int next = openat(fd, n.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        close(fd);
        if (next < 0)
            return -1;
        struct stat st {};
        if (fstat(next, &st) != 0 || st.st_dev != rootStat.st_dev) {
            close(next);
            return -1;
        }
        fd = next;
    }
    return fd;
}

}  // namespace

std::optional<int> Engine::inspectCgroup(const std::string &name, std::string &error)
{
    if (cgroupFilterFd_ < 0) {
        error = "inspecting a cgroup needs the engine started in cgroup mode";
        return std::nullopt;
    }
    const std::string hierarchy = options_.inspectHierarchy.toString();
    std::string path;  // "/a/b" below filterMount_
    if (!name.empty() && name[0] == '#') {
        char *end = nullptr;
        const unsigned long long id = strtoull(name.c_str() + 1, &end, 10);
        if (name.size() < 2 || name.size() > 21 || *end) {
            error = "'" + name.substr(0, 32) + "' is not a cgroup id (#<number>)";
            return std::nullopt;
        }
        CgroupDirectory directory(filterMount_);
        path = directory.pathOf(id);
        if (path.empty() || path[0] != '/') {
            error = "no cgroup with id " + std::to_string(id) + " in the " + hierarchy + " hierarchy";
            return std::nullopt;
        }
    } else {
        auto names = cgroupPathNames(name, error);
        if (!names)
            return std::nullopt;
        const int rootFd = open(filterMount_.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
        if (rootFd < 0) {
            error = "cannot open the " + hierarchy + " hierarchy at " + filterMount_ + ": " + errnoText(errno);
            return std::nullopt;
        }
        const int fd = openCgroupBelow(rootFd, *names);
        close(rootFd);
        if (fd >= 0) {
            close(fd);
            for (const std::string &n : *names)
                path += "/" + n;
            if (path.empty())
                path = "/";
        } else if (names->size() == 1) {
            // A bare name (a unit, a container): the one directory of that name.
            std::vector<std::string> found;
            std::error_code ec;
            for (auto it = std::filesystem::recursive_directory_iterator(
                     filterMount_, std::filesystem::directory_options::skip_permission_denied, ec);
                 !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
                if (!it->is_symlink(ec) && it->is_directory(ec) && it->path().filename() == names->front())
                    found.push_back("/" + std::filesystem::relative(it->path(), filterMount_, ec).string());
            if (found.size() != 1) {
                error = found.empty() ? "no cgroup named '" + names->front() + "' in the " + hierarchy
                                            + " hierarchy (" + filterMount_ + ")"
                                      : "'" + names->front() + "' names " + std::to_string(found.size())
                                            + " cgroups (" + found[0] + ", " + found[1] + "...): give its path";
                return std::nullopt;
            }
            path = found.front();
        } else {
            error = "no cgroup " + name.substr(0, 256) + " in the " + hierarchy + " hierarchy (" + filterMount_ + ")";
            return std::nullopt;
        }
    }

    int group = 0;
    for (int g = 1; g < KS_MAX_GROUPS && !group; ++g)
        if (std::find(groups_.begin(), groups_.end(), g) == groups_.end())
            group = g;
    if (!group) {
        error = "too many inspected trees and cgroups (at most " + std::to_string(KS_MAX_GROUPS - 1) + ")";
        return std::nullopt;
    }
    uint32_t slot = group;
    uint64_t zero = 0;
    if (tracking_)
        bpf_map_update_elem(tracking_->mapFd("group_overflow"), &slot, &zero, BPF_ANY);
    for (const auto &m : loaded_) {
        std::vector<uint64_t> zeros(m->descriptor().counters.size(), 0);
        bpf_map_update_elem(m->mapFd("ks_group_totals"), &slot, zeros.data(), BPF_ANY);
    }
    InspectedCgroup c{group, path};
    // Parents before children, after the kernel follows mkdir: a cgroup made
    // during the walk is added by one or the other.
    addCgroupSubtree(c);
    if (cgroupRootFd_ >= 0) {
        // The fast "outside" answer holds for one cgroup only; with a second, the map decides alone.
        const uint32_t zero32 = 0;
        const int dir = inspectedCgroups_.empty()
                            ? open((path == "/" ? filterMount_ : filterMount_ + path).c_str(),
                                   O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                            : -1;
        if (dir < 0 || bpf_map_update_elem(cgroupRootFd_, &zero32, &dir, BPF_ANY) != 0)
            bpf_map_delete_elem(cgroupRootFd_, &zero32);
        if (dir >= 0)
            close(dir);
    }
    inspectedCgroups_.push_back(c);
    groups_.push_back(group);
    return group;
}

void Engine::addCgroupSubtree(const InspectedCgroup &c)
{
    const uint32_t group = c.group;
    const std::string top = c.path == "/" ? filterMount_ : filterMount_ + c.path;
    struct stat st {};
    uint64_t full = 0;
    auto add = [&](const std::string &dir) {
        if (stat(dir.c_str(), &st) != 0)
            return;
        const uint64_t id = st.st_ino;  // a cgroup's kernfs id is its directory's inode number
        if (bpf_map_update_elem(cgroupFilterFd_, &id, &group, BPF_NOEXIST) != 0 && errno == E2BIG)
            ++full;
    };
    add(top);
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(
             top, std::filesystem::directory_options::skip_permission_denied, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (!it->is_symlink(ec) && it->is_directory(ec))
            add(it->path().string());
    if (full && tracking_) {
        uint32_t slot = group;
        uint64_t n = 0;
        bpf_map_lookup_elem(tracking_->mapFd("group_overflow"), &slot, &n);
        n += full;
        bpf_map_update_elem(tracking_->mapFd("group_overflow"), &slot, &n, BPF_ANY);
    }
}

std::string Engine::inspectedCgroupPath(int group) const
{
    for (const InspectedCgroup &c : inspectedCgroups_)
        if (c.group == group)
            return c.path;
    return {};
}

int64_t Engine::liveProcesses(int group) const
{
    int64_t live = 0;
    uint32_t slot = group;
    if (tracking_)
        bpf_map_lookup_elem(tracking_->mapFd("group_live"), &slot, &live);
    if (auto it = armedProcesses_.find(group); it != armedProcesses_.end())
        live += it->second;
    return live;
}

uint64_t Engine::untrackedForks(int group) const
{
    uint64_t n = 0;
    uint32_t slot = group;
    if (tracking_)
        bpf_map_lookup_elem(tracking_->mapFd("group_overflow"), &slot, &n);
    return n;
}

bool Engine::treeFinished(int group) const
{
    if (liveProcesses(group) > 0)
        return false;
    for (const auto &m : loaded_)
        for (const PidRow &row : readPidRows(m->mapFd("ks_pids"), m->descriptor().counters.size()))
            if (int(row.group) == group)
                return false;
    return true;
}

std::vector<MapCost> Engine::mapCosts() const
{
    std::vector<MapCost> costs;
    std::set<uint32_t> seen;
    auto add = [&](const LoadedModule &m) {
        for (int fd : m.mapFds()) {
            bpf_map_info info{};
            uint32_t len = sizeof(info);
            if (bpf_obj_get_info_by_fd(fd, &info, &len) != 0 || !seen.insert(info.id).second)
                continue;
            costs.push_back({std::string(m.descriptor().name), info.name, memlockOf(fd), info.max_entries});
        }
    };
    if (tracking_)
        add(*tracking_);
    for (const auto &m : loaded_)
        add(*m);
    return costs;
}

std::vector<ProgramCost> Engine::programCosts() const
{
    std::vector<ProgramCost> costs;
    auto add = [&](const LoadedModule &m) {
        for (const auto &[name, fd] : m.programs()) {
            bpf_prog_info info{};
            uint32_t len = sizeof(info);
            if (bpf_obj_get_info_by_fd(fd, &info, &len) == 0)
                costs.push_back({std::string(m.descriptor().name), name, info.run_cnt, info.run_time_ns});
        }
    };
    if (tracking_)
        add(*tracking_);
    for (const auto &m : loaded_)
        add(*m);
    return costs;
}

std::map<std::string, std::map<Family, FamilyProbe>> probeCapabilities(const std::vector<std::string> &modules,
                                                                        LoadMode loadMode)
{
    std::map<std::string, std::map<Family, FamilyProbe>> result;
    for (const std::string &name : modules) {
        const ModuleDescriptor *m = findModule(name);
        if (!m)
            continue;
        for (Family family : {Family::Trampoline, Family::Tracepoint, Family::Probe}) {
            LoadSettings settings;
            settings.loadMode = loadMode;
            settings.policy.family = family;
            settings.config.pid_mode = KS_PID_NONE;
            settings.config.return_mode = loadMode == LoadMode::Return;
            FamilyProbe probe;
            auto loaded = LoadedModule::load(*m, settings, probe.report);
            if (!loaded) {
                probe.reason = probe.report.error;
                for (const auto &h : probe.report.hooks)
                    for (const auto &r : h.rejected)
                        probe.reason += "; " + h.hook + ": " + r.candidate + ": " + r.reason;
            } else {
                probe.ok = true;
                for (const auto &h : probe.report.hooks)
                    if (h.chosen.empty() && !h.rejected.empty())
                        probe.ok = false;
                for (const auto &u : probe.report.unavailable) {
                    // Errors are off by load mode, not by this family.
                    if (loadMode == LoadMode::Entry && m->counters[u.counter].errorCounter)
                        continue;
                    if (!probe.reason.empty())
                        probe.reason += "; ";
                    probe.reason += std::string(m->counters[u.counter].name) + ": " + u.reason;
                }
            }
            result[name][family] = std::move(probe);
        }
    }
    return result;
}

}  // namespace kinsight::engine
