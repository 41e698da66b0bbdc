#include "history.h"
#include "rates.h"
#include "test_session.h"

#include <QTest>

using namespace kinsight;

class TestRates : public QObject {
    Q_OBJECT
private slots:
    void firstFrameGivesNothing()
    {
        RateCalculator calc(testSession());
        QVERIFY(!calc.push(testFrame(1, 1.0, {0, 0, 0, 0, 0})));
    }

    void rates_data()
    {
        QTest::addColumn<double>("t0");
        QTest::addColumn<double>("t1");
        QTest::addColumn<quint64>("reads0");
        QTest::addColumn<quint64>("reads1");
        QTest::addColumn<double>("expectedRate");
        QTest::newRow("one second") << 10.0 << 11.0 << quint64(100) << quint64(350) << 250.0;
        QTest::newRow("late tick, 1.25 s") << 10.0 << 11.25 << quint64(100) << quint64(350) << 200.0;
        QTest::newRow("early tick, 0.8 s") << 10.0 << 10.8 << quint64(0) << quint64(80) << 100.0;
        QTest::newRow("tenth of a second") << 5.0 << 5.1 << quint64(7) << quint64(17) << 100.0;
        QTest::newRow("ten seconds") << 0.0 << 10.0 << quint64(1000) << quint64(6000) << 500.0;
        QTest::newRow("no activity") << 3.0 << 4.0 << quint64(42) << quint64(42) << 0.0;
    }
    void rates()
    {
        QFETCH(double, t0);
        QFETCH(double, t1);
        QFETCH(quint64, reads0);
        QFETCH(quint64, reads1);
        QFETCH(double, expectedRate);
        RateCalculator calc(testSession());
        calc.push(testFrame(1, t0, {reads0, 0, 0, 0, 0}));
        auto r = calc.push(testFrame(2, t1, {reads1, 0, 0, 0, 0}));
        QVERIFY(r);
        QVERIFY(qAbs(r->charts[u"filesystem.vfs_io"_s][u"read"_s] - expectedRate) < 1e-6);
        QVERIFY(qAbs(r->interval - (t1 - t0)) < 1e-9);
    }

    void counterResetGivesNoValueNotASpike()
    {
        RateCalculator calc(testSession());
        calc.push(testFrame(1, 1, {1000, 500, 0, 0, 0}));
        auto r = calc.push(testFrame(2, 2, {10, 600, 0, 0, 0}));
        QVERIFY(r);
        QVERIFY(!r->charts[u"filesystem.vfs_io"_s].contains(u"read"_s));
        QCOMPARE(r->charts[u"filesystem.vfs_io_bytes"_s][u"read"_s], 100.0);
        auto next = calc.push(testFrame(3, 3, {30, 600, 0, 0, 0}));
        QCOMPARE(next->charts[u"filesystem.vfs_io"_s][u"read"_s], 20.0);  // rates resume after the reset
    }

    void unavailableDimensionIsAbsentNotZero()
    {
        RateCalculator calc(testSession());
        calc.push(testFrame(1, 1, {0, 0, 0, 0, 0}));
        auto r = calc.push(testFrame(2, 2, {0, 0, 5, 0, 0}));
        QVERIFY(!r->charts.value(u"filesystem.vfs_create"_s).contains(u"create"_s));
    }

    void gaugeIsTheSignedSumNotARate()
    {
        RateCalculator calc(testSession());
        calc.push(testFrame(1, 1, {0, 0, 0, 10, 7}));
        auto r = calc.push(testFrame(2, 3, {0, 0, 0, 15, 9}));
        QCOMPARE(r->charts[u"system.process_status"_s][u"zombie"_s], 6.0);
    }

    void ratio_data()
    {
        QTest::addColumn<QList<quint64>>("before");
        QTest::addColumn<QList<quint64>>("after");
        QTest::addColumn<double>("expected");  // < 0: no value
        QTest::newRow("half") << QList<quint64>{10, 0, 0, 100, 0} << QList<quint64>{60, 0, 0, 200, 0} << 50.0;
        QTest::newRow("all") << QList<quint64>{0, 0, 0, 0, 0} << QList<quint64>{7, 0, 0, 7, 0} << 100.0;
        QTest::newRow("none") << QList<quint64>{3, 0, 0, 5, 0} << QList<quint64>{3, 0, 0, 9, 0} << 0.0;
        QTest::newRow("nothing happened") << QList<quint64>{3, 0, 0, 5, 0} << QList<quint64>{3, 0, 0, 5, 0} << -1.0;
        QTest::newRow("reset") << QList<quint64>{30, 0, 0, 50, 0} << QList<quint64>{3, 0, 0, 60, 0} << -1.0;
    }
    void ratio()
    {
        QFETCH(QList<quint64>, before);
        QFETCH(QList<quint64>, after);
        QFETCH(double, expected);
        RateCalculator calc(testSession());
        calc.push(testFrame(1, 1, before));
        auto r = calc.push(testFrame(2, 3, after));  // the interval length does not matter for a ratio
        const auto dims = r->charts.value(u"test.ratio"_s);
        if (expected < 0)
            QVERIFY(!dims.contains(u"ratio"_s));
        else
            QCOMPARE(dims.value(u"ratio"_s), expected);
    }

