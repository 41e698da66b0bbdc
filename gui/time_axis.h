// Time on the x axis. Samples carry the helper's monotonic clock; a live
// session shows wall-clock times (anchored when its first sample arrived), a
// recording shows time since its first sample, since its wall clock is unknown.
#pragma once

#include <QList>
#include <QString>

namespace kinsight::gui {

// The time axis' extent, and the newest sample drawn (a paused view leaves
// newer samples out even when the axis reaches further).
struct TimeRange {
    double start = 0;
    double end = 1;
    double lastSample = 1;
};

class TimeLabeler {
public:
    enum class Mode { WallClock, SinceStart };

    TimeLabeler() = default;
    TimeLabeler(Mode mode, double originSeconds, qint64 originWallMs = 0);

    Mode mode() const { return mode_; }
    double origin() const { return origin_; }
    // The hover label for a sample time (seconds of the helper's clock).
    QString label(double seconds) const;
    // A tick label: clock ticks a minute or more apart leave the seconds out.
    QString tickLabel(double seconds, double step) const;
    QString axisTitle() const;  // empty for clock times
    // Where round ticks of `step` seconds fall, as an offset before the origin.
    double tickPhase(double step) const;

private:
    Mode mode_ = Mode::SinceStart;
    double origin_ = 0;
    qint64 originWallMs_ = 0;
};

// The round step (5 s, 10 s, ..., 1 h) giving at most about `targetTicks` ticks over `span` seconds.
double timeTickStep(double span, int targetTicks = 8);

// Round tick positions (every 5 s, 10 s, ..., 10 min) inside [start, end],
// aligned to the labeler's clock so labels read 12:01:00, 12:02:00, ...
QList<double> timeTicks(const TimeLabeler &labeler, double start, double end, int targetTicks = 8);

}  // namespace kinsight::gui
