// Turns the frames of a per-process session into application, cgroup and
// process totals (AppsSnapshot).
//
// The kernel counts per process (exact, whatever the grouping). Grouping is
// done here, so changing the rules regroups everything at once: counts of
// processes that are gone are kept per executable (task name + path), the
// only things rules look at, and summed into whichever application the rules
// give that executable now. A process whose application changes while it runs
// (exec, a new parent) keeps what it counted before in the old one, so every
// total only grows.
//
// `collect pid` (Netdata's per-module setting) decides whose application a
// process's counts go to: its own (all), its real parent's (real parent: a
// compiler's work shows under the make that started it), or its ptrace parent's
// when traced (parent). A parent Kinsight never saw falls back to the process.
#pragma once

#include "app_rules.h"
#include "apps_snapshot.h"

#include <QHash>

#include <optional>

namespace kinsight::apps {

enum class CollectPid { RealParent, Parent, All };
std::optional<CollectPid> parseCollectPid(const QString &text);  // "real parent" | "parent" | "all"
QString toString(CollectPid mode);

class AppsAggregator {
public:
    explicit AppsAggregator(SessionInfo session, AppRules rules = AppRules::defaults());

    // The attribution of each module's counts (module name -> mode); others use `fallback`.
    void setCollectPid(const QHash<QString, CollectPid> &perModule, CollectPid fallback = CollectPid::All);
    void setRules(AppRules rules);
    const AppRules &rules() const { return rules_; }

    AppsSnapshotPtr push(const Frame &frame);
    AppsSnapshotPtr latest() const { return latest_; }

    // Executables remembered for processes that are gone, at most this many
    // (beyond it, new ones are summed as "other executables").
    static constexpr int kMaxExecutables = 4096;

private:
    struct Executable {
        QString comm;
        QString exe;
        bool operator==(const Executable &) const = default;
    };
    friend size_t qHash(const Executable &e, size_t seed) { return qHashMulti(seed, e.comm, e.exe); }

    struct ProcessState {
        QList<quint64> counters;  // the row's last cumulative counts
        QList<quint64> baseline;  // part of them already credited to an earlier executable
        Executable creditedTo;
    };

    CollectPid modeOf(const QString &module) const;
    Executable attributionOf(const ProcessIdentity &process, CollectPid mode) const;
    void credit(int module, const Executable &to, const QList<quint64> &from, const QList<quint64> &baseline);
    void moduleFrame(int module, const ModuleFrame &frame);
    QList<MetricColumn> buildColumns() const;
    Totals totalsFrom(const QList<QList<quint64>> &perModule) const;
    void fillRates(AppsSnapshot &now) const;

    SessionInfo session_;
    AppRules rules_;
    QHash<QString, CollectPid> collectPid_;
    CollectPid fallback_ = CollectPid::All;
    QList<MetricColumn> columns_;
    QHash<quint32, ProcessIdentity> identities_;           // last known, for live and just-exited processes
    QList<QHash<quint32, ProcessState>> processes_;       // per module: live rows
    QHash<Executable, QList<QList<quint64>>> credited_;   // per executable: per module counts credited
    AppsSnapshotPtr latest_;
};

}  // namespace kinsight::apps
