// One chart on its own: what it plots is exactly the history (RateCalculator's
// rates), scaled for bytes; unavailable dimensions are listed, not drawn;
// gauges are values; hover text gives the exact numbers; a paused range
// leaves newer samples out. Keyed charts: a dimension per key that grows
// when a key appears and keeps every colour, a crowded chart that draws its
// largest lines and lets the user choose, a chart per key, and latency
// histograms with exact counts and percentile bins.
#include "chart_catalog.h"
#include "chart_widget.h"
#include "gui_test_support.h"
#include "heatmap_view.h"
#include "histogram_widget.h"
#include "history.h"
#include "hover_chart_view.h"
#include "rates.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QToolButton>
#include <QTest>
#include <QValueAxis>

using namespace kinsight;
using namespace kinsight::gui;
using namespace kinsight::guitest;
using namespace Qt::StringLiterals;

namespace {

struct Computed {
    History history;
    QList<RateFrame> rates;
};

Computed compute(const SessionInfo &session, const QList<Frame> &frames)
{
    Computed out;
    RateCalculator calculator(session);
    for (const Frame &f : frames) {
        if (auto r = calculator.push(f)) {
            out.history.append(*r);
            out.rates.append(*r);
        }
    }
    return out;
}

TimeRange everything(const QList<RateFrame> &rates)
{
    return TimeRange{rates.first().time - 1, rates.last().time, rates.last().time};
}

// The catalog after all of `frames`, as the controller grows it.
ChartCatalog grownCatalog(const SessionInfo &session, const QList<Frame> &frames)
{
    ChartCatalog catalog(session);
    for (const Frame &f : frames)
        catalog.absorb(f);
    return catalog;
}

// The rate of one chart dimension in every rate frame that has it.
QList<QPointF> expectedSeries(const QList<RateFrame> &rates, const QString &chart, const QString &dimension)
{
    QList<QPointF> points;
    for (const RateFrame &r : rates)
        if (r.charts.value(chart).contains(dimension))
            points.append({r.time, r.charts[chart][dimension]});
    return points;
}

}  // namespace

