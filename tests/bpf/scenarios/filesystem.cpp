// filesystem: ks-workload-fs creates a file on ext4 and makes W writes, S
// fsyncs, O more opens and R reads of it: ext4's write, sync, open and read
// latency histograms must grow by those calls (opens: O + 1, the creation
// too), and each histogram by as many calls as its counter. The file system's
// own functions have no tracepoint: where neither trampolines nor kprobes work
// (this machine kind's host kernel, or a tracepoint-only attach mode), ext4's
// latency must be unavailable with the reason, and no histogram row shown for
// it (never zeros). File systems not mounted are unavailable as such.
//
// On tmpfs (the kernel-matrix guest's /tmp) the file goes to $KS_SCRATCH_DIR,
// an ext4 disk.
#include "scenario.h"

#include "filesystem.h"

#include <sys/stat.h>
#include <sys/vfs.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>

namespace kinsight::exactness {
namespace {

struct Params {
    long opens = 40, reads = 60, writes = 50, fsyncs = 5;
};
const Params p;
// Calls of other processes on the same file system: none in the guest; a few
// (an editor, a logger) on a machine in use.
constexpr long kSlack = 32;
constexpr long kExt4Magic = 0xEF53;

constexpr const char *kFs[FS_KINDS] = {"ext4", "xfs", "nfs", "zfs", "btrfs"};
constexpr const char *kTables[FS_OPS] = {"read", "write", "open", "sync"};

std::string base;

bool prepare(const std::string &dir)
{
    struct statfs fs {};
    base = dir;
    if (statfs(base.c_str(), &fs) != 0 || long(fs.f_type) != kExt4Magic) {
        const char *scratch = std::getenv("KS_SCRATCH_DIR");
        base = scratch && *scratch ? std::string(scratch) + "/ks-filesystem" : "";
        mkdir(base.c_str(), 0755);
        if (base.empty() || statfs(base.c_str(), &fs) != 0 || long(fs.f_type) != kExt4Magic) {
            std::fprintf(stderr, "filesystem: %s is not ext4 and KS_SCRATCH_DIR names no ext4 directory\n",
                         dir.c_str());
            return false;
        }
    }
    return true;
}

// File system types in the mount table now.
std::set<std::string> mountedTypes()
{
    std::set<std::string> types;
    std::ifstream in("/proc/self/mountinfo");
    std::string line;
    while (std::getline(in, line))
        if (auto at = line.find(" - "); at != std::string::npos)
            types.insert(line.substr(at + 3, line.find(' ', at + 3) - at - 3));
    return types;
}

long binSum(const engine::KeyedRow *row)
{
    long sum = 0;
    if (row)
        for (uint64_t v : row->values)
            sum += long(v);
    return sum;
}

// Why a hook did not attach, as the engine words it: a kernel that refuses the
// family (EPERM at load: no tracing programs), a function it lacks, or an attach
// mode without such variants. A verifier rejection (EACCES, EINVAL) is a bug of
// ours, not a reason.
bool namesCause(const std::string &reason)
{
    for (const char *cause : {"cannot create kprobes", "load failed: Operation not permitted (EPERM)",
                              "no candidate for attach mode", "not in the kernel's BTF", "not in /proc/kallsyms",
                              "not mounted"})
        if (reason.find(cause) != std::string::npos)
            return true;
    return false;
}

std::vector<Check> check(const SystemContext &c)
{
    std::vector<Check> checks;
    if (!c.engine) {
        // Not one hook attached: the module's error must say why for ext4's.
        const std::string &e = c.engineError;
        const bool precise = e.find("filesystem:") != std::string::npos && e.find("ext4_") != std::string::npos
                             && namesCause(e);
        return {{"filesystem_unavailable", precise, "reason: " + e}};
    }
    const engine::ModuleReport *report = c.report("filesystem");
    const engine::ModuleSnapshot *after = c.module(*c.after, "filesystem");
    const engine::ModuleSnapshot *before = c.module(*c.before, "filesystem");
    if (!report || !after || !before)
        return {{"filesystem", false, "module not in the snapshot"}};
    const long want[FS_OPS] = {p.reads, p.writes, p.opens + 1, p.fsyncs};
    for (int op = 0; op < FS_OPS; ++op) {
        const int counter = FS_COUNTER(FS_EXT4, op);
        const std::string what = std::string("ext4_") + kTables[op];
        const engine::KeyedRow *row = c.row(*c.after, "filesystem", kTables[op], "ext4");
        if (const char *reason = report->unavailableReason(counter)) {
            // Unavailable must say why, and show nothing rather than zeros.
            checks.push_back({what + "_unavailable", namesCause(reason) && !row,
                              std::string(row ? "but a row is shown; " : "") + "reason: " + reason});
            continue;
        }
        const long calls = long(after->global[counter]) - long(before->global[counter]);
        const std::string bounds = "[" + std::to_string(want[op]) + ", " + std::to_string(want[op] + kSlack) + "]";
        checks.push_back({what + "_calls", calls >= want[op] && calls <= want[op] + kSlack,
                          "expected " + bounds + " got " + std::to_string(calls)});
        const long binned = binSum(row) - binSum(c.row(*c.before, "filesystem", kTables[op], "ext4"));
        checks.push_back({what + "_histogram", row && binned == calls,
                          "bins grew by " + std::to_string(binned) + ", calls by " + std::to_string(calls)});
    }
    // A file system that is not mounted is not instrumented, and says so.
    const auto types = mountedTypes();
    for (int fs = FS_XFS; fs < FS_KINDS; ++fs) {
        if (types.count(kFs[fs]) || (fs == FS_NFS && types.count("nfs4")))
            continue;
        const char *reason = report->unavailableReason(FS_COUNTER(fs, FS_OP_READ));
        const bool said = reason && std::string(reason).find("mounted") != std::string::npos;
        checks.push_back({std::string(kFs[fs]) + "_not_mounted", said,
                          std::string("reason: ") + (reason ? reason : "(none: reported available)")});
    }
    return checks;
}

std::string kv(const char *k, long v)
{
    return std::string(k) + "=" + std::to_string(v);
}

const bool registered = registerScenario({
    "filesystem",
    {"filesystem"},
    "ks-workload-fs",
    [](const std::string &) {
        return std::vector<std::string>{base, kv("opens", p.opens), kv("reads", p.reads), kv("writes", p.writes),
                                        kv("fsyncs", p.fsyncs), kv("spin_ms", 0)};
    },
    prepare,
    nullptr,
    nullptr,
    nullptr,
    check,
});

}  // namespace
}  // namespace kinsight::exactness
