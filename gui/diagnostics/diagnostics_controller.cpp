#include "diagnostics_controller.h"

#include "diagnostics/diagnostics.h"
#include "diagnostics/helper_answers.h"
#include "diagnostics/live_snapshot.h"
#include "diagnostics/report.h"

#include <QLocale>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

using diagnostics::Check;
using diagnostics::Status;
using diagnostics::SystemSnapshot;

namespace {

const QString kMonitorAction = diagnostics::monitorPolkitAction.toString();
const QString kFixAction = diagnostics::fixPolkitAction.toString();

}  // namespace

DiagnosticsController::DiagnosticsController(DiagnosticsClient *client, QObject *parent)
    : QObject(parent), client_(client), gatherer_([] { return diagnostics::gatherLiveSnapshot(); })
{
    if (client_) {
        connect(client_, &DiagnosticsClient::inputsFinished, this, &DiagnosticsController::onInputs);
        connect(client_, &DiagnosticsClient::capabilitiesFinished, this, &DiagnosticsController::onCapabilities);
        connect(client_, &DiagnosticsClient::fixFinished, this, &DiagnosticsController::onFix);
    }
}

DiagnosticsController::~DiagnosticsController()
{
    // A gathering thread still running must not outlive the object it reports to.
    if (worker_) {
        worker_->wait();
        delete worker_.data();
    }
}

void DiagnosticsController::setGatherer(Gatherer gatherer, bool threaded)
{
    gatherer_ = std::move(gatherer);
    threaded_ = threaded;
}

void DiagnosticsController::setLoadMode(const QString &mode)
{
    if (mode == loadMode_ || (mode != u"entry" && mode != u"return"))
        return;
    loadMode_ = mode;
    // The matrix of the other load mode is a different answer: ask for it if the helper answered before.
    if (helperState_ == HelperState::Answered && client_) {
        setHelperState(HelperState::Asking);
        client_->requestCapabilities(loadMode_, false);
    }
}

void DiagnosticsController::refresh()
{
    if (gathering_) {
        again_ = true;  // one more run once this one lands: it may predate a fix
        return;
    }
    gathering_ = true;
    emit gatheringChanged(true);
    const quint64 generation = ++generation_;
    if (!threaded_) {
        onSnapshot(gatherer_(), generation);
        return;
    }
    auto result = std::make_shared<SystemSnapshot>();
    QThread *thread = QThread::create([gatherer = gatherer_, result] { *result = gatherer(); });
    worker_ = thread;
    // Delivered on this object's thread; dropped if the controller is gone by then.
    connect(thread, &QThread::finished, this, [this, thread, result, generation] {
        thread->deleteLater();
        onSnapshot(*result, generation);
    });
    thread->start(QThread::LowPriority);
}

void DiagnosticsController::onSnapshot(const SystemSnapshot &snapshot, quint64 generation)
{
    if (generation != generation_)
        return;
    base_ = snapshot;
    gathering_ = false;
    lastRun_ = QDateTime::currentDateTime();
    recompute();
    emit gatheringChanged(false);
    if (again_) {
        again_ = false;
        refresh();
        return;
    }
    if (!client_)
        return;
    // First run: the helper's answer comes without a dialog when polkit already allows it.
    // Later runs: the same question again, so a fix's effect shows in the matrix too.
    if (helperState_ == HelperState::NotAsked && askQuietly_)
        askHelper(false);
    else if (helperState_ == HelperState::Answered)
        askHelper(false);
}

void DiagnosticsController::askHelper(bool interactive)
{
    if (!client_ || helperState_ == HelperState::Asking)
        return;
    interactiveAsk_ = interactive;
    setHelperState(HelperState::Asking);
    client_->requestInputs(interactive);
}

void DiagnosticsController::onInputs(const PrivilegedDiagnostics &result)
{
    if (result.error.failed()) {
        // A quiet re-ask that polkit refuses keeps what the helper said before.
        HelperState state = HelperState::Failed;
        switch (result.error.kind) {
        case HelperCallError::Kind::HelperMissing: state = HelperState::Missing; break;
        case HelperCallError::Kind::NotAuthorized:
            state = interactiveAsk_ ? HelperState::Refused : HelperState::NeedsAuthentication;
            break;
        default: break;
        }
        setHelperState(state, result.error);
        return;
    }
    inputs_ = result;
    recompute();
    client_->requestCapabilities(loadMode_, interactiveAsk_);
}

