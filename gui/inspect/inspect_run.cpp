#include "inspect_run.h"

#include "helper_client.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTimer>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace kinsight::inspect {

namespace {

// QProcess (Qt 6.4) forks with vfork semantics: the GUI thread is suspended
// until the child execs, so the child cannot simply wait before its exec.
// Instead it execs a tiny /bin/sh that waits for one line on fd 3 and then
// execs the program in the same process. The helper arms the PID for its
// *next* exec, which is the program's: the shell's wait is never counted.
constexpr int kGoFd = 3;
const char kHoldScript[] = "read -r _ <&3 || exit 125; exec 3<&-; exec \"$0\" \"$@\"";

// Runs in the child between fork and exec: only async-signal-safe calls.
void prepareChild(int readFd, int writeFd)
{
    close(writeFd);
    setpgid(0, 0);  // its own process group, so Stop reaches the whole tree
    if (readFd != kGoFd) {
        dup2(readFd, kGoFd);  // dup2 clears close-on-exec: the shell inherits it
        close(readFd);
    } else {
        fcntl(kGoFd, F_SETFD, 0);
    }
}

InspectRun::SourceFactory &defaultFactory()
{
    static InspectRun::SourceFactory factory;
    return factory;
}

}  // namespace

void InspectRun::setDefaultSourceFactory(SourceFactory factory)
{
    defaultFactory() = std::move(factory);
}

InspectRun::InspectRun(QObject *parent)
    : QObject(parent)
{
    factory_ = defaultFactory() ? defaultFactory() : [](QObject *owner) -> StreamSource * {
        auto *client = new HelperClient(owner);
        // The tree is armed for one exec: a reconnected session could not count it from the start.
        client->setAutoReconnect(false);
        return client;
    };
    stopTimer_.setSingleShot(true);
    connect(&stopTimer_, &QTimer::timeout, this, [this] {
        if (stopping_ && isActive())
            finish(false);  // no frame came after Stop: the totals end at the last one
    });
    killTimer_.setSingleShot(true);
    connect(&killTimer_, &QTimer::timeout, this, [this] {
        if (process_ && process_->state() != QProcess::NotRunning && pid_ > 0)
            kill(-pid_, SIGKILL);
    });
}

InspectRun::~InspectRun()
{
    if (goFd_ >= 0)
        close(goFd_);
    if (process_ && process_->state() != QProcess::NotRunning && pid_ > 0) {
        process_->disconnect(this);
        kill(-pid_, SIGKILL);
        process_->waitForFinished(1000);
    }
    if (source_) {
        source_->disconnect(this);  // its last state change must not reach a half-destroyed view
        source_->stop();
    }
}

void InspectRun::setPhase(Phase phase, const QString &message)
{
    phase_ = phase;
    message_ = message;
    emit phaseChanged(phase, message);
}

void InspectRun::fail(const QString &message)
{
    if (goFd_ >= 0) {
        close(goFd_);  // a held program exits without ever running
        goFd_ = -1;
    }
    if (source_) {
        source_->disconnect(this);
        source_->stop();
    }
    setPhase(Phase::Failed, message);
}

