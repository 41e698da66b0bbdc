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
// an ext4 disk. Where $KS_XFS_DIR names an xfs directory (the guest's xfs
// disk), the same operations are made there too and checked the same way.
//
// Mounts come and go: where $KS_SCRATCH_DIR is the only ext4 mount (the guest),
// the scenario then unmounts it, and ext4 must turn unavailable ("not mounted")
// with its rows gone at the next read; mounts it again, and ext4's latency must
// count again (its counters going on from where they were).
#include "scenario.h"

#include "filesystem.h"

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

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

struct Mount {
    std::string point, type, source;
};

std::vector<Mount> mounts()
{
    std::vector<Mount> out;
    std::ifstream in("/proc/self/mountinfo");
    std::string line;
    while (std::getline(in, line)) {
        // "id parent maj:min root point options [optional...] - type source super-options"
        std::istringstream words(line);
        std::string id, parent, dev, root, point;
        words >> id >> parent >> dev >> root >> point;
        const auto at = line.find(" - ");
        if (at == std::string::npos)
            continue;
        std::istringstream tail(line.substr(at + 3));
        Mount m{point, "", ""};
        tail >> m.type >> m.source;
        out.push_back(m);
    }
    return out;
}

long binSum(const engine::KeyedRow *row)
{
    long sum = 0;
    if (row)
        for (uint64_t v : row->values)
            sum += long(v);
    return sum;
}

bool anyExt4Row(const SystemContext &c, const engine::Snapshot &snap)
{
    for (const char *table : kTables)
        if (c.row(snap, "filesystem", table, "ext4"))
            return true;
    return false;
}

