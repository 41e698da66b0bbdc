// The one-application dashboard's totals: the seed's groups, each with its
// metrics, their totals since the subject was selected and their rate over
// the last interval. The shape is fixed per session (setLayout), values change
// in place (setValues), so the view keeps its selection and expanded groups.
#pragma once

#include "app_metric_layout.h"

#include <QAbstractItemModel>

#include <optional>

namespace kinsight::apps::ui {

class MetricTotalsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { MetricColumnIndex, TotalColumn, RateColumn, SessionColumn, ColumnCount };
    enum Role { MetricNameRole = Qt::UserRole + 1, GroupNameRole };

    explicit MetricTotalsModel(QObject *parent = nullptr);

    void setLayout(const QList<LayoutGroup> &groups);
    const QList<LayoutGroup> &layout() const { return groups_; }
    // Per group, per metric: no value = none yet (or a ratio without a denominator).
    // `sinceStart`: since the session began (empty when the subject's counts do not go back that far).
    void setValues(const QList<QList<std::optional<double>>> &totals, const QList<QList<std::optional<double>>> &rates,
                   const QList<QList<std::optional<double>>> &sinceStart);
    std::optional<double> total(const QString &metric) const;
    QModelIndex indexOf(const QString &metric) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatValue(double value, const QString &unit, bool perSecond);

private:
    QList<LayoutGroup> groups_;
    QList<QList<std::optional<double>>> totals_;
    QList<QList<std::optional<double>>> rates_;
    QList<QList<std::optional<double>>> sinceStart_;
};

}  // namespace kinsight::apps::ui
