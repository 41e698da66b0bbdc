// Where the CLI's samples come from: the engine in this process (--direct, as
// root) or kinsight-helper over D-Bus. Both yield the same SessionInfo and
// Frames, so every command prints the same whichever path is used.
#pragma once

#include "frame.h"
#include "session_info.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include <sys/types.h>

namespace kinsight::cli {

struct SourceRequest {
    QStringList modules;            // empty = the default set
    QString loadMode = QStringLiteral("entry");
    QString attach = QStringLiteral("auto");
    double intervalSeconds = 1.0;
    quint32 pidTableSize = 32768;
    std::optional<pid_t> treeRoot;  // inspect this process tree
    bool treeFromExec = false;
    bool perProcess = false;
    QString cgroups = QStringLiteral("off");
    // Per-process counting only for this cgroup and its descendants (a name the
    // engine resolves in `cgroupHierarchy`: v2 or v1:<controller>); empty = off.
    QString inspectCgroup;
    QString cgroupHierarchy = QStringLiteral("v2");
};

class MeasurementSource {
public:
    virtual ~MeasurementSource() = default;
    // Starts measuring; on failure `error` says what failed and what to do.
    virtual bool start(const SourceRequest &request, QString *error) = 0;
    virtual const SessionInfo &session() const = 0;
    // The next frame: waits for the next interval tick (or `now` = sample at once
    // where the source can). nullopt with `error` set when the stream ended.
    virtual std::optional<Frame> nextFrame(bool now, QString *error) = 0;
    // Frames also carry what measuring costs (BPF statistics on while asked).
    virtual void setCostReporting(bool enabled) = 0;
};

std::unique_ptr<MeasurementSource> makeDirectSource();
std::unique_ptr<MeasurementSource> makeHelperSource();

// Common option parsing for --modules/--attach/--load-mode/--interval.
bool validateRequest(const SourceRequest &request, QString *error);

}  // namespace kinsight::cli
