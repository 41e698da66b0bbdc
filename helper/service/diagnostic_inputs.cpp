#include "diagnostic_inputs.h"

#include "diagnostics/mounts.h"
#include "diagnostics/selinux.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <optional>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kinsight {

namespace {

const QString kAuditLog = u"/var/log/audit/audit.log"_s;

QString under(const DiagnosticInputPaths &paths, const QString &absolute)
{
    return paths.root == u"/" ? absolute : QDir(paths.root).filePath(absolute.mid(1));
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The last `maxBytes` of a regular file. O_NOFOLLOW and the type check keep a
// symlink or a FIFO planted at the fixed path from redirecting or blocking the
// helper; O_NONBLOCK keeps open() itself from waiting on a FIFO.
std::optional<QByteArray> readTail(const QString &path, qsizetype maxBytes, bool *truncated, int *error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        *error = errno;
        return std::nullopt;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        *error = EINVAL;
        ::close(fd);
        return std::nullopt;
    }
    const off_t size = st.st_size;
    const off_t start = size > maxBytes ? size - maxBytes : 0;
    *truncated = start > 0;
    QByteArray data(qsizetype(size - start), Qt::Uninitialized);
    qsizetype have = 0;
    while (have < data.size()) {
        const ssize_t n = ::pread(fd, data.data() + have, size_t(data.size() - have), start + have);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;  // the log shrank (rotation) while reading: keep what was read
        have += n;
    }
    ::close(fd);
    data.truncate(have);
    return data;
}

}  // namespace

LockdownInput readLockdown(const DiagnosticInputPaths &paths)
{
    QFile mountinfo(under(paths, u"/proc/self/mountinfo"_s));
    const QString text = mountinfo.open(QIODevice::ReadOnly) ? QString::fromUtf8(mountinfo.readAll()) : QString();
    const auto securityfs =
        diagnostics::findMount(diagnostics::parseMountinfo(text), u"securityfs", u"/sys/kernel/security");
    if (!securityfs)
        return {false, u"securityfs is not mounted, so the lockdown mode cannot be read (the fix mount-securityfs "
                       u"mounts it)"_s};
    QFile file(under(paths, securityfs->mountPoint % u"/lockdown"_s));
    if (!file.exists())
        return {false, u"securityfs is mounted at %1 but has no lockdown file: the lockdown LSM is not active"_s
                           .arg(securityfs->mountPoint)};
    if (!file.open(QIODevice::ReadOnly))
        return {false, u"Cannot read %1/lockdown: %2"_s.arg(securityfs->mountPoint, file.errorString())};
    // The file is one short line; a bound keeps a surprise from growing the reply.
    return {true, QString::fromUtf8(file.read(256)).trimmed()};
}

QStringList bpfDenialLines(const QByteArray &tail, int maxLines, int maxLineChars, int *total)
{
    QStringList kept;
    int matched = 0;
    for (const QByteArray &raw : tail.split('\n')) {
        // Cheap byte tests first: most of an audit log is not AVC denials.
        if (!raw.contains("denied") || !raw.contains("tclass="))
            continue;
        const QString line = QString::fromUtf8(raw).trimmed();
        // The same notion of "about BPF" as the Diagnostics check that reads these lines.
        if (diagnostics::parseBpfDenials({line}).isEmpty())
            continue;
        ++matched;
        kept.append(line.size() > maxLineChars ? line.left(maxLineChars - 1) + QChar(0x2026) : line);
        if (kept.size() > maxLines)
            kept.removeFirst();
    }
    if (total)
        *total = matched;
    return kept;
}

AuditInput readAuditDenials(const DiagnosticInputPaths &paths)
{
    bool truncated = false;
    int error = 0;
    const std::optional<QByteArray> tail = readTail(under(paths, kAuditLog), paths.auditTailBytes, &truncated, &error);
    if (!tail) {
        if (error == ENOENT)
            return {false, {},
                    u"There is no %1: auditd is not installed or not running (the kernel then logs AVC denials to "
                    u"its own log instead)"_s.arg(kAuditLog)};
        if (error == EINVAL || error == ELOOP)
            return {false, {}, u"%1 is not a regular file; the helper does not read it"_s.arg(kAuditLog)};
        return {false, {}, u"Cannot read %1: %2"_s.arg(kAuditLog, errnoText(error))};
    }
    QByteArray text = *tail;
    if (truncated) {
        // The first line was cut by the seek: drop it rather than match half a record.
        const qsizetype newline = text.indexOf('\n');
        text = newline < 0 ? QByteArray() : text.mid(newline + 1);
    }
    int total = 0;
    AuditInput input;
    input.known = true;
    input.lines = bpfDenialLines(text, paths.maxAuditLines, paths.maxLineChars, &total);
    const QString scope = truncated ? u"the last %1 MiB of %2"_s.arg(paths.auditTailBytes / (1024 * 1024)).arg(kAuditLog)
                                    : kAuditLog;
    if (total == 0)
        input.note = u"No BPF denials in %1"_s.arg(scope);
    else if (total > input.lines.size())
        input.note = u"%1 BPF denials in %2; the last %3 are given"_s.arg(total).arg(scope).arg(input.lines.size());
    else
        input.note = u"%1 BPF denial(s) in %2"_s.arg(total).arg(scope);
    return input;
}

}  // namespace kinsight
