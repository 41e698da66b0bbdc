#include "diagnose_helper.h"

#include "capabilities_source.h"
#include "diagnostic_inputs.h"
#include "diagnostics_client.h"

#include <QEventLoop>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kinsight::cli {

namespace {

diagnostics::HelperAttach attachFrom(const Capabilities &caps)
{
    return {caps.btf, caps.btfError, diagnostics::attachMatrixFromNames(caps.modules)};
}

diagnostics::HelperAnswers readHere()
{
    diagnostics::HelperAnswers answers;
    answers.reader = u"kinsight-cli (as root)"_s;
    const LockdownInput lockdown = readLockdown();
    const AuditInput audit = readAuditDenials();
    diagnostics::HelperInputs inputs;
    if (lockdown.known)
        inputs.lockdown = lockdown.text;
    else
        inputs.lockdownNote = lockdown.text;
    if (audit.known)
        inputs.auditLines = audit.lines;
    inputs.auditNote = audit.note;
    answers.inputs = inputs;
    answers.attach = attachFrom(probeHere(false));
    return answers;
}

}  // namespace

// The page's client, waited for: the same call, the same reply decoding.
diagnostics::HelperAnswers askHelperForDiagnostics(DiagnosticsClient &client, QTextStream &err)
{
    diagnostics::HelperAnswers answers;
    QEventLoop loop;
    std::optional<PrivilegedDiagnostics> inputs;
    std::optional<HelperCapabilities> capabilities;
    QObject::connect(&client, &DiagnosticsClient::inputsFinished, &loop, [&](const PrivilegedDiagnostics &result) {
        inputs = result;
        loop.quit();
    });
    QObject::connect(&client, &DiagnosticsClient::capabilitiesFinished, &loop,
                     [&](const HelperCapabilities &result) {
                         capabilities = result;
                         loop.quit();
                     });
    const QString action = diagnostics::monitorPolkitAction.toString();
    // Interactive: a polkit agent in this terminal (pkttyagent) may ask for a password.
    client.requestInputs(true);
    loop.exec();
    if (inputs->error.failed()) {
        err << "kinsight-cli diagnose: " << DiagnosticsClient::explain(inputs->error, action)
            << "\nkinsight-cli diagnose: the checks that need the helper stay unknown\n";
        err.flush();
        return answers;
    }
    answers.inputs = diagnostics::HelperInputs{inputs->lockdown, inputs->lockdownNote, inputs->auditLines,
                                               inputs->auditNote};
    client.requestCapabilities(u"entry"_s, true);
    loop.exec();
    if (capabilities->error.failed()) {
        err << "kinsight-cli diagnose: " << DiagnosticsClient::explain(capabilities->error, action)
            << "\nkinsight-cli diagnose: the attach matrix stays unknown\n";
        err.flush();
        return answers;
    }
    answers.attach = diagnostics::HelperAttach{capabilities->btf, capabilities->btfError,
                                               diagnostics::attachMatrixFromNames(capabilities->modules)};
    return answers;
}

diagnostics::HelperAnswers gatherDiagnosticAnswers(QTextStream &err)
{
    if (::geteuid() == 0)
        return readHere();
    DiagnosticsClient client;
    return askHelperForDiagnostics(client, err);
}

}  // namespace kinsight::cli
