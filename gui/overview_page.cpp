#include "overview_page.h"

#include "attach_summary.h"
#include "session_info.h"

#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {

QList<ChartGroup> overviewGroups(const ChartCatalog &catalog)
{
    return {ChartGroup{QString(), catalog.overviewCharts()}};
}

}  // namespace

OverviewPage::OverviewPage(const SessionInfo &session, const ChartCatalog &catalog,
                           const SessionController *controller, QWidget *parent)
    : ChartPage(tr("System Overview"), overviewGroups(catalog), controller, parent)
{
    QStringList modules;
    for (const ModuleInfo &m : session.modules)
        modules.append(AttachSummary::shortText(m).toHtmlEscaped());
    const QLocale locale;
    summary_ = tr("Kernel <b>%1</b> · load mode <b>%2</b> · attach <b>%3</b> · every <b>%4 s</b><br>Modules: %5")
                   .arg(session.kernelRelease.toHtmlEscaped(), session.loadMode.toHtmlEscaped(),
                        session.attachPolicy.toHtmlEscaped(), locale.toString(session.intervalSeconds),
                        modules.join(u" · "_s));
    auto *label = new QLabel(summary_, this);
    label->setObjectName(u"sessionSummary"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    insertHeaderWidget(label);
}

QString OverviewPage::summaryText() const
{
    return summary_;
}

}  // namespace kinsight::gui
