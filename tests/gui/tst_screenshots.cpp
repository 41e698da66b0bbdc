// Renders every page and state offscreen to PNG files for people to look at
// (build-gui/screenshots by default, or $KINSIGHT_SCREENSHOT_DIR). It checks
// only that each image was written and is not blank; the looking is done by eye.
#include "attach_details_dialog.h"
#include "chart_page.h"
#include "chart_widget.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "navigation_model.h"
#include "session_controller.h"

#include <QDir>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QScrollBar>
#include <QSvgRenderer>
#include <QTest>

using namespace kinsight;
using namespace kinsight::gui;
using namespace kinsight::guitest;
using namespace Qt::StringLiterals;

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
