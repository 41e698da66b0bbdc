// The Diagnostics page offscreen, over fixture snapshots of this machine kind
// and a fake helper: what it shows before and after the helper answers, the
// "Mount now" button granted and refused (the refusal in words), the attach
// matrix with its reasons, the SELinux policy snippet, "Copy report" and
// "Save report", and the keyboard path to a fix. Screenshots go to
// $KINSIGHT_SCREENSHOT_DIR (default: the build tree's screenshots/).
#include "attach_matrix_model.h"
#include "check_details_panel.h"
#include "check_list_model.h"
#include "diagnostics_controller.h"
#include "diagnostics_page.h"
#include "fake_helper.h"
#include "fixture_files.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTest>
#include <QTreeView>

using namespace kinsight;
using namespace kinsight::diagnostics;
using namespace kinsight::diagtest;
using namespace kinsight::gui;
using namespace Qt::StringLiterals;

class DiagnosticsPageTest : public QObject {
    Q_OBJECT

    QDir out_;
    FakeMachine machine_;
    std::unique_ptr<FakeHelper> helper_;
    std::unique_ptr<DiagnosticsController> controller_;
    std::unique_ptr<DiagnosticsPage> page_;

    void makePage(const SystemSnapshot &snapshot, FakeHelper::Policy monitor, FakeHelper::Policy fix)
    {
        page_.reset();
        controller_.reset();
        helper_.reset();
        machine_ = FakeMachine{snapshot, 0};
        helper_ = std::make_unique<FakeHelper>(&machine_);
        helper_->monitor = monitor;
        helper_->fix = fix;
        helper_->capabilities.modules =
            hostMatrixFromTsv(QStringLiteral(KINSIGHT_DIAGNOSTICS_UI_FIXTURES "/attach-matrix-host-all.tsv"));
        controller_ = std::make_unique<DiagnosticsController>(helper_.get());
        controller_->setGatherer([this] { return machine_.gather(); }, true);
        page_ = std::make_unique<DiagnosticsPage>(controller_.get());
        page_->resize(1280, 820);
        page_->show();
        QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
        // Shown: the checks run by themselves.
        QTRY_VERIFY(controller_->hasRun() && !controller_->isGathering());
    }

    const Check *check(const QString &id) const
    {
        for (const Check &c : controller_->checks())
            if (c.id == id)
                return &c;
        return nullptr;
    }

