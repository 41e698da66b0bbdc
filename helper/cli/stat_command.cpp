// kinsight-cli stat -- COMMAND: counts COMMAND and all its descendants from
// its exec on, waits for all of them, and prints the totals.
#include "commands.h"
#include "launched_command.h"
#include "report.h"
#include "source_options.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace kinsight::cli {

namespace {

void printHuman(QTextStream &err, const QStringList &command, int exitCode, double seconds, const SessionInfo &session,
                const Totals &totals)
{
    err << "\nkinsight: '" << command.join(QLatin1Char(' ')) << "' exited with " << exitCode << " after "
        << QString::number(seconds, 'f', 3) << " s (" << session.loadMode << " mode, kernel " << session.kernelRelease
        << ")\n";
    for (const ModuleInfo &module : session.modules) {
        QString group;
        for (const AppMetricInfo &metric : module.appMetrics) {
            if (metric.group != group) {
                group = metric.group;
                err << "\n  " << group << "\n";
            }
            if (totals.metrics.contains(metric.name))
                err << "    " << qSetFieldWidth(22) << Qt::left << metric.name << qSetFieldWidth(0) << Qt::right
                    << formatNumber(double(totals.metrics.value(metric.name))) << "\n";
            else
                err << "    " << qSetFieldWidth(22) << Qt::left << metric.name << qSetFieldWidth(0)
                    << "unavailable: " << totals.unavailable.value(metric.name) << "\n";
        }
    }
    err << "\n  attach\n";
    for (const ModuleInfo &module : session.modules) {
        if (!module.loaded) {
            err << "    " << module.name << ": not loaded: " << module.error << "\n";
            continue;
        }
        QStringList hooks;
        for (const HookAttachInfo &h : module.hooks)
            hooks << h.hook + QLatin1Char('=') + (h.chosen.isEmpty() ? QStringLiteral("-") : h.chosen);
        err << "    " << module.name << ": " << hooks.join(QStringLiteral("; ")) << "\n";
    }
    err.flush();
}

}  // namespace

int runStat(const QStringList &args, QTextStream &out, QTextStream &err, const SourceFactory &sources)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs COMMAND as the invoking user and counts its kernel activity and that of every descendant, from "
        "COMMAND's exec on, until all of them are gone."));
    parser.addHelpOption();
    addSourceOptions(parser, false);
    parser.addOption({QStringLiteral("output"), QStringLiteral("Write the report to FILE instead of stdout (JSON) or stderr."),
                      QStringLiteral("file")});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command and its arguments, after --."),
                                 QStringLiteral("-- COMMAND [ARGS...]"));
    if (!parser.parse(QStringList{QStringLiteral("kinsight-cli stat")} + args)) {
        err << "kinsight-cli stat: " << parser.errorText() << "\n";
        return kOwnError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList command = parser.positionalArguments();
    SourceRequest request;
    request.intervalSeconds = 0.1;  // only the first and last frames count; a short tick ends the wait sooner
    QString error;
    if (!readSourceOptions(parser, false, request, &error)) {
        err << "kinsight-cli stat: " << error << "\n";
        return kOwnError;
    }
    if (request.modules.isEmpty())
        request.modules = {QStringLiteral("process"), QStringLiteral("fd"), QStringLiteral("vfs")};

    auto launched = LaunchedCommand::prepare(command, &error);
    if (!launched) {
        err << "kinsight-cli stat: " << error << "\n";
        return kOwnError;
    }
    // With --cgroup the cgroup is counted while COMMAND runs (COMMAND itself only if it is inside).
    const bool cgroupMode = !request.inspectCgroup.isEmpty();
    if (!cgroupMode) {
        request.treeRoot = launched->pid();
        request.treeFromExec = true;
    }
    auto source = sources(parser.isSet(QStringLiteral("direct")));
    if (!source || !source->start(request, &error)) {
        launched->abandon();
        err << "kinsight-cli stat: " << error << "\n";
        return kOwnError;
    }
    auto first = source->nextFrame(true, &error);
    if (!first) {
        launched->abandon();
        err << "kinsight-cli stat: " << error << "\n";
        return kOwnError;
    }
    QElapsedTimer clock;
    clock.start();
    if (!launched->release(&error)) {
        err << "kinsight-cli stat: " << error << "\n";
        return kOwnError;
    }
    const int exitCode = launched->waitForAll();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;

    // The last releases reach the kernel maps one RCU grace period after the
    // last wait(): read until the tree says every count is in.
    std::optional<Frame> last;
    int group = first->trees.isEmpty() ? 1 : first->trees.firstKey();
    for (int attempt = 0; attempt < 100; ++attempt) {
        last = source->nextFrame(attempt == 0, &error);
        if (!last) {
            err << "kinsight-cli stat: the measurement ended early: " << error << "\n";
            return kOwnError;
        }
        if (last->trees.value(group).finished || (cgroupMode && cgroupSettled(*last, group)))
            break;
        QThread::msleep(20);
    }
    if (!last->trees.value(group).finished && !cgroupMode)
        err << "kinsight-cli stat: warning: " << last->trees.value(group).liveProcesses
            << " processes of the tree were still counted as alive after 2 s; totals may miss their last events\n";
    if (quint64 lost = last->trees.value(group).untrackedForks)
        err << "kinsight-cli stat: warning: " << lost
            << " processes of the tree were not tracked (pid table full); raise --pid-table-size\n";

    const SessionInfo &session = source->session();
    // A cgroup was counted from the session's start: keep what happened while COMMAND ran.
    const Totals totals = cgroupMode ? treeTotalsSince(session, *first, *last, group)
                                     : treeTotals(session, *first, *last, group);
    const bool json = parser.isSet(QStringLiteral("json"));
    QFile file;
    QTextStream fileStream;
    if (parser.isSet(QStringLiteral("output"))) {
        file.setFileName(parser.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << "kinsight-cli stat: cannot write " << file.fileName() << ": " << file.errorString() << "\n";
            return kOwnError;
        }
        fileStream.setDevice(&file);
    }
    QTextStream &jsonOut = file.isOpen() ? fileStream : out;
    QTextStream &humanOut = file.isOpen() ? fileStream : err;
    if (json) {
        const QJsonObject doc = statJson(StatRun{command, exitCode, seconds}, session, totals);
        jsonOut << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else {
        printHuman(humanOut, command, exitCode, seconds, session, totals);
    }
    return exitCode;
}

}  // namespace kinsight::cli
