#include "launched_command.h"

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace kinsight::cli {

namespace {

// The user who asked for the run when Kinsight was started through sudo or pkexec.
struct InvokingUser {
    bool drop = false;
    uid_t uid = 0;
    gid_t gid = 0;
    std::string name, home;
};

InvokingUser invokingUser()
{
    InvokingUser u;
    if (geteuid() != 0)
        return u;
    const char *uidText = getenv("SUDO_UID");
    if (!uidText)
        uidText = getenv("PKEXEC_UID");
    if (!uidText)
        return u;
    const uid_t uid = uid_t(strtoul(uidText, nullptr, 10));
    if (uid == 0)
        return u;
    if (const passwd *pw = getpwuid(uid)) {
        u = {true, uid, pw->pw_gid, pw->pw_name, pw->pw_dir};
    }
    return u;
}

}  // namespace

std::unique_ptr<LaunchedCommand> LaunchedCommand::prepare(const QStringList &command, QString *error)
{
    if (command.isEmpty()) {
        *error = QStringLiteral("no command given: put it after --, e.g. kinsight-cli stat -- make");
        return nullptr;
    }
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    const InvokingUser user = invokingUser();
    std::vector<std::string> args;
    for (const QString &a : command)
        args.push_back(a.toStdString());
    std::vector<char *> argv;
    for (auto &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    int go[2], status[2];
    if (pipe2(go, O_CLOEXEC) != 0 || pipe2(status, O_CLOEXEC) != 0) {
        *error = QStringLiteral("cannot create pipes: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return nullptr;
    }
    const pid_t pid = fork();
    if (pid < 0) {
        *error = QStringLiteral("cannot fork: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return nullptr;
    }
    if (pid == 0) {
        // Child: only async-signal-safe calls from here on.
        close(go[1]);
        close(status[0]);
        char byte;
        if (read(go[0], &byte, 1) != 1)
            _exit(125);
        int err = 0;
        if (user.drop) {
            if (initgroups(user.name.c_str(), user.gid) != 0 || setgid(user.gid) != 0 || setuid(user.uid) != 0)
                err = errno ? errno : EPERM;
            else {
                setenv("HOME", user.home.c_str(), 1);
                setenv("USER", user.name.c_str(), 1);
                setenv("LOGNAME", user.name.c_str(), 1);
            }
        }
        if (!err) {
            signal(SIGINT, SIG_DFL);
            signal(SIGQUIT, SIG_DFL);
            execvp(argv[0], argv.data());
            err = errno;
        }
        if (write(status[1], &err, sizeof err) < 0) {
        }
        _exit(127);
    }
    close(go[0]);
    close(status[1]);
    auto launched = std::unique_ptr<LaunchedCommand>(new LaunchedCommand);
    launched->pid_ = pid;
    launched->goFd_ = go[1];
    launched->statusFd_ = status[0];
    launched->program_ = command.first();
    return launched;
}

LaunchedCommand::~LaunchedCommand()
{
    if (goFd_ >= 0)
        close(goFd_);
    if (statusFd_ >= 0)
        close(statusFd_);
}

bool LaunchedCommand::release(QString *error)
{
    // Like time(1): the terminal's ^C goes to the command, Kinsight stays to report.
    signal(SIGINT, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
    if (write(goFd_, "g", 1) != 1) {
        *error = QStringLiteral("cannot start the command: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    close(goFd_);
    goFd_ = -1;
    int childErrno = 0;
    ssize_t n;
    do
        n = read(statusFd_, &childErrno, sizeof childErrno);
    while (n < 0 && errno == EINTR);
    close(statusFd_);
    statusFd_ = -1;
    if (n == 0)
        return true;  // the pipe closed on exec
    waitpid(pid_, nullptr, 0);
    *error = QStringLiteral("cannot run '%1': %2%3")
                 .arg(program_, QString::fromLocal8Bit(strerror(childErrno)),
                      childErrno == ENOENT ? QStringLiteral(" (is it installed and in PATH?)") : QString());
    return false;
}

int LaunchedCommand::waitForAll()
{
    int code = 0;
    for (;;) {
        int status = 0;
        const pid_t p = waitpid(-1, &status, 0);
        if (p < 0) {
            if (errno == EINTR)
                continue;
            break;  // ECHILD: nothing left
        }
        if (p == pid_)
            code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    signal(SIGINT, SIG_DFL);
    signal(SIGQUIT, SIG_DFL);
    return code;
}

void LaunchedCommand::abandon()
{
    if (pid_ > 0) {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }
}

}  // namespace kinsight::cli
