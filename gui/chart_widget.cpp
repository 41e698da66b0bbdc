#include "chart_widget.h"

#include "catalog_text.h"
#include "hover_chart_view.h"
#include "series_colors.h"
#include "session_controller.h"

#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {

// A legend beside the plot reads better than a row under it once there are
// more entries than fit on one line.
constexpr int kBottomLegendEntries = 4;

// The point nearest to x in points sorted by x; -1 when there is none.
qsizetype nearestIndex(const QList<QPointF> &points, double x)
{
    if (points.isEmpty())
        return -1;
    auto it = std::lower_bound(points.cbegin(), points.cend(), x,
                               [](const QPointF &p, double value) { return p.x() < value; });
    if (it == points.cend())
        return points.size() - 1;
    const qsizetype i = it - points.cbegin();
    if (i > 0 && x - points[i - 1].x() < points[i].x() - x)
        return i - 1;
    return i;
}

}  // namespace

ChartWidget::ChartWidget(const CatalogChart &chart, QWidget *parent) : ChartCard(chart, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addWidget(createHeader());

    buildChart();
    layout->addWidget(view_, 1);

    chooser_ = new QToolButton(this);
    chooser_->setObjectName(u"dimensionChooser"_s);
    chooser_->setPopupMode(QToolButton::InstantPopup);
    chooser_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    chooser_->setAutoRaise(true);
    chooser_->setToolTip(tr("Choose the lines this chart draws; the largest ones in the window are drawn until you "
                            "choose"));
    auto *menu = new QMenu(chooser_);
    menu->setStyleSheet(u"QMenu { menu-scrollable: 1; }"_s);  // scroll through a hundred IRQs, not columns
    chooser_->setMenu(menu);
    connect(chooser_->menu(), &QMenu::aboutToShow, this, &ChartWidget::fillChooserMenu);
    layout->addWidget(chooser_, 0, Qt::AlignLeft);

    unavailable_ = new QLabel(this);
    unavailable_->setObjectName(u"unavailable"_s);
    unavailable_->setWordWrap(true);
    unavailable_->setTextFormat(Qt::RichText);
    unavailable_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList lines;
    for (const CatalogDimension &d : chart.dimensions)
        if (!d.unavailableReason.isEmpty())
            lines.append(tr("<b>%1</b> — unavailable: %2").arg(catalogText(d.label).toHtmlEscaped(), d.unavailableReason.toHtmlEscaped()));
    if (!chart.unavailableReason.isEmpty())
        lines.append(chart.unavailableReason.toHtmlEscaped());
    unavailable_->setText(lines.join(u"<br>"_s));
    unavailable_->setVisible(!lines.isEmpty());
    layout->addWidget(unavailable_);

    if (!chart.hasMeasuredDimension()) {
        // Nothing to draw: a compact card that says why instead of an empty plot.
        view_->hide();
        layout->setStretch(1, 0);
        layout->addStretch(1);
        unavailable_->setText(u"<i>%1</i><br>"_s.arg(tr("Not measured in this session.")) + unavailable_->text());
    }
    updateChooser();
}

