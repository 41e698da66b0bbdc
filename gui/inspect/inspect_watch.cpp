// InspectRun's second way to start: counting what already exists, a cgroup or
// a running process's tree, with no program launched. The helper keeps
// per-process counters for that cgroup or tree only (a filter map checked
// first thing in each BPF program), so other processes pay only the hook.
#include "inspect_run.h"

#include <QFile>
#include <QFileInfo>

#include <signal.h>
#include <unistd.h>

#include <cerrno>

namespace kinsight::inspect {

namespace {

// Launch and inspect's default modules and mode unless the caller chose others.
SessionRequest watchRequest(double intervalSeconds, const QStringList &modules, const QString &loadMode)
{
    const LaunchSpec defaults;
    SessionRequest request = defaults.sessionRequest();
    request.intervalSeconds = intervalSeconds;
    if (!modules.isEmpty())
        request.modules = modules;
    if (!loadMode.isEmpty())
        request.loadMode = loadMode;
    return request;
}

// Where the hierarchy ("v2", "v1:<controller>") is mounted here; empty when it is not.
QString cgroupMount(const QString &hierarchy)
{
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (!mounts.open(QIODevice::ReadOnly))
        return {};
    const bool v2 = !hierarchy.startsWith(QLatin1String("v1:"));
    const QByteArray controller = hierarchy.mid(3).toUtf8();
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 4)
            continue;
        if ((v2 && f[2] == "cgroup2") || (!v2 && f[2] == "cgroup" && f[3].split(',').contains(controller)))
            return QString::fromUtf8(f[1]);
    }
    return {};
}

// The real user of a process, as the helper reads it; -1 when it cannot be read.
uint processOwner(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("Uid:"))
                return line.mid(4).simplified().split(' ').value(0).toUInt();
    return uint(-1);
}

}  // namespace

QString cgroupHierarchyOf(const SessionInfo &session)
{
    for (const SessionSetting &s : session.settings) {
        if (s.name != QLatin1String("cgroups"))
            continue;
        if (s.value == QLatin1String("v2") || s.value.startsWith(QLatin1String("v1:")))
            return s.value;
    }
    // "yes" (or not said): the helper takes cgroup2 when it is mounted, else v1's memory controller.
    if (!cgroupMount(QStringLiteral("v2")).isEmpty())
        return QStringLiteral("v2");
    if (!cgroupMount(QStringLiteral("v1:memory")).isEmpty())
        return QStringLiteral("v1:memory");
    return QStringLiteral("v2");
}

void InspectRun::setWatchCollection(const QStringList &modules, const QString &loadMode)
{
    watchModules_ = modules;
    watchLoadMode_ = loadMode;
}

bool InspectRun::watchCgroup(const QString &path, const QString &hierarchy, double intervalSeconds)
{
    if (isActive())
        return false;
    reset();
    target_ = Target::Cgroup;
    cgroupPath_ = path.trimmed();
    cgroupHierarchy_ = hierarchy.isEmpty() ? QStringLiteral("v2") : hierarchy;
    if (cgroupPath_.isEmpty()) {
        fail(tr("No cgroup given to count."));
        return false;
    }
    SessionRequest request = watchRequest(intervalSeconds, watchModules_, watchLoadMode_);
    request.inspectCgroup = cgroupPath_;
    request.inspectHierarchy = cgroupHierarchy_;
    startSession(request, tr("Starting a measuring session with kinsight-helper for cgroup “%1” (you may be asked "
                             "to authenticate).")
                              .arg(cgroupPath_));
    return phase_ != Phase::Failed;
}

