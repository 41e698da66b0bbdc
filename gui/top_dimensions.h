// Which lines a chart with many dimensions draws (forty IRQs are no chart):
// the largest ones on average over the visible window, plus the ones the user
// asked for, minus the ones the user put away.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kinsight::gui {

struct DimensionAverage {
    QString id;
    double average = 0;  // of the magnitudes, over the samples in the window
};

class TopDimensions {
public:
    static constexpr int kDefaultLimit = 8;

    explicit TopDimensions(int limit = kDefaultLimit) : limit_(limit) {}

    int limit() const { return limit_; }
    // The user's word for one dimension: always drawn (true) or never (false).
    void choose(const QString &id, bool shown) { choices_.insert(id, shown); }
    void resetChoices() { choices_.clear(); }
    bool hasChoices() const { return !choices_.isEmpty(); }
    const QHash<QString, bool> &choices() const { return choices_; }

    // The dimensions to draw, in the order given: every chosen one, and then
    // the largest others (ties keep the given order) up to the limit.
    QStringList shown(const QList<DimensionAverage> &averages) const;

    // All of them, largest average first (the order of the chooser's menu).
    static QList<DimensionAverage> ranked(QList<DimensionAverage> averages);

private:
    int limit_;
    QHash<QString, bool> choices_;
};

}  // namespace kinsight::gui
