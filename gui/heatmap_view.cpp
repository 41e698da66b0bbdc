#include "heatmap_view.h"

#include "value_format.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {

constexpr int kMarginWidth = 132;  // the window's distribution, right of the cells
constexpr int kGap = 8;

bool dark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor ramp(const QList<QColor> &stops, double t)
{
    t = std::clamp(t, 0.0, 1.0) * double(stops.size() - 1);
    const int i = std::min(int(t), int(stops.size()) - 2);
    return mix(stops[i], stops[i + 1], t - i);
}

}  // namespace

HeatmapView::HeatmapView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize HeatmapView::sizeHint() const
{
    return {560, minimumSizeHint().height()};
}

QSize HeatmapView::minimumSizeHint() const
{
    // Every row tall enough for its share of the window to be read.
    const QFontMetricsF fm(smallFont());
    const int rows = data_.lastRow - data_.firstRow + 1;
    const int height = int(rows * (fm.height() + 1) + fm.height() * 2.5 + 18);
    return {360, std::max(220, height)};
}

QFont HeatmapView::smallFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    return small;
}

QColor HeatmapView::cellColor(double rate, double maxRate, bool darkBackground)
{
    // Light yellow to dark red on light plots, deep blue to light yellow on
    // dark ones: the busiest cells always stand out from the background.
    static const QList<QColor> light{QColor(0xff, 0xf3, 0xb0), QColor(0xfe, 0xcc, 0x5c), QColor(0xfd, 0x8d, 0x3c),
                                     QColor(0xe3, 0x1a, 0x1c), QColor(0x80, 0x00, 0x26)};
    static const QList<QColor> darkStops{QColor(0x25, 0x34, 0x94), QColor(0x22, 0x5e, 0xa8), QColor(0x1d, 0x91, 0xc0),
                                         QColor(0x7f, 0xcd, 0xbb), QColor(0xff, 0xff, 0xcc)};
    if (!(rate > 0) || !(maxRate > 0))
        return {};
    // Log scale: one slow request among a million fast ones still shows.
    const double t = 0.12 + 0.88 * std::log1p(rate) / std::log1p(maxRate);
    return ramp(darkBackground ? darkStops : light, t);
}

QColor HeatmapView::p50Color(bool darkBackground)
{
    return darkBackground ? QColor(0xff, 0xff, 0xff) : QColor(0x08, 0x45, 0x94);
}

QColor HeatmapView::p99Color(bool darkBackground)
{
    return darkBackground ? QColor(0xf5, 0x9f, 0xd8) : QColor(0x6a, 0x1b, 0x9a);
}

void HeatmapView::setData(const HistogramData &data, const HistogramBins &bins, const TimeRange &range,
                          const TimeLabeler &labeler, const QString &units, bool refreshed)
{
    const bool rowsChanged = data.lastRow - data.firstRow != data_.lastRow - data_.firstRow;
    data_ = data;
    bins_ = bins;
    if (rowsChanged)
        updateGeometry();
    range_ = range;
    labeler_ = labeler;
    units_ = units;
    refreshed_ = refreshed;
    hover_ = false;
    update();
}

QString HeatmapView::boundText(double micros)
{
    if (std::isinf(micros))
        return tr("+∞");
    return micros == 0 ? QLocale().toString(0) : HistogramBins::durationText(micros);
}

QRectF HeatmapView::plotRect() const
{
    const QFontMetricsF fm(smallFont());
    double labels = fm.horizontalAdvance(u"888 µs"_s);
    for (int b = data_.firstRow; b <= data_.lastRow && b < bins_.size(); ++b)
        labels = std::max(labels, fm.horizontalAdvance(boundText(bins_.lowerMicros(b))));
    if (data_.lastRow < bins_.size())
        labels = std::max(labels, fm.horizontalAdvance(boundText(bins_.upperMicros(data_.lastRow))));
    const double left = labels + 10;
    const double top = fm.height() / 2 + 2;  // room for the label on the top edge
    const double bottom = fm.height() * 2 + 14;  // time labels, then the colour legend
    return QRectF(left, top, std::max(40.0, width() - left - kMarginWidth - kGap),
                  std::max(40.0, height() - top - bottom));
}

QRectF HeatmapView::marginRect() const
{
    const QRectF plot = plotRect();
    return QRectF(plot.right() + kGap, plot.top(), kMarginWidth, plot.height());
}

double HeatmapView::xFor(double time) const
{
    const QRectF plot = plotRect();
    const double span = std::max(1e-9, range_.end - range_.start);
    return plot.left() + (time - range_.start) / span * plot.width();
}

