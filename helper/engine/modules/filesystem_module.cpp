// The `filesystem` collector: read, write, open and fsync latency (nfs: getattr)
// of ext4, xfs, nfs, zfs and btrfs, each instrumented only while one is mounted.
#include "hook_builders.h"
#include "skeleton_object.h"

#include "filesystem.h"
#include "filesystem.skel.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <bitset>
#include <cstring>
#include <mutex>

namespace kinsight::engine {

namespace {

struct FileSystem {
    const char *name;                 // Netdata's, in chart ids and filesystem.conf's <name>dist
    std::vector<std::string_view> types;  // mountinfo types it serves
    // Functions timed per operation (FS_OPS); nfs opens go through either of two.
    std::vector<std::string_view> functions[FS_OPS];
};

const FileSystem kFileSystems[FS_KINDS] = {
    {"ext4", {"ext4"}, {{"ext4_file_read_iter"}, {"ext4_file_write_iter"}, {"ext4_file_open"}, {"ext4_sync_file"}}},
    {"xfs", {"xfs"}, {{"xfs_file_read_iter"}, {"xfs_file_write_iter"}, {"xfs_file_open"}, {"xfs_file_fsync"}}},
    {"nfs",
     {"nfs", "nfs4"},
     {{"nfs_file_read"}, {"nfs_file_write"}, {"nfs_file_open", "nfs4_file_open"}, {"nfs_getattr"}}},
    {"zfs", {"zfs"}, {{"zpl_iter_read"}, {"zpl_iter_write"}, {"zpl_open"}, {"zpl_fsync"}}},
    {"btrfs", {"btrfs"}, {{"btrfs_file_read_iter"}, {"btrfs_file_write_iter"}, {"btrfs_file_open"}, {"btrfs_sync_file"}}},
};

constexpr const char *kOps[FS_OPS] = {"read", "write", "open", "sync"};

const char *opName(int fs, int op)
{
    return fs == FS_NFS && op == FS_OP_SYNC ? "attribute" : kOps[op];
}

// Chart titles per operation, written out so that tests/i18n/extract-catalog.py
// finds them for translation ({key} is the file system).
const char *latencyTitle(int fs, int op)
{
    constexpr const char *kTitles[FS_OPS] = {"{key} read latency", "{key} write latency", "{key} open latency",
                                             "{key} sync latency"};
    return fs == FS_NFS && op == FS_OP_SYNC ? "{key} attribute latency" : kTitles[op];
}

// The supported file systems mounted now. /proc/self/mountinfo is read again only
// when the kernel flags a mount change on the open file (POLLPRI), so asking at
// every read costs one poll().
class Mounts {
public:
    static Mounts &instance()
    {
        static Mounts mounts;
        return mounts;
    }

    std::bitset<FS_KINDS> mounted()
    {
        std::lock_guard lock(lock_);
        pollfd p{fd_, POLLPRI, 0};
        if (fd_ < 0 || !known_ || (poll(&p, 1, 0) > 0 && (p.revents & (POLLPRI | POLLERR))))
            reread();
        return mounted_;
    }

private:
    Mounts() { fd_ = open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC); }

    void reread()
    {
        std::string text;
        if (fd_ >= 0 && lseek(fd_, 0, SEEK_SET) == 0) {
            char buffer[8192];
            for (ssize_t n; (n = read(fd_, buffer, sizeof buffer)) > 0;)
                text.append(buffer, size_t(n));
        }
        mounted_.reset();
        // "... - <type> <source> <super options>": the type follows the separator.
        for (size_t at = 0; (at = text.find(" - ", at)) != std::string::npos; at += 3) {
            const size_t start = at + 3, end = text.find(' ', start);
            const std::string_view type(text.data() + start, (end == std::string::npos ? text.size() : end) - start);
            for (int fs = 0; fs < FS_KINDS; ++fs)
                for (auto t : kFileSystems[fs].types)
                    if (t == type)
                        mounted_.set(fs);
        }
        known_ = fd_ >= 0;
    }

