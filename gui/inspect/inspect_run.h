// One launch-and-inspect run: starts the program as the user but holds it
// before its exec, starts a helper session that tracks its PID from that exec
// on, lets it exec once the first frame is in (so nothing is missed and
// nothing of the launcher is counted), collects its output and the tree's
// counters per interval, and ends when the program and every descendant are
// gone and their counts are folded in. The totals are `kinsight-cli stat`'s
// (treeTotals, the same code).
//
// It can also count what already exists, with no program launched
// (inspect_watch.cpp): a cgroup (watchCgroup; it never ends by itself, Stop
// ends the count) or a running process's tree (watchTree; it ends when the
// tree is gone). The kernel then keeps per-process counters for that cgroup
// or tree only; totals are the group's counts minus the first frame's.
#pragma once

#include "launch_spec.h"
#include "stat_report.h"
#include "stream_source.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringDecoder>
#include <QTimer>

#include <functional>
#include <optional>

namespace kinsight::inspect {

// The tree's counts in one interval between two frames.
struct InspectInterval {
    int index = 0;
    double start = 0;  // seconds since the measurement's first frame
    double end = 0;
    QMap<QString, quint64> counts;  // per-application metric -> count in the interval
};

class InspectRun : public QObject {
    Q_OBJECT
public:
    enum class Phase {
        Idle,
        Connecting,  // the program waits before its exec; the helper (and polkit) are asked
        Running,     // the program runs, the tree is counted
        Draining,    // the program exited; waiting for descendants and the last counts
        Finished,    // totals are final
        Failed,      // nothing ran, or measuring stopped; message() says what and what to do
    };
    Q_ENUM(Phase)

    enum class Target {
        Launch,  // a program started here (start())
        Cgroup,  // an existing cgroup (watchCgroup())
        Tree,    // a running process and its descendants (watchTree())
    };
    Q_ENUM(Target)

    using SourceFactory = std::function<StreamSource *(QObject *parent)>;

    explicit InspectRun(QObject *parent = nullptr);
    ~InspectRun() override;

    // Where the session comes from (a HelperClient without auto-reconnect unless a test says otherwise).
    void setSourceFactory(SourceFactory factory) { factory_ = std::move(factory); }
    // The factory of every InspectRun made from now on (tests of windows others open); null: HelperClient.
    static void setDefaultSourceFactory(SourceFactory factory);
    // How long to wait for the last counts after the whole tree is gone (ms).
    void setDrainTimeout(int ms) { drainTimeoutMs_ = ms; }

    // Starts; false when nothing could start (message() says why).
    bool start(const LaunchSpec &spec);
    // Counts the cgroup `path` (below the root of `hierarchy`: "v2" or
    // "v1:<controller>") from now until stop(); nothing is launched.
    bool watchCgroup(const QString &path, const QString &hierarchy, double intervalSeconds = 1.0);
    // Counts the running process `pid` and every process it starts from now
    // until all of them are gone (or stop()); `name` is what the window calls it.
    bool watchTree(qint64 pid, const QString &name, double intervalSeconds = 1.0);
    // The modules and load mode of watchCgroup()/watchTree() from now on (those of
    // the session the user was looking at); empty: Launch and inspect's defaults.
    void setWatchCollection(const QStringList &modules, const QString &loadMode);
    QStringList watchModules() const { return watchModules_; }
    QString watchLoadMode() const { return watchLoadMode_; }
    // Ends the run now. A launched program's process group gets SIGTERM
    // (SIGKILL 3 s later); a watched cgroup or tree is left alone: its count
    // ends with the next frame. The totals keep what was counted.
    void stop();

    Target target() const { return target_; }
    QString cgroupPath() const { return cgroupPath_; }
    QString cgroupHierarchy() const { return cgroupHierarchy_; }
    QString treeName() const { return treeName_; }
    // What is counted, in a few words: the program's name, "cgroup /a/b", "make (PID 42)".
    QString subjectName() const;
    // The wall-clock time of the first frame (when counting began).
    QDateTime countingSince() const { return since_; }

