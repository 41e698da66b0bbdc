// Kernel BTF: is /sys/kernel/btf/vmlinux there, and does it parse? The type
// section is walked end to end, so a truncated or corrupt file is caught here
// rather than as a CO-RE relocation failure in the helper.
#pragma once

#include "check.h"
#include "kernel_config.h"
#include "system_snapshot.h"

namespace kinsight::diagnostics {

struct BtfSummary {
    bool valid = false;
    bool newerFormat = false;  // a type kind this walker does not know: BTF newer than this code
    QString error;
    int version = 0;
    quint32 typeCount = 0;
    quint32 functionCount = 0;          // BTF_KIND_FUNC: possible fentry/kprobe targets
    quint32 btfTracepointCount = 0;     // "btf_trace_*" typedefs: possible tp_btf targets
    bool hasTaskStruct = false;         // what every CO-RE read starts from
};

BtfSummary parseBtf(const QByteArray &data);

Check btfCheck(const SystemSnapshot &snapshot);
// `config` may be null when no kernel config was found.
Check moduleBtfCheck(const SystemSnapshot &snapshot, const KernelConfig *config);

}  // namespace kinsight::diagnostics