bool InspectRun::watchTree(qint64 pid, const QString &name, double intervalSeconds)
{
    if (isActive())
        return false;
    reset();
    target_ = Target::Tree;
    pid_ = pid;
    treeName_ = name;
    if (pid <= 0 || (kill(pid_t(pid), 0) != 0 && errno == ESRCH)) {
        fail(tr("Process %1 is gone: nothing to count.").arg(pid));
        return false;
    }
    // The helper counts a tree only for the user who owns its root (root excepted): say so before asking.
    if (const uint owner = processOwner(pid); getuid() != 0 && owner != uint(-1) && owner != getuid()) {
        fail(tr("Process %1 belongs to another user: you can count only your own processes' trees.").arg(pid));
        return false;
    }
    SessionRequest request = watchRequest(intervalSeconds, watchModules_, watchLoadMode_);
    request.treePid = qint32(pid);
    request.treeFromExec = false;
    startSession(request, tr("Starting a measuring session with kinsight-helper for %1 (you may be asked to "
                             "authenticate).")
                              .arg(subjectName()));
    return phase_ != Phase::Failed;
}

QString InspectRun::subjectName() const
{
    switch (target_) {
    case Target::Cgroup:
        return tr("cgroup %1").arg(cgroupPath_);
    case Target::Tree:
        return treeName_.isEmpty() ? tr("PID %1").arg(pid_) : tr("%1 (PID %2)").arg(treeName_).arg(pid_);
    case Target::Launch:
        break;
    }
    return QFileInfo(spec_.program).fileName();
}

void InspectRun::watchFrame(const Frame &frame, const TreeState &tree)
{
    if (phase_ == Phase::Connecting) {
        clock_.start();
        released_ = true;  // counting began
        since_ = QDateTime::currentDateTime();
        const QString time = since_.time().toString(QStringLiteral("HH:mm:ss"));
        if (target_ == Target::Cgroup)
            setPhase(Phase::Running, tr("Counting cgroup “%1” since %2; Stop ends the count.").arg(cgroupPath_, time));
        else
            setPhase(Phase::Running, tr("Counting %1 and every process it starts since %2; the count ends when all of "
                                        "them are gone, or with Stop.")
                                         .arg(subjectName(), time));
        if (treeGone(tree))
            finish(true);
        return;
    }
    if (treeGone(tree)) {
        finish(true);
        return;
    }
    if (stopping_ && (target_ != Target::Cgroup || cgroupSettled(frame, group_)))
        finish(true);
}

// A watched tree is over when its root is gone and the helper says no process
// of it is left with counts to fold in. The helper counts the root and its
// descendants armed at the start; a helper from before that counted them as 0
// and said `finished` while the root still ran, hence the root's own check.
bool InspectRun::treeGone(const TreeState &tree) const
{
    if (target_ != Target::Tree || !tree.finished)
        return false;
    return kill(pid_t(pid_), 0) != 0 && errno == ESRCH;
}

void InspectRun::stopWatching()
{
    switch (phase_) {
    case Phase::Connecting:
        fail(tr("Stopped before counting began."));
        return;
    case Phase::Running:
        // The next frame brings what happened up to now; a cgroup's gone processes may need one more.
        stopping_ = true;
        setPhase(Phase::Draining, tr("Reading the last counts…"));
        stopTimer_.start(std::max(drainTimeoutMs_, int(session_.intervalSeconds * 2500)));
        return;
    case Phase::Draining:
        finish(false);
        return;
    default:
        return;
    }
}

void InspectRun::watchSourceEnded(const QString &message)
{
    if (!released_) {
        QString text = tr("Measuring could not start: %1").arg(message);
        // Said plainly first: the most likely reason, a cgroup that ended (the helper's words follow).
        const QString mount = target_ == Target::Cgroup ? cgroupMount(cgroupHierarchy_) : QString();
        if (!mount.isEmpty() && !cgroupPath_.startsWith(QLatin1Char('#')) && !QFileInfo(mount + QLatin1Char('/') + cgroupPath_).isDir())
            text = tr("There is no cgroup “%1” below %2 (it may have ended). %3").arg(cgroupPath_, mount, text);
        fail(text);
        return;
    }
    incomplete_ = true;
    if (source_)
        source_->disconnect(this);
    stopTimer_.stop();
    setPhase(Phase::Failed, tr("Measuring stopped: %1 The totals below are incomplete.").arg(message));
}

}  // namespace kinsight::inspect
