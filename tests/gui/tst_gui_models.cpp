// The GUI's logic without windows: the dashboard catalog from session
// metadata and how keyed tables grow it, the navigation, attach-details and
// cost models (under QAbstractItemModelTester), latency histogram bins and
// percentiles, which lines a crowded chart draws, number and time
// formatting, the command line and what each session state says.
#include "attach_details_model.h"
#include "attach_summary.h"
#include "chart_catalog.h"
#include "cost_module_model.h"
#include "cost_program_model.h"
#include "histogram_bins.h"
#include "histogram_data.h"
#include "rates.h"
#include "top_dimensions.h"
#include "gui_test_support.h"
#include "launch_options.h"
#include "navigation_model.h"
#include "state_presentation.h"
#include "time_axis.h"
#include "value_format.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace kinsight;
using namespace kinsight::gui;
using namespace kinsight::guitest;
using namespace Qt::StringLiterals;

namespace {

QStringList childTexts(const QAbstractItemModel &model, const QModelIndex &parent = {}, int column = 0)
{
    QStringList texts;
    for (int r = 0; r < model.rowCount(parent); ++r)
        texts.append(model.index(r, column, parent).data().toString());
    return texts;
}

QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent, const QString &text)
{
    for (int r = 0; r < model.rowCount(parent); ++r)
        if (model.index(r, 0, parent).data().toString() == text)
            return model.index(r, 0, parent);
    return {};
}

}  // namespace

class TestGuiModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());  // fixed separators in formatted numbers
    }

    void catalogFollowsSessionMetadata()
    {
        const ChartCatalog catalog(loadFixture().session);
        QStringList sections;
        for (const CatalogSection &s : catalog.sections())
            sections.append(s.name);
        QCOMPARE(sections, (QStringList{u"Filesystem"_s, u"eBPF"_s}));  // seed order, not session order
        QStringList families;
        for (const CatalogFamily &f : catalog.sections()[0].families)
            families.append(f.name);
        QCOMPARE(families, (QStringList{u"File descriptor"_s, u"VFS"_s}));
        QCOMPARE(catalog.sections()[1].families[0].name, u"Process"_s);

        QStringList overview;
        for (const CatalogChart &c : catalog.overviewCharts())
            overview.append(c.id);
        QCOMPARE(overview, ChartCatalog::preferredOverviewCharts());

        const CatalogChart *create = catalog.chart(u"filesystem.vfs_create"_s);
        QVERIFY(create);
        QVERIFY(!create->hasMeasuredDimension());
        QVERIFY(create->dimensions[0].unavailableReason.contains(u"vfs_create needs trampoline or probe mode"_s));
        const CatalogChart *status = catalog.chart(u"system.process_status"_s);
        QVERIFY(status && status->isGauge());
        QVERIFY(!catalog.chart(u"system.process_thread"_s)->isGauge());

        // The charts that cannot draw anything close their family.
        const QList<CatalogChart> &vfs = catalog.sections()[0].families[1].charts;
        QCOMPARE(vfs.size(), 10);
        for (int i = 0; i < 7; ++i)
            QVERIFY2(vfs[i].hasMeasuredDimension(), qPrintable(vfs[i].id));
        for (int i = 7; i < 10; ++i)
            QVERIFY2(!vfs[i].hasMeasuredDimension(), qPrintable(vfs[i].id));
    }

    void errorChartsInEntryModeAreUnavailable()
    {
        SessionInfo session = loadFixture().session;
        session.loadMode = u"entry"_s;
        const ChartCatalog catalog(session);
        const CatalogChart *errors = catalog.chart(u"filesystem.file_error"_s);
        QVERIFY(errors);
        for (const CatalogDimension &d : errors->dimensions)
            QVERIFY(d.unavailableReason.contains(u"load mode \"return\""_s));
        QVERIFY(catalog.chart(u"filesystem.file_descriptor"_s)->hasMeasuredDimension());
    }

    void moduleNotLoadedMakesItsChartsUnavailable()
    {
        SessionInfo session = syntheticSession();
        session.modules[0].loaded = false;
        session.modules[0].error = u"BTF for this kernel not found"_s;
        const ChartCatalog catalog(session);
        QCOMPARE(catalog.chart(u"filesystem.demo_io"_s)->dimensions[0].unavailableReason,
                 u"BTF for this kernel not found"_s);
    }

    void newSectionsNeedNoGuiChange()
    {
        SessionInfo session = syntheticSession();
        session.modules[0].charts[0].section = u"Memory"_s;
        session.modules[0].charts[0].family = u"Page cache"_s;
        session.modules[0].charts[1].section = u"Sockets"_s;  // unknown to the seed: goes last
        const ChartCatalog catalog(session);
        QStringList sections;
        for (const CatalogSection &s : catalog.sections())
            sections.append(s.name);
        QCOMPARE(sections, (QStringList{u"Memory"_s, u"eBPF"_s, u"Sockets"_s}));
        // No known headline chart: each module's first measured chart stands in.
        QCOMPARE(catalog.overviewCharts().size(), 1);
        QCOMPARE(catalog.overviewCharts()[0].id, u"filesystem.demo_io"_s);
    }

    void sameShape()
    {
        const ChartCatalog a(syntheticSession());
        QVERIFY(a.sameShape(ChartCatalog(syntheticSession())));
        SessionInfo other = syntheticSession();
        other.modules[0].unavailable.clear();
        QVERIFY(!a.sameShape(ChartCatalog(other)));
    }

    void navigationModel()
    {
        NavigationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(ChartCatalog(loadFixture().session));
        QCOMPARE(childTexts(model), (QStringList{u"System Overview"_s, u"Filesystem"_s, u"eBPF"_s, u"Applications"_s, u"Collector cost"_s,
                                                 u"Settings"_s, u"Diagnostics"_s}));
        QCOMPARE(model.index(3, 0).data(NavigationModel::PageRole).toString(), NavigationModel::applicationsPageKey());
        QCOMPARE(model.index(4, 0).data(NavigationModel::PageRole).toString(), NavigationModel::costPageKey());
        const QModelIndex filesystem = model.index(1, 0);
        QCOMPARE(childTexts(model, filesystem), (QStringList{u"File descriptor"_s, u"VFS"_s}));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.index(0, 0).data(NavigationModel::PageRole).toString(), NavigationModel::overviewPageKey());
        const QModelIndex vfs = model.indexFor(u"Filesystem"_s, u"VFS"_s);
        QCOMPARE(vfs.parent(), filesystem);
        QCOMPARE(vfs.data(NavigationModel::FamilyRole).toString(), u"VFS"_s);
        QCOMPARE(model.indexFor(u"eBPF"_s), model.index(2, 0));
        QVERIFY(!model.indexFor(u"Memory"_s).isValid());

        // A new snapshot replaces the old one in one reset.
        model.setCatalog(ChartCatalog(syntheticSession()));
        QCOMPARE(childTexts(model), (QStringList{u"System Overview"_s, u"Filesystem"_s, u"eBPF"_s, u"Applications"_s, u"Collector cost"_s,
                                                 u"Settings"_s, u"Diagnostics"_s}));
        QCOMPARE(childTexts(model, model.index(1, 0)), QStringList{u"VFS"_s});
        // Without a session only the pages that need none remain.
        model.setCatalog(ChartCatalog());
        QCOMPARE(childTexts(model), (QStringList{u"Settings"_s, u"Diagnostics"_s}));
        QCOMPARE(model.index(1, 0).data(NavigationModel::PageRole).toString(), NavigationModel::diagnosticsPageKey());
    }

    void keyedCatalogStartsWithWhatTheSessionDeclares()
    {
        const ChartCatalog catalog(keyedSession());
        QStringList sections;
        for (const CatalogSection &s : catalog.sections())
            sections.append(s.name);
        QCOMPARE(sections, (QStringList{u"System Overview"_s, u"MD flush"_s, u"Disk"_s, u"Filesystem"_s}));
        const CatalogChart *latency = catalog.chart(u"system.hardirq_latency"_s);
        QVERIFY(latency);
        QCOMPARE(latency->kind, CatalogChart::Kind::DimensionPerKey);
        QVERIFY(latency->dimensions.isEmpty());
        QVERIFY(latency->hasMeasuredDimension());  // its keys are still to come
        // A chart per disk: nothing yet but a word on what will come; its family is the disk's name.
        const CatalogSection *disk = catalog.section(u"Disk"_s);
        QVERIFY(disk->families.isEmpty());
        QCOMPARE(disk->pending.size(), 1);
        QCOMPARE(disk->pending[0].templateId, u"disk_latency_io.{key}"_s);
        // A fixed family exists from the start.
        QCOMPARE(catalog.section(u"Filesystem"_s)->families.size(), 1);
        QCOMPARE(catalog.section(u"Filesystem"_s)->families[0].name, u"Latency"_s);
        QVERIFY(!catalog.chart(u"disk_latency_io.nvme0n1"_s));

        // A module that did not load says why instead of waiting for keys.
        SessionInfo broken = keyedSession();
        broken.modules[0].loaded = false;
        broken.modules[0].error = u"no BTF"_s;
        broken.modules[1].loaded = false;
        const ChartCatalog brokenCatalog(broken);
        QVERIFY(!brokenCatalog.chart(u"system.hardirq_latency"_s)->hasMeasuredDimension());
        QCOMPARE(brokenCatalog.chart(u"system.hardirq_latency"_s)->unavailableReason, u"no BTF"_s);
        QVERIFY(brokenCatalog.section(u"Disk"_s)->pending[0].text.contains(u"not measured"_s));
    }

    void keyedCatalogGrowsWithNewKeys()
    {
        ChartCatalog catalog(keyedSession());
        const QList<Frame> frames = keyedTestFrames(6);

        const CatalogChange first = catalog.absorb(frames[0]);
        // Two IRQs in two charts, one disk, one file system, one md device.
        QCOMPARE(first.dimensions.size(), 2 * 2 + 1);
        QCOMPARE(first.charts.size(), 2);
        QVERIFY(first.familiesAdded);  // the disk's family
        const CatalogChart *calls = catalog.chart(u"system.hardirq_calls"_s);
        QCOMPARE(calls->dimensions.size(), 2);
        QCOMPARE(calls->dimensions[0].id, u"0_timer"_s);
        QCOMPARE(calls->dimensions[0].colorIndex, 0);
        QCOMPARE(calls->dimensions[1].id, u"9_acpi"_s);
        QCOMPARE(calls->dimensions[1].colorIndex, 1);
        const CatalogChart *nvme = catalog.chart(u"disk_latency_io.nvme0n1"_s);
        QVERIFY(nvme);
        QCOMPARE(nvme->kind, CatalogChart::Kind::ChartPerKey);
        QCOMPARE(nvme->key, u"nvme0n1"_s);
        QCOMPARE(nvme->family, u"nvme0n1"_s);
        QCOMPARE(nvme->title, u"Disk latency of nvme0n1"_s);
        QCOMPARE(nvme->bins, netdataBinNames());
        QVERIFY(nvme->isHistogram());
        QVERIFY(catalog.section(u"Disk"_s)->pending.isEmpty());
        const CatalogChart *ext4 = catalog.chart(u"filesystem.ext4_read_latency"_s);
        QCOMPARE(ext4->family, u"Latency"_s);
        QCOMPARE(ext4->title, u"Read latency — ext4"_s);  // the key joins a title that lacks it

        // The same keys again add nothing.
        QVERIFY(catalog.absorb(frames[1]).isEmpty());
        QVERIFY(catalog.absorb(frames[2]).isEmpty());

        // A new IRQ joins both of its table's charts with the same colour.
        const CatalogChange third = catalog.absorb(frames[3]);
        QCOMPARE(third.dimensions.size(), 2);
        QVERIFY(third.charts.isEmpty());
        for (const auto &[chartId, dimension] : third.dimensions) {
            QCOMPARE(dimension.id, u"57_xhci"_s);
            QCOMPARE(dimension.colorIndex, 2);
        }
        QCOMPARE(catalog.keys(u"irq"_s, u"irq"_s), (QStringList{u"0_timer"_s, u"9_acpi"_s, u"57_xhci"_s}));

        // A second disk: a chart and a family of its own.
        const CatalogChange fourth = catalog.absorb(frames[4]);
        QCOMPARE(fourth.charts.size(), 1);
        QCOMPARE(fourth.charts[0].id, u"disk_latency_io.sda"_s);
        QVERIFY(fourth.familiesAdded);
        QStringList families;
        for (const CatalogFamily &f : catalog.section(u"Disk"_s)->families)
            families.append(f.name);
        QCOMPARE(families, (QStringList{u"nvme0n1"_s, u"sda"_s}));

        // A reconnect to the same helper keeps what was seen, colours included.
        ChartCatalog again(keyedSession());
        QVERIFY(again.sameShape(catalog));
        again.adoptKeys(catalog);
        QCOMPARE(again.chart(u"system.hardirq_latency"_s)->dimensions.size(), 3);
        QCOMPARE(again.chart(u"system.hardirq_latency"_s)->dimensions[2].colorIndex, 2);
        QVERIFY(again.chart(u"disk_latency_io.sda"_s));
        QVERIFY(!again.sameShape(ChartCatalog(syntheticSession())));
    }

    void navigationFollowsKeyedSections()
    {
        NavigationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChartCatalog catalog(keyedSession());
        model.setCatalog(catalog);
        QCOMPARE(childTexts(model), (QStringList{u"System Overview"_s, u"MD flush"_s, u"Disk"_s, u"Filesystem"_s,
                                                 u"Applications"_s, u"Collector cost"_s, u"Settings"_s, u"Diagnostics"_s}));
        // The collectors' own System Overview families sit under the overview page.
        QCOMPARE(childTexts(model, model.index(0, 0)), QStringList{u"Interrupts"_s});
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data(NavigationModel::PageRole).toString(),
                 NavigationModel::overviewPageKey());
        QCOMPARE(model.rowCount(model.index(2, 0)), 0);
        catalog.absorb(keyedTestFrames(5)[4]);
        model.setCatalog(catalog);
        QCOMPARE(childTexts(model, model.index(2, 0)), (QStringList{u"nvme0n1"_s, u"sda"_s}));
        QCOMPARE(model.indexFor(u"Disk"_s, u"sda"_s).data(NavigationModel::FamilyRole).toString(), u"sda"_s);
    }

    void histogramBins()
    {
        const std::optional<HistogramBins> bins = HistogramBins::fromNames(netdataBinNames());
        QVERIFY(bins);
        QVERIFY(bins->isLog2());
        QCOMPARE(bins->size(), 24);
        // Exact powers of two, not the rounded numbers of the names ("512us->1ms").
        QCOMPARE(bins->lowerMicros(0), 0.0);
        QCOMPARE(bins->upperMicros(0), 1.0);
        QCOMPARE(bins->lowerMicros(10), 512.0);
        QCOMPARE(bins->upperMicros(10), 1024.0);
        QCOMPARE(bins->upperMicros(22), 4194304.0);
        QVERIFY(std::isinf(bins->upperMicros(23)));
        QCOMPARE(bins->names()[10], u"512us->1ms"_s);
        QCOMPARE(bins->rangeText(0), u"0–1 µs"_s);
        QCOMPARE(bins->rangeText(5), u"16–32 µs"_s);
        QCOMPARE(bins->rangeText(10), u"512 µs–1.02 ms"_s);
        QCOMPARE(bins->rangeText(17), u"65.5–131 ms"_s);
        QCOMPARE(bins->rangeText(23), u"≥ 4.19 s"_s);
        QCOMPARE(HistogramBins::durationText(1500), u"1.5 ms"_s);

        // Other bin names: their own numbers.
        const auto coarse = HistogramBins::fromNames({u"0ms->10ms"_s, u"10ms->100ms"_s, u"100ms->+Inf"_s});
        QVERIFY(coarse && !coarse->isLog2());
        QCOMPARE(coarse->upperMicros(1), 100000.0);
        QCOMPARE(coarse->rangeText(2), u"≥ 100 ms"_s);
        // Not bins: a gap, an open bin in the middle, plain names.
        QVERIFY(!HistogramBins::fromNames({u"0us->1us"_s, u"2us->4us"_s}));
        QVERIFY(!HistogramBins::fromNames({u"0us->+Inf"_s, u"1us->2us"_s}));
        QVERIFY(!HistogramBins::fromNames({u"runs"_s, u"time"_s}));
        QVERIFY(!HistogramBins::fromNames({u"0us->1us"_s}));
    }

    void percentilesByNearestRank_data()
    {
        QTest::addColumn<QList<double>>("counts");
        QTest::addColumn<double>("q");
        QTest::addColumn<int>("bin");
        const QList<double> disk{0, 0, 0, 0, 0, 50, 0, 49, 0, 0, 0, 0, 1};
        QTest::newRow("p50 of 100: the 50th event") << disk << 0.5 << 5;
        QTest::newRow("p51: the 51st") << disk << 0.51 << 7;
        QTest::newRow("p99: the 99th") << disk << 0.99 << 7;
        QTest::newRow("p100: the slowest") << disk << 1.0 << 12;
        QTest::newRow("one event") << QList<double>{0, 1, 0} << 0.99 << 1;
        QTest::newRow("nothing") << QList<double>{0, 0, 0} << 0.5 << -1;
    }
    void percentilesByNearestRank()
    {
        QFETCH(QList<double>, counts);
        QFETCH(double, q);
        QFETCH(int, bin);
        QCOMPARE(HistogramBins::quantileBin(counts, q), bin);
    }

    void histogramDataIsExact()
    {
        const QList<Frame> frames = keyedTestFrames(8);
        RateCalculator calculator(keyedSession());
        History history;
        QMap<double, double> intervals;
        for (const Frame &f : frames)
            if (auto r = calculator.push(f)) {
                history.append(*r);
                intervals.insert(r->time, r->interval);
            }
        const HistogramBins bins = *HistogramBins::fromNames(netdataBinNames());
        const TimeRange all{199, 207, 207};
        const auto intervalAt = [&intervals](double t) { return intervals.value(t); };

        const HistogramData nvme = HistogramData::build(history, u"disk_latency_io.nvme0n1"_s, bins, all, intervalAt);
        QCOMPARE(nvme.samples.size(), 7);
        for (const HistogramSample &s : nvme.samples) {
            QCOMPARE(s.interval, 1.0);
            QCOMPARE(s.counts[5], 50.0);
            QCOMPARE(s.counts[7], 49.0);
            QCOMPARE(s.counts[12], 1.0);
            QCOMPARE(s.total, 100.0);
            QCOMPARE(s.p50, 5);
            QCOMPARE(s.p99, 7);
        }
        QCOMPARE(nvme.windowTotal, 700.0);
        QCOMPARE(nvme.windowCounts[5], 350.0);
        QCOMPARE(nvme.p50, 5);
        QCOMPARE(nvme.p99, 7);
        QCOMPARE(nvme.slowest, 12);
        QCOMPARE(nvme.maxRate, 50.0);
        // Rows from one below the fastest bin to one above the slowest.
        QCOMPARE(nvme.firstRow, 4);
        QCOMPARE(nvme.lastRow, 13);

        // A disk seen from frame 4 has samples from frame 5 on; a narrow distribution still gets 8 rows.
        const HistogramData sda = HistogramData::build(history, u"disk_latency_io.sda"_s, bins, all, intervalAt);
        QCOMPARE(sda.samples.size(), 3);
        QCOMPARE(sda.samples.first().time, 205.0);
        QCOMPARE(sda.windowTotal, 9.0);
        QCOMPARE(sda.p50, 10);
        QCOMPARE(sda.lastRow - sda.firstRow + 1, HistogramData::kMinimumRows);
        QVERIFY(sda.firstRow <= 9 && sda.lastRow >= 11);

        // Half a window: only its samples.
        const HistogramData late = HistogramData::build(history, u"disk_latency_io.nvme0n1"_s, bins,
                                                        TimeRange{204, 207, 205}, intervalAt);
        QCOMPARE(late.samples.size(), 2);
        QCOMPARE(late.windowTotal, 200.0);
    }

    void topDimensions()
    {
        const QList<DimensionAverage> averages{{u"a"_s, 1}, {u"b"_s, 50}, {u"c"_s, 7}, {u"d"_s, 50}, {u"e"_s, 0}};
        TopDimensions top(3);
        // The three largest, ties in the given order, listed in the given order.
        QCOMPARE(top.shown(averages), (QStringList{u"b"_s, u"c"_s, u"d"_s}));
        top.choose(u"e"_s, true);   // always drawn
        top.choose(u"b"_s, false);  // never
        QCOMPARE(top.shown(averages), (QStringList{u"c"_s, u"d"_s, u"e"_s}));
        top.choose(u"a"_s, true);
        top.choose(u"c"_s, true);
        top.choose(u"d"_s, true);  // chosen ones go beyond the limit
        QCOMPARE(top.shown(averages), (QStringList{u"a"_s, u"c"_s, u"d"_s, u"e"_s}));
        top.resetChoices();
        QCOMPARE(top.shown(averages), (QStringList{u"b"_s, u"c"_s, u"d"_s}));
        QCOMPARE(TopDimensions::ranked(averages).first().id, u"b"_s);
    }

    void costModelsShowTheCostRates()
    {
        const CollectorCost before = costSample(true,
                                                {{u"vfs"_s, u"vfs_exit"_s, 1000, 80000},
                                                 {u"vfs"_s, u"vfs_release"_s, 10, 5000},
                                                 {u"fd"_s, u"fd_exit"_s, 500, 60000},
                                                 {u"irq"_s, u"irq_entry"_s, 0, 0}},
                                                {{u"vfs"_s, u"vfs_pid"_s, 8192}, {u"vfs"_s, u"vfs_global"_s, 4096},
                                                 {u"fd"_s, u"fd_pid"_s, 10240}},
                                                1000000, 33554432, 10, 32768);
        const CollectorCost now = costSample(true,
                                             {{u"vfs"_s, u"vfs_exit"_s, 33000, 2640000},
                                              {u"vfs"_s, u"vfs_release"_s, 30, 9000},
                                              {u"fd"_s, u"fd_exit"_s, 16500, 1260000},
                                              {u"irq"_s, u"irq_entry"_s, 0, 0}},
                                             {{u"vfs"_s, u"vfs_pid"_s, 8192}, {u"vfs"_s, u"vfs_global"_s, 4096},
                                              {u"fd"_s, u"fd_pid"_s, 10240}},
                                             3000000, 33554432, 12, 32768);
        const CostRates rates = RateCalculator::costRates(before, now, 2.0);

        CostProgramModel programs;
        QAbstractItemModelTester programTester(&programs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        programs.setCost(rates);
        QCOMPARE(programs.rowCount(), 4);
        QCOMPARE(programs.columnCount(), 5);
        auto cell = [&programs](int row, int column, int role = Qt::DisplayRole) {
            return programs.index(row, column).data(role);
        };
        QCOMPARE(cell(0, CostProgramModel::ProgramColumn).toString(), u"vfs_exit"_s);
        QCOMPARE(cell(0, CostProgramModel::RunsColumn, CostProgramModel::SortRole).toDouble(), 16000.0);
        QCOMPARE(cell(0, CostProgramModel::RunsColumn).toString(), u"16000.00"_s);  // C locale: no grouping
        QCOMPARE(cell(0, CostProgramModel::NsPerRunColumn, CostProgramModel::SortRole).toDouble(), 80.0);
        QCOMPARE(cell(0, CostProgramModel::NsPerRunColumn).toString(), u"80 ns"_s);
        QCOMPARE(cell(0, CostProgramModel::CpuColumn, CostProgramModel::SortRole).toDouble(), 0.128);
        QCOMPARE(cell(0, CostProgramModel::CpuColumn).toString(), u"0.128 %"_s);
        QCOMPARE(cell(1, CostProgramModel::NsPerRunColumn).toString(), u"200 ns"_s);
        QCOMPARE(cell(1, CostProgramModel::CpuColumn).toString(), u"< 0.001 %"_s);  // 0.0002 %: not "0.000 %"
        // No run: no time per run, and it sorts below every measured one.
        QCOMPARE(cell(3, CostProgramModel::NsPerRunColumn).toString(), u"—"_s);
        QVERIFY(std::isinf(cell(3, CostProgramModel::NsPerRunColumn, CostProgramModel::SortRole).toDouble()));
        QCOMPARE(cell(3, CostProgramModel::RunsColumn).toString(), u"0.00"_s);

        // New numbers for the same programs change data, not rows.
        QSignalSpy resets(&programs, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&programs, &QAbstractItemModel::dataChanged);
        programs.setCost(RateCalculator::costRates(before, now, 4.0));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(cell(0, CostProgramModel::RunsColumn, CostProgramModel::SortRole).toDouble(), 8000.0);

        // Statistics off: nothing the kernel did not measure is shown as a number.
        CollectorCost off = now;
        off.statsEnabled = false;
        programs.setCost(RateCalculator::costRates(before, off, 2.0));
        QCOMPARE(cell(0, CostProgramModel::CpuColumn).toString(), u"—"_s);
        QCOMPARE(cell(0, CostProgramModel::RunsColumn).toString(), u"—"_s);
        QVERIFY(cell(0, CostProgramModel::CpuColumn, Qt::ToolTipRole).toString().contains(u"statistics"_s));

        CostModuleModel modules;
        QAbstractItemModelTester moduleTester(&modules, QAbstractItemModelTester::FailureReportingMode::QtTest);
        modules.setCost(rates, now);
        QCOMPARE(modules.rowCount(), 3);
        const QList<CostModuleModel::Row> &rows = modules.rows();
        QCOMPARE(rows[0].module, u"vfs"_s);
        QCOMPARE(rows[0].programs, 2);
        QCOMPARE(rows[0].runsPerSecond, 16010.0);
        // All of vfs' time over all of its runs: (2,560,000 + 4,000) ns / 32,020 runs.
        QVERIFY(qFuzzyCompare(*rows[0].nsPerRun, 2564000.0 / 32020.0));
        QVERIFY(qFuzzyCompare(rows[0].cpuPercent, 0.1282));
        QCOMPARE(rows[0].maps, 2);
        QCOMPARE(rows[0].memlockBytes, quint64(12288));
        QCOMPARE(modules.index(0, CostModuleModel::MemoryColumn).data().toString(), u"12.0 KiB"_s);
        QVERIFY(modules.index(0, CostModuleModel::MemoryColumn).data(Qt::ToolTipRole).toString().contains(u"vfs_pid: 8.0 KiB"_s));
        QCOMPARE(rows[1].module, u"fd"_s);
        QCOMPARE(rows[1].nsPerRun.value(), 75.0);
        QCOMPARE(modules.index(1, CostModuleModel::NsPerRunColumn).data().toString(), u"75 ns"_s);
        QCOMPARE(rows[2].module, u"irq"_s);
        QVERIFY(!rows[2].nsPerRun);
        QCOMPARE(modules.index(2, CostModuleModel::NsPerRunColumn).data().toString(), u"—"_s);
        // The first sample of a session has maps but no rates yet.
        modules.setCost(std::nullopt, now);
        QCOMPARE(modules.rows()[0].memlockBytes, quint64(12288));
        QCOMPARE(modules.index(0, CostModuleModel::CpuColumn).data().toString(), u"—"_s);
    }

    void attachDetailsModel()
    {
        AttachDetailsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(loadFixture().session);
        QCOMPARE(childTexts(model), (QStringList{u"process"_s, u"fd"_s, u"vfs"_s}));
        QCOMPARE(model.columnCount(), 4);

        const QModelIndex vfs = model.index(2, 0);
        const QModelIndex read = childNamed(model, vfs, u"read"_s);
        QVERIFY(read.isValid());
        QCOMPARE(read.siblingAtColumn(AttachDetailsModel::AttachedColumn).data().toString(),
                 u"tp_btf sys_exit (read, pread64, readv, preadv, preadv2)"_s);
        QCOMPARE(read.siblingAtColumn(AttachDetailsModel::FamilyColumn).data().toString(), u"tracepoint"_s);
        QVERIFY(read.siblingAtColumn(AttachDetailsModel::NoteColumn).data().toString().startsWith(u"counts the syscalls"_s));
        QCOMPARE(model.rowCount(read), 1);
        const QModelIndex rejected = model.index(0, 0, read);
        QCOMPARE(rejected.data().toString(), u"fexit vfs_read, vfs_readv"_s);
        QCOMPARE(rejected.siblingAtColumn(AttachDetailsModel::AttachedColumn).data().toString(), u"rejected"_s);
        QVERIFY(rejected.siblingAtColumn(AttachDetailsModel::NoteColumn).data().toString().contains(u"EPERM"_s));
        QCOMPARE(rejected.data(AttachDetailsModel::KindRole).value<AttachDetailsModel::RowKind>(),
                 AttachDetailsModel::RowKind::Rejected);

        const QModelIndex create = childNamed(model, vfs, u"create"_s);
        QCOMPARE(create.siblingAtColumn(AttachDetailsModel::AttachedColumn).data().toString(), u"not attached"_s);
        const QModelIndex closeHook = childNamed(model, model.index(1, 0), u"close"_s);
        QCOMPARE(childTexts(model, closeHook), (QStringList{u"fexit file_close_fd"_s, u"fexit close_fd"_s}));

        const QModelIndex unavailable = childNamed(model, vfs, u"vfs_create"_s);
        QVERIFY(unavailable.isValid());
        QCOMPARE(unavailable.data(AttachDetailsModel::KindRole).value<AttachDetailsModel::RowKind>(),
                 AttachDetailsModel::RowKind::Unavailable);
        QVERIFY(unavailable.siblingAtColumn(AttachDetailsModel::NoteColumn).data().toString().contains(u"O_CREAT"_s));

        model.setSession(syntheticSession());
        QCOMPARE(childTexts(model), QStringList{u"demo"_s});
    }

    void attachSummary()
    {
        const SessionInfo session = loadFixture().session;
        QCOMPARE(AttachSummary::shortText(*session.module(u"process"_s)), u"process: tracepoint"_s);
        QCOMPARE(AttachSummary::shortText(*session.module(u"vfs"_s)), u"vfs: tracepoint, 6 of 7 hooks"_s);
        ModuleInfo failed = *session.module(u"fd"_s);
        failed.loaded = false;
        QCOMPARE(AttachSummary::shortText(failed), u"fd: not loaded"_s);
        QVERIFY(AttachSummary::tooltip(*session.module(u"vfs"_s)).contains(u"create: not attached"_s));
    }

    void scale_data()
    {
        QTest::addColumn<QString>("units");
        QTest::addColumn<double>("largest");
        QTest::addColumn<double>("divisor");
        QTest::addColumn<QString>("scaled");
        QTest::newRow("calls stay") << u"calls/s"_s << 1e9 << 1.0 << u"calls/s"_s;
        QTest::newRow("small bytes") << u"bytes/s"_s << 1000.0 << 1.0 << u"B/s"_s;
        QTest::newRow("KiB") << u"bytes/s"_s << 1024.0 << 1024.0 << u"KiB/s"_s;
        QTest::newRow("MiB") << u"bytes/s"_s << 27862900.0 << 1048576.0 << u"MiB/s"_s;
        QTest::newRow("GiB") << u"bytes/s"_s << 5e9 << 1073741824.0 << u"GiB/s"_s;
        QTest::newRow("bytes gauge") << u"bytes"_s << 2048.0 << 1024.0 << u"KiB"_s;
        QTest::newRow("negative") << u"bytes/s"_s << -4096.0 << 1024.0 << u"KiB/s"_s;
    }
    void scale()
    {
        QFETCH(QString, units);
        QFETCH(double, largest);
        QFETCH(double, divisor);
        QFETCH(QString, scaled);
        const UnitScale s = scaleFor(units, largest);
        QCOMPARE(s.divisor, divisor);
        QCOMPARE(s.units, scaled);
    }

    void exactValues_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("units");
        QTest::addColumn<QString>("text");
        QTest::newRow("rate") << 1788.5123 << u"calls/s"_s << u"1,788.51 calls/s"_s;
        QTest::newRow("whole") << 42.0 << u"calls/s"_s << u"42 calls/s"_s;
        QTest::newRow("bytes") << 27862900.0 << u"bytes/s"_s << u"27,862,900 B/s (26.57 MiB/s)"_s;
        QTest::newRow("gauge") << -1.0 << u"tasks"_s << u"-1 tasks"_s;
    }
    void exactValues()
    {
        QFETCH(double, value);
        QFETCH(QString, units);
        QFETCH(QString, text);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(formatExact(value, units), text);
        QLocale::setDefault(QLocale::c());
    }

    void niceRanges_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<int>("ticks");
        QTest::newRow("zeros") << 0.0 << 0.0 << 0.0 << 1.0 << 3;
        QTest::newRow("up to 42") << 0.0 << 42.0 << 0.0 << 50.0 << 6;
        QTest::newRow("exactly 40: headroom") << 0.0 << 40.0 << 0.0 << 50.0 << 6;
        QTest::newRow("13333") << 0.0 << 13333.0 << 0.0 << 15000.0 << 4;
        QTest::newRow("negative gauge") << -3.0 << 5.0 << -4.0 << 6.0 << 6;
        QTest::newRow("0.3, not 0.30000000000000004") << 0.0 << 0.3 << 0.0 << 0.4 << 5;
    }
    void niceRanges()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(int, ticks);
        const AxisRange r = niceRange(low, high);
        QVERIFY(r.min <= low && r.max > high);
        QVERIFY2(qFuzzyCompare(r.min + 1, min + 1), qPrintable(QString::number(r.min)));
        QVERIFY2(qFuzzyCompare(r.max, max), qPrintable(QString::number(r.max)));
        QCOMPARE(r.tickCount, ticks);
    }

    void sinceStartLabels()
    {
        const TimeLabeler labeler(TimeLabeler::Mode::SinceStart, 1915.0);
        QCOMPARE(labeler.label(1915.0), u"0:00"_s);
        QCOMPARE(labeler.label(1925.4), u"0:10"_s);
        QCOMPARE(labeler.label(1915.0 + 3725), u"1:02:05"_s);
        QCOMPARE(timeTicks(labeler, 1915.0, 1935.0), (QList<double>{1915, 1920, 1925, 1930, 1935}));
        QCOMPARE(timeTicks(labeler, 1915.0, 1915.0 + 3600).size(), 7);  // every 10 min
        QVERIFY(timeTicks(labeler, 10, 10).isEmpty());
    }

    void wallClockTicksAreRoundSeconds()
    {
        const qint64 wall = QDateTime(QDate(2026, 3, 1), QTime(14, 32, 7, 250)).toMSecsSinceEpoch();
        const TimeLabeler labeler(TimeLabeler::Mode::WallClock, 500.0, wall);
        QCOMPARE(labeler.label(500.0), u"14:32:07"_s);
        QCOMPARE(labeler.label(560.0), u"14:33:07"_s);
        const QList<double> ticks = timeTicks(labeler, 500.0, 560.0);
        QVERIFY(!ticks.isEmpty());
        for (double t : ticks)
            QVERIFY2(labeler.label(t).endsWith(u"0"_s), qPrintable(labeler.label(t)));  // 10 s steps: hh:mm:s0
        QCOMPARE(labeler.label(ticks.first()), u"14:32:10"_s);
        QVERIFY(labeler.axisTitle().isEmpty());
        QCOMPARE(labeler.tickLabel(560.0, 10), u"14:33:07"_s);
        QCOMPARE(labeler.tickLabel(560.0, 600), u"14:33"_s);  // minute ticks need no seconds
        QCOMPARE(timeTickStep(3600), 600.0);
        QCOMPARE(timeTickStep(60), 10.0);
    }

    void launchOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("replay");
        QTest::addColumn<double>("interval");
        QTest::addColumn<QStringList>("modules");
        QTest::addColumn<QString>("loadMode");
        const QStringList defaults{u"process"_s, u"fd"_s, u"vfs"_s};
        QTest::newRow("defaults") << QStringList{} << true << QString() << 1.0 << defaults << u"entry"_s;
        QTest::newRow("replay") << QStringList{u"--replay"_s, u"x.ksrec"_s} << true << u"x.ksrec"_s << 1.0 << defaults
                                << u"entry"_s;
        QTest::newRow("all live options")
            << QStringList{u"--interval"_s, u"0.5"_s, u"--modules"_s, u"vfs, fd,vfs"_s, u"--load-mode"_s, u"return"_s}
            << true << QString() << 0.5 << QStringList{u"vfs"_s, u"fd"_s} << u"return"_s;
        QTest::newRow("interval too small") << QStringList{u"--interval"_s, u"0.01"_s} << false << QString() << 0.0
                                            << QStringList{} << QString();
        QTest::newRow("bad load mode") << QStringList{u"--load-mode"_s, u"exit"_s} << false << QString() << 0.0
                                       << QStringList{} << QString();
        QTest::newRow("bad module name") << QStringList{u"--modules"_s, u"../etc"_s} << false << QString() << 0.0
                                         << QStringList{} << QString();
        QTest::newRow("unknown option") << QStringList{u"--kprobes"_s} << false << QString() << 0.0 << QStringList{}
                                        << QString();
    }
    void launchOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, ok);
        QFETCH(QString, replay);
        QFETCH(double, interval);
        QFETCH(QStringList, modules);
        QFETCH(QString, loadMode);
        LaunchOptions options;
        QString message;
        const auto result = LaunchParser::parse(QStringList{u"kinsight"_s} + arguments, &options, &message);
        QCOMPARE(result == LaunchParser::Result::Ok, ok);
        if (!ok) {
            QVERIFY(!message.isEmpty());
            return;
        }
        QCOMPARE(options.replayPath, replay);
        QCOMPARE(options.request.intervalSeconds, interval);
        QCOMPARE(options.request.modules, modules);
        QCOMPARE(options.request.loadMode, loadMode);
    }

    void everyStateSaysWhatToDo()
    {
        const QMetaEnum states = QMetaEnum::fromType<StreamSource::State>();
        for (int i = 0; i < states.keyCount(); ++i) {
            const auto state = StreamSource::State(states.value(i));
            for (SourceKind kind : {SourceKind::Live, SourceKind::Recording}) {
                const StatePresentation p = StatePresenter::present(state, u"why"_s, kind);
                QVERIFY2(!p.headline.isEmpty(), states.key(i));
                QCOMPARE(p.message, u"why"_s);
                QVERIFY2(!StatePresenter::shortState(state, kind).isEmpty(), states.key(i));
                if (state != StreamSource::State::Running)
                    QVERIFY2(!p.actions.isEmpty(), states.key(i));  // a way forward from every non-happy state
            }
        }
        using State = StreamSource::State;
        const auto live = [](State s) { return StatePresenter::present(s, {}, SourceKind::Live).actions; };
        QCOMPARE(live(State::HelperMissing), (QList<StateAction>{StateAction::Retry, StateAction::OpenRecording}));
        QCOMPARE(live(State::NotAuthorized), (QList<StateAction>{StateAction::Retry, StateAction::OpenRecording}));
        QCOMPARE(live(State::KernelUnsupported),
                 (QList<StateAction>{StateAction::OpenDiagnostics, StateAction::Retry, StateAction::OpenRecording}));
        QCOMPARE(live(State::Reconnecting), QList<StateAction>{StateAction::OpenRecording});
        QVERIFY(StatePresenter::present(State::Reconnecting, {}, SourceKind::Live).busy);
        QVERIFY(StatePresenter::isHappy(State::Running));
        QVERIFY(!StatePresenter::isHappy(State::Reconnecting));
    }
};

QTEST_MAIN(TestGuiModels)
#include "tst_gui_models.moc"
