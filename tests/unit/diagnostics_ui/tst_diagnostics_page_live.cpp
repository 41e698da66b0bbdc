// The Diagnostics page live on this machine: whatever the state of tracefs,
// debugfs and securityfs right now, the page must say exactly that (checked
// against /proc/self/mountinfo and the lockdown file read here).
//
// With KINSIGHT_LIVE_HELPER=1 (run by tests/e2e/run-e2e.sh as a granted and a
// denied user, on a private bus and in a private mount namespace) the page
// also talks to the real kinsight-helper through polkit:
//   KINSIGHT_LIVE_EXPECT=granted|denied   what polkit answers this user
//   KINSIGHT_LIVE_FIX=1                   press "Mount tracefs now" (tracefs must be unmounted)
#include "check_details_panel.h"
#include "check_list_model.h"
#include "attach_matrix_model.h"
#include "diagnostics_controller.h"
#include "diagnostics_page.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace kinsight;
using namespace kinsight::diagnostics;
using namespace kinsight::gui;
using namespace Qt::StringLiterals;

namespace {

// Mount points of a file system type in this process' namespace, read independently of the page's parser.
QStringList mountPointsOf(const QString &fsType)
{
    QFile file(u"/proc/self/mountinfo"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList points;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList halves = line.split(u" - "_s);
        if (halves.size() == 2 && halves[1].section(u' ', 0, 0) == fsType)
            points.append(halves[0].section(u' ', 4, 4));
    }
    return points;
}

bool liveHelper()
{
    return qEnvironmentVariable("KINSIGHT_LIVE_HELPER") == u"1";
}

}  // namespace

class DiagnosticsPageLiveTest : public QObject {
    Q_OBJECT

    QDir out_;

    const Check *check(const DiagnosticsController &controller, const QString &id)
    {
        for (const Check &c : controller.checks())
            if (c.id == id)
                return &c;
        return nullptr;
    }

