// Where `kinsight-cli diagnose` gets what only root can read, so that its
// report equals the Diagnostics page's "Copy report":
//   as root: the helper's own reading code in-process (lockdown, the BPF
//     denials of the audit log) and the engine's attach probe;
//   otherwise: kinsight-helper's DiagnosticInputs and Capabilities calls
//     through the same client the page uses (polkit org.kinsight.monitor).
// What cannot be had is left out (those checks stay "needs the helper") and
// said once on `err`.
#pragma once

#include "diagnostics/helper_answers.h"

#include <QTextStream>

namespace kinsight {
class DiagnosticsClient;
}

namespace kinsight::cli {

diagnostics::HelperAnswers gatherDiagnosticAnswers(QTextStream &err);

// The non-root path over a given client (the tests pass the page tests' fake helper).
diagnostics::HelperAnswers askHelperForDiagnostics(DiagnosticsClient &client, QTextStream &err);

}  // namespace kinsight::cli
