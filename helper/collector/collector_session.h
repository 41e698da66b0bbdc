// A running measurement: the engine with its modules loaded, optionally one
// inspected process tree, producing a Frame every interval. The helper serves
// these to clients; `kinsight-cli --direct` runs one in-process.
#pragma once

#include "connection_view.h"
#include "engine.h"
#include "frame_producer.h"
#include "process_identities.h"

#include <QTimer>

#include <memory>
#include <optional>

namespace kinsight {

struct CollectorOptions {
    engine::EngineOptions engine;
    double intervalSeconds = 1.0;
    std::optional<pid_t> treeRoot;  // inspect this process tree
    bool treeFromExec = false;      // ...counting from the root's exec on
    // Inspect this cgroup and its descendants instead (Engine::inspectCgroup's name,
    // in engine.inspectHierarchy); exclusive with treeRoot.
    std::optional<std::string> inspectCgroup;

    // network.conf's [network connections] and [service name]: which rows of the
    // socket module's "connections" table frames carry, and how they are named
    // (the kernel table itself is unchanged). See connection_view.h.
    using ConnectionRules = kinsight::ConnectionRules;
    ConnectionRules connections;
    // What the session runs with and where each value comes from (SessionInfo::settings).
    QList<SessionSetting> settings;
    QStringList settingsNotes;

    static constexpr double kMinInterval = 0.1;
    static constexpr double kMaxInterval = 3600;
};

// True when two option sets measure the same way (the settings' origins may
// differ): a running session needs no restart to go from one to the other.
bool sameCollection(const CollectorOptions &a, const CollectorOptions &b);

class CollectorSession : public FrameProducer {
    Q_OBJECT
public:
    // `subjectRefused` (when given) says that the engine ran but the tree or
    // cgroup to inspect was refused (gone, not there, not a cgroup name).
    static std::unique_ptr<CollectorSession> start(const CollectorOptions &options, QString *error,
                                                   bool *subjectRefused = nullptr);
    ~CollectorSession() override;

    const SessionInfo &info() const override { return info_; }
    std::optional<int> treeGroup() const { return treeGroup_; }
    engine::Engine &engine() { return *engine_; }

    // Reads every map now (the timer does this each interval).
    Frame sample();
    void startTimer() override;
    void stopTimer() override;

    // Frames carry what measuring costs (BPF statistics are on while any session asks).
    void setCostReporting(bool enabled) override;
    bool costReporting() const { return costReporting_; }

private:
    CollectorSession() = default;

    std::unique_ptr<engine::Engine> engine_;
    std::unique_ptr<ConnectionView> connections_;
    std::unique_ptr<ProcessIdentities> identities_;  // per-process sessions only
    SessionInfo info_;
    std::optional<int> treeGroup_;
    bool cgroupGroup_ = false;  // treeGroup_ is an inspected cgroup's
    quint64 sequence_ = 0;
    QTimer timer_;
    bool costReporting_ = false;
    CollectorCost sampleCost(const engine::Snapshot &snapshot) const;
};

}  // namespace kinsight
