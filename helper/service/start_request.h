// Validation of StartSession's arguments: enums against their allow-lists,
// numbers against their bounds. Nothing a client sends reaches libbpf, a
// shell or the file system unchecked.
#pragma once

#include "collector_session.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace kinsight {

struct StartArguments {
    QStringList modules;
    QString loadMode;
    QString attach;
    double interval = 1;
    quint32 pidTableSize = 32768;
    qint32 treePid = 0;
    bool treeFromExec = false;
    bool perProcess = false;
    QString cgroups = QStringLiteral("off");
    // Per-process counting only for this cgroup and its descendants: a name the
    // engine resolves itself below the hierarchy's mount (never a path used as
    // given); "" = none. The hierarchy is v2 ("" too) or v1:<controller>.
    QString inspectCgroup = {};
    QString inspectHierarchy = {};
};

inline constexpr int kMaxCgroupNameLength = 1024;

inline constexpr int kMaxModulesPerSession = 32;
inline constexpr quint32 kMinPidTableSize = 64;
inline constexpr quint32 kMaxPidTableSize = 4u << 20;

// nullopt with `error` (for InvalidArgs) when an argument is out of bounds.
std::optional<CollectorOptions> validateStart(const StartArguments &args, QString *error);

}  // namespace kinsight
