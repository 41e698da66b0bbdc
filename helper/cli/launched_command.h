// Runs the command of `kinsight-cli stat`: forked at once, held before exec
// until measuring has started, then exec'd as the invoking user. Kinsight
// becomes a child subreaper so that descendants that outlive their parents
// are still waited for.
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

#include <sys/types.h>

namespace kinsight::cli {

class LaunchedCommand {
public:
    static std::unique_ptr<LaunchedCommand> prepare(const QStringList &command, QString *error);
    ~LaunchedCommand();

    pid_t pid() const { return pid_; }
    // Lets the command exec; false (with the reason) when the exec failed.
    bool release(QString *error);
    // Reaps the command and every orphaned descendant; the command's exit code
    // (128 + signal when killed).
    int waitForAll();
    // Stops a command that was never released.
    void abandon();

private:
    pid_t pid_ = -1;
    int goFd_ = -1;      // write end: one byte lets the child exec
    int statusFd_ = -1;  // read end: EOF = exec succeeded, else the child's errno
    QString program_;
};

}  // namespace kinsight::cli