double HeatmapView::rowHeight() const
{
    return plotRect().height() / std::max(1, data_.lastRow - data_.firstRow + 1);
}

double HeatmapView::rowTop(int bin) const
{
    // Fast bins at the bottom, as on any y axis.
    return plotRect().bottom() - (bin - data_.firstRow + 1) * rowHeight();
}

QRectF HeatmapView::cellRect(int sample, int bin) const
{
    if (sample < 0 || sample >= data_.samples.size())
        return {};
    const HistogramSample &s = data_.samples[sample];
    const QRectF plot = plotRect();
    const double x0 = std::max(plot.left(), xFor(s.time - s.interval));
    const double x1 = std::min(plot.right(), xFor(s.time));
    return QRectF(x0, rowTop(bin), std::max(1.0, x1 - x0), rowHeight());
}

bool HeatmapView::cellAt(const QPointF &pos, int *sample, int *bin) const
{
    const QRectF plot = plotRect();
    if (!plot.contains(pos) || data_.samples.isEmpty())
        return false;
    const int row = int((plot.bottom() - pos.y()) / rowHeight());
    const int b = std::clamp(data_.firstRow + row, data_.firstRow, data_.lastRow);
    for (qsizetype i = 0; i < data_.samples.size(); ++i) {
        const QRectF cell = cellRect(int(i), b);
        if (pos.x() >= cell.left() && pos.x() <= cell.right() + 0.5) {
            *sample = int(i);
            *bin = b;
            return true;
        }
    }
    return false;
}

QString HeatmapView::hoverTextAt(const QPointF &pos) const
{
    int sample = -1, bin = -1;
    if (!cellAt(pos, &sample, &bin))
        return {};
    const HistogramSample &s = data_.samples[sample];
    const QLocale locale;
    QString html = u"<b>%1</b><br>"_s.arg(labeler_.label(s.time).toHtmlEscaped());
    html += tr("Latency %1 (bin %2)").arg(bins_.rangeText(bin), bins_.names()[bin]).toHtmlEscaped() + u"<br>"_s;
    html += tr("%1 events in %2 s (%3)")
                .arg(locale.toString(s.counts[bin], 'f', 0), locale.toString(s.interval, 'f', 2),
                     formatExact(s.rates[bin], units_))
                .toHtmlEscaped();
    if (s.total > 0) {
        html += u"<br>"_s
                + tr("This interval: %1 events, p50 in %2, p99 in %3")
                      .arg(locale.toString(s.total, 'f', 0), bins_.rangeText(s.p50), bins_.rangeText(s.p99))
                      .toHtmlEscaped();
    }
    return html;
}

void HeatmapView::hoverAt(const QPointF &pos)
{
    hoverPos_ = pos;
    hover_ = !hoverTextAt(pos).isEmpty();
    update();
}

QString HeatmapView::emptyText() const
{
    if (data_.windowTotal > 0)
        return {};
    if (!refreshed_)
        return tr("Waiting for the first interval…");
    return data_.samples.isEmpty() ? tr("No samples in this time window") : tr("No events in this time window");
}

void HeatmapView::mouseMoveEvent(QMouseEvent *event)
{
    hoverAt(event->position());
}

void HeatmapView::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    hover_ = false;
    update();
}

void HeatmapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setFont(smallFont());
    if (bins_.size() == 0)
        return;
    paintCells(p);
    paintAxes(p);
    paintPercentiles(p);
    paintMargin(p);
    paintLegend(p);
    const QString empty = emptyText();
    if (!empty.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plotRect(), Qt::AlignCenter, empty);
    }
    if (hover_)
        paintHover(p);
}

