// "Copy report" on the Diagnostics page and `kinsight-cli diagnose` give the
// same content: the page's controller and the CLI's helper path (the code
// kinsight-cli runs when not root, diagnose_helper.cpp) both ask the same
// (fake) helper, and the Markdown and JSON reports built from their answers are
// compared whole, for several helper behaviours.
#include "diagnose_command.h"
#include "diagnose_helper.h"
#include "diagnostics_controller.h"
#include "fake_helper.h"
#include "fixture_files.h"

#include "diagnostics/report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kinsight;
using namespace kinsight::diagnostics;
using namespace kinsight::diagtest;
using namespace kinsight::gui;
using namespace Qt::StringLiterals;

namespace {

QString runCli(const QStringList &args, const SystemSnapshot &snapshot, const HelperAnswers &answers, int *exitCode)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    *exitCode = runDiagnoseCommandOnSnapshot(args, outStream, errStream, snapshot, answers);
    outStream.flush();
    return out;
}

}  // namespace

class DiagnosticsReportParityTest : public QObject {
    Q_OBJECT

private slots:
    void copyReportEqualsDiagnose_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("helper answers, no denials") << 0;
        QTest::newRow("helper answers, SELinux denials, securityfs unmounted") << 1;
        QTest::newRow("helper refuses") << 2;
        QTest::newRow("helper without BTF") << 3;
    }

    void copyReportEqualsDiagnose()
    {
        QFETCH(int, variant);
        FakeMachine machine{freshHostSnapshot(), 0};
        FakeHelper helper(&machine);
        helper.capabilities.modules =
            hostMatrixFromTsv(QStringLiteral(KINSIGHT_DIAGNOSTICS_UI_FIXTURES "/attach-matrix-host-all.tsv"));
        if (variant == 1) {
            machine.snapshot.mountinfo = fixtureText(u"mountinfo-fedora39-selinux.txt"_s);
            machine.snapshot.selinuxEnforce = u"1"_s;
            machine.snapshot.lockdown.reset();
            helper.inputs.lockdown.reset();
            helper.inputs.lockdownNote = u"securityfs is not mounted, so the lockdown mode cannot be read"_s;
            QStringList denials;
            for (const QString &line : fixtureText(u"audit-seed.log"_s).split(u'\n', Qt::SkipEmptyParts))
                if (line.contains(u"denied"_s))
                    denials.append(line);
            helper.inputs.auditLines = denials;
            helper.inputs.auditNote = u"%1 BPF denial(s) in /var/log/audit/audit.log"_s.arg(denials.size());
        } else if (variant == 2) {
            helper.monitor = FakeHelper::Policy::Denied;
        } else if (variant == 3) {
            helper.capabilities.btf = false;
            helper.capabilities.btfError = u"no /sys/kernel/btf/vmlinux"_s;
            helper.capabilities.modules.clear();
        }

        // The page: gathers, asks the helper quietly, assembles.
        DiagnosticsController controller(&helper);
        controller.setGatherer([&machine] { return machine.gather(); }, false);
        controller.refresh();
        if (variant == 2)
            QTRY_COMPARE(controller.helperState(), DiagnosticsController::HelperState::NeedsAuthentication);
        else
            QTRY_COMPARE(controller.helperState(), DiagnosticsController::HelperState::Answered);

        // The CLI: its own helper path over the same helper, then its own report.
        QString cliErr;
        QTextStream errStream(&cliErr);
        const HelperAnswers answers = kinsight::cli::askHelperForDiagnostics(helper, errStream);
        errStream.flush();
        if (variant == 2)
            QVERIFY2(cliErr.contains(u"polkit denied it"_s), qPrintable(cliErr));
        else
            QCOMPARE(cliErr, QString());

        int markdownExit = -1, jsonExit = -1;
        const QString markdown = runCli({u"--markdown"_s}, machine.snapshot, answers, &markdownExit);
        QCOMPARE(markdown, controller.markdownReport());
        const QString json = runCli({u"--json"_s}, machine.snapshot, answers, &jsonExit);
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()), toJson(controller.checks()));
        // Every check has the fields.
        for (const QJsonValue &check : QJsonDocument::fromJson(json.toUtf8())[u"checks"_s].toArray())
            for (const QString &field : {u"id"_s, u"status"_s, u"summary"_s, u"fix"_s})
                QVERIFY2(check.toObject().contains(field), qPrintable(check[u"id"_s].toString() + u' ' + field));
        const bool blocked = anyBlocksMonitoring(controller.checks());
        QCOMPARE(markdownExit, blocked ? 1 : 0);
        QCOMPARE(jsonExit, markdownExit);
        QCOMPARE(blocked, variant == 1 || variant == 3);  // enforced BPF denials; no BTF
    }
};

QTEST_MAIN(DiagnosticsReportParityTest)
#include "tst_diagnostics_report_parity.moc"