void DiagnosticsController::onCapabilities(const HelperCapabilities &result)
{
    if (result.loadMode != loadMode_)
        return;  // an answer for a load mode no longer shown
    if (result.error.failed()) {
        setHelperState(result.error.kind == HelperCallError::Kind::NotAuthorized
                           ? (interactiveAsk_ ? HelperState::Refused : HelperState::NeedsAuthentication)
                           : result.error.kind == HelperCallError::Kind::HelperMissing ? HelperState::Missing
                                                                                       : HelperState::Failed,
                       result.error);
        return;
    }
    capabilities_ = result;
    helperAnsweredAt_ = QDateTime::currentDateTime();
    recompute();
    setHelperState(HelperState::Answered);
}

void DiagnosticsController::applyFix(const QString &fixId)
{
    if (!client_ || !fixInFlight_.isEmpty() || fixId.isEmpty())
        return;
    fixInFlight_ = fixId;
    lastFix_.reset();
    emit fixStateChanged();
    client_->applyFix(fixId);
}

void DiagnosticsController::onFix(const FixOutcome &result)
{
    if (result.fix != fixInFlight_)
        return;
    fixInFlight_.clear();
    FixNote note;
    note.fix = result.fix;
    note.ok = !result.error.failed();
    note.text = note.ok ? result.message : DiagnosticsClient::explain(result.error, kFixAction);
    lastFix_ = note;
    emit fixStateChanged();
    // Say what is true now: gather again (a refused fix changed nothing, but the user may have fixed it by hand).
    refresh();
}

void DiagnosticsController::setHelperState(HelperState state, const HelperCallError &error)
{
    helperState_ = state;
    helperError_ = error;
    emit helperStateChanged();
}

// The same assembly as `kinsight-cli diagnose` (diagnostics/helper_answers.h),
// so that "Copy report" and the CLI's report agree.
diagnostics::HelperAnswers DiagnosticsController::helperAnswers() const
{
    diagnostics::HelperAnswers answers;
    if (inputs_)
        answers.inputs = diagnostics::HelperInputs{inputs_->lockdown, inputs_->lockdownNote, inputs_->auditLines,
                                                   inputs_->auditNote};
    if (capabilities_)
        answers.attach = diagnostics::HelperAttach{capabilities_->btf, capabilities_->btfError,
                                                   diagnostics::attachMatrixFromNames(capabilities_->modules)};
    return answers;
}

void DiagnosticsController::recompute()
{
    if (!base_)
        return;
    const diagnostics::HelperAnswers answers = helperAnswers();
    effective_ = diagnostics::withHelperAnswers(*base_, answers);
    checks_ = diagnostics::runChecks(*base_, answers);
    emit checksChanged();
}

int DiagnosticsController::checksNeedingHelper() const
{
    int count = 0;
    for (const Check &check : checks_)
        if (check.status == Status::Unknown && !check.needsHelper.isEmpty())
            ++count;
    return count;
}

QString DiagnosticsController::helperMessage() const
{
    const int waiting = checksNeedingHelper();
    switch (helperState_) {
    case HelperState::NotAsked:
        if (!client_)
            return tr("kinsight-helper is not used here: %n check(s) stay unknown.", nullptr, waiting);
        return waiting > 0 ? tr("%n check(s) need kinsight-helper (polkit action %1).", nullptr, waiting)
                                 .arg(kMonitorAction)
                           : tr("kinsight-helper has not been asked.");
    case HelperState::Asking:
        return interactiveAsk_ ? tr("Asking kinsight-helper… you may be asked to authenticate as an administrator.")
                               : tr("Asking kinsight-helper…");
    case HelperState::Answered: {
        QString text = tr("kinsight-helper answered at %1: lockdown, SELinux audit log and the live attach "
                          "matrix (load mode %2) are included.")
                           .arg(QLocale().toString(helperAnsweredAt_.time(), QLocale::ShortFormat), loadMode_);
        if (waiting > 0)
            text += u" "_s + tr("%n check(s) still need the helper.", nullptr, waiting);
        return text;
    }
    case HelperState::NeedsAuthentication:
        return tr("%n check(s) need kinsight-helper, which needs you to authenticate first (polkit action %1).",
                  nullptr, waiting)
            .arg(kMonitorAction);
    case HelperState::Refused:
    case HelperState::Missing:
    case HelperState::Failed:
        return DiagnosticsClient::explain(helperError_, kMonitorAction);
    }
    return {};
}

QString DiagnosticsController::markdownReport() const
{
    return diagnostics::toMarkdown(checks_);
}

}  // namespace kinsight::gui
