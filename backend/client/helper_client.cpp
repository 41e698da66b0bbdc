#include "helper_client.h"

#include <QDBusMessage>
#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace kinsight {

HelperClient::HelperClient(QObject *parent) : HelperClient(QDBusConnection::systemBus(), parent) {}

HelperClient::HelperClient(const QDBusConnection &bus, QObject *parent) : StreamSource(parent), bus_(bus)
{
    registerDBusTypes();
    reconnect_.setSingleShot(true);
    connect(&reconnect_, &QTimer::timeout, this, [this] { start(request_); });
}

HelperClient::~HelperClient()
{
    stopping_ = true;
    closeStream();
}

StreamSource::State HelperClient::stateFor(const QDBusError &error)
{
    switch (error.type()) {
    case QDBusError::ServiceUnknown:
        return State::HelperMissing;
    case QDBusError::AccessDenied:
        return State::NotAuthorized;
    default:
        break;
    }
    if (error.name() == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner"))
        return State::HelperMissing;
    if (error.name() == QLatin1String(kErrorKernel))
        return State::KernelUnsupported;
    return State::Failed;
}

QString HelperClient::explain(const QDBusError &error)
{
    switch (stateFor(error)) {
    case State::HelperMissing:
        return tr("kinsight-helper is not available on the system bus (%1). Install Kinsight's package, or from a "
                  "build tree run 'sudo cmake --install build', so that D-Bus can start the helper.")
            .arg(error.message());
    case State::NotAuthorized:
        return tr("Not authorized to monitor the kernel (polkit action org.kinsight.monitor): %1. Authenticate as "
                  "an administrator when asked, or ask one to grant you this action.")
            .arg(error.message());
    case State::KernelUnsupported:
        return tr("The kernel cannot run Kinsight's BPF programs: %1. See the Diagnostics page for what to change.")
            .arg(error.message());
    default:
        if (error.type() == QDBusError::NoReply || error.type() == QDBusError::Timeout)
            return tr("kinsight-helper did not answer in time (%1).").arg(error.message());
        if (error.type() == QDBusError::Disconnected)
            return tr("Cannot reach the system bus (%1).").arg(error.message());
        return tr("kinsight-helper refused: %1 (%2)").arg(error.message(), error.name());
    }
}

void HelperClient::start(const SessionRequest &request)
{
    request_ = request;
    stopping_ = false;
    closeStream();
    reader_ = stream::MessageReader();
    if (!bus_.isConnected()) {
        // asyncCall on a dead connection returns a call whose watcher never fires.
        setState(State::HelperMissing,
                 tr("Cannot reach the D-Bus system bus (%1): start it (systemctl start dbus, or dbus-daemon "
                    "--system) so that kinsight-helper can be reached.")
                     .arg(bus_.lastError().message()));
        return;
    }
    setState(State::Connecting, tr("Starting a session with kinsight-helper; you may be asked to authenticate."));
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kHelperService), QLatin1String(kHelperPath),
                                                       QLatin1String(kHelperInterface),
                                                       request.inspectCgroup.isEmpty() ? QStringLiteral("StartSession")
                                                                                       : QStringLiteral("StartCgroupSession"));
    call << request.modules << request.loadMode << request.attach << request.intervalSeconds << request.pidTableSize
         << request.treePid << request.treeFromExec << request.perProcess << request.cgroups;
    if (!request.inspectCgroup.isEmpty())
        call << request.inspectCgroup << request.inspectHierarchy;
    // An administrator typing a password takes longer than QtDBus' default 25 s.
    call.setInteractiveAuthorizationAllowed(true);
    auto *watcher = new QDBusPendingCallWatcher(bus_.asyncCall(call, 10 * 60 * 1000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &HelperClient::onStartFinished);
}

