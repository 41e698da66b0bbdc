// What kinsight-helper adds to the unprivileged snapshot, and the checks over
// both. The Diagnostics page and `kinsight-cli diagnose` both go through here,
// so "Copy report" and `diagnose --json/--markdown` say the same things about
// the same machine: the helper's inputs (lockdown mode, BPF denials from the
// audit log) and its live attach matrix are merged the same way, and the
// checks the helper settles carry the same notes.
#pragma once

#include "check.h"
#include "system_snapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kinsight::diagnostics {

// The DiagnosticInputs reply (helper/service/diagnostic_inputs.h).
struct HelperInputs {
    std::optional<QString> lockdown;        // /sys/kernel/security/lockdown when it could be read
    QString lockdownNote;                   // why not, otherwise
    std::optional<QStringList> auditLines;  // the BPF denials when the audit log could be read
    QString auditNote;                      // what was read, or why nothing could be
};

// The Capabilities reply: the live attach matrix of one load mode.
struct HelperAttach {
    bool btf = false;  // without BTF the helper loads nothing and the matrix is empty
    QString btfError;
    AttachMatrix matrix;
};

struct HelperAnswers {
    std::optional<HelperInputs> inputs;
    std::optional<HelperAttach> attach;
    // Who read the inputs, as the notes name it: the helper over D-Bus, or the
    // same code in-process when kinsight-cli runs as root.
    QString reader = QStringLiteral("kinsight-helper");
};

// The snapshot the checks run on: the helper's bounded, BPF-filtered audit
// lines replace whatever this process read itself; its lockdown reading fills
// in one this process could not make; its matrix (when it had BTF) is the
// attach matrix.
SystemSnapshot withHelperAnswers(const SystemSnapshot &base, const HelperAnswers &answers);

// runChecks() over withHelperAnswers(), with the helper's notes on the checks
// it settled or could not settle.
QList<Check> runChecks(const SystemSnapshot &base, const HelperAnswers &answers);

}  // namespace kinsight::diagnostics
