// swap: ks-workload-swap sends its own pages to swap with MADV_PAGEOUT and
// reads them back: exactly `pages` folios written and `pages` read when swap is
// on, none when it is off (the host has no swap; the kernel-matrix guest swaps
// to a disk of its own).
#include "scenario.h"

#include <fstream>
#include <string>

namespace kinsight::exactness {
namespace {

constexpr long kPages = 256;

// /proc/swaps has a header line, then one line per active swap area.
bool swapIsOn()
{
    std::ifstream swaps("/proc/swaps");
    std::string line;
    int lines = 0;
    while (std::getline(swaps, line))
        lines += !line.empty();
    return lines > 1;
}

const bool registered = registerScenario({
    "swap",
    {"swap"},
    "ks-workload-swap",
    [](const std::string &) {
        return std::vector<std::string>{"pages=" + std::to_string(kPages), swapIsOn() ? "swap=1" : "swap=0"};
    },
    nullptr,
    [](const ScenarioContext &) {
        const long pages = swapIsOn() ? kPages : 0;
        return std::map<std::string, long>{{"swap_write_call", pages}, {"swap_read_call", pages}};
    },
});

}  // namespace
}  // namespace kinsight::exactness
