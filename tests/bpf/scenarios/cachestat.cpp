// cachestat: ks-workload-cachestat reads a file whose pages it dropped from the
// page cache, reads it again, and writes new pages to another file. Its data
// pages are counted exactly; around them, file-system metadata (inode and
// directory blocks, cached in the block device's page cache) counts too when
// this process is the one that reads a block in or dirties a clean one, which
// depends on the rest of the system: on the host's unjournaled ext4, about one
// run in thirty dirties an inode block. Hence small bounds above the exact data
// counts. Hits get more room: the exit of the process marks its binary's mapped
// pages accessed.
//
// tmpfs has no backing store, so its pages are never missed nor dirtied: where
// the scenario's directory is on tmpfs (the kernel-matrix guest), the files go
// to $KS_SCRATCH_DIR, a disk file system.
#include "scenario.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace kinsight::exactness {
namespace {

struct Params {
    long pages = 1024, rereads = 3, writes = 64;
};
const Params p;
constexpr long kPage = 4096;
// Metadata blocks a run may read in or dirty (see above).
constexpr long kMetadataSlack = 8;
// Misses get more room on the first run in a fresh build tree: in a fresh clone's
// CI run (cachestat is the first test after the build) a run missed 21 pages more
// than its data, and the next runs in that tree did not — presumably pages of its
// new directories and just-linked binary read in. Far below a second count of the data.
constexpr long kMissSlack = 32;
// Accesses a run adds to its reads: its exit unmaps its own binary's pages, each
// marked accessed if it was used (about 230 for this static binary in the guest),
// and lookups touch cached metadata blocks. Smaller than `pages`, so that counting
// the first read of each page as a hit too would not pass.
constexpr long kHitSlack = 512;

constexpr long kTmpfsMagic = 0x01021994;
constexpr long kRamfsMagic = 0x858458f6;

std::string dataPath, outPath;

bool syncPath(const std::string &path, int flags)
{
    const int fd = open(path.c_str(), flags);
    const bool ok = fd >= 0 && fsync(fd) == 0;
    if (fd >= 0)
        close(fd);
    return ok;
}

// A clean data file whose atime is newer than its mtime (so that reading it does
// not dirty its inode under relatime), and an empty output file.
bool prepareFiles(const std::string &dir)
{
    struct statfs fs {};
    std::string base = dir;
    if (statfs(dir.c_str(), &fs) != 0)
        return false;
    if (long(fs.f_type) == kTmpfsMagic || long(fs.f_type) == kRamfsMagic) {
        const char *scratch = std::getenv("KS_SCRATCH_DIR");
        if (!scratch || !*scratch) {
            std::fprintf(stderr, "cachestat: %s is on tmpfs and KS_SCRATCH_DIR names no disk file system\n",
                         dir.c_str());
            return false;
        }
        base = std::string(scratch) + "/ks-cachestat";
        mkdir(base.c_str(), 0755);
    }
    dataPath = base + "/data";
    outPath = base + "/out";
    unlink(outPath.c_str());
    if (!writeFile(dataPath, p.pages * kPage) || !writeFile(outPath, 0))
        return false;
    const timespec times[2] = {{0, UTIME_NOW}, {0, UTIME_OMIT}};
    return utimensat(AT_FDCWD, dataPath.c_str(), times, 0) == 0 && syncPath(dataPath, O_RDONLY)
           && syncPath(outPath, O_RDONLY) && syncPath(base, O_RDONLY | O_DIRECTORY);
}

std::string kv(const char *k, long v)
{
    return std::string(k) + "=" + std::to_string(v);
}

const bool registered = registerScenario({
    "cachestat",
    {"cachestat"},
    "ks-workload-cachestat",
    [](const std::string &) {
        return std::vector<std::string>{dataPath, outPath, kv("pages", p.pages), kv("rereads", p.rereads),
                                        kv("writes", p.writes)};
    },
    prepareFiles,
    [](const ScenarioContext &) { return std::map<std::string, long>{}; },
    [](const ScenarioContext &) {
        return std::map<std::string, Range>{
            {"cachestat_misses", {p.pages, p.pages + kMissSlack}},
            {"cachestat_dirties", {p.writes, p.writes + kMetadataSlack}},
            {"cachestat_hits", {p.pages * p.rereads, p.pages * p.rereads + kHitSlack}},
        };
    },
});

}  // namespace
}  // namespace kinsight::exactness
