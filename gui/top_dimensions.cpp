#include "top_dimensions.h"

#include <QSet>

#include <algorithm>

namespace kinsight::gui {

QList<DimensionAverage> TopDimensions::ranked(QList<DimensionAverage> averages)
{
    std::stable_sort(averages.begin(), averages.end(),
                     [](const DimensionAverage &a, const DimensionAverage &b) { return a.average > b.average; });
    return averages;
}

QStringList TopDimensions::shown(const QList<DimensionAverage> &averages) const
{
    QSet<QString> picked;
    for (const DimensionAverage &d : averages)
        if (choices_.value(d.id, false))
            picked.insert(d.id);
    qsizetype room = std::max<qsizetype>(0, limit_ - picked.size());
    for (const DimensionAverage &d : ranked(averages)) {
        if (room == 0)
            break;
        if (choices_.contains(d.id))
            continue;  // the user already decided on this one
        picked.insert(d.id);
        --room;
    }
    QStringList out;
    for (const DimensionAverage &d : averages)
        if (picked.contains(d.id))
            out.append(d.id);
    return out;
}

}  // namespace kinsight::gui