void ChartWidget::buildChart()
{
    chart_ = new QChart();
    chart_->setTheme(isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart_->setAnimationOptions(QChart::NoAnimation);
    chart_->setBackgroundRoundness(0);
    chart_->setMargins(QMargins(2, 2, 2, 2));
    chart_->layout()->setContentsMargins(0, 0, 0, 0);
    chart_->legend()->setAlignment(Qt::AlignBottom);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    chart_->legend()->setFont(small);

    timeAxis_ = new QCategoryAxis(chart_);
    timeAxis_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    timeAxis_->setLabelsFont(small);
    timeAxis_->setTitleFont(small);
    chart_->addAxis(timeAxis_, Qt::AlignBottom);

    valueAxis_ = new QValueAxis(chart_);
    valueAxis_->setLabelsFont(small);
    valueAxis_->setTitleFont(small);
    valueAxis_->setTitleText(displayUnits(info_.units));
    chart_->addAxis(valueAxis_, Qt::AlignLeft);

    for (const CatalogDimension &d : std::as_const(info_.dimensions))
        addSeries(d);

    emptyItem_ = new QGraphicsSimpleTextItem(chart_);
    emptyItem_->setBrush(palette().color(QPalette::PlaceholderText));
    emptyItem_->setZValue(5);

    view_ = new HoverChartView(chart_, this);
    view_->setMinimumHeight(220);
    view_->setFrameShape(QFrame::NoFrame);
    connect(view_, &HoverChartView::hoverMoved, this, &ChartWidget::onHoverMoved);
    connect(chart_, &QChart::plotAreaChanged, this, [this] {
        updateEmptyText();
        // The first refresh may come before the layout: label the axis for the real width.
        if (everRefreshed_ && timeTickTarget() != tickTarget_)
            updateTimeAxis(timeAxis_->min(), timeAxis_->max());
    });
    updateEmptyText();
}

void ChartWidget::addSeries(const CatalogDimension &d)
{
    if (!d.unavailableReason.isEmpty() || series_.contains(d.id))
        return;  // unavailable is absent, not a line at zero
    auto *line = new QLineSeries(chart_);
    line->setName(catalogText(d.label));
    const SeriesStyle style = seriesStyle(d.colorIndex >= 0 ? d.colorIndex : int(order_.size()), isDark(palette()));
    QPen pen(style.color, 2);
    pen.setStyle(style.penStyle);
    line->setPen(pen);
    chart_->addSeries(line);
    line->attachAxis(timeAxis_);
    line->attachAxis(valueAxis_);
    series_.insert(d.id, line);
    order_.append(d.id);
    if (series_.size() > kBottomLegendEntries)
        chart_->legend()->setAlignment(Qt::AlignRight);
    chart_->legend()->setVisible(true);
}

void ChartWidget::addDimension(const CatalogDimension &dimension)
{
    ChartCard::addDimension(dimension);
    addSeries(dimension);
    updateAverages();
    applyDimensionChoice();
    updateEmptyText();
}

void ChartWidget::refreshFrom(const SessionController &controller)
{
    refresh(controller.history(), controller.visibleRange(), controller.labeler());
}

void ChartWidget::refresh(const History &history, const TimeRange &range, const TimeLabeler &labeler)
{
    labeler_ = labeler;
    everRefreshed_ = true;
    double largest = 0;
    for (auto it = series_.cbegin(); it != series_.cend(); ++it) {
        QList<QPointF> points = history.series(info_.id, it.key(), range.start);
        while (!points.isEmpty() && points.constLast().x() > range.lastSample)
            points.removeLast();  // paused: newer samples wait for resume
        for (const QPointF &p : points)
            largest = std::max(largest, std::abs(p.y()));
        rawPoints_.insert(it.key(), points);
    }
    scale_ = scaleFor(info_.units, largest);
    for (auto it = series_.cbegin(); it != series_.cend(); ++it) {
        QList<QPointF> scaled = rawPoints_.value(it.key());
        if (scale_.divisor != 1)
            for (QPointF &p : scaled)
                p.setY(p.y() / scale_.divisor);
        it.value()->replace(scaled);
    }
    updateAverages();
    applyDimensionChoice();
    updateTimeAxis(range.start, range.end);
    view_->hideHover();
}

void ChartWidget::updateAverages()
{
    averages_.clear();
    for (const QString &id : std::as_const(order_)) {
        const QList<QPointF> points = rawPoints_.value(id);
        double sum = 0;
        for (const QPointF &p : points)
            sum += std::abs(p.y());
        averages_.append({id, points.isEmpty() ? 0.0 : sum / double(points.size())});
    }
}

QStringList ChartWidget::shownDimensions() const
{
    QStringList shown;
    for (const QString &id : order_)
        if (series_.value(id)->isVisible())
            shown.append(id);
    return shown;
}

void ChartWidget::applyDimensionChoice()
{
    const bool many = order_.size() > top_.limit();
    const QStringList shown = many ? top_.shown(averages_) : order_;
    for (const QString &id : std::as_const(order_)) {
        QLineSeries *line = series_.value(id);
        const bool visible = shown.contains(id);
        line->setVisible(visible);
        for (QLegendMarker *marker : chart_->legend()->markers(line))
            marker->setVisible(visible);
    }
    updateChooser();
    updateValueAxis();
    updateEmptyText();
}

void ChartWidget::updateChooser()
{
    const qsizetype total = order_.size();
    const bool many = total > top_.limit();
    chooser_->setVisible(many && view_->isVisibleTo(this));
    if (!many)
        return;
    const qsizetype shown = shownDimensions().size();
    chooser_->setText(top_.hasChoices() ? tr("Lines: %1 of %2, as chosen").arg(shown).arg(total)
                                        : tr("Lines: the top %1 of %2 by average in the window").arg(shown).arg(total));
    chooser_->setAccessibleName(chooser_->text());
}

void ChartWidget::fillChooserMenu()
{
    QMenu *menu = chooser_->menu();
    menu->clear();
    QAction *reset = menu->addAction(tr("Draw the top %1 by average").arg(top_.limit()));
    reset->setEnabled(top_.hasChoices());
    connect(reset, &QAction::triggered, this, [this] {
        top_.resetChoices();
        applyDimensionChoice();
    });
    menu->addSeparator();
    const QStringList shown = shownDimensions();
    for (const DimensionAverage &d : TopDimensions::ranked(averages_)) {
        const QString label = series_.value(d.id)->name();
        QAction *action = menu->addAction(tr("%1 — average %2").arg(label, formatExact(d.average, info_.units)));
        action->setCheckable(true);
        action->setChecked(shown.contains(d.id));
        const QString id = d.id;
        connect(action, &QAction::toggled, this, [this, id](bool on) {
            top_.choose(id, on);
            applyDimensionChoice();
        });
    }
}

void ChartWidget::updateTimeAxis(double start, double end)
{
    const QStringList old = timeAxis_->categoriesLabels();
    for (const QString &label : old)
        timeAxis_->remove(label);
    timeAxis_->setStartValue(start);
    timeAxis_->setRange(start, end);
    // A label centred on a tick at the very edge would be cut off: leave those out.
    const double margin = (end - start) * 0.06;
    // As many labels as fit: a plot narrowed by a legend beside it gets fewer.
    const int targetTicks = timeTickTarget();
    tickTarget_ = targetTicks;
    const double step = timeTickStep(end - start, targetTicks);
    for (double tick : timeTicks(labeler_, start, end, targetTicks))
        if (tick >= start + margin && tick <= end - margin)
            timeAxis_->append(labeler_.tickLabel(tick, step), tick);
    timeAxis_->setTitleText(labeler_.axisTitle());
    timeAxis_->setTitleVisible(!labeler_.axisTitle().isEmpty());
}

int ChartWidget::timeTickTarget() const
{
    const qreal plotWidth = chart_->plotArea().width();
    return plotWidth > 0 ? std::clamp(int(plotWidth / 65), 3, 8) : 8;
}

void ChartWidget::updateValueAxis()
{
    double low = 0, high = 0;
    for (auto it = series_.cbegin(); it != series_.cend(); ++it) {
        if (!it.value()->isVisible())
            continue;
        for (const QPointF &p : it.value()->points()) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
    }
    const AxisRange range = niceRange(low, high);
    valueAxis_->setRange(range.min, range.max);
    valueAxis_->setTickCount(range.tickCount);
    valueAxis_->setLabelFormat(u"%.%1f"_s.arg(range.decimals));
    valueAxis_->setTitleText(displayUnits(scale_.units.isEmpty() ? info_.units : scale_.units));
}

QString ChartWidget::emptyText() const
{
    return emptyItem_->isVisible() ? emptyItem_->text() : QString();
}

void ChartWidget::updateEmptyText()
{
    bool anyPoint = false;
    for (const QLineSeries *line : std::as_const(series_))
        anyPoint = anyPoint || (line->isVisible() && line->count() > 0);
    const bool waitingForKeys = info_.kind == CatalogChart::Kind::DimensionPerKey && series_.isEmpty()
                                && info_.hasMeasuredDimension();
    if (anyPoint || (series_.isEmpty() && !waitingForKeys)) {
        emptyItem_->hide();
        return;
    }
    if (waitingForKeys)
        emptyItem_->setText(tr("No key of table \"%1\" seen yet").arg(info_.table));
    else
        emptyItem_->setText(everRefreshed_ ? tr("No samples in this time window")
                                           : tr("Waiting for the first interval…"));
    const QRectF plot = chart_->plotArea();
    const QRectF box = emptyItem_->boundingRect();
    emptyItem_->setPos(plot.center() - box.center());
    emptyItem_->show();
}

double ChartWidget::nearestSampleTime(double x) const
{
    double best = std::nan("");
    for (auto it = rawPoints_.cbegin(); it != rawPoints_.cend(); ++it) {
        const QLineSeries *line = series_.value(it.key());
        if (!line || !line->isVisible())
            continue;
        const qsizetype i = nearestIndex(it.value(), x);
        if (i >= 0 && (std::isnan(best) || std::abs(it.value()[i].x() - x) < std::abs(best - x)))
            best = it.value()[i].x();
    }
    return best;
}

QString ChartWidget::hoverTextAt(double x) const
{
    const double t = nearestSampleTime(x);
    if (std::isnan(t))
        return {};
    QString html = u"<b>%1</b>"_s.arg(labeler_.label(t).toHtmlEscaped());
    html += u"<table cellspacing=\"0\" cellpadding=\"1\">"_s;
    int hidden = 0;
    for (const CatalogDimension &d : info_.dimensions) {
        QLineSeries *line = series_.value(d.id);
        if (!line)
            continue;
        if (!line->isVisible()) {
            ++hidden;
            continue;
        }
        const QList<QPointF> points = rawPoints_.value(d.id);
        const qsizetype i = nearestIndex(points, t);
        const QString value = i >= 0 && points[i].x() == t
                                  ? formatExact(points[i].y(), info_.units)
                                  : tr("no value");
        html += u"<tr><td><span style=\"color:%1\">&#9632;</span> %2</td><td align=\"right\">&nbsp;%3</td></tr>"_s.arg(
            line->color().name(), catalogText(d.label).toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += u"</table>"_s;
    if (hidden > 0)
        html += u"<i>%1</i>"_s.arg(tr("%n more not drawn", nullptr, hidden).toHtmlEscaped());
    return html;
}

void ChartWidget::hoverAt(double x)
{
    onHoverMoved(x);
}

void ChartWidget::onHoverMoved(double x)
{
    if (std::isnan(x)) {
        view_->hideHover();
        return;
    }
    const double t = nearestSampleTime(x);
    view_->showHover(t, hoverTextAt(x));
}

QString ChartWidget::unavailableText() const
{
    return unavailable_->text();
}

}  // namespace kinsight::gui
