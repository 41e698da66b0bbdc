// mdflush: an md RAID1 over two disks of the scenario's own, built without
// superblocks (what `mdadm --build` does, through the md ioctls), then
// ks-workload-disk fsyncs the array F times: each fsync of a block device is
// one flush request (REQ_PREFLUSH), which md hands to md_flush_request. The
// array's row, md<minor> as Netdata names it, must have grown by F (a flush
// of md's own at most added).
//
// md_flush_request has no tracepoint: in a tracepoint-only attach mode the
// module must be unavailable with that reason. The md driver must be there
// (/proc/mdstat), and two member disks named by $KS_MD_DISKS (the kernel-matrix
// guest's NVMe disks ks-md0 and ks-md1); otherwise the scenario is skipped,
// with $KS_MD_UNAVAILABLE (the guest's insmod error) as the reason if set.
#include "scenario.h"

#include "mdflush.h"

#include <fcntl.h>
#include <linux/major.h>
#include <linux/raid/md_p.h>
#include <linux/raid/md_u.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>

namespace kinsight::exactness {
namespace {

constexpr long kFlushes = 25;
constexpr long kSlack = 2;

std::vector<std::string> members()
{
    std::vector<std::string> out;
    const char *env = std::getenv("KS_MD_DISKS");
    std::istringstream words(env ? env : "");
    for (std::string w; words >> w;)
        out.push_back(w);
    return out;
}

// What the kernel's own configuration says of md (CONFIG_MD, the menu; CONFIG_BLK_DEV_MD,
// the driver), if it tells.
std::string mdConfig()
{
    gzFile config = gzopen("/proc/config.gz", "rb");
    if (!config)
        return "no /proc/config.gz";
    std::string found;
    char line[512];
    while (gzgets(config, line, sizeof line)) {
        std::string l(line);
        if (!l.empty() && l.back() == '\n')
            l.pop_back();
        for (const char *option : {"CONFIG_MD", "CONFIG_BLK_DEV_MD"})
            if (l == "# " + std::string(option) + " is not set" || l.rfind(std::string(option) + "=", 0) == 0)
                found += (found.empty() ? "" : ", ") + l;
    }
    gzclose(config);
    return (found.empty() ? "no md option" : found) + " in /proc/config.gz";
}

std::string unsupported()
{
    if (access("/proc/mdstat", R_OK) != 0) {
        const char *why = std::getenv("KS_MD_UNAVAILABLE");
        return "the kernel has no md driver (no /proc/mdstat: md_mod not loaded or not built; " + mdConfig() + ")"
               + (why && *why ? std::string("; ") + why : "");
    }
    if (members().size() != 2)
        return "no member disks for an md RAID1: KS_MD_DISKS names " + std::to_string(members().size())
               + " block devices, not 2";
    return {};
}

// The array, stopped when this process exits so that the next run can build it again.
struct Array {
    int fd = -1;
    int minor = -1;
    std::string node;
    ~Array()
    {
        if (fd >= 0 && ioctl(fd, STOP_ARRAY, 0) != 0)
            std::fprintf(stderr, "mdflush: STOP_ARRAY %s: %s\n", node.c_str(), std::strerror(errno));
        if (fd >= 0)
            close(fd);
        if (!node.empty())
            unlink(node.c_str());
    }
} array;

bool fail(const char *what)
{
    std::fprintf(stderr, "mdflush: %s: %s\n", what, std::strerror(errno));
    return false;
}

bool prepare(const std::string &dir)
{
    if (array.fd >= 0)
        return true;
    // A minor no array uses; opening its node makes md create the device.
    int minor = 0;
    while (minor < 256 && access(("/sys/block/md" + std::to_string(minor)).c_str(), F_OK) == 0)
        ++minor;
    array.node = dir + "/md" + std::to_string(minor);
    unlink(array.node.c_str());
    if (mknod(array.node.c_str(), S_IFBLK | 0600, makedev(MD_MAJOR, minor)) != 0)
        return fail("mknod");
    array.fd = open(array.node.c_str(), O_RDWR | O_CLOEXEC);
    if (array.fd < 0)
        return fail(("open " + array.node).c_str());
    array.minor = minor;

    mdu_array_info_t info{};
    info.level = 1;
    info.raid_disks = info.nr_disks = info.active_disks = info.working_disks = 2;
    info.md_minor = minor;
    info.not_persistent = 1;
    info.state = 1 << MD_SB_CLEAN;  // members are alike (zeros): no resync
    unsigned long long smallest = ~0ULL;
    std::vector<struct stat> devices;
    for (const std::string &m : members()) {
        struct stat st {};
        unsigned long long bytes = 0;
        int fd = open(m.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || fstat(fd, &st) != 0 || !S_ISBLK(st.st_mode) || ioctl(fd, BLKGETSIZE64, &bytes) != 0)
            return fail(("member " + m).c_str());
        close(fd);
        smallest = std::min(smallest, bytes);
        devices.push_back(st);
    }
    info.size = int(smallest / 1024);  // KiB per member
    if (ioctl(array.fd, SET_ARRAY_INFO, &info) != 0)
        return fail("SET_ARRAY_INFO");
    for (size_t i = 0; i < devices.size(); ++i) {
        mdu_disk_info_t disk{};
        disk.number = disk.raid_disk = int(i);
        disk.major = int(major(devices[i].st_rdev));
        disk.minor = int(minor(devices[i].st_rdev));
        disk.state = (1 << MD_DISK_SYNC) | (1 << MD_DISK_ACTIVE);
        if (ioctl(array.fd, ADD_NEW_DISK, &disk) != 0)
            return fail(("ADD_NEW_DISK " + members()[i]).c_str());
    }
    mdu_param_t param{};
    if (ioctl(array.fd, RUN_ARRAY, &param) != 0)
        return fail("RUN_ARRAY");
    std::printf("  md%d: RAID1 over %s %s, %llu KiB\n", minor, members()[0].c_str(), members()[1].c_str(),
                smallest / 1024);
    return true;
}

std::vector<Check> check(const SystemContext &c)
{
    if (!c.engine) {
        // Only a tracepoint-only attach mode may leave md_flush_request unhooked here.
        const bool why = c.engineError.find("mdflush:") != std::string::npos
                         && c.engineError.find("no candidate for attach mode") != std::string::npos;
        return {{"mdflush_unavailable", why, "reason: " + c.engineError}};
    }
    const std::string name = "md" + std::to_string(array.minor);
    const engine::KeyedRow *row = c.row(*c.after, "mdflush", "md", name);
    const engine::KeyedRow *old = c.row(*c.before, "mdflush", "md", name);
    std::vector<Check> checks;
    std::string labels;
    if (const auto *m = c.module(*c.after, "mdflush"); m && m->keyed.count("md"))
        for (const auto &r : m->keyed.at("md"))
            labels += " " + r.label;
    checks.push_back({"mdflush_row", row != nullptr, row ? name : "no row " + name + "; rows:" + labels});
    const long flushes = (row && !row->values.empty() ? long(row->values[0]) : 0)
                         - (old && !old->values.empty() ? long(old->values[0]) : 0);
    checks.push_back({"mdflush_flushes", flushes >= kFlushes && flushes <= kFlushes + kSlack,
                      "expected [" + std::to_string(kFlushes) + ", " + std::to_string(kFlushes + kSlack) + "] got "
                          + std::to_string(flushes)});
    const auto *after = c.module(*c.after, "mdflush");
    const auto *before = c.module(*c.before, "mdflush");
    const long calls = after && before ? long(after->global[MDFLUSH_CALLS]) - long(before->global[MDFLUSH_CALLS]) : -1;
    checks.push_back({"mdflush_calls", calls >= flushes,
                      "at least " + std::to_string(flushes) + " got " + std::to_string(calls)});
    return checks;
}

const bool registered = registerScenario({
    "mdflush",
    {"mdflush"},
    "ks-workload-disk",
    [](const std::string &) {
        return std::vector<std::string>{array.node, "writes=0", "flushes=" + std::to_string(kFlushes)};
    },
    prepare,
    nullptr,
    nullptr,
    unsupported,
    check,
});

}  // namespace
}  // namespace kinsight::exactness