void HeatmapView::paintCells(QPainter &p) const
{
    const bool isDark = dark(palette());
    const QRectF plot = plotRect();
    QColor grid = palette().color(QPalette::Text);
    grid.setAlpha(18);
    for (int b = data_.firstRow; b <= data_.lastRow; ++b)  // faint row bands keep the bins apart
        if ((b - data_.firstRow) % 2 == 1)
            p.fillRect(QRectF(plot.left(), rowTop(b), plot.width(), rowHeight()), grid);
    for (qsizetype i = 0; i < data_.samples.size(); ++i) {
        const HistogramSample &s = data_.samples[i];
        for (int b = data_.firstRow; b <= data_.lastRow; ++b) {
            const QColor color = cellColor(s.rates[b], data_.maxRate, isDark);
            if (color.isValid())
                p.fillRect(cellRect(int(i), b).adjusted(0, 0, 0.6, 0.6), color);  // no hairline gaps
        }
    }
    QColor frame = palette().color(QPalette::Mid);
    p.setPen(QPen(frame, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
}

void HeatmapView::paintPercentiles(QPainter &p) const
{
    const bool isDark = dark(palette());
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setClipRect(plotRect());
    auto trace = [&](int HistogramSample::*which, const QColor &color, Qt::PenStyle style) {
        QPainterPath path;
        bool open = false;
        double lastTime = 0;
        for (qsizetype i = 0; i < data_.samples.size(); ++i) {
            const HistogramSample &s = data_.samples[i];
            const int bin = s.*which;
            // A gap (no events, or lost frames) breaks the line rather than bridging it.
            if (bin < 0 || (open && s.time - s.interval > lastTime + 1e-6)) {
                open = false;
                if (bin < 0)
                    continue;
            }
            const QRectF cell = cellRect(int(i), bin);
            const QPointF left(cell.left(), cell.center().y());
            const QPointF right(cell.right(), cell.center().y());
            if (!open)
                path.moveTo(left);
            else
                path.lineTo(left);  // the step from the previous interval's bin
            path.lineTo(right);
            open = true;
            lastTime = s.time;
        }
        QPen halo(palette().color(QPalette::Base), 4);
        halo.setJoinStyle(Qt::MiterJoin);
        p.strokePath(path, halo);
        QPen pen(color, 2, style);
        pen.setJoinStyle(Qt::MiterJoin);
        p.strokePath(path, pen);
    };
    trace(&HistogramSample::p99, p99Color(isDark), Qt::DashLine);
    trace(&HistogramSample::p50, p50Color(isDark), Qt::SolidLine);
    p.restore();
}

void HeatmapView::paintAxes(QPainter &p) const
{
    const QRectF plot = plotRect();
    const QFontMetricsF fm(p.font());
    p.setPen(palette().color(QPalette::Text));
    // Bin bounds on the left, at the row edges; every other one when rows are thin.
    const double room = fm.height() * 1.25;
    const int step = rowHeight() >= room ? 1 : rowHeight() * 2 >= room ? 2 : 3;
    for (int b = data_.firstRow; b <= data_.lastRow + 1; ++b) {
        if ((b - data_.firstRow) % step != 0)
            continue;
        const double y = b <= data_.lastRow ? rowTop(b) + rowHeight() : rowTop(data_.lastRow);
        const QString text =
            boundText(b <= data_.lastRow ? bins_.lowerMicros(b) : bins_.upperMicros(data_.lastRow));
        const QRectF box(0, y - fm.height() / 2, plot.left() - 5, fm.height());
        p.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
        p.drawLine(QPointF(plot.left() - 3, y), QPointF(plot.left(), y));
    }
    // Time along the bottom, as on the line charts.
    const double span = range_.end - range_.start;
    const int targetTicks = std::clamp(int(plot.width() / 75), 3, 8);
    const double tickStep = timeTickStep(span, targetTicks);
    for (double tick : timeTicks(labeler_, range_.start, range_.end, targetTicks)) {
        if (tick < range_.start + span * 0.06 || tick > range_.end - span * 0.06)
            continue;
        const double x = xFor(tick);
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        const QString label = labeler_.tickLabel(tick, tickStep);
        const double w = fm.horizontalAdvance(label);
        p.drawText(QRectF(x - w / 2 - 2, plot.bottom() + 4, w + 4, fm.height()), Qt::AlignCenter, label);
    }
}

void HeatmapView::paintMargin(QPainter &p) const
{
    const QRectF margin = marginRect();
    const QFontMetricsF fm(p.font());
    const bool isDark = dark(palette());
    double largest = 0;
    for (int b = data_.firstRow; b <= data_.lastRow; ++b)
        largest = std::max(largest, data_.windowCounts.value(b));
    const double barWidth = 44;
    const QLocale locale;
    for (int b = data_.firstRow; b <= data_.lastRow; ++b) {
        const double count = data_.windowCounts.value(b);
        const QRectF row(margin.left(), rowTop(b), margin.width(), rowHeight());
        if (count > 0 && largest > 0) {
            const double w = std::max(1.0, barWidth * count / largest);
            p.fillRect(QRectF(row.left(), row.top() + 1, w, std::max(1.0, row.height() - 2)),
                       cellColor(count, largest, isDark));
        }
        if (rowHeight() < fm.height() * 0.8 && b != data_.p50 && b != data_.p99)
            continue;  // no room for text on every row: the percentile rows keep theirs
        QString text;
        if (count > 0)
            text = locale.toString(100.0 * count / data_.windowTotal, 'f', count * 1000 < data_.windowTotal ? 2 : 1)
                   + u" %"_s;
        QRectF textBox(row.left() + barWidth + 4, row.top(), row.width() - barWidth - 4, row.height());
        p.setPen(palette().color(QPalette::Text));
        p.drawText(textBox, Qt::AlignLeft | Qt::AlignVCenter, text);
        QStringList tags;
        if (b == data_.p50)
            tags.append(tr("p50"));
        if (b == data_.p99)
            tags.append(tr("p99"));
        if (!tags.isEmpty()) {
            QFont bold = p.font();
            bold.setBold(true);
            p.save();
            p.setFont(bold);
            p.setPen(b == data_.p50 ? p50Color(isDark) : p99Color(isDark));
            p.drawText(textBox, Qt::AlignRight | Qt::AlignVCenter, tags.join(u' '));
            p.restore();
        }
    }
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(margin.left(), margin.bottom() + 4, margin.width(), fm.height()), Qt::AlignLeft,
               tr("share of the window"));
}

void HeatmapView::paintLegend(QPainter &p) const
{
    const QRectF plot = plotRect();
    const QFontMetricsF fm(p.font());
    const bool isDark = dark(palette());
    const double y = plot.bottom() + fm.height() + 8;
    double x = plot.left();
    // The colour scale: what the darkest and lightest cells mean.
    p.setPen(palette().color(QPalette::Text));
    const QString low = tr("fewer");
    p.drawText(QPointF(x, y + fm.ascent()), low);
    x += fm.horizontalAdvance(low) + 4;
    const double rampWidth = 90;
    for (int i = 0; i < int(rampWidth); ++i) {
        const double rate = std::expm1(std::log1p(std::max(1.0, data_.maxRate)) * (i + 1) / rampWidth);
        p.fillRect(QRectF(x + i, y + 2, 1.5, fm.height() - 4), cellColor(rate, std::max(1.0, data_.maxRate), isDark));
    }
    x += rampWidth + 4;
    const QString high = data_.maxRate > 0 ? tr("more, up to %1 per bin").arg(formatExact(data_.maxRate, units_))
                                           : tr("more events per bin");
    p.drawText(QPointF(x, y + fm.ascent()), high);
    x += fm.horizontalAdvance(high) + 16;
    // The percentile lines, at the right end.
    auto key = [&](const QColor &color, Qt::PenStyle style, const QString &text) {
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color, 2, style));
        p.drawLine(QPointF(x, y + fm.height() / 2), QPointF(x + 18, y + fm.height() / 2));
        p.restore();
        p.drawText(QPointF(x + 22, y + fm.ascent()), text);
        x += 22 + fm.horizontalAdvance(text) + 12;
    };
    if (x + 200 < width()) {
        key(p50Color(isDark), Qt::SolidLine, tr("p50 bin"));
        key(p99Color(isDark), Qt::DashLine, tr("p99 bin"));
    }
}

