#include "chart_page.h"

#include "catalog_text.h"
#include "chart_widget.h"
#include "histogram_widget.h"
#include "session_controller.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {
constexpr int kMinimumColumnWidth = 520;
}

ChartCard *ChartPage::createCard(const CatalogChart &chart, QWidget *parent)
{
    if (chart.isHistogram())
        return new HistogramWidget(chart, parent);
    return new ChartWidget(chart, parent);
}

ChartPage::ChartPage(const QString &title, const QList<ChartGroup> &groups, const SessionController *controller,
                     QWidget *parent)
    : QScrollArea(parent), title_(title), controller_(controller)
{
    setObjectName(u"page:"_s + title);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    content_ = new QWidget(this);
    layout_ = new QVBoxLayout(content_);
    layout_->setContentsMargins(12, 10, 12, 12);
    layout_->setSpacing(8);

    auto *titleLabel = new QLabel(catalogText(title), content_);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    layout_->addWidget(titleLabel);

    pendingLabel_ = new QLabel(content_);
    pendingLabel_->setObjectName(u"pendingCharts"_s);
    pendingLabel_->setWordWrap(true);
    pendingLabel_->setTextFormat(Qt::RichText);
    pendingLabel_->hide();
    layout_->addWidget(pendingLabel_);

    groupsLayout_ = new QVBoxLayout();
    groupsLayout_->setSpacing(8);
    layout_->addLayout(groupsLayout_);
    for (const ChartGroup &group : groups) {
        Group &g = addGroup(group.heading);
        for (const CatalogChart &chart : group.charts)
            g.charts.append(createCard(chart, content_));
    }
    layout_->addStretch(1);
    setWidget(content_);
    layoutColumns(true);

    if (controller_)
        connect(controller_, &SessionController::viewChanged, this, &ChartPage::onViewChanged);
}

ChartPage::Group &ChartPage::addGroup(const QString &heading)
{
    Group g;
    if (!heading.isEmpty()) {
        g.key = heading;
        g.heading = new QLabel(catalogText(heading), content_);
        g.heading->setObjectName(u"family:"_s + heading);
        QFont headingFont = g.heading->font();
        headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
        headingFont.setBold(true);
        g.heading->setFont(headingFont);
        g.heading->setContentsMargins(0, 8, 0, 0);
        groupsLayout_->addWidget(g.heading);
    }
    g.grid = new QGridLayout();
    g.grid->setSpacing(8);
    groupsLayout_->addLayout(g.grid);
    groups_.append(g);
    return groups_.last();
}

void ChartPage::insertHeaderWidget(QWidget *widget)
{
    layout_->insertWidget(1, widget);
}

void ChartPage::setPending(const QList<PendingCharts> &pending)
{
    pending_ = pending;
    QStringList lines;
    for (const PendingCharts &p : pending_)
        lines.append(p.text.toHtmlEscaped());
    pendingLabel_->setText(u"<i>%1</i>"_s.arg(lines.join(u"<br>"_s)));
    pendingLabel_->setVisible(!lines.isEmpty());
}

QString ChartPage::pendingText() const
{
    return pendingLabel_->isHidden() ? QString() : pendingLabel_->text();
}

QList<ChartCard *> ChartPage::cards() const
{
    QList<ChartCard *> all;
    for (const Group &g : groups_)
        all += g.charts;
    return all;
}

QList<ChartWidget *> ChartPage::charts() const
{
    QList<ChartWidget *> lines;
    for (ChartCard *c : cards())
        if (auto *w = qobject_cast<ChartWidget *>(c))
            lines.append(w);
    return lines;
}

QList<HistogramWidget *> ChartPage::histograms() const
{
    QList<HistogramWidget *> out;
    for (ChartCard *c : cards())
        if (auto *h = qobject_cast<HistogramWidget *>(c))
            out.append(h);
    return out;
}

ChartCard *ChartPage::card(const QString &id) const
{
    for (const Group &g : groups_)
        for (ChartCard *c : g.charts)
            if (c->info().id == id)
                return c;
    return nullptr;
}

ChartWidget *ChartPage::chart(const QString &id) const
{
    return qobject_cast<ChartWidget *>(card(id));
}

HistogramWidget *ChartPage::histogram(const QString &id) const
{
    return qobject_cast<HistogramWidget *>(card(id));
}

QStringList ChartPage::groupHeadings() const
{
    QStringList headings;
    for (const Group &g : groups_)
        headings.append(g.heading ? g.key : QString());
    return headings;
}

void ChartPage::addChart(const CatalogChart &chart)
{
    if (card(chart.id))
        return;
    auto group = std::find_if(groups_.begin(), groups_.end(),
                              [&](const Group &g) { return g.heading && g.key == chart.family; });
    Group *g = group != groups_.end() ? &*group : &addGroup(chart.family);
    ChartCard *card = createCard(chart, content_);
    g->charts.append(card);
    layoutGroup(*g);
    pending_.removeIf([&](const PendingCharts &p) { return p.templateId == chart.templateId; });
    setPending(pending_);
    if (isVisible() && controller_ && controller_->sampleCount() > 0)
        card->refreshFrom(*controller_);
    else
        stale_ = true;
}

void ChartPage::addDimension(const QString &id, const CatalogDimension &dimension)
{
    for (ChartCard *c : cards())
        if (c->info().id == id)
            c->addDimension(dimension);
}

void ChartPage::scrollToGroup(const QString &heading)
{
    for (const Group &g : groups_) {
        if (g.heading && g.key == heading) {
            widget()->layout()->activate();
            verticalScrollBar()->setValue(g.heading->y() - layout_->contentsMargins().top());
            return;
        }
    }
    verticalScrollBar()->setValue(0);
}

void ChartPage::onViewChanged()
{
    if (!isVisible()) {
        stale_ = true;
        return;
    }
    refreshNow();
}

void ChartPage::refreshNow()
{
    stale_ = false;
    if (!controller_)
        return;
    for (const Group &g : groups_)
        for (ChartCard *c : g.charts)
            c->refreshFrom(*controller_);
}

void ChartPage::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    if (stale_ && controller_ && controller_->sampleCount() > 0)
        refreshNow();
}

void ChartPage::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    layoutColumns(false);
}

void ChartPage::layoutGroup(const Group &g)
{
    for (ChartCard *c : g.charts)
        g.grid->removeWidget(c);
    // A histogram alone in its group (one disk) takes the whole width: its
    // intervals get wider columns instead of leaving half the page empty.
    if (g.charts.size() == 1 && g.charts.first()->info().isHistogram()) {
        g.grid->addWidget(g.charts.first(), 0, 0, 1, columns_);
    } else {
        for (qsizetype i = 0; i < g.charts.size(); ++i)
            g.grid->addWidget(g.charts[i], int(i / columns_), int(i % columns_));
    }
    for (int col = 0; col < columns_; ++col)
        g.grid->setColumnStretch(col, 1);
    for (int col = columns_; col < g.grid->columnCount(); ++col)
        g.grid->setColumnStretch(col, 0);
}

void ChartPage::layoutColumns(bool force)
{
    const int columns = std::max(1, viewport()->width() / kMinimumColumnWidth);
    if (columns == columns_ && !force)
        return;
    columns_ = columns;
    for (const Group &g : groups_)
        layoutGroup(g);
}

}  // namespace kinsight::gui
