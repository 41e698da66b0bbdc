// Latency histograms as the collectors send them: cumulative counts in bins of
// microseconds named as Netdata names them ("0us->1us", "1us->2us", …,
// "4s->+Inf"). A table whose values are named like that is drawn as a
// latency distribution rather than as 24 lines.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kinsight::gui {

class HistogramBins {
public:
    // The bins named by `names`, or nothing when the names are not bins.
    // Netdata's log2 names ("512us->1ms" is 512–1024 µs) get their exact
    // power-of-two bounds, not the rounded numbers of their names.
    static std::optional<HistogramBins> fromNames(const QStringList &names);

    qsizetype size() const { return names_.size(); }
    const QStringList &names() const { return names_; }
    double lowerMicros(qsizetype bin) const { return lower_[bin]; }
    double upperMicros(qsizetype bin) const { return upper_[bin]; }  // +inf for an open last bin
    bool isLog2() const { return log2_; }

    // "16–32 µs", "512 µs–1.02 ms", "≥ 4.19 s".
    QString rangeText(qsizetype bin) const;
    // 3 significant digits in µs, ms or s: "512 µs", "1.02 ms", "65.5 ms".
    static QString durationText(double micros);

    // The bin holding the q-quantile (0 < q ≤ 1) of `counts` by nearest rank:
    // the first bin whose running total reaches ceil(q × total). A histogram
    // gives no more than the bin; -1 when there are no counts.
    static int quantileBin(const QList<double> &counts, double q);

private:
    QStringList names_;
    QList<double> lower_;
    QList<double> upper_;
    bool log2_ = false;
};

}  // namespace kinsight::gui
