// OpenMetrics text and Netdata plugin protocol from a known session and frames.
#include "netdata_plugin.h"
#include "openmetrics.h"

#include <QRegularExpression>
#include <QTest>

using namespace kinsight;
using namespace kinsight::exporting;
using namespace Qt::StringLiterals;

namespace {

// Netdata's log2 microsecond bin names, as the latency collectors name them.
QList<CounterInfo> log2Bins()
{
    const char *names[] = {"0us->1us",    "1us->2us",     "2us->4us",     "4us->8us",     "8us->16us",
                           "16us->32us",  "32us->64us",   "64us->128us",  "128us->256us", "256us->512us",
                           "512us->1ms",  "1ms->2ms",     "2ms->4ms",     "4ms->8ms",     "8ms->16ms",
                           "16ms->32ms",  "32ms->65ms",   "65ms->131ms",  "131ms->262ms", "262ms->524ms",
                           "524ms->1s",   "1s->2s",       "2s->4s",       "4s->+Inf"};
    QList<CounterInfo> bins;
    for (const char *n : names)
        bins.append({QLatin1String(n), u"calls"_s, {}, false});
    return bins;
}

SessionInfo session()
{
    ModuleInfo vfs;
    vfs.name = u"vfs"_s;
    vfs.loaded = true;
    vfs.counters = {{u"vfs_read_call"_s, u"calls"_s, u"reads"_s, false},
                    {u"vfs_read_bytes"_s, u"bytes"_s, u"bytes read"_s, false},
                    {u"vfs_create"_s, u"calls"_s, u"creates"_s, false},
                    {u"hits"_s, u"calls"_s, {}, false}};
    vfs.charts = {{u"filesystem.vfs_io"_s, u"Calls to IO"_s, u"calls/s"_s, u"Filesystem"_s, u"VFS"_s,
                   {{u"read"_s, u"read"_s, {{0, 1}}, false}}, false},
                  {u"filesystem.vfs_create"_s, u"Create"_s, u"calls/s"_s, u"Filesystem"_s, u"VFS"_s,
                   {{u"create"_s, u"create"_s, {{2, 1}}, false}}, false},
                  {u"mem.ratio"_s, u"Ratio"_s, u"%"_s, u"Memory"_s, u"Page cache"_s,
                   {{u"ratio"_s, u"ratio"_s, {{3, 1}}, false, {{0, 1}}}}, false}};
    vfs.unavailable.insert(2, u"needs trampoline or probe mode"_s);
    vfs.tables = {{u"irq"_s,
                   {{u"runs"_s, u"calls"_s, {}, false}, {u"time"_s, u"ns"_s, u"handler time"_s, false}},
                   {{false, u"system.hardirq_latency"_s, u"IRQ"_s, u"milliseconds"_s, u"System Overview"_s,
                     u"Interrupts"_s, 1, 1e-6}}},
                  {u"disk"_s, log2Bins(),
                   {{true, u"disk_latency_io.{key}"_s, u"Disk latency"_s, u"calls/s"_s, u"Disks"_s, u"Latency"_s, 0, 1.0}}}};
    SessionInfo s;
    s.modules = {vfs};
    return s;
}

Frame frame(quint64 seq, quint64 reads, quint64 hits)
{
    ModuleFrame m;
    m.module = u"vfs"_s;
    m.global = {reads, reads * 100, 0, hits};
    m.trees.insert(1, {reads / 2, reads * 50, 0, 0});
    m.keyed[u"irq"_s] = {{u"24 eth0"_s, {seq * 10, seq * 2000000}}};
    QList<quint64> bins(24, 0);
    bins[3] = 5 * seq;  // 4..8 us
    bins[10] = seq;     // 512..1024 us
    m.keyed[u"disk"_s] = {{u"vda"_s, bins}};
    m.keyed[u"cgroup"_s] = {{u"/system.slice/a.service"_s, {7, 700, 0, 0}}};
    return Frame{seq, seq * 1000000000, {m}, {}};
}

}  // namespace

