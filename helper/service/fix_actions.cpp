#include "fix_actions.h"

#include "diagnostics/mounts.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <optional>
#include <sys/mount.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace kinsight {

namespace {

// The same flags systemd gives these pseudo file systems: nothing on them is
// meant to be executed or to carry device nodes or set-id bits.
constexpr unsigned long kMountFlags = MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RELATIME;

const FixDefinition kFixes[] = {
    {u"mount-tracefs", "tracefs", "/sys/kernel/tracing"},
    {u"mount-debugfs", "debugfs", "/sys/kernel/debug"},
    {u"mount-securityfs", "securityfs", "/sys/kernel/security"},
};

QString mountFailure(const FixDefinition &fix, int error)
{
    const QString type = QString::fromLatin1(fix.fsType);
    const QString point = QString::fromLatin1(fix.mountPoint);
    switch (error) {
    case ENODEV:
        return u"Cannot mount %1: this kernel has no %1 support (ENODEV)"_s.arg(type);
    case ENOENT:
        return u"Cannot mount %1: the mount point %2 does not exist (ENOENT)"_s.arg(type, point);
    case EPERM:
    case EACCES:
        return u"Cannot mount %1 at %2: the kernel refused (%3); the helper may be confined (a container, or a "
               u"service manager that took CAP_SYS_ADMIN away)"_s
            .arg(type, point, QString::fromLocal8Bit(std::strerror(error)));
    default:
        return u"Cannot mount %1 at %2: %3"_s.arg(type, point, QString::fromLocal8Bit(std::strerror(error)));
    }
}

}  // namespace

QStringList fixIds()
{
    QStringList ids;
    for (const FixDefinition &fix : kFixes)
        ids.append(fix.id.toString());
    return ids;
}

const FixDefinition *findFix(QStringView id)
{
    for (const FixDefinition &fix : kFixes)
        if (fix.id == id)
            return &fix;
    return nullptr;
}

MountSystem realMountSystem()
{
    MountSystem system;
    system.mountinfo = [] {
        QFile file(u"/proc/self/mountinfo"_s);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    system.isDirectory = [](const char *path) {
        struct stat st {};
        return ::lstat(path, &st) == 0 && S_ISDIR(st.st_mode);
    };
    system.mount = [](const FixDefinition &fix) {
        return ::mount(fix.fsType, fix.mountPoint, fix.fsType, kMountFlags, nullptr) == 0 ? 0 : errno;
    };
    return system;
}

FixResult applyFix(const FixDefinition &fix, const MountSystem &system)
{
    using diagnostics::MountEntry;
    const QString type = QString::fromLatin1(fix.fsType);
    const QString point = QString::fromLatin1(fix.mountPoint);

    // The last mount at a point is the visible one; earlier ones are hidden under it.
    auto visibleAt = [&](const QList<MountEntry> &mounts) -> std::optional<MountEntry> {
        std::optional<MountEntry> top;
        for (const MountEntry &entry : mounts)
            if (entry.mountPoint == point)
                top = entry;
        return top;
    };

    const std::optional<MountEntry> present = visibleAt(diagnostics::parseMountinfo(system.mountinfo()));
    if (present && present->fsType == type)
        return {true, false, u"%1 was already mounted at %2; nothing to do"_s.arg(type, point)};
    if (present)
        return {false, false,
                u"%1 is already a mount point (of %2), not %3; the helper does not mount over it"_s
                    .arg(point, present->fsType, type)};
    if (!system.isDirectory(fix.mountPoint))
        return {false, false,
                u"Cannot mount %1: %2 does not exist, so this kernel was built without it"_s.arg(type, point)};

    if (const int error = system.mount(fix); error != 0)
        return {false, false, mountFailure(fix, error)};

    // Say what is true now, not what mount(2) promised.
    const std::optional<MountEntry> after = visibleAt(diagnostics::parseMountinfo(system.mountinfo()));
    if (!after || after->fsType != type)
        return {false, true, u"mount(2) of %1 at %2 succeeded, but it does not show in /proc/self/mountinfo"_s
                                 .arg(type, point)};
    return {true, true, u"Mounted %1 at %2 (%3)"_s.arg(type, point, after->options)};
}

}  // namespace kinsight
