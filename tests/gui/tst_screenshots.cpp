// Renders every page and state offscreen to PNG files for people to look at
// (build-gui/screenshots by default, or $KINSIGHT_SCREENSHOT_DIR). It checks
// only that each image was written and is not blank; the looking is done by eye.
#include "attach_details_dialog.h"
#include "chart_page.h"
#include "chart_widget.h"
#include "cost_page.h"
#include "heatmap_view.h"
#include "histogram_widget.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "navigation_model.h"
#include "session_controller.h"

#include <QDir>
#include <QImage>
#include <QLineSeries>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QSvgRenderer>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace kinsight;
using namespace kinsight::gui;
using namespace kinsight::guitest;
using namespace Qt::StringLiterals;

namespace {

// A busy machine, made up: forty IRQs (one more from t = 30), an NVMe disk
// with a burst of slow I/O at t = 40…50 and a SATA disk from t = 20, a
// bimodal ext4 read latency (page cache and disk), two md devices, and what
// all that costs.
class DemoKeyedStream {
public:
    QList<Frame> frames(int count, bool statsEnabled = true)
    {
        QList<Frame> out;
        for (int i = 0; i < count; ++i) {
            const double t = i;
            QList<KeyRow> rows;
            for (int k = 0; k < irqNames().size(); ++k) {
                if (k == irqNames().size() - 1 && t < 30)
                    continue;  // a USB controller shows up later
                const double runs = 2400.0 / std::pow(k + 1.0, 1.25) * (1 + 0.35 * std::sin(t / 6.0 + k));
                add(u"irq/"_s + irqNames()[k], 0, quint64(runs));
                add(u"irq/"_s + irqNames()[k], 1, quint64(runs * (900 + 140 * (k % 7))));
                rows.append({u"irq"_s, u"irq"_s, irqNames()[k], cumulative(u"irq/"_s + irqNames()[k], 2)});
            }
            const bool burst = t >= 40 && t < 50;
            addHistogram(u"disk/nvme0n1"_s, 2800 + 600 * std::sin(t / 9.0), burst ? 8.6 : 6.4, burst ? 1.6 : 0.9,
                         burst ? 0.04 : 0.004);
            rows.append({u"disk"_s, u"disk"_s, u"nvme0n1"_s, cumulative(u"disk/nvme0n1"_s, 24)});
            if (t >= 20) {
                addHistogram(u"disk/sda"_s, 180 + 60 * std::sin(t / 5.0), 11.2, 1.2, 0.02);
                rows.append({u"disk"_s, u"disk"_s, u"sda"_s, cumulative(u"disk/sda"_s, 24)});
            }
            addHistogram(u"fs/ext4"_s, 9000, 3.2, 0.7, 0.0);
            addHistogram(u"fs/ext4"_s, 400 + 300 * (burst ? 1 : 0), 8.8, 1.1, 0.01);
            rows.append({u"fs"_s, u"ext4_read"_s, u"ext4"_s, cumulative(u"fs/ext4"_s, 24)});
            add(u"md/md0"_s, 0, quint64(3 + (i % 4 == 0 ? 9 : 0)));
            rows.append({u"mdflush"_s, u"md"_s, u"md0"_s, cumulative(u"md/md0"_s, 1)});
            add(u"md/md1"_s, 0, quint64(1 + (i % 10 == 3 ? 4 : 0)));
            rows.append({u"mdflush"_s, u"md"_s, u"md1"_s, cumulative(u"md/md1"_s, 1)});

            Frame frame = keyedFrame(quint64(1 + i), 500 + t, rows);
            const double load = 1 + 0.3 * std::sin(t / 8.0) + (burst ? 0.6 : 0);
            runs_ += quint64(52000 * load);
            ns_ += quint64(52000 * load * 71);
            diskRuns_ += quint64(3200 * load);
            diskNs_ += quint64(3200 * load * 240);
            helperNs_ += quint64(2.4e6 * load);
            frame.cost = costSample(statsEnabled,
                                    {{u"irq"_s, u"irq_entry__tp_btf"_s, runs_ / 2, ns_ / 2},
                                     {u"irq"_s, u"irq_exit__tp_btf"_s, runs_ / 2, ns_ / 3},
                                     {u"disk"_s, u"block_rq_issue__tp_btf"_s, diskRuns_, diskNs_ / 3},
                                     {u"disk"_s, u"block_rq_complete__tp_btf"_s, diskRuns_, diskNs_},
                                     {u"fs"_s, u"ext4_file_read_iter__fexit"_s, diskRuns_ * 3, diskNs_ * 2},
                                     {u"mdflush"_s, u"md_flush_request__fentry"_s, quint64(i * 4), quint64(i * 4 * 310)}},
                                    {{u"irq"_s, u"hardirq_by_irq"_s, 53248},
                                     {u"irq"_s, u"hardirq_start"_s, 16384},
                                     {u"disk"_s, u"disk_latency"_s, 413696},
                                     {u"disk"_s, u"disk_requests"_s, 2240512},
                                     {u"fs"_s, u"fs_latency"_s, 102400},
                                     {u"mdflush"_s, u"md_flushes"_s, 8192}},
                                    helperNs_, 41 * 1048576 + 230000, 2311, 32768);
            out.append(frame);
        }
        return out;
    }

