// A scrollable page of charts in headed groups (a section's families), laid
// out in as many columns as the width allows. Only a visible page redraws;
// a hidden one catches up when it is shown.
#pragma once

#include "chart_catalog.h"

#include <QScrollArea>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace kinsight::gui {

class ChartWidget;
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
    QList<ChartWidget *> charts() const;
    ChartWidget *chart(const QString &id) const;
    int columnCount() const { return columns_; }

    void scrollToGroup(const QString &heading);
    // Draws now, visible or not (the pages' own updates skip hidden pages).
    void refreshNow();

protected:
    void insertHeaderWidget(QWidget *widget);  // above the groups, under the title
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Group {
        QLabel *heading = nullptr;
        QGridLayout *grid = nullptr;
        QList<ChartWidget *> charts;
    };
    void onViewChanged();
    void layoutColumns(bool force);

    QString title_;
    const SessionController *controller_;
    QVBoxLayout *layout_ = nullptr;
    QList<Group> groups_;
    int columns_ = 0;
    bool stale_ = true;
};

}  // namespace kinsight::gui