    std::mutex lock_;
    int fd_ = -1;
    bool known_ = false;
    std::bitset<FS_KINDS> mounted_;
};

std::string notMounted(int fs)
{
    if (Mounts::instance().mounted().test(fs))
        return {};
    std::string types;
    for (auto t : kFileSystems[fs].types)
        types += (types.empty() ? "" : " or ") + std::string(t);
    return "no " + types + " file system is mounted (/proc/self/mountinfo)";
}

Hook fileSystemHook(int fs, int op)
{
    const std::string name = kFileSystems[fs].name;
    const std::string hook = name + "_" + (op == FS_OP_SYNC && fs == FS_NFS ? "attr" : kOps[op]);
    Candidate trampoline{ProgramKind::Fentry, ModeUse::Both, {}};
    Candidate probe{ProgramKind::Kprobe, ModeUse::Both, {}};
    const auto &functions = kFileSystems[fs].functions[op];
    // Each alternative function has programs of its own (a trampoline is bound to one);
    // where there are two (nfs and nfs4 opens), either may be absent.
    const bool optional = functions.size() > 1;
    for (size_t i = 0; i < functions.size(); ++i) {
        const std::string program = i == 0 ? hook : name + "4_" + kOps[op];
        const std::vector<std::string_view> target{functions[i]};
        trampoline.attachments.push_back({intern(program + "__fentry"), target, optional});
        trampoline.attachments.push_back({intern(program + "__fexit"), target, optional});
        probe.attachments.push_back({intern(program + "__kprobe"), target, optional});
        probe.attachments.push_back({intern(program + "__kretprobe"), target, optional});
    }
    return Hook{intern(hook),
                {FS_COUNTER(fs, op)},
                false,
                {trampoline, probe},
                intern(name + "dist"),
                [fs] { return notMounted(fs); }};
}

std::vector<Hook> fileSystemHooks()
{
    std::vector<Hook> hooks;
    for (int fs = 0; fs < FS_KINDS; ++fs)
        for (int op = 0; op < FS_OPS; ++op)
            hooks.push_back(fileSystemHook(fs, op));
    return hooks;
}

std::vector<CounterDef> fileSystemCounters()
{
    std::vector<CounterDef> counters;
    for (int fs = 0; fs < FS_KINDS; ++fs)
        for (int op = 0; op < FS_OPS; ++op) {
            std::string functions;
            for (auto f : kFileSystems[fs].functions[op])
                functions += (functions.empty() ? "" : ", ") + std::string(f);
            counters.push_back({intern(std::string(kFileSystems[fs].name) + "_" + opName(fs, op) + "_calls"), "calls",
                                intern(functions + " calls timed")});
        }
    return counters;
}

std::vector<ModuleSwitch> fileSystemSwitches()
{
    std::vector<ModuleSwitch> switches;
    for (const FileSystem &f : kFileSystems)
        switches.push_back({"filesystem", intern(std::string(f.name) + "dist"),
                            intern("measure " + std::string(f.name) + " latency")});
    return switches;
}

// A file system's row while one is mounted; once none is, its row goes (and its
// charts with it) and a new mount starts from zero.
KeyedTableDef latencyTable(std::string_view map, int op, bool nfsOnly)
{
    const char *name = opName(nfsOnly ? FS_NFS : FS_EXT4, op);
    const char *title = latencyTitle(nfsOnly ? FS_NFS : FS_EXT4, op);
    KeyedTableDef table{
        map,
        name,
        latencyBinValues(intern(std::string(name) + " calls")),
        [nfsOnly, op](const void *key, size_t) -> std::string {
            uint32_t fs;
            std::memcpy(&fs, key, sizeof fs);
            const bool belongs = fs < FS_KINDS && (op != FS_OP_SYNC || (fs == FS_NFS) == nfsOnly);
            return belongs && Mounts::instance().mounted().test(fs) ? kFileSystems[fs].name : "";
        },
        {{KeyedChartDef::Layout::ChartPerKey, intern("filesystem.{key}_" + std::string(name) + "_latency"),
          title, "calls/s", "Filesystem", "{key}"}},
        true,
    };
    return table;
}

std::string mountedState()
{
    return Mounts::instance().mounted().to_string();
}

}  // namespace

const ModuleDescriptor &filesystemModule()
{
    static const ModuleDescriptor descriptor = [] {
        ModuleDescriptor d{
            "filesystem",
            "Latency of reads, writes, opens and fsyncs (nfs: getattr) in ext4, xfs, nfs, zfs and btrfs",
            fileSystemCounters(),
            fileSystemHooks(),
            {},
            {},
            false,  // off by default, as in Netdata's stock configuration
            openSkeleton<filesystem_bpf>,
            {
                latencyTable("fs_read_latency", FS_OP_READ, false),
                latencyTable("fs_write_latency", FS_OP_WRITE, false),
                latencyTable("fs_open_latency", FS_OP_OPEN, false),
                latencyTable("fs_sync_latency", FS_OP_SYNC, false),
                latencyTable("fs_attr_latency", FS_OP_SYNC, true),
            },
        };
        d.switches = fileSystemSwitches();
        d.loadState = mountedState;
        return d;
    }();
    return descriptor;
}

}  // namespace kinsight::engine
