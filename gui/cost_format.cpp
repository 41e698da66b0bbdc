#include "cost_format.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace kinsight::gui::costformat {

QString runsPerSecond(double runs)
{
    return QLocale().toString(runs, 'f', 2);
}

QString nsPerRun(double ns)
{
    return QLocale().toString(ns, 'f', 0) + u" ns"_s;
}

QString cpuPercent(double percent)
{
    // A program that ran at all did cost something: never "0.000 %" for it.
    if (percent > 0 && percent < 0.0005)
        return u"< "_s + QLocale().toString(0.001, 'f', 3) + u" %"_s;
    return QLocale().toString(percent, 'f', 3) + u" %"_s;
}

QString unavailable()
{
    return u"—"_s;
}

}  // namespace kinsight::gui::costformat
