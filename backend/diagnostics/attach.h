// The live attach matrix: every module × attach family that the helper
// actually loaded and attached, with the reason for each failure.
#pragma once

#include "check.h"
#include "system_snapshot.h"

#include <QStringList>

namespace kinsight::diagnostics {

// Kinsight's collectors, in Netdata's module order.
const QStringList &kinsightModules();

QString attachFamilyDescription(AttachFamily family);  // "trampoline (fentry/fexit)"

// "attach" (unknown, needs the helper) without a matrix; otherwise one
// "attach:<module>:<family>" per reported pair and "attach:<module>" for modules not reported.
QList<Check> attachChecks(const std::optional<AttachMatrix> &matrix);

}  // namespace kinsight::diagnostics
