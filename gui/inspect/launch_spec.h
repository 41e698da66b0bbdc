// What "Launch and inspect…" runs and how it measures it: the command, its
// arguments, working directory and environment edits, and the session's
// modules, load mode and interval. Remembered between uses (QSettings), and
// convertible to the `kinsight-cli stat` line that measures the same way.
#pragma once

#include "stream_source.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace kinsight::inspect {

struct EnvironmentEdit {
    QString name;
    QString value;
    bool unset = false;  // remove the variable instead of setting it

    bool operator==(const EnvironmentEdit &) const = default;
};

// Splits an argument line into words as a POSIX shell would, without any
// expansion; nothing when a quote is not closed.
std::optional<QStringList> splitArguments(const QString &line);

struct LaunchSpec {
    QString program;
    QString arguments;         // one line, quoted like a shell (splitArguments)
    QString workingDirectory;  // empty: the GUI's current directory
    QList<EnvironmentEdit> environment;
    QStringList modules = {QStringLiteral("process"), QStringLiteral("fd"), QStringLiteral("vfs")};
    QString loadMode = QStringLiteral("return");
    double intervalSeconds = 1.0;

    bool operator==(const LaunchSpec &) const = default;

    QStringList argumentList() const;
    QStringList command() const { return QStringList{program} + argumentList(); }
    QProcessEnvironment processEnvironment(const QProcessEnvironment &base) const;
    SessionRequest sessionRequest() const;
    // The command as a shell would need it typed.
    QString displayCommand() const;
    // The same measurement from a terminal.
    QString cliEquivalent() const;

    // The remembered spec (defaults the first time).
    static LaunchSpec load();
    void save() const;
};

// Checks what can be checked before anything starts: the program is found and
// executable, the working directory exists, the variable names are valid.
// Returns the problem in words with what to do; empty when fine.
class LaunchCheck {
    Q_DECLARE_TR_FUNCTIONS(LaunchCheck)
public:
    static QString problem(const LaunchSpec &spec);
    // Where the program is found (absolute path), or empty.
    static QString resolveProgram(const LaunchSpec &spec);
};

}  // namespace kinsight::inspect