    void save(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(50);
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull());
        const QString path = out_.filePath(name + u".png"_s);
        QVERIFY(image.save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private slots:
    void initTestCase()
    {
        const QString dir = qEnvironmentVariable("KINSIGHT_SCREENSHOT_DIR", QStringLiteral(KINSIGHT_SCREENSHOT_DIR));
        QDir().mkpath(dir);
        out_ = QDir(dir);
    }
    void cleanup()
    {
        page_.reset();
        controller_.reset();
        helper_.reset();
    }

    void freshBootBeforeTheHelper()
    {
        makePage(freshHostSnapshot(), FakeHelper::Policy::OnlyInteractive, FakeHelper::Policy::Granted);
        QTRY_COMPARE(controller_->helperState(), DiagnosticsController::HelperState::NeedsAuthentication);
        QVERIFY2(page_->verdictText().startsWith(u"Monitoring is possible"_s), qPrintable(page_->verdictText()));
        QVERIFY2(page_->helperText().contains(u"authenticate"_s), qPrintable(page_->helperText()));
        QVERIFY(page_->askButton()->isEnabled());
        // The page opens on the most serious problem.
        QVERIFY(!page_->detailsPanel()->shownCheckId().isEmpty());

        QVERIFY(page_->selectCheck(u"mount:tracefs"_s));
        CheckDetailsPanel *details = page_->detailsPanel();
        QCOMPARE(details->shownCheckId(), u"mount:tracefs"_s);
        QVERIFY(details->fixButton());
        QCOMPARE(details->fixButton()->text(), u"&Mount tracefs now"_s);
        const QString text = details->visibleText();
        QVERIFY(text.contains(u"Not mounted"_s));
        QVERIFY(text.contains(u"tracefs  /sys/kernel/tracing  tracefs  defaults  0  0"_s));  // the fstab line
        QVERIFY(text.contains(u"mount -t tracefs nodev /sys/kernel/tracing"_s));
        QCOMPARE(details->copyButtons().size(), 2);
        // The explanation is open for a problem and folds away.
        QVERIFY(details->explanationToggle()->isChecked());
        QVERIFY(details->explanationLabel()->isVisible());
        details->explanationToggle()->click();
        QVERIFY(!details->explanationLabel()->isVisible());
        details->explanationToggle()->click();
        save(page_.get(), u"diagnostics-01-fresh-boot-tracefs"_s);

        // Copying a snippet puts exactly it on the clipboard.
        details->copyButtons().at(1)->click();
        QCOMPARE(QApplication::clipboard()->text(), u"tracefs  /sys/kernel/tracing  tracefs  defaults  0  0"_s);
        QVERIFY(page_->bannerText().contains(u"Copied"_s));

        // Lockdown waits for the helper and says so, with the offer to ask and the securityfs fix.
        QVERIFY(page_->selectCheck(u"lockdown"_s));
        QVERIFY(details->askButton());
        QVERIFY(details->visibleText().contains(u"Unknown until kinsight-helper answers"_s));
        QCOMPARE(details->fixButton()->text(), u"&Mount securityfs now"_s);
        const QModelIndex lockdown = page_->checkModel()->indexOfCheck(u"lockdown"_s, CheckListModel::StatusColumn);
        QCOMPARE(lockdown.data().toString(), u"Needs the helper"_s);
        QCOMPARE(page_->matrixModel()->rowCount(), 0);
        QVERIFY(page_->matrixInfoText().startsWith(u"No attach matrix yet"_s));
    }

    void refusedFixInWords()
    {
        makePage(freshHostSnapshot(), FakeHelper::Policy::Denied, FakeHelper::Policy::Denied);
        QVERIFY(page_->selectCheck(u"mount:tracefs"_s));
        page_->detailsPanel()->fixButton()->click();
        QTRY_VERIFY(controller_->lastFix().has_value());
        QTRY_VERIFY(!controller_->isGathering());
        QCOMPARE(helper_->fixRequests, QStringList{u"mount-tracefs"_s});
        const QString banner = page_->bannerText();
        QVERIFY2(banner.contains(u"Not authorized"_s) && banner.contains(u"org.kinsight.fix"_s)
                     && banner.contains(u"polkit denied it"_s),
                 qPrintable(banner));
        // Still not mounted, still offered, and the refusal sits under the button too.
        QCOMPARE(check(u"mount:tracefs"_s)->status, Status::Warning);
        CheckDetailsPanel *details = page_->detailsPanel();
        QCOMPARE(details->shownCheckId(), u"mount:tracefs"_s);
        QVERIFY(details->fixButton() && details->fixButton()->isEnabled());
        QVERIFY(details->fixNoteLabel()->isVisibleTo(details));
        QVERIFY(details->fixNoteLabel()->text().contains(u"Not authorized"_s));
        // The quiet ask on opening was refused without a dialog: the page offers to authenticate.
        QVERIFY2(page_->helperText().contains(u"authenticate"_s), qPrintable(page_->helperText()));
        save(page_.get(), u"diagnostics-02-mount-refused"_s);
    }

    void grantedFixThenHelperAnswers()
    {
        makePage(freshHostSnapshot(), FakeHelper::Policy::OnlyInteractive, FakeHelper::Policy::Granted);
        QVERIFY(page_->selectCheck(u"mount:tracefs"_s));
        page_->detailsPanel()->fixButton()->click();
        QCOMPARE(page_->detailsPanel()->fixButton()->isEnabled(), false);  // one fix at a time
        QTRY_VERIFY(controller_->lastFix().has_value());
        QTRY_COMPARE(check(u"mount:tracefs"_s)->status, Status::Ok);
        QTRY_VERIFY(!controller_->isGathering());
        QVERIFY(page_->bannerText().contains(u"Mounted tracefs at /sys/kernel/tracing"_s));
        QCOMPARE(page_->detailsPanel()->shownCheckId(), u"mount:tracefs"_s);
        QVERIFY(!page_->detailsPanel()->fixButton());
        QVERIFY(page_->detailsPanel()->visibleText().contains(u"Mounted at /sys/kernel/tracing"_s));
        save(page_.get(), u"diagnostics-03-mounted"_s);

        // Now the helper, with an authentication.
        page_->askButton()->click();
        QTRY_COMPARE(controller_->helperState(), DiagnosticsController::HelperState::Answered);
        QCOMPARE(helper_->inputRequests.last(), true);
        QTRY_VERIFY(page_->matrixModel()->rowCount() > 5);
        QCOMPARE(check(u"lockdown"_s)->status, Status::Ok);
        QVERIFY(page_->helperText().contains(u"answered"_s));
        QCOMPARE(page_->askButton()->text(), u"&Ask the helper again"_s);

        page_->tabs()->setCurrentIndex(1);
        const int vfs = int(page_->matrixModel()->modules().indexOf(u"vfs"_s));
        QVERIFY(vfs >= 0);
        page_->matrixView()->setCurrentIndex(page_->matrixModel()->index(vfs, 0));
        QVERIFY2(page_->matrixReasonText().contains(u"Operation not permitted"_s), qPrintable(page_->matrixReasonText()));
        QVERIFY(page_->matrixInfoText().contains(u"load mode entry"_s));
        save(page_.get(), u"diagnostics-04-attach-matrix"_s);

        page_->tabs()->setCurrentIndex(0);
        QVERIFY(page_->selectCheck(u"attach:vfs:probe"_s));
        QVERIFY(page_->detailsPanel()->visibleText().contains(u"kprobe"_s));
        save(page_.get(), u"diagnostics-05-attach-check"_s);
    }

    void selinuxPolicySnippet()
    {
        SystemSnapshot fedora = freshHostSnapshot();
        fedora.mountinfo = fixtureText(u"mountinfo-fedora39-selinux.txt"_s);
        fedora.selinuxEnforce = u"1\n"_s;
        fedora.selinuxConfig = fixtureText(u"selinux-config-enforcing.txt"_s);
        makePage(fedora, FakeHelper::Policy::Granted, FakeHelper::Policy::Granted);
        // The quiet ask on opening finds an empty audit log; then denials appear and the user asks again.
        QTRY_COMPARE(controller_->helperState(), DiagnosticsController::HelperState::Answered);
        QCOMPARE(check(u"selinux"_s)->status, Status::Ok);
        helper_->inputs.auditLines = fixtureText(u"audit-seed.log"_s).split(u'\n', Qt::SkipEmptyParts);
        helper_->inputs.auditNote = u"3 BPF denial(s) in /var/log/audit/audit.log"_s;
        page_->askButton()->click();
        QTRY_COMPARE(controller_->helperState(), DiagnosticsController::HelperState::Answered);
        QTRY_COMPARE(check(u"selinux"_s)->status, Status::Error);
        QVERIFY(page_->verdictText().startsWith(u"Monitoring is blocked by: SELinux"_s));
        QVERIFY(page_->selectCheck(u"selinux"_s));
        const QString text = page_->detailsPanel()->visibleText();
        QVERIFY(text.contains(u"module kinsight_ebpf 1.0;"_s));
        QVERIFY(text.contains(u"semodule -i kinsight_ebpf.pp"_s));
        QVERIFY(text.contains(u"kinsight-helper read the audit log: 3 BPF denial(s)"_s));
        save(page_.get(), u"diagnostics-06-selinux-enforcing"_s);
    }

    void copyAndSaveReport()
    {
        makePage(freshHostSnapshot(), FakeHelper::Policy::Denied, FakeHelper::Policy::Granted);
        page_->copyButton()->click();
        const QString markdown = QApplication::clipboard()->text();
        QVERIFY(markdown.startsWith(u"# Kinsight diagnostics"_s));
        QCOMPARE(markdown, controller_->markdownReport());
        QVERIFY(markdown.contains(u"`mount:tracefs`"_s));
        QVERIFY(markdown.contains(u"*Needs the helper*"_s));
        QVERIFY(page_->bannerText().contains(u"clipboard"_s));

        QTemporaryDir dir;
        QVERIFY(page_->saveReport(dir.filePath(u"report.md"_s)));
        QFile md(dir.filePath(u"report.md"_s));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(md.readAll()), markdown);
        QVERIFY(page_->saveReport(dir.filePath(u"report.json"_s)));
        QFile json(dir.filePath(u"report.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(doc.value(u"checks"_s).toArray().size(), controller_->checks().size());
        QVERIFY(page_->saveReport(dir.filePath(u"report.txt"_s)));
        QString error;
        QVERIFY(!page_->saveReport(dir.filePath(u"missing/dir/report.md"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(page_->bannerText().startsWith(u"Could not save"_s));
    }

    void keyboardReachesTheFix()
    {
        makePage(freshHostSnapshot(), FakeHelper::Policy::Denied, FakeHelper::Policy::Granted);
        page_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page_.get()));
        QTreeView *view = page_->checkView();
        view->setFocus();
        QVERIFY(page_->selectCheck(u"mount:debugfs"_s));
        // Arrow keys walk the list and the details follow.
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(page_->detailsPanel()->shownCheckId(), u"mount:tracefs"_s);
        // Tab leaves the list for the details; the fix button is on the way and Space presses it.
        QPushButton *fix = page_->detailsPanel()->fixButton();
        QVERIFY(fix);
        for (int i = 0; i < 12 && QApplication::focusWidget() != fix; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), fix);
        QTest::keyClick(fix, Qt::Key_Space);
        QTRY_COMPARE(helper_->fixRequests, QStringList{u"mount-tracefs"_s});
        QTRY_COMPARE(check(u"mount:tracefs"_s)->status, Status::Ok);
        // The rebuilt panel did not leave the keyboard nowhere.
        QTRY_VERIFY(QApplication::focusWidget() != nullptr);
        // Every action of the page has a mnemonic and a name for screen readers.
        for (QPushButton *button : {page_->runButton(), page_->copyButton(), page_->saveButton(), page_->askButton()})
            QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
        QVERIFY(!view->accessibleName().isEmpty());
        QVERIFY(!page_->matrixView()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(DiagnosticsPageTest)
#include "tst_diagnostics_page.moc"
