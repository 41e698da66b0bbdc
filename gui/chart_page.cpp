#include "chart_page.h"

#include "chart_widget.h"
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

ChartPage::ChartPage(const QString &title, const QList<ChartGroup> &groups, const SessionController *controller,
                     QWidget *parent)
    : QScrollArea(parent), title_(title), controller_(controller)
{
    setObjectName(u"page:"_s + title);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    layout_ = new QVBoxLayout(content);
    layout_->setContentsMargins(12, 10, 12, 12);
    layout_->setSpacing(8);

    auto *titleLabel = new QLabel(title, content);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    layout_->addWidget(titleLabel);

    for (const ChartGroup &group : groups) {
        Group g;
        if (!group.heading.isEmpty()) {
            g.heading = new QLabel(group.heading, content);
            g.heading->setObjectName(u"family:"_s + group.heading);
            QFont headingFont = g.heading->font();
            headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
            headingFont.setBold(true);
            g.heading->setFont(headingFont);
            g.heading->setContentsMargins(0, 8, 0, 0);
            layout_->addWidget(g.heading);
        }
        g.grid = new QGridLayout();
        g.grid->setSpacing(8);
        for (const CatalogChart &chart : group.charts)
            g.charts.append(new ChartWidget(chart, content));
        layout_->addLayout(g.grid);
        groups_.append(g);
    }
    layout_->addStretch(1);
    setWidget(content);
    layoutColumns(true);

    if (controller_)
        connect(controller_, &SessionController::viewChanged, this, &ChartPage::onViewChanged);
}

void ChartPage::insertHeaderWidget(QWidget *widget)
{
    layout_->insertWidget(1, widget);
}

QList<ChartWidget *> ChartPage::charts() const
{
    QList<ChartWidget *> all;
    for (const Group &g : groups_)
        all += g.charts;
    return all;
}

ChartWidget *ChartPage::chart(const QString &id) const
{
    for (const Group &g : groups_)
        for (ChartWidget *c : g.charts)
            if (c->info().id == id)
                return c;
    return nullptr;
}

void ChartPage::scrollToGroup(const QString &heading)
{
    for (const Group &g : groups_) {
        if (g.heading && g.heading->text() == heading) {
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
        for (ChartWidget *c : g.charts)
            c->refresh(controller_->history(), controller_->visibleRange(), controller_->labeler());
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

void ChartPage::layoutColumns(bool force)
{
    const int columns = std::max(1, viewport()->width() / kMinimumColumnWidth);
    if (columns == columns_ && !force)
        return;
    columns_ = columns;
    for (const Group &g : groups_) {
        for (ChartWidget *c : g.charts)
            g.grid->removeWidget(c);
        for (qsizetype i = 0; i < g.charts.size(); ++i)
            g.grid->addWidget(g.charts[i], int(i / columns), int(i % columns));
        for (int col = 0; col < columns; ++col)
            g.grid->setColumnStretch(col, 1);
        for (int col = columns; col < g.grid->columnCount(); ++col)
            g.grid->setColumnStretch(col, 0);
    }
}

}  // namespace kinsight::gui
