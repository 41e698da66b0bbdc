// The fixes kinsight-helper carries out for the Diagnostics page (polkit
// action org.kinsight.fix). A client names a fix by its id and nothing else:
// the file system type, the mount point and the flags are the helper's own
// constants, so no client text ever reaches mount(2).
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace kinsight {

// D-Bus error for a fix that was authorized and valid but could not be done.
inline constexpr char kErrorFixFailed[] = "org.kinsight.Helper1.Error.FixFailed";

struct FixDefinition {
    QStringView id;          // "mount-tracefs", as in diagnostics/check.h
    const char *fsType;      // also the mount source, as systemd names these mounts
    const char *mountPoint;  // fixed by the kernel's own sysfs layout
};

// Every fix the helper knows, in a stable order.
QStringList fixIds();
// nullptr for anything that is not exactly one of fixIds().
const FixDefinition *findFix(QStringView id);

struct FixResult {
    bool ok = false;
    bool changed = false;  // false: it was already in place (or it failed)
    QString message;       // what was done, or why it could not be
};

// What a fix touches, replaceable so the decisions can be tested without root.
struct MountSystem {
    std::function<QString()> mountinfo;                     // this process' /proc/self/mountinfo
    std::function<bool(const char *path)> isDirectory;      // the mount point exists
    std::function<int(const FixDefinition &fix)> mount;     // 0, or the errno of mount(2)
};
MountSystem realMountSystem();

// Idempotent: a file system of the fix's type already at its mount point is
// success without a change. Something else mounted there is refused rather
// than hidden under a new mount.
FixResult applyFix(const FixDefinition &fix, const MountSystem &system = realMountSystem());

}  // namespace kinsight