bool InspectRun::start(const LaunchSpec &spec)
{
    if (isActive())
        return false;
    spec_ = spec;
    spec_.program = spec.program.trimmed();
    if (const QString problem = LaunchCheck::problem(spec_); !problem.isEmpty()) {
        fail(problem);
        return false;
    }
    reset();
    target_ = Target::Launch;

    int go[2];
    if (pipe2(go, O_CLOEXEC) != 0) {
        fail(tr("Cannot start the program: %1.").arg(QString::fromLocal8Bit(strerror(errno))));
        return false;
    }
    delete process_;
    process_ = new QProcess(this);
    process_->setProgram(QStringLiteral("/bin/sh"));
    process_->setArguments(QStringList{QStringLiteral("-c"), QString::fromLatin1(kHoldScript),
                                       LaunchCheck::resolveProgram(spec_)}
                           + spec_.argumentList());
    if (!spec_.workingDirectory.isEmpty())
        process_->setWorkingDirectory(spec_.workingDirectory);
    process_->setProcessEnvironment(spec_.processEnvironment(QProcessEnvironment::systemEnvironment()));
    // Nothing to type into: a program that reads stdin sees its end at once instead of hanging.
    process_->setStandardInputFile(QProcess::nullDevice());
    const int readFd = go[0], writeFd = go[1];
    process_->setChildProcessModifier([readFd, writeFd] { prepareChild(readFd, writeFd); });
    connect(process_, &QProcess::readyReadStandardOutput, this,
            [this] { readOutput(QProcess::StandardOutput); });
    connect(process_, &QProcess::readyReadStandardError, this,
            [this] { readOutput(QProcess::StandardError); });
    connect(process_, &QProcess::finished, this, &InspectRun::onProcessFinished);
    connect(process_, &QProcess::errorOccurred, this, &InspectRun::onProcessError);
    process_->start();
    close(readFd);
    goFd_ = writeFd;
    pid_ = process_->processId();
    if (pid_ <= 0) {
        fail(tr("Cannot start “%1”: %2.").arg(spec_.program, process_->errorString()));
        return false;
    }

    SessionRequest request = spec_.sessionRequest();
    request.treePid = qint32(pid_);
    startSession(request, tr("Starting a measuring session with kinsight-helper (you may be asked to "
                             "authenticate); “%1” starts as soon as it is counted.")
                              .arg(QFileInfo(spec_.program).fileName()));
    return phase_ != Phase::Failed;
}

void InspectRun::reset()
{
    session_ = {};
    first_.reset();
    last_.reset();
    lastCounts_.clear();
    intervals_.clear();
    exitCode_.reset();
    released_ = false;
    endNs_ = -1;
    liveProcesses_ = 0;
    untrackedForks_ = 0;
    incomplete_ = false;
    pid_ = 0;
    stopping_ = false;
    stopTimer_.stop();
    since_ = {};
    cgroupPath_.clear();
    cgroupHierarchy_.clear();
    treeName_.clear();
}

void InspectRun::startSession(const SessionRequest &request, const QString &connecting)
{
    if (source_) {
        source_->disconnect(this);
        source_->deleteLater();
    }
    source_ = factory_(this);
    connect(source_, &StreamSource::stateChanged, this, &InspectRun::onSourceState);
    connect(source_, &StreamSource::sessionStarted, this, [this](const SessionInfo &session) {
        session_ = session;
        emit sessionStarted(session_);
    });
    connect(source_, &StreamSource::frameReceived, this, &InspectRun::onFrame);
    setPhase(Phase::Connecting, connecting);
    source_->start(request);
}

void InspectRun::onSourceState(StreamSource::State state, const QString &message)
{
    using State = StreamSource::State;
    switch (state) {
    case State::Idle:
    case State::Connecting:
    case State::Running:
    case State::Reconnecting:
        return;
    case State::Ended:
        if (phase_ == Phase::Finished)
            return;
        break;
    case State::HelperMissing:
    case State::NotAuthorized:
    case State::KernelUnsupported:
    case State::Failed:
        break;
    }
    if (watching()) {
        watchSourceEnded(message);
        return;
    }
    if (!released_) {
        const QString what = state == State::NotAuthorized
                                 ? tr("Measuring was not authorized, so “%1” was not started.")
                                 : tr("Measuring could not start, so “%1” was not started.");
        fail(what.arg(QFileInfo(spec_.program).fileName()) + QLatin1Char(' ') + message);
        return;
    }
    // The program runs on (it is the user's); what was counted so far stays readable.
    incomplete_ = true;
    if (source_)
        source_->disconnect(this);
    setPhase(Phase::Failed, tr("Measuring stopped before the program ended: %1 The totals below are incomplete.")
                                .arg(message));
}

