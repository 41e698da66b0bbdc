#include "value_format.h"

#include "catalog_text.h"
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {

bool isBytes(const QString &units)
{
    return units == u"bytes"_s || units == u"bytes/s"_s || units == u"B"_s || units == u"B/s"_s;
}

QString perSecondSuffix(const QString &units)
{
    return units.endsWith(u"/s"_s) ? u"/s"_s : QString();
}

}  // namespace

QString displayUnits(const QString &units)
{
    if (isBytes(units))
        return u"B"_s + perSecondSuffix(units);
    return catalogText(units);
}

UnitScale scaleFor(const QString &units, double largestMagnitude)
{
    if (!isBytes(units))
        return {1, units};
    static const char16_t *const prefixes[] = {u"B", u"KiB", u"MiB", u"GiB", u"TiB"};
    double divisor = 1;
    int step = 0;
    while (step < 4 && std::abs(largestMagnitude) / divisor >= 1024) {
        divisor *= 1024;
        ++step;
    }
    return {divisor, QString::fromUtf16(prefixes[step]) + perSecondSuffix(units)};
}

AxisRange niceRange(double low, double high, int targetTicks)
{
    low = std::min(low, 0.0);
    high = std::max(high, 0.0);
    if (!(high - low > 0))  // nothing but zeros (or NaN): a plain 0..1
        return AxisRange{0, 1, 3, 1};
    const double rough = (high - low) / std::max(1, targetTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    AxisRange r;
    r.min = std::floor(low / step) * step;
    r.max = std::ceil(high / step) * step;
    if (r.max - high < step * 1e-6)  // headroom so a line at the maximum does not run along the frame
        r.max += step;
    r.tickCount = int(std::lround((r.max - r.min) / step)) + 1;
    r.decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
    return r;
}

QString formatExact(double value, const QString &units)
{
    const QLocale locale;
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    QString text = locale.toString(value, 'f', whole ? 0 : 2) + u' ' + displayUnits(units);
    const UnitScale scale = scaleFor(units, value);
    if (scale.divisor > 1)
        text += u" ("_s + locale.toString(value / scale.divisor, 'f', 2) + u' ' + scale.units + u')';
    return text;
}

QString formatBytes(double bytes)
{
    const UnitScale scale = scaleFor(u"bytes"_s, bytes);
    return QLocale().toString(bytes / scale.divisor, 'f', scale.divisor > 1 ? 1 : 0) + u' ' + scale.units;
}

}  // namespace kinsight::gui