    void keyedCharts()
    {
        RateCalculator calc(testSession());
        Frame a = testFrame(1, 1, {0, 0, 0, 0, 0});
        a.modules[0].keyed[u"irq"_s] = {{u"24_eth0"_s, {10, 5000000}}, {u"local_timer"_s, {100, 1000000}}};
        Frame b = testFrame(2, 3, {0, 0, 0, 0, 0});
        b.modules[0].keyed[u"irq"_s] = {{u"24_eth0"_s, {30, 9000000}},
                                        {u"local_timer"_s, {50, 500000}},   // went backwards: no value
                                        {u"new_irq"_s, {7, 7}}};            // new: no rate yet
        calc.push(a);
        const auto r = calc.push(b);
        QCOMPARE(r->charts[u"system.hardirq_latency"_s].value(u"24_eth0"_s), 2.0);  // 4e6 ns / 2 s as ms
        QVERIFY(!r->charts[u"system.hardirq_latency"_s].contains(u"local_timer"_s));
        QVERIFY(!r->charts[u"system.hardirq_latency"_s].contains(u"new_irq"_s));
        QCOMPARE(r->charts[u"disk_latency_io.24_eth0"_s].value(u"runs"_s), 10.0);
        QCOMPARE(r->charts[u"disk_latency_io.24_eth0"_s].value(u"time"_s), 2000000.0);
        const KeyedChartInfo &perKey = testSession().modules[0].tables[0].charts[1];
        QVERIFY(perKey.matches(u"disk_latency_io.sda"_s));
        QVERIFY(!perKey.matches(u"disk_latency_io."_s));
        QVERIFY(!perKey.matches(u"filesystem.vfs_io"_s));
    }

    void droppedFramesAreCountedFromSequenceGaps()
    {
        RateCalculator calc(testSession());
        calc.push(testFrame(1, 1, {0, 0, 0, 0, 0}));
        auto r = calc.push(testFrame(5, 2, {0, 0, 0, 0, 0}));
        QCOMPARE(r->droppedFrames, 3u);
        calc.push(testFrame(6, 3, {0, 0, 0, 0, 0}));
        QCOMPARE(calc.droppedFramesTotal(), 3u);
    }

    void treeMetricsAreRates()
    {
        RateCalculator calc(testSession());
        calc.push(testFrame(1, 1, {0, 0, 0, 0, 0}, {10, 4096, 0, 0, 0}));
        auto r = calc.push(testFrame(2, 1.5, {0, 0, 0, 0, 0}, {20, 8192, 0, 0, 0}));
        QCOMPARE(r->trees[1][u"vfs_read_call"_s], 20.0);
        QCOMPARE(r->trees[1][u"vfs_read_bytes"_s], 8192.0);
        QVERIFY(!r->trees[1].contains(u"vfs_create"_s));
    }

    void historyIsBoundedByAgeAndCount()
    {
        History h(10.0, 5);
        RateCalculator calc(testSession());
        calc.push(testFrame(0, 0, {0, 0, 0, 0, 0}));
        for (int i = 1; i <= 20; ++i)
            h.append(*calc.push(testFrame(i, i, {quint64(i * i), 0, 0, 0, 0})));
        const auto points = h.series(u"filesystem.vfs_io"_s, u"read"_s);
        QCOMPARE(points.size(), 5);  // count bound
        QCOMPARE(points.last(), QPointF(20, 39));
        QCOMPARE(points.first().x(), 16.0);
        History byAge(3.0, 1000);
        RateCalculator calc2(testSession());
        calc2.push(testFrame(0, 0, {0, 0, 0, 0, 0}));
        for (int i = 1; i <= 20; ++i)
            byAge.append(*calc2.push(testFrame(i, i, {0, 0, 0, 0, 0})));
        QCOMPARE(byAge.series(u"filesystem.vfs_io"_s, u"read"_s).size(), 4);  // 17..20
        QCOMPARE(byAge.series(u"filesystem.vfs_io"_s, u"read"_s, 19).size(), 2);
    }
};

QTEST_APPLESS_MAIN(TestRates)
#include "tst_rates.moc"
