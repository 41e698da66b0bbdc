// What the window says in each state of a session source, and what it offers
// to do about it. The source's own message (what happened, what to do) is
// always shown; this adds a headline and the actions that exist.
#pragma once

#include "stream_source.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kinsight::gui {

enum class SourceKind { Live, Recording };

enum class StateAction {
    Retry,          // start the same live session again
    StartLive,      // start a live session (from a recording or from idle)
    OpenRecording,  // File → Open recording…
    ReplayAgain,    // replay the current recording from its start
    Cancel,         // stop waiting for the helper
    OpenDiagnostics,  // the Diagnostics page: what the kernel lacks and how to fix it
};

struct StatePresentation {
    QString headline;
    QString message;  // the source's explanation
    QString hint;     // what else helps, may be empty
    QList<StateAction> actions;
    bool problem = false;  // a warning, as opposed to progress or information
    bool busy = false;     // waiting for something to happen by itself
};

class StatePresenter {
    Q_DECLARE_TR_FUNCTIONS(StatePresenter)
public:
    static StatePresentation present(StreamSource::State state, const QString &message, SourceKind kind);
    static QString actionText(StateAction action);
    // A few words for the status bar.
    static QString shortState(StreamSource::State state, SourceKind kind);
    // Whether the full window can show charts in this state (otherwise: a full page message).
    static bool isHappy(StreamSource::State state);
};

}  // namespace kinsight::gui
