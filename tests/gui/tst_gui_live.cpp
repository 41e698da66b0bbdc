// The GUI against the live helper: run by the e2e test (KINSIGHT_LIVE_HELPER=1,
// as a user polkit grants, on the e2e test's private system bus). The window
// starts a real session, and the charts fill with the helper's frames.
#include "chart_page.h"
#include "chart_widget.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "session_controller.h"

#include <QDir>
#include <QTest>

using namespace kinsight;
using namespace kinsight::gui;
using namespace Qt::StringLiterals;

class TestGuiLive : public QObject {
    Q_OBJECT
private slots:
    void chartsFillFromTheHelper()
    {
        if (qEnvironmentVariable("KINSIGHT_LIVE_HELPER") != u"1"_s)
            QSKIP("run by the e2e test, against a live helper");
        guitest::useTestSettings();
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        SessionRequest request;
        request.modules = {u"process"_s, u"fd"_s, u"vfs"_s};
        request.intervalSeconds = 0.5;
        window.startLive(request);
        QTRY_COMPARE_WITH_TIMEOUT(window.source()->state(), StreamSource::State::Running, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->sampleCount() >= 6, 20000);
        QVERIFY(!window.isStatePageShown());
        window.showPage(window.pageKeys().first());
        QCoreApplication::processEvents();
        ChartPage *overview = window.page(window.pageKeys().first());
        QVERIFY(overview);
        const History &history = window.controller()->history();
        QVERIFY(history.series(u"filesystem.vfs_io"_s, u"read"_s).size() >= 4);
        const QString dir = qEnvironmentVariable("KINSIGHT_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(window.grab().save(dir + u"/40-live-helper-overview.png"_s));
        }
        window.close();
    }
};

QTEST_MAIN(TestGuiLive)
#include "tst_gui_live.moc"