void HeatmapView::paintHover(QPainter &p) const
{
    int sample = -1, bin = -1;
    if (!cellAt(hoverPos_, &sample, &bin))
        return;
    const QRectF cell = cellRect(sample, bin);
    p.save();
    p.setPen(QPen(palette().color(QPalette::Text), 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawRect(cell);
    QTextDocument doc;
    doc.setDefaultFont(p.font());
    doc.setHtml(hoverTextAt(hoverPos_));
    doc.setTextWidth(std::min(320.0, doc.idealWidth() + 2));
    const QSizeF size = doc.size();
    const QRectF plot = plotRect();
    // Beside the cell when there is room, else above or below it: never over it.
    QPointF at(cell.right() + 10, plot.top() + 4);
    if (at.x() + size.width() > width() - 4)
        at.setX(cell.left() - 10 - size.width());
    if (at.x() < 2) {
        at.setX(std::clamp(cell.center().x() - size.width() / 2, 2.0, std::max(2.0, width() - size.width() - 4)));
        at.setY(cell.center().y() < plot.center().y() ? cell.bottom() + 8 : cell.top() - 8 - size.height());
    }
    QColor background = palette().color(QPalette::ToolTipBase);
    background.setAlpha(240);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(background);
    p.drawRoundedRect(QRectF(at, size).adjusted(-4, -4, 4, 4), 4, 4);
    p.translate(at);
    doc.drawContents(&p);
    p.restore();
}

}  // namespace kinsight::gui
