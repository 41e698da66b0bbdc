// `kinsight-cli diagnose [--json | --markdown | --kernel-config]`.
//   (no option)      the checks as text for a terminal
//   --json           {"blocksMonitoring": …, "checks": [{"id", "status", "summary", "fix", …}]}
//   --markdown       the report the GUI's "Copy report" gives
//   --kernel-config  like Netdata's check-kernel-config script: silent and 0 when every option it
//                    requires is =y, else one " Missing Kernel Config: X" line per option and 1
// Exit status: 0 when nothing blocks monitoring, 1 when a check is an error, 2 for bad usage.
#pragma once

#include "diagnostics/system_snapshot.h"

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

// `args` are the words after "diagnose". `attachMatrix` is asked only when the checks need it
// (the helper's capabilities call, or the engine in-process as root); it may be empty.
int runDiagnoseCommand(const QStringList &args, QTextStream &out, QTextStream &err,
                       const std::function<std::optional<kinsight::diagnostics::AttachMatrix>()> &attachMatrix);

// The same over a given snapshot instead of this machine (tests, saved snapshots).
int runDiagnoseCommandOnSnapshot(const QStringList &args, QTextStream &out, QTextStream &err,
                                 const kinsight::diagnostics::SystemSnapshot &snapshot);
