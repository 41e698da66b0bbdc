// What every chart on a page is: a framed card for one catalog chart, with its
// title and id in the header, that redraws itself from the session's history.
// Line charts and latency histograms are the two kinds.
#pragma once

#include "chart_catalog.h"

#include <QFrame>

class QLabel;

namespace kinsight::gui {

class SessionController;

class ChartCard : public QFrame {
    Q_OBJECT
public:
    explicit ChartCard(const CatalogChart &chart, QWidget *parent = nullptr);

    const CatalogChart &info() const { return info_; }

    // Draws what the controller's visible range holds.
    virtual void refreshFrom(const SessionController &controller) = 0;
    // A key of the chart's table showed up: one more dimension from now on.
    virtual void addDimension(const CatalogDimension &dimension);

protected:
    // The header line: bold title, the chart id greyed, and what the numbers are in its tooltip.
    QLabel *createHeader();
    static bool isDark(const QPalette &palette);

    CatalogChart info_;
};

}  // namespace kinsight::gui
