#include "chart_widget.h"

#include "hover_chart_view.h"

#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {

bool darkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

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

ChartWidget::ChartWidget(const CatalogChart &chart, QWidget *parent) : QFrame(parent), info_(chart)
{
    setObjectName(u"chart:"_s + chart.id);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);

    auto *header = new QLabel(this);
    header->setTextFormat(Qt::RichText);
    header->setText(u"<b>%1</b>&nbsp;&nbsp;<span style=\"color:%3\">%2</span>"_s.arg(
        chart.title.toHtmlEscaped(), chart.id.toHtmlEscaped(), palette().color(QPalette::PlaceholderText).name()));
    header->setToolTip(chart.isGauge() ? tr("Chart %1 of module %2: values in %3, not rates").arg(chart.id, chart.module, chart.units)
                                       : tr("Chart %1 of module %2: rates in %3").arg(chart.id, chart.module, chart.units));
    layout->addWidget(header);

    buildChart();
    layout->addWidget(view_, 1);

    unavailable_ = new QLabel(this);
    unavailable_->setObjectName(u"unavailable"_s);
    unavailable_->setWordWrap(true);
    unavailable_->setTextFormat(Qt::RichText);
    unavailable_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList lines;
    for (const CatalogDimension &d : chart.dimensions)
        if (!d.unavailableReason.isEmpty())
            lines.append(tr("<b>%1</b> — unavailable: %2").arg(d.label.toHtmlEscaped(), d.unavailableReason.toHtmlEscaped()));
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
}

void ChartWidget::buildChart()
{
    chart_ = new QChart();
    chart_->setTheme(darkPalette(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
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

    for (const CatalogDimension &d : info_.dimensions) {
        if (!d.unavailableReason.isEmpty())
            continue;  // unavailable is absent, not a line at zero
        auto *line = new QLineSeries(chart_);
        line->setName(d.label);
        chart_->addSeries(line);
        line->attachAxis(timeAxis_);
        line->attachAxis(valueAxis_);
        series_.insert(d.id, line);
    }
    chart_->legend()->setVisible(!series_.isEmpty());

    emptyItem_ = new QGraphicsSimpleTextItem(chart_);
    emptyItem_->setBrush(palette().color(QPalette::PlaceholderText));
    emptyItem_->setZValue(5);

    view_ = new HoverChartView(chart_, this);
    view_->setMinimumHeight(220);
    view_->setFrameShape(QFrame::NoFrame);
    connect(view_, &HoverChartView::hoverMoved, this, &ChartWidget::onHoverMoved);
    connect(chart_, &QChart::plotAreaChanged, this, &ChartWidget::updateEmptyText);
    updateEmptyText();
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
    updateTimeAxis(range.start, range.end);
    updateValueAxis();
    updateEmptyText();
    view_->hideHover();
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
    const double step = timeTickStep(end - start);
    for (double tick : timeTicks(labeler_, start, end))
        if (tick >= start + margin && tick <= end - margin)
            timeAxis_->append(labeler_.tickLabel(tick, step), tick);
    timeAxis_->setTitleText(labeler_.axisTitle());
    timeAxis_->setTitleVisible(!labeler_.axisTitle().isEmpty());
}

void ChartWidget::updateValueAxis()
{
    double low = 0, high = 0;
    for (auto it = series_.cbegin(); it != series_.cend(); ++it) {
        for (const QPointF &p : it.value()->points()) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
    }
    const AxisRange range = niceRange(low, high);
    valueAxis_->setRange(range.min, range.max);
    valueAxis_->setTickCount(range.tickCount);
    valueAxis_->setLabelFormat(u"%.%1f"_s.arg(range.decimals));
    valueAxis_->setTitleText(displayUnits(scale_.units));
}

QString ChartWidget::emptyText() const
{
    return emptyItem_->isVisible() ? emptyItem_->text() : QString();
}

void ChartWidget::updateEmptyText()
{
    bool anyPoint = false;
    for (const QLineSeries *line : series_)
        anyPoint = anyPoint || line->count() > 0;
    if (anyPoint || series_.isEmpty()) {
        emptyItem_->hide();
        return;
    }
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
    for (const QList<QPointF> &points : rawPoints_) {
        const qsizetype i = nearestIndex(points, x);
        if (i >= 0 && (std::isnan(best) || std::abs(points[i].x() - x) < std::abs(best - x)))
            best = points[i].x();
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
    for (const CatalogDimension &d : info_.dimensions) {
        QLineSeries *line = series_.value(d.id);
        if (!line)
            continue;
        const QList<QPointF> points = rawPoints_.value(d.id);
        const qsizetype i = nearestIndex(points, t);
        const QString value = i >= 0 && points[i].x() == t
                                  ? formatExact(points[i].y(), info_.units)
                                  : tr("no value");
        html += u"<tr><td><span style=\"color:%1\">&#9632;</span> %2</td><td align=\"right\">&nbsp;%3</td></tr>"_s.arg(
            line->color().name(), d.label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += u"</table>"_s;
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
