// disk: ks-workload-disk makes N direct 4 KiB writes to a block device of the
// scenario's own, which nothing else uses: the latency histogram of that disk,
// named as sysfs names it, must have grown by at least N calls (and by not much
// more: nothing else writes there) and the collector's timed completions too.
//
// The device is $KS_DISK_DEVICE when set (the kernel-matrix guest's raw NVMe
// disk), else a loop device over a file in the scenario's directory, detached
// by the kernel when this process exits (LO_FLAGS_AUTOCLEAR).
#include "scenario.h"

#include "disk.h"
#include "latency.h"

#include <fcntl.h>
#include <linux/loop.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace kinsight::exactness {
namespace {

constexpr long kWrites = 200;
// Requests the device may see besides the workload's (none expected: no file
// system, no partition scan; room for a probe the kernel might make).
constexpr long kSlack = 8;
constexpr long kLoopBytes = 4 << 20;

std::string device;  // the block device written to
int loopFd = -1;     // held open: the loop device detaches when the last opener closes

std::string fromEnvironment()
{
    const char *d = std::getenv("KS_DISK_DEVICE");
    return d && *d ? d : "";
}

std::string unsupported()
{
    if (!fromEnvironment().empty() || loopFd >= 0)
        return {};
    if (access("/dev/loop-control", R_OK | W_OK) != 0)
        return "no block device to write to: KS_DISK_DEVICE is not set and /dev/loop-control is missing ("
               + std::string(std::strerror(errno)) + ")";
    return {};
}

// A free loop device bound to a fresh file of kLoopBytes (LOOP_CONFIGURE, 5.8+).
bool attachLoop(const std::string &dir)
{
    const std::string backing = dir + "/disk.img";
    int file = open(backing.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (file < 0 || ftruncate(file, kLoopBytes) != 0) {
        std::perror("disk: backing file");
        return false;
    }
    unlink(backing.c_str());  // the loop device keeps it
    int control = open("/dev/loop-control", O_RDWR | O_CLOEXEC);
    if (control < 0) {
        std::perror("disk: /dev/loop-control");
        return false;
    }
    // Another process may take the free device between the two calls: try again.
    for (int attempt = 0; attempt < 10 && loopFd < 0; ++attempt) {
        const int n = ioctl(control, LOOP_CTL_GET_FREE);
        if (n < 0)
            break;
        const std::string path = "/dev/loop" + std::to_string(n);
        int fd = open(path.c_str(), O_RDWR | O_CLOEXEC);
        if (fd < 0)
            continue;
        loop_config config{};
        config.fd = unsigned(file);
        config.info.lo_flags = LO_FLAGS_AUTOCLEAR;
        std::snprintf(reinterpret_cast<char *>(config.info.lo_file_name), LO_NAME_SIZE, "ks-exactness-disk");
        if (ioctl(fd, LOOP_CONFIGURE, &config) == 0) {
            loopFd = fd;
            device = path;
        } else {
            std::fprintf(stderr, "disk: LOOP_CONFIGURE %s: %s\n", path.c_str(), std::strerror(errno));
            close(fd);
        }
    }
    close(control);
    close(file);
    return loopFd >= 0;
}

bool prepare(const std::string &dir)
{
    device = fromEnvironment();
    if (!device.empty())
        return true;
    if (loopFd >= 0)
        return true;  // a second run in this process reuses the device
    return attachLoop(dir);
}

long binSum(const engine::KeyedRow *row)
{
    long sum = 0;
    if (row)
        for (uint64_t v : row->values)
            sum += long(v);
    return sum;
}

std::vector<Check> check(const SystemContext &c)
{
    std::vector<Check> checks;
    struct stat st {};
    if (stat(device.c_str(), &st) != 0 || !S_ISBLK(st.st_mode))
        return {{"device", false, device + " is not a block device"}};
    const std::string name = device.substr(device.rfind('/') + 1);
    // The engine's key: the kernel's dev_t (major << 20 | minor).
    const uint32_t dev = (uint32_t(major(st.st_rdev)) << 20) | uint32_t(minor(st.st_rdev));

    const engine::ModuleSnapshot *after = c.module(*c.after, "disk");
    const engine::KeyedRow *row = nullptr;
    std::string labels;
    if (after && after->keyed.count("disk"))
        for (const auto &r : after->keyed.at("disk")) {
            labels += (labels.empty() ? "" : " ") + r.label;
            uint32_t key = 0;
            if (r.key.size() == sizeof key)
                std::memcpy(&key, r.key.data(), sizeof key);
            if (key == dev)
                row = &r;
        }
    checks.push_back({"disk_row", row != nullptr,
                      row ? "row of " + std::to_string(major(st.st_rdev)) + ":" + std::to_string(minor(st.st_rdev))
                                + " present"
                          : "no row for " + device + " among: " + labels});
    if (!row)
        return checks;
    checks.push_back({"disk_name", row->label == name, "expected " + name + " got " + row->label});
    checks.push_back({"disk_bins", row->values.size() == KS_LATENCY_BINS,
                      std::to_string(row->values.size()) + " bins"});

    const long calls = binSum(row) - binSum(c.row(*c.before, "disk", "disk", row->label));
    const std::string bounds = "[" + std::to_string(kWrites) + ", " + std::to_string(kWrites + kSlack) + "]";
    checks.push_back({"disk_latency_calls", calls >= kWrites && calls <= kWrites + kSlack,
                      "expected " + bounds + " got " + std::to_string(calls)});
    // Where the calls fell, for the record: the first and last non-empty bins.
    int first = -1, last = -1;
    for (size_t i = 0; i < row->values.size(); ++i)
        if (row->values[i]) {
            first = first < 0 ? int(i) : first;
            last = int(i);
        }
    std::printf("  disk %s bins %d..%d (bin i: [2^(i-1), 2^i) us)\n", name.c_str(), first, last);

    const engine::ModuleSnapshot *before = c.module(*c.before, "disk");
    const long timed = after && before ? long(after->global[DISK_TIMED]) - long(before->global[DISK_TIMED]) : -1;
    checks.push_back({"disk_requests_timed", timed >= calls,
                      "at least " + std::to_string(calls) + " got " + std::to_string(timed)});
    return checks;
}

const bool registered = registerScenario({
    "disk",
    {"disk"},
    "ks-workload-disk",
    [](const std::string &) {
        return std::vector<std::string>{device, "writes=" + std::to_string(kWrites), "flushes=0"};
    },
    prepare,
    nullptr,
    nullptr,
    unsupported,
    check,
});

}  // namespace
}  // namespace kinsight::exactness
