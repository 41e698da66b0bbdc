// One diagnostic finding, as the Diagnostics page, the Markdown report and
// `kinsight-cli diagnose --json` all show it. Checks are plain values made by
// pure functions, so every one can be tested against fixtures.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace kinsight::diagnostics {

enum class Status { Ok, Warning, Error, Unknown };

QString statusName(Status status);  // "ok", "warning", "error", "unknown"

// polkit actions a check may need; the helper authorizes each call with one of them.
inline constexpr QStringView monitorPolkitAction = u"org.kinsight.monitor";  // loads BPF, reads the audit log
inline constexpr QStringView fixPolkitAction = u"org.kinsight.fix";          // mounts debugfs/tracefs/securityfs

// Fixes the helper can carry out itself (the GUI offers "Fix now" for them).
inline constexpr QStringView mountTracefsFix = u"mount-tracefs";
inline constexpr QStringView mountDebugfsFix = u"mount-debugfs";
inline constexpr QStringView mountSecurityfsFix = u"mount-securityfs";

// Text meant to be copied as a whole: shell commands, an fstab line, a policy module.
struct Snippet {
    QString caption;
    QString language;  // "sh", "fstab", "selinux-te": a Markdown fence hint
    QString text;
};

struct Check {
    QString id;           // stable: "kernel-version", "config:CONFIG_KPROBES", "attach:vfs:probe"
    QString title;        // short human name
    Status status = Status::Unknown;
    QString summary;      // one line
    QString explanation;  // why it matters, what it disables
    QString fix;          // what to do; empty when nothing needs doing
    QList<Snippet> snippets;
    QString fixAction;    // one of the *Fix ids above when the helper can do it (under fixPolkitAction)
    // polkit action whose authorization this check needs to be complete here;
    // empty when the unprivileged inputs settle it.
    QString needsHelper;
};

// True when the check says Kinsight cannot monitor at all, or not one module.
bool blocksMonitoring(const Check &check);
bool anyBlocksMonitoring(const QList<Check> &checks);

}  // namespace kinsight::diagnostics
