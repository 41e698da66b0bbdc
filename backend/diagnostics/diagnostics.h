// The whole diagnostics run: every check over one system snapshot, in the
// order the Diagnostics page and the reports show them.
#pragma once

#include "check.h"
#include "system_snapshot.h"

namespace kinsight::diagnostics {

QList<Check> runChecks(const SystemSnapshot &snapshot);

}  // namespace kinsight::diagnostics
