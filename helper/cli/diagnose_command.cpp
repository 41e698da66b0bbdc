#include "diagnose_command.h"

#include "diagnostics/diagnostics.h"
#include "diagnostics/helper_answers.h"
#include "diagnostics/kernel_config.h"
#include "diagnostics/kernel_version.h"
#include "diagnostics/live_snapshot.h"
#include "diagnostics/report.h"

using namespace Qt::StringLiterals;
using namespace kinsight::diagnostics;

namespace {

enum class Output { Text, Json, Markdown, KernelConfig };

constexpr int exitNothingBlocks = 0;
constexpr int exitBlocked = 1;
constexpr int exitUsage = 2;

const QString usage = u"usage: kinsight-cli diagnose [--json | --markdown | --kernel-config]\n"
                      u"  --json           checks as JSON:\n"
                      u"                   {\"checks\": [{\"id\", \"status\", \"summary\", \"fix\", …}]}\n"
                      u"  --markdown       the Markdown report (what \"Copy report\" gives)\n"
                      u"  --kernel-config  Netdata's check-kernel-config: silent and 0 when KPROBES,\n"
                      u"                   KPROBES_ON_FTRACE, HAVE_KPROBES, BPF, BPF_SYSCALL, BPF_JIT and\n"
                      u"                   DYNAMIC_FTRACE are =y,\n"
                      u"                   else one line per missing option and 1\n"
                      u"exit status: 0 nothing blocks monitoring, 1 something does, 2 bad usage\n"_s;

std::optional<Output> parseOutput(const QStringList &args, QTextStream &err, bool *help)
{
    *help = false;
    std::optional<Output> output;
    for (const QString &arg : args) {
        std::optional<Output> chosen;
        if (arg == u"--json")
            chosen = Output::Json;
        else if (arg == u"--markdown")
            chosen = Output::Markdown;
        else if (arg == u"--kernel-config")
            chosen = Output::KernelConfig;
        else if (arg == u"--help" || arg == u"-h")
            *help = true;
        else {
            err << "kinsight-cli diagnose: unknown option " << arg << '\n' << usage;
            return std::nullopt;
        }
        if (chosen) {
            if (output && *output != *chosen) {
                err << "kinsight-cli diagnose: choose one of --json, --markdown, --kernel-config\n" << usage;
                return std::nullopt;
            }
            output = chosen;
        }
    }
    return output.value_or(Output::Text);
}

// Netdata's script: a warning for old kernels, then the first config found, then "=y" checks.
// It passes silently when there is no config to read; so does this.
int checkKernelConfigLikeNetdata(const SystemSnapshot &snapshot, QTextStream &err)
{
    const std::optional<KernelVersion> version = parseKernelRelease(snapshot.kernelRelease);
    if (version && *version < KernelVersion{4, 14, 0})
        err << "Your kernel (" << snapshot.kernelRelease
            << ") is older than 4.14; eBPF monitoring may still work in some cases, but probably won't.\n";
    if (!snapshot.kernelConfig)
        return 0;
    const QStringList missing = netdataMissingOptions(KernelConfig::parse(snapshot.kernelConfig->text));
    for (const QString &option : missing)
        err << " Missing Kernel Config: " << option << '\n';
    return missing.isEmpty() ? 0 : 1;
}

int run(Output output, QTextStream &out, QTextStream &err, const SystemSnapshot &snapshot,
        const HelperAnswers &answers)
{
    if (output == Output::KernelConfig) {
        const int status = checkKernelConfigLikeNetdata(snapshot, err);
        err.flush();
        return status;
    }
    const QList<Check> checks = runChecks(snapshot, answers);
    switch (output) {
    case Output::Json:
        out << QString::fromUtf8(toJson(checks).toJson(QJsonDocument::Indented));
        break;
    case Output::Markdown:
        out << toMarkdown(checks);
        break;
    case Output::Text:
    case Output::KernelConfig:
        out << toPlainText(checks);
        break;
    }
    out.flush();
    return anyBlocksMonitoring(checks) ? exitBlocked : exitNothingBlocks;
}

}  // namespace

int runDiagnoseCommandOnSnapshot(const QStringList &args, QTextStream &out, QTextStream &err,
                                 const SystemSnapshot &snapshot, const HelperAnswers &answers)
{
    bool help = false;
    const std::optional<Output> output = parseOutput(args, err, &help);
    if (!output)
        return exitUsage;
    if (help) {
        out << usage;
        return exitNothingBlocks;
    }
    return run(*output, out, err, snapshot, answers);
}

int runDiagnoseCommand(const QStringList &args, QTextStream &out, QTextStream &err,
                       const std::function<HelperAnswers()> &helper)
{
    bool help = false;
    const std::optional<Output> output = parseOutput(args, err, &help);
    if (!output)
        return exitUsage;
    if (help) {
        out << usage;
        return exitNothingBlocks;
    }
    const SystemSnapshot snapshot = gatherLiveSnapshot();
    // --kernel-config reads one file, like Netdata's script: no helper, no BPF.
    const HelperAnswers answers = *output != Output::KernelConfig && helper ? helper() : HelperAnswers{};
    return run(*output, out, err, snapshot, answers);
}
