#include "history.h"

namespace kinsight {

History::History(double maxAgeSeconds, int maxPointsPerSeries) : maxAge_(maxAgeSeconds), maxPoints_(maxPointsPerSeries) {}

QString History::key(const QString &chart, const QString &dimension)
{
    return chart + QLatin1Char('\x1f') + dimension;
}

void History::trim(std::deque<QPointF> &points) const
{
    while (!points.empty() && (points.front().x() < latest_ - maxAge_ || int(points.size()) > maxPoints_))
        points.pop_front();
}

void History::append(const RateFrame &frame)
{
    latest_ = std::max(latest_, frame.time);
    for (auto chart = frame.charts.begin(); chart != frame.charts.end(); ++chart) {
        for (auto dim = chart.value().begin(); dim != chart.value().end(); ++dim) {
            auto &points = series_[key(chart.key(), dim.key())];
            points.emplace_back(frame.time, dim.value());
            trim(points);
        }
    }
}

void History::clear()
{
    series_.clear();
    latest_ = 0;
}

QList<QPointF> History::series(const QString &chart, const QString &dimension, double since) const
{
    QList<QPointF> out;
    auto it = series_.find(key(chart, dimension));
    if (it == series_.end())
        return out;
    for (const QPointF &p : it.value())
        if (p.x() >= since)
            out.append(p);
    return out;
}

qsizetype History::pointCount() const
{
    qsizetype n = 0;
    for (const auto &points : series_)
        n += qsizetype(points.size());
    return n;
}

}  // namespace kinsight
