// The Applications page's data: follows the session the main window shows
// (its SessionController's source), turns each frame into an AppsSnapshot with
// the user's grouping rules and `collect pid` mode, and keeps the rows' recent
// activity for sparklines. Snapshots are immutable; views take the newest.
#pragma once

#include "activity_history.h"
#include "apps_aggregator.h"

#include <QObject>
#include <QPointer>

#include "time_axis.h"

#include <deque>
#include <memory>
#include <optional>

namespace kinsight {
class StreamSource;
}

namespace kinsight::gui {
class SessionController;
}

namespace kinsight::apps::ui {

class AppsController : public QObject {
    Q_OBJECT
public:
    // Follows `session`'s source from now on (and each source it follows later).
    // Rules come from RulesStore unless setRulesText() says otherwise.
    explicit AppsController(gui::SessionController *session, QObject *parent = nullptr);
    // Without a SessionController: feed it with setSession() and addFrame() (tests, Launch and inspect).
    explicit AppsController(QObject *parent = nullptr);

    void setSession(const SessionInfo &session);
    void addFrame(const Frame &frame);

    const SessionInfo &session() const { return session_; }
    bool hasSession() const { return aggregator_ != nullptr; }
    // Per-process counters in this session (the session's "apps" setting).
    bool isPerProcess() const;
    // Per-cgroup counters in this session (its "cgroups" setting).
    bool hasCgroups() const;

    AppsSnapshotPtr latest() const { return latest_; }
    // The last snapshots, oldest first (at most kRecent, a minute at the default interval): a dashboard opened now
    // draws the recent past too, and a finished recording still has something to show.
    static constexpr int kRecent = 60;
    QList<AppsSnapshotPtr> recent() const { return QList<AppsSnapshotPtr>(recent_.cbegin(), recent_.cend()); }
    // The main window's time labels (clock times live), when following a SessionController.
    std::optional<gui::TimeLabeler> timeLabeler() const;
    const ActivityHistory &activity() const { return activity_; }

    // Grouping rules, applied at once to everything counted so far.
    const AppRules &rules() const { return rules_; }
    QString rulesText() const { return rulesText_; }
    void setRulesText(const QString &text);

    // `collect pid`: from the session's settings until the user chooses.
    CollectPid collectPid() const { return collectPid_; }
    void setCollectPid(CollectPid mode);
    // What the session says ("real parent", with where it comes from); empty when it does not say.
    QString collectPidOrigin() const { return collectPidOrigin_; }

signals:
    void sessionChanged();
    void snapshotChanged();
    void rulesChanged();
    void collectPidChanged();

private:
    void follow(StreamSource *source);
    void restart();
    void readCollectPid();
    void regroupNow();

    QPointer<gui::SessionController> controller_;
    QPointer<StreamSource> source_;
    SessionInfo session_;
    std::unique_ptr<AppsAggregator> aggregator_;
    AppsSnapshotPtr latest_;
    std::optional<Frame> lastFrame_;
    std::deque<AppsSnapshotPtr> recent_;
    ActivityHistory activity_;
    AppRules rules_;
    QString rulesText_;
    CollectPid collectPid_ = CollectPid::All;
    bool collectPidChosen_ = false;
    QString collectPidOrigin_;
};

}  // namespace kinsight::apps::ui
