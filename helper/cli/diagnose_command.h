// `kinsight-cli diagnose [--json | --markdown | --kernel-config]`.
//   (no option)      the checks as text for a terminal
//   --json           {"blocksMonitoring": …, "checks": [{"id", "status", "summary", "fix", …}]}
//   --markdown       the report the GUI's "Copy report" gives (the same checks, assembled by
//                    diagnostics/helper_answers.h from the same helper answers)
//   --kernel-config  like Netdata's check-kernel-config script: silent and 0 when every option it
//                    requires is =y, else one " Missing Kernel Config: X" line per option and 1
// Exit status: 0 when nothing blocks monitoring, 1 when a check is an error, 2 for bad usage.
#pragma once

#include "diagnostics/helper_answers.h"
#include "diagnostics/system_snapshot.h"

#include <QStringList>
#include <QTextStream>

#include <functional>

// `args` are the words after "diagnose". `helper` gives what only root can read (the
// helper's inputs and live attach matrix; see diagnose_helper.h) and is asked only when
// the checks need it; what it leaves out stays "needs the helper".
int runDiagnoseCommand(const QStringList &args, QTextStream &out, QTextStream &err,
                       const std::function<kinsight::diagnostics::HelperAnswers()> &helper);

// The same over a given snapshot and helper answers instead of this machine (tests,
// saved snapshots).
int runDiagnoseCommandOnSnapshot(const QStringList &args, QTextStream &out, QTextStream &err,
                                 const kinsight::diagnostics::SystemSnapshot &snapshot,
                                 const kinsight::diagnostics::HelperAnswers &answers = {});