class TestExports : public QObject {
    Q_OBJECT
private slots:
    void openMetricsFamilies()
    {
        SessionInfo s = session();
        s.modules[0].tables.append({u"cgroup"_s, s.modules[0].counters, {}});
        const QString text = toOpenMetrics(s, frame(2, 40, 30));
        if (qEnvironmentVariableIsSet("KS_DUMP"))
            qInfo("%s", qPrintable(text));
        QVERIFY(text.endsWith(u"# EOF\n"_s));
        QVERIFY(text.contains(u"# TYPE kinsight_vfs_read_call counter\n"_s));
        QVERIFY(text.contains(u"kinsight_vfs_read_call_total{scope=\"system\"} 40\n"_s));
        QVERIFY(text.contains(u"kinsight_vfs_read_call_total{scope=\"tree\",tree=\"1\"} 20\n"_s));
        QVERIFY(text.contains(u"kinsight_vfs_read_bytes_total{scope=\"cgroup\",cgroup=\"/system.slice/a.service\"} 700\n"_s));
        QVERIFY(text.contains(u"# UNIT kinsight_vfs_read_bytes bytes\n"_s));
        // Nanoseconds become seconds, in a family named for its unit.
        QVERIFY(text.contains(u"kinsight_vfs_irq_time_seconds_total{irq=\"24 eth0\"} 0.0040000000000000001\n"_s));
        // Unavailable: not a zero counter, an info series with the reason.
        QVERIFY(!text.contains(u"kinsight_vfs_create_total"_s));
        QVERIFY(text.contains(u"kinsight_metric_unavailable{module=\"vfs\",metric=\"vfs_create\",reason=\"needs trampoline or probe mode\"} 1\n"_s));
        // Log2 bins as a cumulative histogram with seconds bounds.
        QVERIFY(text.contains(u"# TYPE kinsight_vfs_disk_latency_seconds histogram\n"_s));
        QVERIFY(text.contains(u"kinsight_vfs_disk_latency_seconds_bucket{disk=\"vda\",le=\"8e-06\"} 10\n"_s));
        QVERIFY(text.contains(u"kinsight_vfs_disk_latency_seconds_bucket{disk=\"vda\",le=\"0.001024\"} 12\n"_s));
        QVERIFY(text.contains(u"kinsight_vfs_disk_latency_seconds_bucket{disk=\"vda\",le=\"+Inf\"} 12\n"_s));
        QVERIFY(text.contains(u"kinsight_vfs_disk_latency_seconds_count{disk=\"vda\"} 12\n"_s));
        // Every sample line is name{labels} value.
        static const QRegularExpression line(uR"(^([a-z_]+(\{.*\})? [-+0-9.eInf]+|# (TYPE|UNIT|HELP) .*|# EOF)$)"_s);
        for (const QString &l : text.split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
    }

    void prometheusTextFormat()
    {
        // 0.0.4: a counter family is named with its "_total", no UNIT lines, no EOF.
        OpenMetricsOptions options;
        options.format = OpenMetricsOptions::Format::Prometheus;
        const QString text = toOpenMetrics(session(), frame(1, 40, 0), options);
        QVERIFY(text.contains(u"# TYPE kinsight_vfs_read_call_total counter\n"_s));
        QVERIFY(text.contains(u"# HELP kinsight_vfs_read_call_total reads\n"_s));
        QVERIFY(text.contains(u"kinsight_vfs_read_call_total{scope=\"system\"} 40\n"_s));
        QVERIFY(!text.contains(u"# UNIT"_s));
        QVERIFY(!text.contains(u"# EOF"_s));
        QVERIFY(text.contains(u"# TYPE kinsight_vfs_disk_latency_seconds histogram\n"_s));
        QCOMPARE(contentType(options.format), u"text/plain; version=0.0.4; charset=utf-8"_s);
    }

    void cardinalityIsBounded()
    {
        SessionInfo s = session();
        Frame f = frame(1, 1, 1);
        QList<KeyedCounters> many;
        for (int i = 0; i < 50; ++i)
            many.append({u"irq%1"_s.arg(i), {quint64(i), 0}});
        f.modules[0].keyed[u"irq"_s] = many;
        OpenMetricsOptions options;
        options.maxSeriesPerFamily = 10;
        const QString text = toOpenMetrics(s, f, options);
        QCOMPARE(text.count(u"kinsight_vfs_irq_runs_total{"_s), 11);  // 10 largest + other
        QVERIFY(text.contains(u"kinsight_vfs_irq_runs_total{irq=\"other\"} 780\n"_s));  // irq0..irq39: 0+1+...+39
        QVERIFY(text.contains(u"kinsight_vfs_irq_runs_total{irq=\"irq49\"} 49\n"_s));
    }

    void perApplicationFamilies()
    {
        apps::AppsSnapshot snapshot;
        snapshot.columns = {{u"vfs"_s, u"vfs_read_bytes"_s, u"vfs"_s, u"bytes"_s, {1}, false, {}},
                            {u"vfs"_s, u"vfs_create"_s, u"vfs"_s, u"calls"_s, {2}, false, u"needs probes"_s}};
        for (int i = 0; i < 12; ++i)
            snapshot.applications.append({u"app\"%1"_s.arg(i), -1, {}, {{quint64(i * 10), 0}, {0, 0}}});
        OpenMetricsOptions options;
        options.maxSeriesPerFamily = 5;
        const QString text = toOpenMetrics(session(), frame(1, 1, 1), options, &snapshot);
        QVERIFY(text.contains(u"# TYPE kinsight_app_vfs_read_bytes counter\n"_s));
        QVERIFY(text.contains(u"# UNIT kinsight_app_vfs_read_bytes bytes\n"_s));
        QVERIFY2(text.contains(u"kinsight_app_vfs_read_bytes_total{app=\"app\\\"11\"} 110\n"_s), qPrintable(text));
        QCOMPARE(text.count(u"kinsight_app_vfs_read_bytes_total{"_s), 6);  // 5 largest + other
        QVERIFY(text.contains(u"kinsight_app_vfs_read_bytes_total{app=\"other\"} 210\n"_s));  // 0+10+...+60
        QVERIFY(!text.contains(u"kinsight_app_vfs_create"_s));  // unavailable: never a zero series
        // Without a snapshot nothing per application appears.
        QVERIFY(!toOpenMetrics(session(), frame(1, 1, 1), options).contains(u"kinsight_app_"_s));
    }

    void netdataProtocol()
    {
        NetdataPluginWriter writer(session(), 1);
        const QString first = writer.frame(frame(1, 10, 5));
        QVERIFY(first.contains(u"CHART filesystem.vfs_io '' 'Calls to IO' 'calls/s' 'vfs' 'filesystem.vfs_io' line"_s));
        QVERIFY(first.contains(u"DIMENSION read 'read' incremental 1 1\n"_s));
        QVERIFY(!first.contains(u"DIMENSION create"_s));  // unavailable: not defined
        QVERIFY(first.contains(u"BEGIN filesystem.vfs_io\nSET read = 10\nEND\n"_s));
        QVERIFY(!first.contains(u"BEGIN mem.ratio"_s));  // a ratio needs two frames
        QVERIFY(first.contains(u"DIMENSION 24_eth0 '24 eth0' incremental 1 1000000\n"_s));
        QVERIFY(first.contains(u"CHART disk_latency_io.vda '' 'Disk latency (vda)'"_s));
        const QString second = writer.frame(frame(2, 30, 20));
        QVERIFY(!second.contains(u"CHART filesystem.vfs_io"_s));  // defined once
        QVERIFY(second.contains(u"BEGIN mem.ratio\nSET ratio = 75000\nEND\n"_s));  // 15 of 20, x1000
        QVERIFY(second.contains(u"BEGIN system.hardirq_latency\nSET 24_eth0 = 4000000\nEND\n"_s));
        // A new key redefines its chart with the new dimension only.
        Frame third = frame(3, 31, 21);
        third.modules[0].keyed[u"irq"_s].append({u"25_nvme"_s, {1, 1}});
        const QString out = writer.frame(third);
        QVERIFY(out.contains(u"DIMENSION 25_nvme '25_nvme' incremental 1 1000000\n"_s));
        QVERIFY(!out.contains(u"DIMENSION 24_eth0"_s));
    }

    void multiplierDivisorForScales()
    {
        QCOMPARE(multiplierDivisor(1.0), (std::pair<qint64, qint64>{1, 1}));
        QCOMPARE(multiplierDivisor(1e-6), (std::pair<qint64, qint64>{1, 1000000}));
        QCOMPARE(multiplierDivisor(8.0), (std::pair<qint64, qint64>{8, 1}));
    }
};

QTEST_APPLESS_MAIN(TestExports)
#include "tst_exports.moc"
