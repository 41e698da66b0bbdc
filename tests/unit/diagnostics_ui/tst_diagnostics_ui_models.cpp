// The Diagnostics page's models and controller against fixture snapshots of
// this machine kind and a fake helper: every model change passes
// QAbstractItemModelTester, checks land in their groups with the right
// status, fix and "needs the helper" marks, the attach matrix reads as the
// engine reported it, and the helper's answers (or refusals) change exactly
// the checks they should.
#include "attach_matrix_model.h"
#include "check_list_model.h"
#include "diagnostics_controller.h"
#include "fake_helper.h"
#include "fixture_files.h"
#include "status_icon.h"

#include "diagnostics/diagnostics.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kinsight;
using namespace kinsight::diagnostics;
using namespace kinsight::diagtest;
using namespace kinsight::gui;
using namespace Qt::StringLiterals;

namespace {

kinsight::AttachMatrix hostMatrix()
{
    return hostMatrixFromTsv(QStringLiteral(KINSIGHT_DIAGNOSTICS_UI_FIXTURES "/attach-matrix-host-all.tsv"));
}

const Check *findCheck(const QList<Check> &checks, const QString &id)
{
    for (const Check &check : checks)
        if (check.id == id)
            return &check;
    return nullptr;
}

Status statusAt(const QModelIndex &index)
{
    return Status(index.data(CheckListModel::StatusRole).toInt());
}

}  // namespace

class DiagnosticsUiModelsTest : public QObject {
    Q_OBJECT

    FakeMachine machine;

    // A controller over the fake machine, gathering synchronously.
    std::unique_ptr<DiagnosticsController> controllerFor(FakeHelper *helper)
    {
        auto controller = std::make_unique<DiagnosticsController>(helper);
        controller->setGatherer([this] { return machine.gather(); }, false);
        return controller;
    }

private slots:
    void init()
    {
        machine = FakeMachine{freshHostSnapshot(), 0};
    }

    void checkListGroupsEveryCheckOnce()
    {
        CheckListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Check> checks = runChecks(freshHostSnapshot());
        model.setChecks(checks);

        QStringList groups;
        int rows = 0;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            groups.append(group.data(CheckListModel::GroupKeyRole).toString());
            QVERIFY(!model.check(group));
            for (int r = 0; r < model.rowCount(group); ++r) {
                const QModelIndex row = model.index(r, 0, group);
                const Check *check = model.check(row);
                QVERIFY(check);
                QCOMPARE(CheckListModel::groupKey(check->id), groups.last());
                QCOMPARE(model.indexOfCheck(check->id), row);
                QCOMPARE(model.parent(row), group);
                // The group shows its worst check.
                QVERIFY(statusSeverity(statusAt(row)) <= statusSeverity(statusAt(group)));
                ++rows;
            }
        }
        QCOMPARE(rows, checks.size());
        QCOMPARE(groups, (QStringList{u"kernel"_s, u"config"_s, u"mounts"_s, u"security"_s, u"resources"_s,
                                      u"attach"_s}));

        // Fresh boot of this machine kind: tracefs unmounted, with the helper's fix offered.
        const QModelIndex tracefs = model.indexOfCheck(u"mount:tracefs"_s);
        QCOMPARE(statusAt(tracefs), Status::Warning);
        QCOMPARE(tracefs.data(CheckListModel::FixActionRole).toString(), u"mount-tracefs"_s);
        QVERIFY(!tracefs.data(CheckListModel::NeedsHelperRole).toBool());
        QCOMPARE(model.index(tracefs.row(), CheckListModel::StatusColumn, tracefs.parent()).data().toString(),
                 u"Warning"_s);
        QVERIFY(model.index(tracefs.row(), CheckListModel::SummaryColumn, tracefs.parent())
                    .data()
                    .toString()
                    .startsWith(u"Not mounted"_s));
        QVERIFY(!tracefs.data(Qt::DecorationRole).value<QIcon>().isNull());

