// The rules of network.conf's connection filter (ports, ips, hostnames), one
// row each, with the rule that decided the tested port, address or host name
// marked. The pattern tester shows it.
#pragma once

#include "config/connection_filter.h"
#include "config/pattern_verdict.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace kinsight::gui {

class PatternRuleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ListColumn, RuleColumn, EffectColumn, VerdictColumn, ColumnCount };
    enum class List { Ports, Ips, Hostnames };

    explicit PatternRuleModel(QObject *parent = nullptr);

    void setFilter(const config::ConnectionFilter &filter);
    // The verdicts of the last test, per list (none: that list was not tested).
    void setVerdicts(std::optional<config::PatternVerdict> port, std::optional<config::PatternVerdict> address,
                     std::optional<config::PatternVerdict> hostname);
    int decidingRow(List list) const;  // -1 when no rule of that list decided

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        List list;
        int ruleIndex;
        QString text;
        bool negative;
        QString note;
    };
    QList<Row> rows_;
    std::optional<config::PatternVerdict> verdicts_[3];
    bool resolvesHostnames_ = false;
};

}  // namespace kinsight::gui