    static QStringList irqNames()
    {
        static const QStringList names = [] {
            QStringList n{u"local_timer"_s, u"125_nvme0q3"_s, u"reschedule"_s, u"126_nvme0q4"_s, u"func_call_single"_s,
                          u"24_enp3s0-rx-0"_s, u"25_enp3s0-tx-0"_s, u"irq_work"_s, u"124_nvme0q2"_s, u"9_acpi"_s};
            for (int i = 0; i < 29; ++i)
                n.append(u"%1_pcie-msi-%2"_s.arg(130 + i).arg(i));
            n.append(u"57_xhci_hcd"_s);
            return n;
        }();
        return names;
    }

private:
    void add(const QString &key, int value, quint64 delta)
    {
        QList<quint64> &v = totals_[key];
        while (v.size() <= value)
            v.append(0);
        v[value] += delta;
    }
    QList<quint64> cumulative(const QString &key, int size)
    {
        QList<quint64> v = totals_.value(key);
        while (v.size() < size)
            v.append(0);
        return v;
    }
    // About `events` events around bin `centre`, and a share `tail` five bins slower.
    void addHistogram(const QString &key, double events, double centre, double spread, double tail)
    {
        double weights[24];
        double sum = 0;
        for (int b = 0; b < 24; ++b) {
            weights[b] = std::exp(-(b - centre) * (b - centre) / (2 * spread * spread));
            sum += weights[b];
        }
        for (int b = 0; b < 24; ++b) {
            double share = weights[b] / sum * (1 - tail);
            share += tail * std::exp(-(b - centre - 5) * (b - centre - 5) / 2.0) / 2.5066;
            add(key, b, quint64(std::llround(events * share)));
        }
    }

    QMap<QString, QList<quint64>> totals_;
    quint64 runs_ = 0, ns_ = 0, diskRuns_ = 0, diskNs_ = 0, helperNs_ = 0;
};

}  // namespace

class TestScreenshots : public QObject {
    Q_OBJECT
private:
    QDir out_;

