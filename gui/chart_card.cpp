#include "chart_card.h"

#include "catalog_text.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

ChartCard::ChartCard(const CatalogChart &chart, QWidget *parent) : QFrame(parent), info_(chart)
{
    setObjectName(u"chart:"_s + chart.id);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void ChartCard::addDimension(const CatalogDimension &dimension)
{
    info_.dimensions.append(dimension);
}

bool ChartCard::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QLabel *ChartCard::createHeader()
{
    auto *header = new QLabel(this);
    header->setObjectName(u"chartHeader"_s);
    header->setTextFormat(Qt::RichText);
    header->setText(u"<b>%1</b>&nbsp;&nbsp;<span style=\"color:%3\">%2</span>"_s.arg(
        catalogText(info_.title).toHtmlEscaped(), info_.id.toHtmlEscaped(), palette().color(QPalette::PlaceholderText).name()));
    QString what;
    if (info_.isHistogram())
        what = tr("Chart %1 of module %2: how long each event took, counted per latency bin (%3)")
                   .arg(info_.id, info_.module, info_.units);
    else if (info_.units == u"%"_s)
        what = tr("Chart %1 of module %2: percentages of each interval, not rates").arg(info_.id, info_.module);
    else if (info_.isGauge())
        what = tr("Chart %1 of module %2: values in %3, not rates").arg(info_.id, info_.module, info_.units);
    else
        what = tr("Chart %1 of module %2: rates in %3").arg(info_.id, info_.module, info_.units);
    if (info_.kind == CatalogChart::Kind::DimensionPerKey)
        what += u"\n"_s + tr("One line per key of table \"%1\"; new keys join as they are seen.").arg(info_.table);
    header->setToolTip(what);
    return header;
}

}  // namespace kinsight::gui
