#include "overview_page.h"

#include "attach_summary.h"
#include "session_info.h"

#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {

// The headlines first, then the families the collectors file under System
// Overview themselves (interrupts, swap, shared memory…).
QList<ChartGroup> overviewGroups(const ChartCatalog &catalog)
{
    QList<ChartGroup> groups{ChartGroup{QString(), catalog.overviewCharts()}};
    if (const CatalogSection *section = catalog.section(ChartCatalog::overviewSection()))
        for (const CatalogFamily &family : section->families)
            groups.append(ChartGroup{family.name, family.charts});
    return groups;
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
    if (const CatalogSection *section = catalog.section(ChartCatalog::overviewSection()))
        setPending(section->pending);
}

QString OverviewPage::summaryText() const
{
    return summary_;
}

}  // namespace kinsight::gui
