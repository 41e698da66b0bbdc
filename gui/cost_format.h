// How the Collector cost page writes its numbers, shared by its tables and
// summary so that the same value always reads the same.
#pragma once

#include <QString>

namespace kinsight::gui::costformat {

QString runsPerSecond(double runs);  // "16,367.69", "2.00"
QString nsPerRun(double ns);         // "85 ns"
QString cpuPercent(double percent);  // "0.161 %"
QString unavailable();               // "—"

}  // namespace kinsight::gui::costformat
