// The attach capabilities of this kernel, probed in-process (root) or asked of
// kinsight-helper: used by `capabilities` and by `diagnose`.
#pragma once

#include "dbus_types.h"

#include <optional>

namespace kinsight::cli {

struct Capabilities {
    QString kernel;
    bool btf = false;
    QString btfError;
    AttachMatrix modules;
};

Capabilities probeHere(bool returnMode);
std::optional<Capabilities> askHelper(const QString &loadMode, QString *error);

}  // namespace kinsight::cli
