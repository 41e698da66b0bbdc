// What the Diagnostics page cannot read without root, as kinsight-helper
// hands it over (polkit action org.kinsight.monitor): the kernel's lockdown
// mode and the recent SELinux denials of BPF from the audit log. The paths
// are fixed here and the output is bounded; a client sends no argument at
// all, so this is no "read a file for me" primitive.
#pragma once

#include <QString>
#include <QStringList>

namespace kinsight {

struct DiagnosticInputPaths {
    QString root = QStringLiteral("/");  // prefix of every path: tests point it at a fixture tree
    qsizetype auditTailBytes = 4 * 1024 * 1024;  // only the end of the audit log is read
    int maxAuditLines = 50;
    int maxLineChars = 1024;
};

struct LockdownInput {
    bool known = false;
    QString text;  // the lockdown file's content when known, else why it is not
};

struct AuditInput {
    bool known = false;  // the log was read (lines may still be empty)
    QStringList lines;   // oldest first
    QString note;        // what was read, or why nothing could be
};

// Reads /sys/kernel/security/lockdown only where securityfs is already
// mounted: mounting it is the fix "mount-securityfs", never a side effect of
// looking.
LockdownInput readLockdown(const DiagnosticInputPaths &paths = {});

// The AVC denials about BPF (class bpf or perf_event, capability2 bpf or
// perfmon) in /var/log/audit/audit.log: the last maxAuditLines of them, each
// cut to maxLineChars. Nothing else from the file leaves the helper.
AuditInput readAuditDenials(const DiagnosticInputPaths &paths = {});

// The filter itself, over the bytes of the log's tail (pure, for the tests).
// `total` receives how many matched before keeping the last `maxLines`.
QStringList bpfDenialLines(const QByteArray &tail, int maxLines, int maxLineChars, int *total = nullptr);

}  // namespace kinsight
