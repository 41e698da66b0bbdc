// A source of one measuring session for the front ends: the live helper over
// D-Bus, or a recorded stream. Both deliver the session header, then frames,
// and say in plain words what state they are in and what the user can do.
#pragma once

#include "frame.h"
#include "session_info.h"

#include <QObject>
#include <QStringList>

namespace kinsight {

struct SessionRequest {
    QStringList modules;  // empty = the helper's default set
    QString loadMode = QStringLiteral("entry");
    QString attach = QStringLiteral("auto");
    double intervalSeconds = 1.0;
    quint32 pidTableSize = 32768;
    qint32 treePid = 0;  // 0 = no inspected tree
    bool treeFromExec = false;
    bool perProcess = false;                  // counters for every process (applications view)
    QString cgroups = QStringLiteral("off");  // off | v2 | v1:<controller>
    // Per-process counting only for this cgroup and its descendants (a path below
    // the hierarchy's root, a unique directory name or #<id>); "" = none.
    QString inspectCgroup;
    QString inspectHierarchy;  // v2 ("" too) or v1:<controller>
};

class StreamSource : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,
        Connecting,        // asking the helper (and polkit: a password prompt may be up)
        Running,
        HelperMissing,     // kinsight-helper is not installed / not activatable
        NotAuthorized,     // polkit said no
        KernelUnsupported, // the helper runs but BPF cannot (no BTF, lockdown, ...)
        Failed,            // anything else, see the message
        Reconnecting,      // the helper went away; trying again by itself
        Ended,             // the session ended normally (stopped, or a recording ended)
    };
    Q_ENUM(State)

    using QObject::QObject;

    virtual void start(const SessionRequest &request) = 0;
    virtual void stop() = 0;
    // Asks for CollectorCost in every frame (a recording has what it recorded).
    virtual void setCostReporting(bool) {}

    State state() const { return state_; }
    QString stateMessage() const { return message_; }
    const SessionInfo &session() const { return session_; }

signals:
    void stateChanged(kinsight::StreamSource::State state, const QString &message);
    void sessionStarted(const kinsight::SessionInfo &session);
    void frameReceived(const kinsight::Frame &frame);

protected:
    void setState(State state, const QString &message = {})
    {
        state_ = state;
        message_ = message;
        emit stateChanged(state, message);
    }
    void deliverSession(const SessionInfo &session)
    {
        session_ = session;
        emit sessionStarted(session_);
    }

private:
    State state_ = State::Idle;
    QString message_;
    SessionInfo session_;
};

}  // namespace kinsight