QMap<QString, quint64> InspectRun::treeCounts(const Frame &frame) const
{
    QMap<QString, quint64> counts;
    for (const ModuleInfo &module : session_.modules) {
        const ModuleFrame *mf = frame.module(module.name);
        if (!mf || !mf->trees.contains(group_))
            continue;
        const QList<quint64> &tree = mf->trees[group_];
        for (const AppMetricInfo &metric : module.appMetrics)
            if (module.unavailableReason(metric.counters).isEmpty())
                counts.insert(metric.name, RateCalculator::sum(tree, metric.counters));
    }
    return counts;
}

void InspectRun::onFrame(const Frame &frame)
{
    if (!isActive())
        return;
    if (!first_) {
        first_ = frame;
        last_ = frame;
        group_ = frame.trees.isEmpty() ? 1 : frame.trees.firstKey();
        lastCounts_ = treeCounts(frame);
        emit progressed(nullptr, frame);
        if (watching())
            watchFrame(frame, frame.trees.value(group_));
        else
            releaseProgram();
        return;
    }
    const QMap<QString, quint64> counts = treeCounts(frame);
    InspectInterval interval;
    interval.index = int(intervals_.size());
    interval.start = double(last_->monotonicNs - first_->monotonicNs) / 1e9;
    interval.end = double(frame.monotonicNs - first_->monotonicNs) / 1e9;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const quint64 before = lastCounts_.value(it.key());
        interval.counts.insert(it.key(), it.value() >= before ? it.value() - before : 0);
    }
    intervals_.append(interval);
    last_ = frame;
    lastCounts_ = counts;
    const TreeState tree = frame.trees.value(group_);
    liveProcesses_ = tree.liveProcesses;
    untrackedForks_ = tree.untrackedForks;
    emit progressed(&intervals_.constLast(), frame);

    if (watching()) {
        watchFrame(frame, tree);
        return;
    }
    if (phase_ != Phase::Draining)
        return;
    if (tree.finished) {
        finish(true);
    } else if (tree.liveProcesses > 0) {
        setPhase(Phase::Draining, tr("The program exited with %1; %n process(es) it started still run and are "
                                     "counted until they end. Stop ends the count now.",
                                     nullptr, int(tree.liveProcesses))
                                      .arg(*exitCode_));
        drainClock_.restart();
    } else if (drainClock_.elapsed() > drainTimeoutMs_) {
        finish(false);
    }
}

void InspectRun::releaseProgram()
{
    clock_.start();
    released_ = true;
    if (goFd_ < 0 || write(goFd_, "g\n", 2) != 2) {
        fail(tr("Cannot start “%1”: %2.").arg(spec_.program, QString::fromLocal8Bit(strerror(errno))));
        return;
    }
    close(goFd_);
    goFd_ = -1;
    setPhase(Phase::Running, tr("Running “%1” (PID %2); counting it and every process it starts.")
                                 .arg(QFileInfo(spec_.program).fileName())
                                 .arg(pid_));
}

void InspectRun::readOutput(QProcess::ProcessChannel channel)
{
    process_->setReadChannel(channel);
    const QByteArray bytes = process_->readAll();
    if (bytes.isEmpty())
        return;
    // Stateful per channel: a UTF-8 sequence split between two reads stays whole.
    QStringDecoder &decoder = channel == QProcess::StandardOutput ? stdoutDecoder_ : stderrDecoder_;
    emit output(decoder.decode(bytes), channel == QProcess::StandardError);
}

void InspectRun::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    readOutput(QProcess::StandardOutput);
    readOutput(QProcess::StandardError);
    if (!released_ || phase_ == Phase::Failed) {
        if (released_ && !exitCode_)
            exitCode_ = status == QProcess::CrashExit ? 128 + exitCode : exitCode;
        return;
    }
    endNs_ = clock_.nsecsElapsed();
    exitCode_ = status == QProcess::CrashExit ? 128 + exitCode : exitCode;
    killTimer_.stop();
    drainClock_.start();
    setPhase(Phase::Draining, tr("The program exited with %1; reading the last counts.").arg(*exitCode_));
}

