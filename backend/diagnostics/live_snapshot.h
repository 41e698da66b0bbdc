// Gathers a SystemSnapshot from the machine this runs on, reading only files
// the current user may read. What needs root (the audit log, lockdown while
// securityfs is unmounted, the attach matrix) stays absent unless this process
// can read it itself; the helper supplies it otherwise.
#pragma once

#include "system_snapshot.h"

namespace kinsight::diagnostics {

struct LivePaths {
    QString root = QStringLiteral("/");  // prefix for every path below: tests point it at a fake tree
    // Audit log lines kept: only the end of the file is read.
    qsizetype auditTailBytes = 4 * 1024 * 1024;
};

SystemSnapshot gatherLiveSnapshot(const LivePaths &paths = {});

}  // namespace kinsight::diagnostics
