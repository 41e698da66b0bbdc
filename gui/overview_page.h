// System Overview: what this session measures (kernel, modes, modules), its
// headline charts, and the charts collectors put in the System Overview menu.
#pragma once

#include "chart_page.h"

namespace kinsight {
struct SessionInfo;
}

namespace kinsight::gui {

class OverviewPage : public ChartPage {
    Q_OBJECT
public:
    OverviewPage(const SessionInfo &session, const ChartCatalog &catalog, const SessionController *controller,
                 QWidget *parent = nullptr);

    QString summaryText() const;

private:
    QString summary_;
};

}  // namespace kinsight::gui