void InspectRun::onProcessError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !released_ || !isActive())
        return;
    fail(tr("Cannot run “%1”: %2. Check that it is an executable program you may run.")
             .arg(spec_.program, process_->errorString()));
}

void InspectRun::finish(bool complete)
{
    incomplete_ = !complete;
    if (source_) {
        source_->disconnect(this);
        source_->stop();
    }
    stopTimer_.stop();
    const QString seconds = QString::number(durationSeconds(), 'f', watching() ? 1 : 3);
    QString text;
    if (target_ == Target::Cgroup)
        text = tr("Counted cgroup “%1” for %2 s (stopped).").arg(cgroupPath_, seconds);
    else if (target_ == Target::Tree)
        text = stopping_ ? tr("Counted %1 and its descendants for %2 s (stopped; they run on).").arg(subjectName(), seconds)
                         : tr("%1 and every process it started ended; counted for %2 s.").arg(subjectName(), seconds);
    else
        text = tr("“%1” exited with %2 after %3 s.")
                   .arg(QFileInfo(spec_.program).fileName())
                   .arg(exitCode_.value_or(-1))
                   .arg(seconds);
    if (!complete)
        text += QLatin1Char(' ')
                + tr("Not every count was folded in when measuring ended; the totals may miss the last events.");
    if (untrackedForks_)
        text += QLatin1Char(' ')
                + tr("%n process(es) of the tree were not tracked (the PID table was full).", nullptr, int(untrackedForks_));
    setPhase(Phase::Finished, text);
}

void InspectRun::stop()
{
    if (watching()) {
        stopWatching();
        return;
    }
    switch (phase_) {
    case Phase::Connecting:
        fail(tr("Stopped before the program started."));
        return;
    case Phase::Running:
        if (pid_ > 0) {
            kill(-pid_, SIGTERM);
            killTimer_.start(3000);
        }
        return;
    case Phase::Draining:
        if (pid_ > 0)
            kill(-pid_, SIGKILL);
        if (!exitCode_) {
            process_->waitForFinished(1000);
        }
        finish(false);
        return;
    default:
        return;
    }
}

double InspectRun::durationSeconds() const
{
    if (!released_)
        return 0;
    if (watching())  // exactly the span the totals cover: first to last frame
        return hasTotals() ? double(last_->monotonicNs - first_->monotonicNs) / 1e9 : 0;
    return double(endNs_ >= 0 ? endNs_ : clock_.nsecsElapsed()) / 1e9;
}

Totals InspectRun::totals() const
{
    if (!hasTotals())
        return {};
    // A cgroup or a running tree was counted from the session's start: keep what came after the first frame.
    return watching() ? treeTotalsSince(session_, *first_, *last_, group_) : treeTotals(session_, *first_, *last_, group_);
}

StatRun InspectRun::statRun() const
{
    if (target_ == Target::Tree)
        return StatRun{QStringList{treeName_}, -1, durationSeconds()};
    if (target_ == Target::Cgroup)
        return StatRun{{}, -1, durationSeconds()};
    return StatRun{spec_.command(), exitCode_.value_or(-1), durationSeconds()};
}

QJsonObject InspectRun::statJson() const
{
    QJsonObject doc = kinsight::statJson(statRun(), session_, totals());
    if (watching()) {
        // Nothing was launched: no exit code; what was counted instead.
        doc.remove(QStringLiteral("exit_code"));
        if (target_ == Target::Cgroup) {
            doc.remove(QStringLiteral("command"));
            doc.insert(QStringLiteral("cgroup"), cgroupPath_);
            doc.insert(QStringLiteral("cgroup_hierarchy"), cgroupHierarchy_);
        } else {
            doc.insert(QStringLiteral("pid"), pid_);
        }
        doc.insert(QStringLiteral("since"), since_.toUTC().toString(Qt::ISODateWithMs));
    }
    return doc;
}

QList<AppMetricInfo> InspectRun::metrics() const
{
    QList<AppMetricInfo> out;
    for (const ModuleInfo &module : session_.modules)
        out += module.appMetrics;
    return out;
}

}  // namespace kinsight::inspect
