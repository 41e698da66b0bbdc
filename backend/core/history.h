// Bounded in-memory history of rate series, for charts with a time window.
// Each series keeps at most `maxAge` seconds and `maxPoints` points: memory
// stays bounded however long the window stays open.
#pragma once

#include "rates.h"

#include <QHash>
#include <QPointF>

#include <deque>

namespace kinsight {

class History {
public:
    explicit History(double maxAgeSeconds = 3600, int maxPointsPerSeries = 40000);

    void append(const RateFrame &frame);
    void clear();

    // Points (time in seconds, value) of one chart dimension from `since` on.
    QList<QPointF> series(const QString &chart, const QString &dimension, double since = 0) const;
    double latestTime() const { return latest_; }
    qsizetype pointCount() const;

    static QString key(const QString &chart, const QString &dimension);

private:
    void trim(std::deque<QPointF> &points) const;

    double maxAge_;
    int maxPoints_;
    double latest_ = 0;
    QHash<QString, std::deque<QPointF>> series_;
};

}  // namespace kinsight
