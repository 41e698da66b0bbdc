// A scrollable page of charts in headed groups (a section's families), laid
// out in as many columns as the width allows. Only a visible page redraws;
// a hidden one catches up when it is shown. Charts of keys seen later (a
// disk's histogram) join their group, or a new group, while the page is up.
#pragma once

#include "chart_catalog.h"

#include <QScrollArea>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace kinsight::gui {

class ChartCard;
class ChartWidget;
class HistogramWidget;
class SessionController;

struct ChartGroup {
    QString heading;  // empty: no heading
    QList<CatalogChart> charts;
};

class ChartPage : public QScrollArea {
    Q_OBJECT
public:
    ChartPage(const QString &title, const QList<ChartGroup> &groups, const SessionController *controller,
              QWidget *parent = nullptr);

    QString title() const { return title_; }
    QList<ChartCard *> cards() const;
    QList<ChartWidget *> charts() const;  // the line charts
    QList<HistogramWidget *> histograms() const;
    ChartCard *card(const QString &id) const;
    ChartWidget *chart(const QString &id) const;
    HistogramWidget *histogram(const QString &id) const;
    QStringList groupHeadings() const;
    int columnCount() const { return columns_; }

    // Charts that will come with keys not seen yet, said in words until they come.
    void setPending(const QList<PendingCharts> &pending);
    QString pendingText() const;
    // A chart whose key was just seen, at the end of its family's group.
    void addChart(const CatalogChart &chart);
    // A new dimension of every card showing chart `id`.
    void addDimension(const QString &id, const CatalogDimension &dimension);

    void scrollToGroup(const QString &heading);
    // Draws now, visible or not (the pages' own updates skip hidden pages).
    void refreshNow();

    static ChartCard *createCard(const CatalogChart &chart, QWidget *parent);

protected:
    void insertHeaderWidget(QWidget *widget);  // above the groups, under the title
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Group {
        QString key;  // the family name in English (heading shows it translated)
        QLabel *heading = nullptr;
        QGridLayout *grid = nullptr;
        QList<ChartCard *> charts;
    };
    Group &addGroup(const QString &heading);
    void onViewChanged();
    void layoutColumns(bool force);
    void layoutGroup(const Group &group);

    QString title_;
    const SessionController *controller_;
    QWidget *content_ = nullptr;
    QVBoxLayout *layout_ = nullptr;
    QVBoxLayout *groupsLayout_ = nullptr;  // a heading and a grid per group
    QLabel *pendingLabel_ = nullptr;
    QList<PendingCharts> pending_;
    QList<Group> groups_;
    int columns_ = 0;
    bool stale_ = true;
};

}  // namespace kinsight::gui
