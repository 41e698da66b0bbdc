#include "time_axis.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

TimeLabeler::TimeLabeler(Mode mode, double originSeconds, qint64 originWallMs)
    : mode_(mode), origin_(originSeconds), originWallMs_(originWallMs)
{
}

QString TimeLabeler::label(double seconds) const
{
    const double offset = seconds - origin_;
    if (mode_ == Mode::WallClock) {
        // Nearest second: a tick computed in floating point may sit a hair before it.
        const qint64 ms = originWallMs_ + qint64(std::llround(offset * 1000));
        return QDateTime::fromMSecsSinceEpoch((ms + 500) / 1000 * 1000).toString(u"HH:mm:ss"_s);
    }
    const qint64 total = std::llround(offset);
    const qint64 magnitude = std::abs(total);
    const QString sign = total < 0 ? u"-"_s : QString();
    const qint64 h = magnitude / 3600, m = (magnitude / 60) % 60, s = magnitude % 60;
    if (h > 0)
        return sign + u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return sign + u"%1:%2"_s.arg(m).arg(s, 2, 10, QChar(u'0'));
}

QString TimeLabeler::tickLabel(double seconds, double step) const
{
    const QString full = label(seconds);
    if (mode_ == Mode::WallClock && step >= 60)
        return full.left(5);  // HH:mm
    return full;
}

QString TimeLabeler::axisTitle() const
{
    // Clock times explain themselves; offsets need saying what they count from.
    return mode_ == Mode::WallClock ? QString()
                                    : QCoreApplication::translate("kinsight::gui::TimeLabeler", "m:ss since start");
}

double TimeLabeler::tickPhase(double step) const
{
    if (mode_ != Mode::WallClock)
        return 0;
    // Wall-clock ticks align to the local clock's round seconds, not to the helper's clock.
    const double secondsOfDay = QDateTime::fromMSecsSinceEpoch(originWallMs_).time().msecsSinceStartOfDay() / 1000.0;
    return std::fmod(secondsOfDay, step);
}

double timeTickStep(double span, int targetTicks)
{
    static const double steps[] = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600};
    for (double step : steps)
        if (span / step <= targetTicks)
            return step;
    return steps[std::size(steps) - 1];
}

QList<double> timeTicks(const TimeLabeler &labeler, double start, double end, int targetTicks)
{
    QList<double> ticks;
    if (!(end > start))
        return ticks;
    const double step = timeTickStep(end - start, targetTicks);
    const double base = labeler.origin() - labeler.tickPhase(step);
    for (double t = base + std::ceil((start - base) / step - 1e-9) * step; t <= end + 1e-9; t += step)
        ticks.append(t);
    return ticks;
}

}  // namespace kinsight::gui