        // Lockdown with securityfs unmounted, and the matrix: unknown until the helper answers.
        for (const QString &id : {u"lockdown"_s, u"attach"_s}) {
            const QModelIndex index = model.indexOfCheck(id);
            QCOMPARE(statusAt(index), Status::Unknown);
            QVERIFY2(index.data(CheckListModel::NeedsHelperRole).toBool(), qPrintable(id));
            QCOMPARE(model.index(index.row(), CheckListModel::StatusColumn, index.parent()).data().toString(),
                     u"Needs the helper"_s);
        }
        QCOMPARE(model.indexOfCheck(u"lockdown"_s).data(CheckListModel::FixActionRole).toString(),
                 u"mount-securityfs"_s);
        // A group's counts say how many wait for the helper.
        QVERIFY(model.indexOfGroup(u"attach"_s).siblingAtColumn(CheckListModel::SummaryColumn).data().toString()
                    .contains(u"unknown until the helper answers"_s));
        QVERIFY(!model.indexOfCheck(u"no-such-check"_s).isValid());
        QVERIFY(!model.index(0, CheckListModel::ColumnCount).isValid());
    }

    void checkListFollowsANewRun()
    {
        CheckListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChecks(runChecks(freshHostSnapshot()));
        SystemSnapshot fixed = freshHostSnapshot();
        fixed.mountinfo = fixtureText(u"mountinfo-host-tracefs.txt"_s);
        fixed.lockdown = fixtureText(u"lockdown-integrity.txt"_s);
        fixed.attachMatrix = attachMatrixFromNames(hostMatrix());
        model.setChecks(runChecks(fixed));
        QCOMPARE(statusAt(model.indexOfCheck(u"mount:tracefs"_s)), Status::Ok);
        QVERIFY(model.indexOfCheck(u"mount:tracefs"_s).data(CheckListModel::FixActionRole).toString().isEmpty());
        QCOMPARE(statusAt(model.indexOfCheck(u"lockdown"_s)), Status::Ok);
        // One row per module and family the helper reported.
        const QModelIndex attach = model.indexOfGroup(u"attach"_s);
        QVERIFY(model.rowCount(attach) >= 3 * 10);
        QCOMPARE(statusAt(model.indexOfCheck(u"attach:vfs:tracepoint"_s)), Status::Ok);
        QCOMPARE(statusAt(model.indexOfCheck(u"attach:vfs:trampoline"_s)), Status::Warning);
        model.setChecks({});
        QCOMPARE(model.rowCount(), 0);
    }

    void attachMatrixTable()
    {
        AttachMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasMatrix());

        model.setMatrix(attachMatrixFromNames(hostMatrix()));
        QVERIFY(model.hasMatrix());
        QCOMPARE(model.columnCount(), 3);
        // Kinsight's module order (process before vfs before fd), each reported module once.
        const QStringList modules = model.modules();
        QVERIFY(modules.indexOf(u"process"_s) < modules.indexOf(u"vfs"_s));
        QVERIFY(modules.indexOf(u"vfs"_s) < modules.indexOf(u"fd"_s));
        QCOMPARE(model.headerData(modules.indexOf(u"fd"_s), Qt::Vertical).toString(), u"fd"_s);
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(), u"trampoline (fentry/fexit)"_s);
        for (const QString &module : model.unreportedModules())
            QVERIFY(!modules.contains(module));

        const int fd = int(modules.indexOf(u"fd"_s));
        const QModelIndex trampoline = model.index(fd, 0);
        const QModelIndex tracepoint = model.index(fd, 1);
        const QModelIndex probe = model.index(fd, 2);
        QCOMPARE(trampoline.data(AttachMatrixModel::FamilyRole).toString(), u"trampoline"_s);
        QCOMPARE(trampoline.data().toString(), u"failed"_s);
        // A failure is a warning while another family works, as in the attach checks.
        QCOMPARE(Status(trampoline.data(AttachMatrixModel::StatusRole).toInt()), Status::Warning);
        QVERIFY(trampoline.data(Qt::ToolTipRole).toString().contains(u"Operation not permitted"_s));
        // One clause per line, so the reason reads as a list.
        QVERIFY(trampoline.data(AttachMatrixModel::ReasonRole).toString().count(u'\n') >= 2);
        QVERIFY(probe.data(Qt::ToolTipRole).toString().contains(u"cannot create kprobes"_s));
        QCOMPARE(Status(tracepoint.data(AttachMatrixModel::StatusRole).toInt()), Status::Ok);
        QCOMPARE(tracepoint.data().toString(), u"attached"_s);
        QVERIFY(tracepoint.data(Qt::AccessibleTextRole).toString().startsWith(u"fd via tracepoint"_s));
        // Attached, with a counter no tracepoint can give.
        const QModelIndex cachestat = model.index(int(modules.indexOf(u"cachestat"_s)), 1);
        QCOMPARE(Status(cachestat.data(AttachMatrixModel::StatusRole).toInt()), Status::Ok);
        QCOMPARE(cachestat.data().toString(), u"attached, partly"_s);
        QVERIFY(cachestat.data(Qt::ToolTipRole).toString().contains(u"Unavailable in this family:\ncachestat_hits"_s));

        // A module with no family that works is an error in every cell it offers.
        kinsight::AttachMatrix broken;
        broken[u"vfs"_s][u"tracepoint"_s] = AttachResult{false, u"open: tp_btf sys_enter: load failed: Permission denied"_s};
        model.setMatrix(attachMatrixFromNames(broken));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(Status(model.index(0, 1).data(AttachMatrixModel::StatusRole).toInt()), Status::Error);
        QVERIFY(!model.index(0, 0).data(AttachMatrixModel::OfferedRole).toBool());
        QCOMPARE(model.index(0, 0).data().toString(), u"not offered"_s);
        model.setMatrix(std::nullopt);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.unreportedModules().isEmpty());
    }

    void quietAskFillsTheHelperChecks()
    {
        FakeHelper helper(&machine);
        helper.capabilities.modules = hostMatrix();
        auto controller = controllerFor(&helper);
        QSignalSpy answered(controller.get(), &DiagnosticsController::helperStateChanged);
        controller->refresh();
        QVERIFY(controller->hasRun());
        // Before the helper answers: exactly the privileged checks wait for it.
        QCOMPARE(findCheck(controller->checks(), u"lockdown"_s)->status, Status::Unknown);
        QVERIFY(controller->checksNeedingHelper() >= 2);
        QTRY_COMPARE(controller->helperState(), DiagnosticsController::HelperState::Answered);
        QCOMPARE(helper.inputRequests, QList<bool>{false});  // quiet: no authentication dialog on opening the page
        QCOMPARE(helper.capabilityRequests, QStringList{u"entry"_s});

        const Check *lockdown = findCheck(controller->checks(), u"lockdown"_s);
        QCOMPARE(lockdown->status, Status::Ok);
        QVERIFY(lockdown->summary.startsWith(u"integrity"_s));
        QCOMPARE(controller->checksNeedingHelper(), 0);
        QVERIFY(controller->attachMatrix().has_value());
        QCOMPARE(findCheck(controller->checks(), u"attach:vfs:probe"_s)->status, Status::Warning);
        QVERIFY(controller->helperMessage().contains(u"answered"_s));
        QVERIFY(controller->markdownReport().contains(u"`attach:vfs:probe`"_s));

        // The other load mode is another measurement: asked for at once.
        controller->setLoadMode(u"return"_s);
        QTRY_COMPARE(helper.capabilityRequests, (QStringList{u"entry"_s, u"return"_s}));
        QTRY_COMPARE(controller->helperState(), DiagnosticsController::HelperState::Answered);
        QCOMPARE(controller->capabilities()->loadMode, u"return"_s);
    }

    void authenticationOnlyWhenAsked()
    {
        FakeHelper helper(&machine);
        helper.monitor = FakeHelper::Policy::OnlyInteractive;
        helper.capabilities.modules = hostMatrix();
        auto controller = controllerFor(&helper);
        controller->refresh();
        QTRY_COMPARE(controller->helperState(), DiagnosticsController::HelperState::NeedsAuthentication);
        QVERIFY2(controller->helperMessage().contains(u"authenticate"_s), qPrintable(controller->helperMessage()));
        QCOMPARE(findCheck(controller->checks(), u"attach"_s)->status, Status::Unknown);
        QVERIFY(helper.capabilityRequests.isEmpty());

        controller->askHelper(true);
        QTRY_COMPARE(controller->helperState(), DiagnosticsController::HelperState::Answered);
        QCOMPARE(helper.inputRequests, (QList<bool>{false, true}));
        QVERIFY(!findCheck(controller->checks(), u"attach"_s));  // replaced by one check per module and family
    }

    void refusalAndAbsenceInWords()
    {
        FakeHelper helper(&machine);
        helper.monitor = FakeHelper::Policy::Denied;
        auto controller = controllerFor(&helper);
        controller->setAskHelperQuietly(false);
        controller->refresh();
        QCOMPARE(controller->helperState(), DiagnosticsController::HelperState::NotAsked);
        QVERIFY(helper.inputRequests.isEmpty());
        QVERIFY(controller->helperMessage().contains(u"need kinsight-helper"_s));
        controller->askHelper(true);
        QTRY_COMPARE(controller->helperState(), DiagnosticsController::HelperState::Refused);
        const QString refused = controller->helperMessage();
        QVERIFY2(refused.contains(u"Not authorized"_s) && refused.contains(u"org.kinsight.monitor"_s)
                     && refused.contains(u"polkit denied it"_s),
                 qPrintable(refused));
        QCOMPARE(findCheck(controller->checks(), u"lockdown"_s)->status, Status::Unknown);

        helper.monitor = FakeHelper::Policy::Missing;
        controller->askHelper(true);
        QTRY_COMPARE(controller->helperState(), DiagnosticsController::HelperState::Missing);
        QVERIFY(controller->helperMessage().contains(u"kinsight-helper is not available"_s));

        // No client at all: the page still runs every unprivileged check.
        DiagnosticsController alone(nullptr);
        alone.setGatherer([this] { return machine.gather(); }, false);
        alone.refresh();
        QVERIFY(alone.checks().size() > 10);
        QVERIFY(alone.helperMessage().contains(u"not used"_s));
    }

    void helperNotesReplaceNeedsTheHelper()
    {
        // securityfs unmounted for the helper too: it says so instead of reading lockdown.
        FakeHelper helper(&machine);
        helper.inputs.lockdown.reset();
        helper.inputs.lockdownNote = u"securityfs is not mounted, so the lockdown mode cannot be read (the fix "
                                     u"mount-securityfs mounts it)"_s;
        helper.capabilities.btf = false;
        helper.capabilities.btfError = u"/sys/kernel/btf/vmlinux: No such file or directory"_s;
        auto controller = controllerFor(&helper);
        controller->refresh();
        QTRY_COMPARE(controller->helperState(), DiagnosticsController::HelperState::Answered);
        const Check *lockdown = findCheck(controller->checks(), u"lockdown"_s);
        QCOMPARE(lockdown->status, Status::Unknown);
        QVERIFY(lockdown->needsHelper.isEmpty());
        QVERIFY2(lockdown->summary.contains(u"kinsight-helper: securityfs is not mounted"_s), qPrintable(lockdown->summary));
        QCOMPARE(lockdown->fixAction, u"mount-securityfs"_s);
        // Without BTF the helper loads nothing: an error, not a wait.
        const Check *attach = findCheck(controller->checks(), u"attach"_s);
        QCOMPARE(attach->status, Status::Error);
        QVERIFY(attach->summary.contains(u"no usable BTF"_s));
        QVERIFY(!controller->attachMatrix());
    }

    void grantedFixChangesTheChecks()
    {
        FakeHelper helper(&machine);
        helper.capabilities.modules = hostMatrix();
        auto controller = controllerFor(&helper);
        controller->refresh();
        QTRY_COMPARE(controller->helperState(), DiagnosticsController::HelperState::Answered);
        QCOMPARE(findCheck(controller->checks(), u"mount:tracefs"_s)->status, Status::Warning);

        QSignalSpy fixes(controller.get(), &DiagnosticsController::fixStateChanged);
        controller->applyFix(u"mount-tracefs"_s);
        QCOMPARE(controller->fixInFlight(), u"mount-tracefs"_s);
        controller->applyFix(u"mount-debugfs"_s);  // one fix at a time
        QTRY_VERIFY(controller->lastFix().has_value());
        QCOMPARE(helper.fixRequests, QStringList{u"mount-tracefs"_s});
        QVERIFY(controller->fixInFlight().isEmpty());
        QVERIFY(controller->lastFix()->ok);
        QVERIFY(controller->lastFix()->text.startsWith(u"Mounted tracefs at /sys/kernel/tracing"_s));
        // Gathered again after the fix, and the helper asked again (quietly) for the matrix.
        const Check *tracefs = findCheck(controller->checks(), u"mount:tracefs"_s);
        QCOMPARE(tracefs->status, Status::Ok);
        QCOMPARE(tracefs->summary, u"Mounted at /sys/kernel/tracing"_s);
        QTRY_COMPARE(helper.inputRequests, (QList<bool>{false, false}));
        QTRY_COMPARE(controller->helperState(), DiagnosticsController::HelperState::Answered);
    }

    void refusedFixChangesNothing()
    {
        FakeHelper helper(&machine);
        helper.fix = FakeHelper::Policy::Denied;
        auto controller = controllerFor(&helper);
        controller->refresh();
        controller->applyFix(u"mount-tracefs"_s);
        QTRY_VERIFY(controller->lastFix().has_value());
        QVERIFY(!controller->lastFix()->ok);
        const QString why = controller->lastFix()->text;
        QVERIFY2(why.contains(u"Not authorized"_s) && why.contains(u"org.kinsight.fix"_s), qPrintable(why));
        QCOMPARE(findCheck(controller->checks(), u"mount:tracefs"_s)->status, Status::Warning);
        QVERIFY(!machine.has(u"tracefs"_s));
    }

    void threadedGathering()
    {
        DiagnosticsController controller(nullptr);
        controller.setGatherer([this] { return machine.gather(); }, true);
        QSignalSpy gathering(&controller, &DiagnosticsController::gatheringChanged);
        controller.refresh();
        controller.refresh();  // while one runs: one more afterwards, not two at once
        QTRY_VERIFY(controller.hasRun() && !controller.isGathering());
        QTRY_COMPARE(machine.gathered, 2);
        QVERIFY(controller.checks().size() > 10);
    }
};

QTEST_MAIN(DiagnosticsUiModelsTest)
#include "tst_diagnostics_ui_models.moc"
