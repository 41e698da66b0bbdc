#include "activity_history.h"

#include <QSet>

namespace kinsight::apps::ui {

double ActivityHistory::activity(const QList<MetricColumn> &columns, const Totals &totals)
{
    double sum = 0;
    for (qsizetype i = 0; i < columns.size() && i < totals.perSecond.size(); ++i)
        if (columns[i].unavailable.isEmpty() && columns[i].unit != QLatin1String("bytes"))
            sum += totals.perSecond[i];
    return sum;
}

void ActivityHistory::add(const AppsSnapshot &snapshot)
{
    QSet<QString> seen;
    auto push = [&](const QString &key, const Totals &totals) {
        seen.insert(key);
        QList<double> &s = series_[key];
        s.append(activity(snapshot.columns, totals));
        if (s.size() > kSamples)
            s.remove(0, s.size() - kSamples);
    };
    for (const ApplicationRow &r : snapshot.applications)
        push(applicationKey(r.name), r.totals);
    for (const CgroupRow &r : snapshot.cgroups)
        push(cgroupKey(r.path), r.totals);
    for (const ProcessRow &r : snapshot.processes)
        push(processKey(r.identity.tgid), r.totals);
    for (auto it = series_.begin(); it != series_.end();)
        it = seen.contains(it.key()) ? std::next(it) : series_.erase(it);
}

}  // namespace kinsight::apps::ui
