// Numbers as a chart shows them: a y axis scaled to a readable unit (bytes/s
// as KiB/s, MiB/s, ...) with round tick steps, and exact values for hover text.
#pragma once

#include <QString>

namespace kinsight::gui {

struct UnitScale {
    double divisor = 1;  // plotted value = value / divisor
    QString units;       // the axis' units after scaling
};

// The scale that keeps `largestMagnitude` below 1024 of the unit (bytes only;
// other units stay as they are).
UnitScale scaleFor(const QString &units, double largestMagnitude);

struct AxisRange {
    double min = 0;
    double max = 1;
    int tickCount = 2;
    int decimals = 0;
};

// A range covering [low, high] with about `targetTicks` round steps (1, 2, 5 x 10^k).
// Zero is always inside: rates and counts are read against zero. All zeros give 0..1.
AxisRange niceRange(double low, double high, int targetTicks = 5);

// The exact value with its units, for hover text ("1,788.51 calls/s",
// "27,862,900 B/s (26.57 MiB/s)").
QString formatExact(double value, const QString &units);

// A size in the largest binary unit below 1024 of it ("605.0 KiB", "512 B").
QString formatBytes(double bytes);

// Short units for bytes ("bytes/s" -> "B/s"); others unchanged.
QString displayUnits(const QString &units);

}  // namespace kinsight::gui
