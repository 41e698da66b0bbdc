// Who the processes of a frame are: read from /proc (as root: the executable
// of every user's process) the first time a process shows up, kept while it
// lives, and taken from its final record when it was gone before it could be
// read. Frames of per-process sessions carry one identity per process with a
// row or a final record, plus the parents of those (for `collect pid`).
#pragma once

#include "engine.h"
#include "frame.h"

#include <QHash>
#include <QString>

#include <optional>

namespace kinsight {

class ProcessIdentities {
public:
    // `procRoot` is "/proc" but for tests; `cgroupController` picks the line of
    // /proc/<pid>/cgroup: empty = the unified hierarchy ("0::"), else a v1 controller.
    explicit ProcessIdentities(QString procRoot = QStringLiteral("/proc"), QString cgroupController = {});

    void fill(const engine::Snapshot &snapshot, Frame &frame);

    // Reads one process; nullopt when it is gone.
    std::optional<ProcessIdentity> read(quint32 tgid) const;

private:
    std::optional<ProcessIdentity> lookup(quint32 tgid, quint64 activity);

    struct Known {
        ProcessIdentity identity;
        quint64 activity = 0;  // sum of its counters when last checked
    };
    QString proc_;
    QString controller_;
    QHash<quint32, Known> known_;
};

}  // namespace kinsight