    void save(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(30);
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull());
        // Not one flat colour: something was drawn.
        const QRgb first = image.pixel(0, 0);
        bool varied = false;
        for (int y = 0; y < image.height() && !varied; y += 7)
            for (int x = 0; x < image.width() && !varied; x += 7)
                varied = image.pixel(x, y) != first;
        QVERIFY2(varied, qPrintable(name));
        const QString path = out_.filePath(name + u".png"_s);
        QVERIFY(image.save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    void replayFixture(MainWindow &window)
    {
        QVERIFY(window.openRecording(fixturePath()));
        QTRY_COMPARE(window.source()->state(), StreamSource::State::Ended);
        QTRY_VERIFY(window.controller()->sampleCount() == loadFixture().frames.size() - 1);
        QTest::qWait(100);
    }

private slots:
    void initTestCase()
    {
        useTestSettings();
        const QString dir = qEnvironmentVariable("KINSIGHT_SCREENSHOT_DIR", QStringLiteral(KINSIGHT_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(dir));
        out_ = QDir(dir);
    }

    void pages()
    {
        MainWindow window;
        window.resize(1280, 860);
        window.setWindowMinutes(1);
        window.show();
        replayFixture(window);
        window.showPage(NavigationModel::overviewPageKey());
        save(&window, u"01-overview"_s);
        window.showPage(u"Filesystem"_s);
        save(&window, u"02-filesystem"_s);
        window.showPage(u"Filesystem"_s, u"VFS"_s);
        save(&window, u"03-filesystem-vfs"_s);
        QScrollBar *scroll = window.page(u"Filesystem"_s)->verticalScrollBar();
        scroll->setValue(scroll->maximum());
        save(&window, u"03-filesystem-vfs-bottom"_s);
        window.page(u"Filesystem"_s)->scrollToGroup(QString());
        window.showPage(u"eBPF"_s);
        save(&window, u"04-ebpf-process"_s);

        window.showPage(NavigationModel::overviewPageKey());
        ChartWidget *io = window.page(NavigationModel::overviewPageKey())->chart(u"filesystem.vfs_io_bytes"_s);
        QVERIFY(io);
        const QList<QPointF> points = io->series(u"read"_s)->points();
        io->hoverAt(points[points.size() / 2].x());
        save(&window, u"05-hover"_s);

        window.setWindowMinutes(5);
        save(&window, u"06-window-5min"_s);

        AttachDetailsDialog *details = window.attachDetails();
        details->show();
        save(details, u"07-attach-details"_s);
        details->close();
    }

    void states_data()
    {
        QTest::addColumn<StreamSource::State>("state");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("name");
        QTest::newRow("connecting") << StreamSource::State::Connecting
                                    << u"Starting a session with kinsight-helper; you may be asked to authenticate."_s
                                    << u"10-state-connecting"_s;
        QTest::newRow("helper missing")
            << StreamSource::State::HelperMissing
            << u"kinsight-helper is not available on the system bus (The name org.kinsight.Helper1 was not provided "
               "by any .service files). Install Kinsight's package, or from a build tree run 'sudo cmake --install "
               "build', so that D-Bus can start the helper."_s
            << u"11-state-helper-missing"_s;
        QTest::newRow("not authorized")
            << StreamSource::State::NotAuthorized
            << u"Not authorized to monitor the kernel (polkit action org.kinsight.monitor): Not authorized. "
               "Authenticate as an administrator when asked, or ask one to grant you this action."_s
            << u"12-state-not-authorized"_s;
        QTest::newRow("kernel unsupported")
            << StreamSource::State::KernelUnsupported
            << u"The kernel cannot run Kinsight's BPF programs: /sys/kernel/btf/vmlinux is missing (kernel built "
               "without CONFIG_DEBUG_INFO_BTF). See the Diagnostics page for what to change."_s
            << u"13-state-kernel-unsupported"_s;
        QTest::newRow("failed") << StreamSource::State::Failed
                                << u"Cannot reach the system bus (Not connected to D-Bus server)."_s
                                << u"14-state-failed"_s;
    }
    void states()
    {
        QFETCH(StreamSource::State, state);
        QFETCH(QString, message);
        QFETCH(QString, name);
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        auto *fake = new FakeSource;
        window.runSource(fake, SourceKind::Live);
        fake->enterState(state, message);
        save(&window, name);
    }

    void toolPagesWithoutASession()
    {
        // Where "Run diagnostics" leads from a kernel Kinsight cannot use, and Settings.
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        auto *fake = new FakeSource;
        window.runSource(fake, SourceKind::Live);
        fake->enterState(StreamSource::State::KernelUnsupported,
                         u"This kernel has no BTF (/sys/kernel/btf/vmlinux is missing)."_s);
        window.diagnosticsAction()->trigger();
        QTest::qWait(1500);  // the local checks run in the background
        save(&window, u"40-window-diagnostics"_s);
        window.settingsAction()->trigger();
        QTest::qWait(500);
        save(&window, u"41-window-settings"_s);
    }

    void reconnectingBar()
    {
        MainWindow window;
        window.resize(1280, 860);
        window.setWindowMinutes(1);
        window.show();
        auto *fake = new FakeSource;
        window.runSource(fake, SourceKind::Live);
        const Recording recording = loadFixture();
        fake->deliver(recording.session);
        fake->enterState(StreamSource::State::Running, u"Measuring (session 1)"_s);
        for (const Frame &f : recording.frames)
            fake->deliver(f);
        fake->enterState(StreamSource::State::Reconnecting,
                         u"kinsight-helper went away (kinsight-helper closed the stream); reconnecting in 2 s."_s);
        QTest::qWait(100);
        save(&window, u"15-state-reconnecting-bar"_s);
    }

    void unavailableAndGauge()
    {
        MainWindow window;
        window.resize(1280, 860);
        window.setWindowMinutes(1);
        window.show();
        auto *fake = new FakeSource;
        window.runSource(fake, SourceKind::Live);
        fake->deliver(syntheticSession());
        fake->enterState(StreamSource::State::Running, u"Measuring"_s);
        for (const Frame &f : syntheticFrames(90))
            fake->deliver(f);
        QTest::qWait(100);
        window.showPage(u"Filesystem"_s);
        save(&window, u"16-synthetic-unavailable"_s);
        window.showPage(u"eBPF"_s);
        save(&window, u"17-synthetic-gauge"_s);
    }

    void longSessionWindows()
    {
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        auto *fake = new FakeSource;
        window.runSource(fake, SourceKind::Live);
        fake->deliver(syntheticSession());
        fake->enterState(StreamSource::State::Running, u"Measuring"_s);
        for (const Frame &f : syntheticFrames(3700))
            fake->deliver(f);
        window.showPage(u"Filesystem"_s);
        window.setWindowMinutes(60);
        save(&window, u"19-window-60min"_s);
        window.setWindowMinutes(15);
        save(&window, u"19-window-15min"_s);
    }

    void waitingForData()
    {
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        auto *fake = new FakeSource;
        window.runSource(fake, SourceKind::Live);
        fake->deliver(loadFixture().session);
        fake->enterState(StreamSource::State::Running, u"Measuring"_s);
        save(&window, u"18-waiting-first-interval"_s);
    }

    void allModules()
    {
        MainWindow window;
        window.resize(1280, 860);
        window.setWindowMinutes(1);
        window.show();
        QVERIFY(window.openRecording(allModulesFixturePath()));
        QTRY_COMPARE(window.source()->state(), StreamSource::State::Ended);
        QTest::qWait(100);
        window.showPage(NavigationModel::overviewPageKey());
        save(&window, u"21-all-modules-overview"_s);
        window.showPage(NavigationModel::overviewPageKey(), u"Interrupts"_s);
        save(&window, u"22-all-modules-interrupts"_s);
        window.showPage(NavigationModel::overviewPageKey(), u"Softirqs"_s);
        save(&window, u"23-all-modules-softirqs"_s);
        window.showPage(u"Memory"_s);
        save(&window, u"24-all-modules-memory"_s);
        window.showPage(u"Mount Points"_s);
        save(&window, u"25-all-modules-mount-points"_s);
        window.showPage(NavigationModel::costPageKey());
        save(&window, u"26-all-modules-cost"_s);
        QScrollBar *scroll = window.costPage()->verticalScrollBar();
        scroll->setValue(scroll->maximum());
        save(&window, u"27-all-modules-cost-tables"_s);
    }

    void keyedCharts()
    {
        MainWindow window;
        window.resize(1280, 860);
        window.setWindowMinutes(5);
        window.show();
        auto *fake = new FakeSource;
        window.runSource(fake, SourceKind::Live);
        fake->deliver(keyedSession());
        fake->enterState(StreamSource::State::Running, u"Measuring"_s);
        DemoKeyedStream demo;
        for (const Frame &f : demo.frames(90))
            fake->deliver(f);
        QTest::qWait(100);
        window.showPage(NavigationModel::overviewPageKey(), u"Interrupts"_s);
        save(&window, u"30-keyed-interrupts-top"_s);
        window.showPage(u"Disk"_s);
        save(&window, u"31-disk-histograms"_s);
        HistogramWidget *nvme = window.page(u"Disk"_s)->histogram(u"disk_latency_io.nvme0n1"_s);
        QVERIFY(nvme);
        const HistogramData &data = nvme->data();
        QVERIFY(!data.samples.isEmpty());
        const QRectF cell = nvme->view()->cellRect(int(data.samples.size()) - 45, data.samples[data.samples.size() - 45].p99);
        nvme->view()->hoverAt(cell.center());
        save(&window, u"32-disk-histogram-hover"_s);
        window.showPage(u"Filesystem"_s);
        save(&window, u"33-filesystem-latency"_s);
        window.showPage(u"MD flush"_s);
        save(&window, u"34-md-flush"_s);
        window.showPage(NavigationModel::costPageKey());
        save(&window, u"35-cost-synthetic"_s);

        // The chooser of a chart with forty lines, open.
        window.showPage(NavigationModel::overviewPageKey(), u"Interrupts"_s);
        ChartWidget *calls = window.page(NavigationModel::overviewPageKey())->chart(u"system.hardirq_calls"_s);
        QMenu *menu = calls->dimensionChooser()->menu();
        emit menu->aboutToShow();
        menu->adjustSize();
        save(menu, u"36-dimension-chooser-menu"_s);
    }

    void costWithoutStatistics()
    {
        MainWindow window;
        window.resize(1280, 860);
        window.setWindowMinutes(1);
        window.show();
        auto *fake = new FakeSource;
        window.runSource(fake, SourceKind::Live);
        fake->deliver(keyedSession());
        fake->enterState(StreamSource::State::Running, u"Measuring"_s);
        window.showPage(NavigationModel::costPageKey());
        DemoKeyedStream demo;
        for (const Frame &f : demo.frames(40, false))
            fake->deliver(f);
        QTest::qWait(100);
        save(&window, u"37-cost-statistics-unavailable"_s);
    }

    void costOfARecordingWithoutIt()
    {
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        QVERIFY(window.openRecording(fixturePath()));
        QTRY_COMPARE(window.source()->state(), StreamSource::State::Ended);
        window.showPage(NavigationModel::costPageKey());
        save(&window, u"38-cost-no-data"_s);
    }

    void icons()
    {
        QImage sheet(128 + 64 + 48 + 32 + 16 + 64 + 70, 150, QImage::Format_ARGB32);
        sheet.fill(QColor(0xee, 0xee, 0xee));
        QPainter painter(&sheet);
        QSvgRenderer app(u":/icons/kinsight.svg"_s);
        QSvgRenderer symbolic(u":/icons/kinsight-symbolic.svg"_s);
        QVERIFY(app.isValid());
        QVERIFY(symbolic.isValid());
        int x = 10;
        for (int size : {128, 64, 48, 32, 16}) {
            app.render(&painter, QRectF(x, 10, size, size));
            x += size + 10;
        }
        symbolic.render(&painter, QRectF(x, 10, 16, 16));
        symbolic.render(&painter, QRectF(x, 40, 64, 64));
        painter.end();
        const QString path = out_.filePath(u"20-icons.png"_s);
        QVERIFY(sheet.save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
