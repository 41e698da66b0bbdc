#include "state_presentation.h"

namespace kinsight::gui {

using State = StreamSource::State;

StatePresentation StatePresenter::present(State state, const QString &message, SourceKind kind)
{
    StatePresentation p;
    p.message = message;
    switch (state) {
    case State::Idle:
        p.headline = tr("No session");
        p.hint = tr("Start a live session to measure this system, or open a recording made earlier.");
        p.actions = {StateAction::StartLive, StateAction::OpenRecording};
        break;
    case State::Connecting:
        p.headline = tr("Connecting to the Kinsight helper…");
        p.hint = tr("If a password dialog is open, authenticate to allow measuring the kernel.");
        p.actions = {StateAction::Cancel, StateAction::OpenRecording};
        p.busy = true;
        break;
    case State::Running:
        p.headline = kind == SourceKind::Recording ? tr("Replaying a recording") : tr("Measuring");
        break;
    case State::HelperMissing:
        p.headline = tr("The Kinsight helper is not available");
        p.hint = tr("Without the helper you can still open a recording made on another machine.");
        p.actions = {StateAction::Retry, StateAction::OpenRecording};
        p.problem = true;
        break;
    case State::NotAuthorized:
        p.headline = tr("Not authorized to measure this system");
        p.hint = tr("Retry to be asked again.");
        p.actions = {StateAction::Retry, StateAction::OpenRecording};
        p.problem = true;
        break;
    case State::KernelUnsupported:
        p.headline = tr("This kernel cannot run Kinsight's probes");
        p.hint = tr("Kinsight needs a kernel with BPF and BTF type information (/sys/kernel/btf/vmlinux) and "
                    "without lockdown in confidentiality mode. Diagnostics shows what this one lacks.");
        p.actions = {StateAction::OpenDiagnostics, StateAction::Retry, StateAction::OpenRecording};
        p.problem = true;
        break;
    case State::Failed:
        p.headline = tr("The session failed");
        p.actions = {StateAction::Retry, StateAction::OpenDiagnostics, StateAction::OpenRecording};
        p.problem = true;
        break;
    case State::Reconnecting:
        p.headline = tr("The helper went away — reconnecting by itself");
        p.hint = tr("The charts continue when the helper is back.");
        p.actions = {StateAction::OpenRecording};
        p.problem = true;
        p.busy = true;
        break;
    case State::Ended:
        if (kind == SourceKind::Recording) {
            p.headline = tr("End of the recording");
            p.actions = {StateAction::ReplayAgain, StateAction::OpenRecording, StateAction::StartLive};
        } else {
            p.headline = tr("The session ended");
            p.actions = {StateAction::Retry, StateAction::OpenRecording};
        }
        break;
    }
    return p;
}

QString StatePresenter::actionText(StateAction action)
{
    switch (action) {
    case StateAction::Retry:
        return tr("&Retry");
    case StateAction::StartLive:
        return tr("Start a &live session");
    case StateAction::OpenRecording:
        return tr("&Open a recording…");
    case StateAction::ReplayAgain:
        return tr("Replay &again");
    case StateAction::Cancel:
        return tr("&Cancel");
    case StateAction::OpenDiagnostics:
        return tr("Run &diagnostics");
    }
    return {};
}

QString StatePresenter::shortState(State state, SourceKind kind)
{
    switch (state) {
    case State::Idle:
        return tr("No session");
    case State::Connecting:
        return tr("Connecting…");
    case State::Running:
        return kind == SourceKind::Recording ? tr("Replaying") : tr("Live");
    case State::HelperMissing:
        return tr("Helper not available");
    case State::NotAuthorized:
        return tr("Not authorized");
    case State::KernelUnsupported:
        return tr("Kernel unsupported");
    case State::Failed:
        return tr("Failed");
    case State::Reconnecting:
        return tr("Reconnecting…");
    case State::Ended:
        return kind == SourceKind::Recording ? tr("Recording replayed") : tr("Ended");
    }
    return {};
}

bool StatePresenter::isHappy(State state)
{
    return state == State::Running;
}

}  // namespace kinsight::gui