    void save(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(50);
        const QString path = out_.filePath(name + u".png"_s);
        QVERIFY(widget->grab().toImage().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    // The tracefs, debugfs and lockdown checks against what is true now.
    void verifyTruth(const DiagnosticsPage &page)
    {
        const DiagnosticsController &controller = *page.controller();
        const QStringList tracefs = mountPointsOf(u"tracefs"_s);
        const Check *tracefsCheck = check(controller, u"mount:tracefs"_s);
        QVERIFY(tracefsCheck);
        if (tracefs.isEmpty()) {
            QCOMPARE(tracefsCheck->status, Status::Warning);
            QVERIFY(tracefsCheck->summary.startsWith(u"Not mounted"_s));
            QCOMPARE(tracefsCheck->fixAction, u"mount-tracefs"_s);
        } else {
            QCOMPARE(tracefsCheck->status, Status::Ok);
            const QString where = tracefs.contains(u"/sys/kernel/tracing"_s) ? u"/sys/kernel/tracing"_s : tracefs.first();
            QCOMPARE(tracefsCheck->summary, u"Mounted at %1"_s.arg(where));
        }
        const QStringList debugfs = mountPointsOf(u"debugfs"_s);
        const Check *debugfsCheck = check(controller, u"mount:debugfs"_s);
        QVERIFY(debugfsCheck);
        QCOMPARE(debugfsCheck->summary.startsWith(u"Mounted at"_s), !debugfs.isEmpty());

        const QStringList securityfs = mountPointsOf(u"securityfs"_s);
        const Check *lockdown = check(controller, u"lockdown"_s);
        QVERIFY(lockdown);
        QFile file(u"/sys/kernel/security/lockdown"_s);
        if (!securityfs.isEmpty() && file.open(QIODevice::ReadOnly)) {
            const QString text = QString::fromUtf8(file.readAll());
            const QString mode = text.section(u'[', 1).section(u']', 0, 0);
            QVERIFY2(lockdown->summary.startsWith(mode + u':'), qPrintable(lockdown->summary));
        } else if (securityfs.isEmpty()) {
            // Unknown unless the boot configuration settles it; never claimed as read.
            QVERIFY(lockdown->status == Status::Unknown || lockdown->status == Status::Error);
            QCOMPARE(lockdown->fixAction, u"mount-securityfs"_s);
        }
        // The details of the selected check are the model's check, as shown.
        QVERIFY(page.verdictText().startsWith(u"Monitoring is"_s));
    }

private slots:
    void initTestCase()
    {
        const QString dir = qEnvironmentVariable("KINSIGHT_SCREENSHOT_DIR", QStringLiteral(KINSIGHT_SCREENSHOT_DIR));
        QDir().mkpath(dir);
        out_ = QDir(dir);
    }

    void unprivilegedPageSaysWhatIsTrue()
    {
        DiagnosticsController controller(nullptr);  // no helper: only what this user can read
        DiagnosticsPage page(&controller);
        page.resize(1280, 820);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(controller.hasRun() && !controller.isGathering(), 20000);
        verifyTruth(page);
        QVERIFY(page.selectCheck(u"mount:tracefs"_s));
        QVERIFY(page.detailsPanel()->visibleText().contains(check(controller, u"mount:tracefs"_s)->summary));
        // Without the helper the privileged checks say they need it, and nothing else pretends.
        const Check *attach = check(controller, u"attach"_s);
        QVERIFY(attach && attach->status == Status::Unknown && !attach->needsHelper.isEmpty());
        if (!liveHelper())
            save(&page, u"diagnostics-10-live-unprivileged"_s);
    }

    void withTheRealHelper()
    {
        if (!liveHelper())
            QSKIP("run by tests/e2e/run-e2e.sh (KINSIGHT_LIVE_HELPER=1) against the real helper and polkitd");
        const bool granted = qEnvironmentVariable("KINSIGHT_LIVE_EXPECT") == u"granted";
        const QString who = granted ? u"granted"_s : u"denied"_s;
        DiagnosticsPage page;  // the live page: system bus (DBUS_SYSTEM_BUS_ADDRESS), live snapshot
        DiagnosticsController &controller = *page.controller();
        page.resize(1280, 820);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        using State = DiagnosticsController::HelperState;
        // The quiet ask on opening: a rule grants without a dialog; the denied user is told to authenticate.
        QTRY_VERIFY_WITH_TIMEOUT(controller.hasRun() && controller.helperState() != State::NotAsked
                                     && controller.helperState() != State::Asking,
                                 120000);
        verifyTruth(page);
        if (granted) {
            QCOMPARE(controller.helperState(), State::Answered);
            QVERIFY(page.matrixModel()->rowCount() > 0);
            QCOMPARE(controller.checksNeedingHelper(), 0);
        } else {
            QCOMPARE(controller.helperState(), State::NeedsAuthentication);
            controller.askHelper(true);  // no authentication agent here: polkit refuses
            QTRY_VERIFY_WITH_TIMEOUT(controller.helperState() != State::Asking, 60000);
            QCOMPARE(controller.helperState(), State::Refused);
            QVERIFY2(page.helperText().contains(u"Not authorized"_s)
                         && page.helperText().contains(u"org.kinsight.monitor"_s),
                     qPrintable(page.helperText()));
        }

        if (qEnvironmentVariable("KINSIGHT_LIVE_FIX") != u"1")
            return;
        QVERIFY2(mountPointsOf(u"tracefs"_s).isEmpty(), "the fix test needs tracefs unmounted");
        QVERIFY(page.selectCheck(u"mount:tracefs"_s));
        save(&page, u"diagnostics-20-live-%1-before-fix"_s.arg(who));
        QPushButton *fix = page.detailsPanel()->fixButton();
        QVERIFY(fix);
        fix->click();
        QTRY_VERIFY_WITH_TIMEOUT(controller.lastFix().has_value(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isGathering(), 20000);
        verifyTruth(page);
        if (granted) {
            QVERIFY2(controller.lastFix()->ok, qPrintable(controller.lastFix()->text));
            QVERIFY(mountPointsOf(u"tracefs"_s).contains(u"/sys/kernel/tracing"_s));
            QCOMPARE(check(controller, u"mount:tracefs"_s)->status, Status::Ok);
            QVERIFY2(page.bannerText().contains(u"Mounted tracefs at /sys/kernel/tracing"_s),
                     qPrintable(page.bannerText()));
        } else {
            QVERIFY(!controller.lastFix()->ok);
            QVERIFY(mountPointsOf(u"tracefs"_s).isEmpty());
            QVERIFY2(page.bannerText().contains(u"Not authorized"_s)
                         && page.bannerText().contains(u"org.kinsight.fix"_s),
                     qPrintable(page.bannerText()));
        }
        save(&page, u"diagnostics-21-live-%1-after-fix"_s.arg(who));
        if (granted) {
            page.tabs()->setCurrentIndex(1);
            QTRY_VERIFY_WITH_TIMEOUT(controller.helperState() == State::Answered, 120000);
            save(&page, u"diagnostics-22-live-attach-matrix"_s);
        }
    }
};

QTEST_MAIN(DiagnosticsPageLiveTest)
#include "tst_diagnostics_page_live.moc"
