// `kinsight-cli config ...`: check, read and edit Kinsight's (and Netdata's)
// eBPF settings files, and show the settings that apply with their origin.
#pragma once

#include <QStringList>
#include <QTextStream>

// args are the words after "config", e.g. {"check", "ebpf.d.conf"}.
// Returns 0 when everything is fine, 1 when a file is invalid or an action
// failed, 2 for a usage error.
int runConfigCommand(const QStringList &args, QTextStream &out, QTextStream &err);