void HelperClient::onStartFinished(QDBusPendingCallWatcher *call)
{
    call->deleteLater();
    QDBusPendingReply<QString, QDBusUnixFileDescriptor> reply = *call;
    if (stopping_)
        return;
    if (reply.isError()) {
        const QDBusError error = reply.error();
        const State state = stateFor(error);
        // A helper restarting after a crash can be briefly missing: keep trying then.
        if (state == State::HelperMissing && reconnectAttempts_ > 0 && autoReconnect_) {
            streamLost(explain(error));
            return;
        }
        setState(state, explain(error));
        return;
    }
    sessionId_ = reply.argumentAt<0>();
    fd_ = fcntl(reply.argumentAt<1>().fileDescriptor(), F_DUPFD_CLOEXEC, 0);
    if (fd_ < 0) {
        setState(State::Failed, tr("The helper's stream could not be received: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        return;
    }
    fcntl(fd_, F_SETFL, fcntl(fd_, F_GETFL) | O_NONBLOCK);
    if (costReporting_)
        setCostReporting(true);
    notifier_ = std::make_unique<QSocketNotifier>(fd_, QSocketNotifier::Read);
    connect(notifier_.get(), &QSocketNotifier::activated, this, &HelperClient::onReadable);
}

void HelperClient::onReadable()
{
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(fd_, buffer, sizeof buffer);
        if (n > 0) {
            bytesReceived_ += quint64(n);
            reader_.append(QByteArray(buffer, n));
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            break;
        // EOF or error: whatever is buffered is still delivered below.
        for (auto kind = reader_.next(); kind != stream::MessageReader::Kind::None; kind = reader_.next()) {
            if (kind == stream::MessageReader::Kind::Frame)
                emit frameReceived(reader_.frame());
            else if (kind == stream::MessageReader::Kind::End) {
                closeStream();
                setState(State::Ended, reader_.text());
                return;
            } else if (kind == stream::MessageReader::Kind::Header)
                deliverSession(reader_.header());
            else
                break;
        }
        streamLost(n == 0 ? tr("kinsight-helper closed the stream") : QString::fromLocal8Bit(strerror(errno)));
        return;
    }
    for (auto kind = reader_.next(); kind != stream::MessageReader::Kind::None; kind = reader_.next()) {
        switch (kind) {
        case stream::MessageReader::Kind::Header:
            reconnectAttempts_ = 0;
            deliverSession(reader_.header());
            setState(State::Running, tr("Measuring (session %1)").arg(sessionId_));
            break;
        case stream::MessageReader::Kind::Frame:
            emit frameReceived(reader_.frame());
            break;
        case stream::MessageReader::Kind::End:
            closeStream();
            setState(State::Ended, reader_.text());
            return;
        case stream::MessageReader::Kind::Error:
            closeStream();
            setState(State::Failed, tr("The helper's stream is damaged: %1").arg(reader_.text()));
            return;
        case stream::MessageReader::Kind::None:
            break;
        }
    }
}

void HelperClient::streamLost(const QString &why)
{
    closeStream();
    if (stopping_)
        return;
    if (!autoReconnect_) {
        setState(State::Failed, tr("The session ended unexpectedly: %1").arg(why));
        return;
    }
    // The tree was armed for one exec that has happened: count it from now on.
    request_.treeFromExec = false;
    const int delayMs = std::min(30000, 1000 << std::min(reconnectAttempts_, 5));
    ++reconnectAttempts_;
    setState(State::Reconnecting,
             tr("kinsight-helper went away (%1); reconnecting in %2 s.").arg(why).arg(delayMs / 1000));
    reconnect_.start(delayMs);
}

void HelperClient::stop()
{
    stopping_ = true;
    reconnect_.stop();
    if (!sessionId_.isEmpty()) {
        QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kHelperService), QLatin1String(kHelperPath),
                                                           QLatin1String(kHelperInterface), QStringLiteral("StopSession"));
        call << sessionId_;
        bus_.asyncCall(call);
    }
    closeStream();
    setState(State::Ended, tr("Stopped"));
}

void HelperClient::setCostReporting(bool enabled)
{
    costReporting_ = enabled;
    if (sessionId_.isEmpty())
        return;  // applied when the session starts
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kHelperService), QLatin1String(kHelperPath),
                                                       QLatin1String(kHelperInterface), QStringLiteral("SetCostReporting"));
    call << sessionId_ << enabled;
    bus_.asyncCall(call);
}

void HelperClient::closeStream()
{
    notifier_.reset();
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    sessionId_.clear();
}

QDBusPendingCall HelperClient::capabilities(const QString &loadMode)
{
    // A disconnected bus yields an already-failed call: waitForFinished() returns at once.
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kHelperService), QLatin1String(kHelperPath),
                                                       QLatin1String(kHelperInterface), QStringLiteral("Capabilities"));
    call << loadMode;
    call.setInteractiveAuthorizationAllowed(true);
    return bus_.asyncCall(call, 10 * 60 * 1000);
}

}  // namespace kinsight