    Phase phase() const { return phase_; }
    QString message() const { return message_; }
    const LaunchSpec &spec() const { return spec_; }
    bool isActive() const { return phase_ == Phase::Connecting || phase_ == Phase::Running || phase_ == Phase::Draining; }

    qint64 pid() const { return pid_; }
    bool released() const { return released_; }  // the program was let go to exec
    std::optional<int> exitCode() const { return exitCode_; }  // 128 + signal when killed
    double durationSeconds() const;  // from exec to exit, or counted so far (watched cgroup or tree)
    qint64 liveProcesses() const { return liveProcesses_; }
    quint64 untrackedForks() const { return untrackedForks_; }
    bool incomplete() const { return incomplete_; }  // stopped, or counts not all folded in

    const SessionInfo &session() const { return session_; }
    int group() const { return group_; }
    const QList<InspectInterval> &intervals() const { return intervals_; }
    // Totals so far (final once Finished); same code and numbers as `kinsight-cli stat`.
    Totals totals() const;
    bool hasTotals() const { return first_.has_value() && last_.has_value(); }
    StatRun statRun() const;
    QJsonObject statJson() const;
    // The per-application metrics of the session in the order `kinsight-cli stat` prints them.
    QList<AppMetricInfo> metrics() const;

signals:
    void phaseChanged(kinsight::inspect::InspectRun::Phase phase, const QString &message);
    void sessionStarted(const kinsight::SessionInfo &session);
    void output(const QString &text, bool isStderr);
    // A frame came: an interval more (when `interval` is not null) and new totals.
    void progressed(const kinsight::inspect::InspectInterval *interval, const kinsight::Frame &frame);

private:
    void setPhase(Phase phase, const QString &message = {});
    void fail(const QString &message);
    void onSourceState(StreamSource::State state, const QString &message);
    void onFrame(const Frame &frame);
    void releaseProgram();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void finish(bool complete);
    void readOutput(QProcess::ProcessChannel channel);
    QMap<QString, quint64> treeCounts(const Frame &frame) const;
    void reset();
    void startSession(const SessionRequest &request, const QString &connecting);
    bool watching() const { return target_ != Target::Launch; }
    void watchFrame(const Frame &frame, const TreeState &tree);
    void watchSourceEnded(const QString &message);
    void stopWatching();
    bool treeGone(const TreeState &tree) const;

    SourceFactory factory_;
    LaunchSpec spec_;
    Phase phase_ = Phase::Idle;
    QString message_;
    QPointer<StreamSource> source_;
    QProcess *process_ = nullptr;
    int goFd_ = -1;  // write end: one byte lets the held program exec
    qint64 pid_ = 0;
    bool released_ = false;
    QElapsedTimer clock_;
    qint64 endNs_ = -1;
    std::optional<int> exitCode_;
    qint64 liveProcesses_ = 0;
    quint64 untrackedForks_ = 0;
    bool incomplete_ = false;
    int drainTimeoutMs_ = 2000;
    QElapsedTimer drainClock_;
    QTimer killTimer_;  // SIGKILL for a program that ignores Stop's SIGTERM
    QStringDecoder stdoutDecoder_{QStringDecoder::System};
    QStringDecoder stderrDecoder_{QStringDecoder::System};

    Target target_ = Target::Launch;
    QString cgroupPath_;
    QString cgroupHierarchy_;
    QString treeName_;
    QStringList watchModules_;
    QString watchLoadMode_;
    QDateTime since_;
    bool stopping_ = false;  // Stop pressed while watching: the next frame ends the count
    QTimer stopTimer_;       // ... or this, when no frame comes

    SessionInfo session_;
    int group_ = 1;
    std::optional<Frame> first_;
    std::optional<Frame> last_;
    QMap<QString, quint64> lastCounts_;
    QList<InspectInterval> intervals_;
};

// The hierarchy the Applications page's cgroup paths are in, for watchCgroup():
// the session's "cgroups" setting ("v2", "v1:<controller>"; for "yes" what the
// helper picks: v2 when cgroup2 is mounted, else v1:memory).
QString cgroupHierarchyOf(const SessionInfo &session);

}  // namespace kinsight::inspect