// ext4 leaves (unmounted) and comes back (mounted again) while the engine runs.
void followMounts(const SystemContext &c, std::vector<Check> &checks)
{
    const char *scratch = std::getenv("KS_SCRATCH_DIR");
    std::vector<Mount> ext4;
    for (const Mount &m : mounts())
        if (m.type == "ext4")
            ext4.push_back(m);
    if (!scratch || ext4.size() != 1 || ext4[0].point != scratch) {
        std::printf("  mounts coming and going not tested: needs $KS_SCRATCH_DIR as the only ext4 mount\n");
        return;
    }
    const engine::ModuleReport *report = c.report("filesystem");
    if (!report || report->unavailableReason(FS_COUNTER(FS_EXT4, FS_OP_WRITE)))
        return;  // ext4 not measured in this attach mode: nothing to follow
    const Mount m = ext4[0];
    const int writes = FS_COUNTER(FS_EXT4, FS_OP_WRITE);
    const long written = long(c.module(*c.after, "filesystem")->global[writes]);

    if (umount2(m.point.c_str(), 0) != 0) {
        checks.push_back({"ext4_unmount", false, m.point + ": " + std::strerror(errno)});
        return;
    }
    const engine::Snapshot gone = c.engine->read();
    const char *reason = c.report("filesystem")->unavailableReason(writes);
    checks.push_back({"ext4_gone", reason && std::string(reason).find("mounted") != std::string::npos
                                        && !anyExt4Row(c, gone),
                      std::string(anyExt4Row(c, gone) ? "ext4 rows still shown; " : "")
                          + "reason: " + (reason ? reason : "(none: reported available)")});

    if (mount(m.source.c_str(), m.point.c_str(), "ext4", 0, nullptr) != 0) {
        checks.push_back({"ext4_mount", false, m.source + " on " + m.point + ": " + std::strerror(errno)});
        return;
    }
    c.engine->read();  // notices the mount: ext4's programs attach again
    constexpr long kWrites = 10;
    const std::string path = m.point + "/ks-filesystem-follow";
    int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    char block[4096] = {};
    long done = 0;
    for (long i = 0; fd >= 0 && i < kWrites; ++i)
        done += write(fd, block, sizeof block) == long(sizeof block);
    if (fd >= 0)
        close(fd);
    unlink(path.c_str());
    const engine::Snapshot after = c.engine->read();
    // The counters go on across the reloads; the histogram row went with the mount
    // and starts again from zero.
    const auto *was = c.module(gone, "filesystem");
    const auto *now = c.module(after, "filesystem");
    const long total = now ? long(now->global[writes]) : -1;
    const long calls = was && now ? total - long(was->global[writes]) : -1;
    const long binned = binSum(c.row(after, "filesystem", "write", "ext4"));
    checks.push_back({"ext4_back", done == kWrites && calls >= kWrites && binned == calls && total >= written + kWrites,
                      std::to_string(calls) + " write calls for " + std::to_string(done) + " writes after the mount, "
                          + std::to_string(binned) + " in the new histogram row; write calls in all "
                          + std::to_string(written) + " before the unmount, " + std::to_string(total) + " now"});
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

// Calls of file system `fs` per operation between two reads: the workload's
// (opens: one more, the creation), each in its histogram as in its counter; or
// unavailable with a cause, and no row.
void opChecks(const SystemContext &c, int fs, const engine::Snapshot &from, const engine::Snapshot &to,
              std::vector<Check> &checks)
{
    const engine::ModuleReport *report = c.report("filesystem");
    const engine::ModuleSnapshot *after = c.module(to, "filesystem");
    const engine::ModuleSnapshot *before = c.module(from, "filesystem");
    if (!report || !after || !before) {
        checks.push_back({"filesystem", false, "module not in the snapshot"});
        return;
    }
    const long want[FS_OPS] = {p.reads, p.writes, p.opens + 1, p.fsyncs};
    for (int op = 0; op < FS_OPS; ++op) {
        const int counter = FS_COUNTER(fs, op);
        const std::string what = std::string(kFs[fs]) + "_" + kTables[op];
        const engine::KeyedRow *row = c.row(to, "filesystem", kTables[op], kFs[fs]);
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
        const long binned = binSum(row) - binSum(c.row(from, "filesystem", kTables[op], kFs[fs]));
        checks.push_back({what + "_histogram", row && binned == calls,
                          "bins grew by " + std::to_string(binned) + ", calls by " + std::to_string(calls)});
    }
}

// The workload's operations made here, on $KS_XFS_DIR (the guest's xfs disk).
void xfsChecks(const SystemContext &c, std::vector<Check> &checks)
{
    const char *dir = std::getenv("KS_XFS_DIR");
    if (!dir || !*dir) {
        std::printf("  xfs not tested: $KS_XFS_DIR names no xfs directory\n");
        return;
    }
    const std::string path = std::string(dir) + "/ks-filesystem";
    const engine::Snapshot from = c.engine->read();
    char block[4096] = {};
    long failed = 0;
    int fd = open(path.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    failed += fd < 0;
    for (long i = 0; fd >= 0 && i < p.writes; ++i)
        failed += write(fd, block, sizeof block) != long(sizeof block);
    for (long i = 0; fd >= 0 && i < p.fsyncs; ++i)
        failed += fsync(fd) != 0;
    for (long i = 0; i < p.opens; ++i) {
        const int again = open(path.c_str(), O_RDONLY | O_CLOEXEC);
        failed += again < 0 || close(again) != 0;
    }
    for (long i = 0; fd >= 0 && i < p.reads; ++i)
        failed += pread(fd, block, sizeof block, off_t(i % p.writes) * long(sizeof block)) < 0;
    if (fd >= 0)
        close(fd);
    const engine::Snapshot to = c.engine->read();
    unlink(path.c_str());
    checks.push_back({"xfs_operations", failed == 0, std::to_string(failed) + " failed on " + path});
    opChecks(c, FS_XFS, from, to, checks);
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
    opChecks(c, FS_EXT4, *c.before, *c.after, checks);
    xfsChecks(c, checks);
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
    followMounts(c, checks);
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
