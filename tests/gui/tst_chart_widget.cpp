// One chart on its own: what it plots is exactly the history (RateCalculator's
// rates), scaled for bytes; unavailable dimensions are listed, not drawn;
// gauges are values; hover text gives the exact numbers; a paused range
// leaves newer samples out.
#include "chart_catalog.h"
#include "chart_widget.h"
#include "gui_test_support.h"
#include "history.h"
#include "hover_chart_view.h"
#include "rates.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
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