class TestChartWidget : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void plotsTheRecordedRatesExactly_data()
    {
        QTest::addColumn<QString>("chartId");
        QTest::newRow("calls") << u"filesystem.vfs_io"_s;
        QTest::newRow("bytes") << u"filesystem.vfs_io_bytes"_s;
        QTest::newRow("process") << u"system.process_thread"_s;
        QTest::newRow("gauge") << u"system.process_status"_s;
    }
    void plotsTheRecordedRatesExactly()
    {
        QFETCH(QString, chartId);
        const Recording recording = loadFixture();
        const Computed computed = compute(recording.session, recording.frames);
        const ChartCatalog catalog(recording.session);
        ChartWidget widget(*catalog.chart(chartId));
        widget.refresh(computed.history, everything(computed.rates), TimeLabeler());

        QVERIFY(!widget.plottedDimensions().isEmpty());
        for (const QString &dim : widget.plottedDimensions()) {
            const QList<QPointF> points = widget.series(dim)->points();
            QCOMPARE(points.size(), recording.frames.size() - 1);
            for (qsizetype i = 0; i < points.size(); ++i) {
                const RateFrame &rate = computed.rates[i];
                QCOMPARE(points[i].x(), rate.time);
                QCOMPARE(points[i].y(), rate.charts[chartId][dim] / widget.scale().divisor);
            }
        }
    }

    void bytesAreScaledOnTheAxis()
    {
        const Recording recording = loadFixture();
        const Computed computed = compute(recording.session, recording.frames);
        ChartWidget widget(*ChartCatalog(recording.session).chart(u"filesystem.vfs_io_bytes"_s));
        widget.refresh(computed.history, everything(computed.rates), TimeLabeler());
        // The fixture reads about 27 MB in its first second.
        QCOMPARE(widget.scale().divisor, 1048576.0);
        QCOMPARE(widget.valueAxis()->titleText(), u"MiB/s"_s);
        const double first = computed.rates[0].charts[u"filesystem.vfs_io_bytes"_s][u"read"_s];
        QVERIFY(widget.valueAxis()->max() >= first / 1048576.0);
        QVERIFY(widget.valueAxis()->max() < first / 1048576.0 * 1.5);
    }

    void unavailableIsListedNotPlotted()
    {
        const Computed computed = compute(syntheticSession(), syntheticFrames(5));
        const ChartCatalog catalog(syntheticSession());
        ChartWidget widget(*catalog.chart(u"filesystem.demo_io"_s));
        widget.refresh(computed.history, everything(computed.rates), TimeLabeler());
        QCOMPARE(widget.plottedDimensions(), (QStringList{u"read"_s, u"write"_s}));
        QVERIFY(!widget.series(u"create"_s));
        QVERIFY(widget.unavailableText().contains(u"create"_s));
        QVERIFY(widget.unavailableText().contains(u"no tracepoint tells whether a file was created"_s));
        // Nor does the legend pretend it exists.
        QStringList legend;
        for (QAbstractSeries *s : widget.view()->chart()->series())
            legend.append(s->name());
        QCOMPARE(legend, (QStringList{u"read"_s, u"write"_s}));
        QCOMPARE(widget.series(u"read"_s)->points().last().y(), 10.0);
        QCOMPARE(widget.series(u"write"_s)->points().last().y(), 3.0);
    }

    void chartWithNothingMeasurableSaysWhy()
    {
        const SessionInfo session = loadFixture().session;
        ChartWidget widget(*ChartCatalog(session).chart(u"filesystem.vfs_create"_s));
        widget.show();
        QVERIFY(widget.plottedDimensions().isEmpty());
        QVERIFY(!widget.view()->isVisible());
        QVERIFY(widget.unavailableText().contains(u"Not measured in this session"_s));
        QVERIFY(widget.unavailableText().contains(u"vfs_create needs trampoline or probe mode"_s));
    }

    void gaugesAreValuesNotRates()
    {
        const Computed computed = compute(syntheticSession(), syntheticFrames(30));
        ChartWidget widget(*ChartCatalog(syntheticSession()).chart(u"system.demo_status"_s));
        widget.refresh(computed.history, everything(computed.rates), TimeLabeler());
        const QList<QPointF> points = widget.series(u"open"_s)->points();
        QCOMPARE(points.size(), 29);
        for (qsizetype i = 0; i < points.size(); ++i)
            QCOMPARE(points[i].y(), double(i + 1));  // started - exited = i at frame i
        QCOMPARE(widget.valueAxis()->titleText(), u"tasks"_s);
    }

    void pausedRangeLeavesNewerSamplesOut()
    {
        const Computed computed = compute(syntheticSession(), syntheticFrames(30));
        ChartWidget widget(*ChartCatalog(syntheticSession()).chart(u"filesystem.demo_io"_s));
        // Paused at t = 110 with the axis reaching to 120.
        widget.refresh(computed.history, TimeRange{100, 120, 110}, TimeLabeler());
        QCOMPARE(widget.series(u"read"_s)->points().size(), 10);  // 101 … 110
        QCOMPARE(widget.series(u"read"_s)->points().last().x(), 110.0);
        QCOMPARE(widget.timeAxis()->min(), 100.0);
        QCOMPARE(widget.timeAxis()->max(), 120.0);
    }

    void timeAxisLabelsFollowTheLabeler()
    {
        const Computed computed = compute(syntheticSession(), syntheticFrames(61));
        ChartWidget widget(*ChartCatalog(syntheticSession()).chart(u"filesystem.demo_io"_s));
        widget.refresh(computed.history, TimeRange{100, 160, 160}, TimeLabeler(TimeLabeler::Mode::SinceStart, 100));
        // Ticks every 10 s; those at the very edges are left out so no label is cut off.
        QCOMPARE(widget.timeAxis()->categoriesLabels(),
                 (QStringList{u"0:10"_s, u"0:20"_s, u"0:30"_s, u"0:40"_s, u"0:50"_s}));
    }

    void hoverGivesExactValues()
    {
        const Recording recording = loadFixture();
        const Computed computed = compute(recording.session, recording.frames);
        ChartWidget widget(*ChartCatalog(recording.session).chart(u"filesystem.vfs_io_bytes"_s));
        widget.resize(600, 320);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        const TimeLabeler labeler(TimeLabeler::Mode::SinceStart, double(recording.frames[0].monotonicNs) / 1e9);
        widget.refresh(computed.history, everything(computed.rates), labeler);

        const RateFrame &sample = computed.rates[10];
        const QString html = widget.hoverTextAt(sample.time + 0.3);  // the nearest sample wins
        QVERIFY2(html.contains(labeler.label(sample.time)), qPrintable(html));
        const double read = sample.charts[u"filesystem.vfs_io_bytes"_s][u"read"_s];
        QVERIFY2(html.contains(formatExact(read, u"bytes/s"_s).toHtmlEscaped()), qPrintable(html));

        // The pointer over the plot area shows the marker and callout in the chart itself.
        QChart *chart = widget.view()->chart();
        const QPointF inChart = chart->mapToPosition(QPointF(sample.time, 0));
        const QPoint inView = widget.view()->mapFromScene(chart->mapToScene(QPointF(inChart.x(), chart->plotArea().center().y())));
        QMouseEvent move(QEvent::MouseMove, inView, widget.view()->viewport()->mapToGlobal(inView), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(widget.view()->viewport(), &move);
        QVERIFY(widget.view()->isHoverVisible());
        QVERIFY(widget.view()->hoverText().contains(labeler.label(sample.time)));
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(widget.view(), &leave);
        QVERIFY(!widget.view()->isHoverVisible());
    }

    void dimensionPerKeyChartPlotsEveryKeyExactly()
    {
        const QList<Frame> frames = keyedTestFrames(10);
        const Computed computed = compute(keyedSession(), frames);
        const ChartCatalog catalog = grownCatalog(keyedSession(), frames);
        for (const QString &id : {u"system.hardirq_calls"_s, u"system.hardirq_latency"_s}) {
            ChartWidget widget(*catalog.chart(id));
            widget.refresh(computed.history, everything(computed.rates), TimeLabeler());
            QCOMPARE(widget.plottedDimensions(), (QStringList{u"0_timer"_s, u"9_acpi"_s, u"57_xhci"_s}));
            for (const QString &key : widget.plottedDimensions()) {
                const QList<QPointF> expected = expectedSeries(computed.rates, id, key);
                QVERIFY(!expected.isEmpty());
                QCOMPARE(widget.series(key)->points(), expected);
            }
        }
        // Spelled out: 100 runs and 5,000 ns per second; ns drawn as ms (scale 1e-6).
        ChartWidget latency(*catalog.chart(u"system.hardirq_latency"_s));
        latency.refresh(computed.history, everything(computed.rates), TimeLabeler());
        QCOMPARE(latency.series(u"0_timer"_s)->at(0).y(), 5000 * 1e-6);
        QCOMPARE(latency.valueAxis()->titleText(), u"milliseconds"_s);
        // A key seen at frame 3 has a rate from frame 4 on.
        QCOMPARE(latency.series(u"57_xhci"_s)->count(), 6);
        QCOMPARE(latency.series(u"57_xhci"_s)->at(0).x(), 204.0);
    }

    void aNewKeyJoinsAndNoColourChanges()
    {
        const QList<Frame> frames = keyedTestFrames(10);
        ChartCatalog catalog(keyedSession());
        catalog.absorb(frames[0]);
        ChartWidget widget(*catalog.chart(u"system.hardirq_calls"_s));
        widget.resize(600, 320);
        widget.show();
        QCOMPARE(widget.plottedDimensions(), (QStringList{u"0_timer"_s, u"9_acpi"_s}));
        const QColor timer = widget.series(u"0_timer"_s)->color();
        const QColor acpi = widget.series(u"9_acpi"_s)->color();
        QVERIFY(timer != acpi);

        // Frames 0…5, as the controller would: keys first, then the rates.
        RateCalculator calculator(keyedSession());
        History history;
        QList<RateFrame> rates;
        for (int i = 0; i < 6; ++i) {
            for (const auto &[chartId, dimension] : catalog.absorb(frames[i]).dimensions)
                if (chartId == widget.info().id)
                    widget.addDimension(dimension);
            if (auto r = calculator.push(frames[i])) {
                history.append(*r);
                rates.append(*r);
            }
        }
        widget.refresh(history, everything(rates), TimeLabeler());
        QCOMPARE(widget.plottedDimensions(), (QStringList{u"0_timer"_s, u"9_acpi"_s, u"57_xhci"_s}));
        QCOMPARE(widget.series(u"0_timer"_s)->color(), timer);
        QCOMPARE(widget.series(u"9_acpi"_s)->color(), acpi);
        QVERIFY(widget.series(u"57_xhci"_s)->color() != timer && widget.series(u"57_xhci"_s)->color() != acpi);
        QCOMPARE(widget.series(u"57_xhci"_s)->points(), expectedSeries(rates, u"system.hardirq_calls"_s, u"57_xhci"_s));
        QCOMPARE(widget.series(u"57_xhci"_s)->at(0).y(), 7.0);
        // Its legend entry is there too.
        QStringList legend;
        for (QAbstractSeries *s : widget.view()->chart()->series())
            legend.append(s->name());
        QCOMPARE(legend, (QStringList{u"0_timer"_s, u"9_acpi"_s, u"57_xhci"_s}));
    }

    void aCrowdedChartDrawsItsLargestLines()
    {
        // Twelve IRQs, IRQ k running k + 1 times a second: the top 8 are 4 … 11.
        SessionInfo session = keyedSession();
        QList<Frame> frames;
        for (int i = 0; i < 6; ++i) {
            QList<KeyRow> rows;
            for (int k = 0; k < 12; ++k)
                rows.append({u"irq"_s, u"irq"_s, u"irq%1"_s.arg(k), {quint64((k + 1) * i), quint64(1000 * i)}});
            frames.append(keyedFrame(quint64(1 + i), 100 + i, rows));
        }
        const Computed computed = compute(session, frames);
        ChartWidget widget(*grownCatalog(session, frames).chart(u"system.hardirq_calls"_s));
        widget.resize(700, 360);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.refresh(computed.history, everything(computed.rates), TimeLabeler());
        QCOMPARE(widget.plottedDimensions().size(), 12);
        QStringList top;
        for (int k = 4; k < 12; ++k)
            top.append(u"irq%1"_s.arg(k));
        QCOMPARE(widget.shownDimensions(), top);
        QVERIFY(!widget.series(u"irq0"_s)->isVisible());
        QCOMPARE(widget.series(u"irq0"_s)->points().last().y(), 1.0);  // still exact, only not drawn
        QVERIFY(widget.dimensionChooser()->isVisible());
        QCOMPARE(widget.dimensionChooser()->text(), u"Lines: the top 8 of 12 by average in the window"_s);
        // The axis fits the lines drawn.
        QVERIFY(widget.valueAxis()->max() >= 12 && widget.valueAxis()->max() <= 15);

        // The chooser lists every line, largest first, checked when drawn; toggling one keeps it so.
        QMenu *menu = widget.dimensionChooser()->menu();
        emit menu->aboutToShow();
        QList<QAction *> actions;
        for (QAction *a : menu->actions())
            if (a->isCheckable())
                actions.append(a);
        QCOMPARE(actions.size(), 12);
        QVERIFY(actions.first()->text().startsWith(u"irq11 — average 12 calls/s"_s));
        QVERIFY(actions.first()->isChecked());
        QVERIFY(!actions.last()->isChecked());
        actions.last()->setChecked(true);  // irq0, always
        QVERIFY(widget.series(u"irq0"_s)->isVisible());
        QCOMPARE(widget.shownDimensions().size(), 8);  // one of the automatic ones made room
        QVERIFY(!widget.series(u"irq4"_s)->isVisible());
        QCOMPARE(widget.dimensionChooser()->text(), u"Lines: 8 of 12, as chosen"_s);
        QVERIFY(widget.hoverTextAt(103).contains(u"4 more not drawn"_s));
        widget.topDimensions().resetChoices();
        widget.applyDimensionChoice();
        QCOMPARE(widget.shownDimensions(), top);
    }

    void chartPerKeyLineChart()
    {
        // md flushes as a chart per device rather than a line per device.
        SessionInfo session = keyedSession();
        session.modules[3].tables[0].charts[0].chartPerKey = true;
        session.modules[3].tables[0].charts[0].id = u"mdstat.{key}_flush"_s;
        const QList<Frame> frames = keyedTestFrames(5);
        const Computed computed = compute(session, frames);
        const ChartCatalog catalog = grownCatalog(session, frames);
        const CatalogChart *md0 = catalog.chart(u"mdstat.md0_flush"_s);
        QVERIFY(md0);
        QVERIFY(!md0->isHistogram());
        ChartWidget widget(*md0);
        widget.refresh(computed.history, everything(computed.rates), TimeLabeler());
        QCOMPARE(widget.plottedDimensions(), QStringList{u"flushes"_s});
        QCOMPARE(widget.series(u"flushes"_s)->points(), expectedSeries(computed.rates, u"mdstat.md0_flush"_s, u"flushes"_s));
        QCOMPARE(widget.series(u"flushes"_s)->at(0).y(), 2.0);
    }

    void histogramWidgetShowsExactCountsAndPercentiles()
    {
        const QList<Frame> frames = keyedTestFrames(12);
        const Computed computed = compute(keyedSession(), frames);
        const ChartCatalog catalog = grownCatalog(keyedSession(), frames);
        const CatalogChart *chart = catalog.chart(u"disk_latency_io.nvme0n1"_s);
        HistogramWidget widget(*chart);
        widget.resize(900, 420);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCOMPARE(widget.summaryText(), u"Waiting for the first interval…"_s);
        const TimeLabeler labeler(TimeLabeler::Mode::SinceStart, 200);
        widget.refresh(computed.history, everything(computed.rates), labeler, [](double) { return 1.0; });

        const HistogramData &data = widget.data();
        QCOMPARE(data.samples.size(), 11);
        for (qsizetype i = 0; i < data.samples.size(); ++i) {
            const RateFrame &rate = computed.rates[i];
            QCOMPARE(data.samples[i].time, rate.time);
            for (int b = 0; b < 24; ++b)
                QCOMPARE(data.samples[i].rates[b], rate.charts[chart->id].value(netdataBinNames()[b]));
        }
        QCOMPARE(data.windowTotal, 1100.0);
        QCOMPARE(widget.summaryText(),
                 u"In the window: 1,100 events · p50 in 16–32 µs · p99 in 64–128 µs · slowest in 2.05–4.1 ms"_s);

        // Pointing at a cell tells its counts and its interval's percentiles.
        HeatmapView *view = widget.view();
        const QRectF cell = view->cellRect(3, 7);
        int sample = -1, bin = -1;
        QVERIFY(view->cellAt(cell.center(), &sample, &bin));
        QCOMPARE(sample, 3);
        QCOMPARE(bin, 7);
        const QString hover = view->hoverTextAt(cell.center());
        QVERIFY2(hover.contains(u"Latency 64–128 µs (bin 64us-&gt;128us)"_s), qPrintable(hover));
        QVERIFY2(hover.contains(u"49 events in 1.00 s (49 calls/s)"_s), qPrintable(hover));
        QVERIFY2(hover.contains(u"100 events, p50 in 16–32 µs, p99 in 64–128 µs"_s), qPrintable(hover));
        QVERIFY(view->hoverTextAt(QPointF(1, 1)).isEmpty());
        QMouseEvent move(QEvent::MouseMove, cell.center(), view->mapToGlobal(cell.center()), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view, &move);
        QVERIFY(view->isHoverVisible());

        // Cells are coloured on a log scale: more events, a darker cell.
        QVERIFY(HeatmapView::cellColor(50, 50, false).lightness() < HeatmapView::cellColor(1, 50, false).lightness());
        QVERIFY(!HeatmapView::cellColor(0, 50, false).isValid());  // no events: no cell
    }

    void histogramWithoutEventsSaysSo()
    {
        QList<Frame> frames;
        for (int i = 0; i < 4; ++i)
            frames.append(keyedFrame(quint64(1 + i), 300 + i, {{u"disk"_s, u"disk"_s, u"sdb"_s, QList<quint64>(24, 7)}}));
        const Computed computed = compute(keyedSession(), frames);
        HistogramWidget widget(*grownCatalog(keyedSession(), frames).chart(u"disk_latency_io.sdb"_s));
        widget.refresh(computed.history, everything(computed.rates), TimeLabeler(), [](double) { return 1.0; });
        QCOMPARE(widget.data().samples.size(), 3);
        QCOMPARE(widget.data().windowTotal, 0.0);
        QCOMPARE(widget.summaryText(), u"No events in this time window"_s);
    }

    void emptyChartSaysItIsWaiting()
    {
        ChartWidget widget(*ChartCatalog(syntheticSession()).chart(u"filesystem.demo_io"_s));
        widget.resize(600, 320);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCOMPARE(widget.emptyText(), u"Waiting for the first interval…"_s);
        const Computed computed = compute(syntheticSession(), syntheticFrames(3));
        widget.refresh(computed.history, everything(computed.rates), TimeLabeler());
        QVERIFY(widget.emptyText().isEmpty());
    }
};

QTEST_MAIN(TestChartWidget)
#include "tst_chart_widget.moc"
