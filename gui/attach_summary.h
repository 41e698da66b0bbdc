// How a module attached, in a few words for the status bar ("vfs: tracepoint",
// "vfs: tracepoint, 5 of 6 hooks"), with the long form for its tooltip.
#pragma once

#include "session_info.h"

#include <QCoreApplication>
#include <QString>

namespace kinsight::gui {

class AttachSummary {
    Q_DECLARE_TR_FUNCTIONS(AttachSummary)
public:
    static bool hookAttached(const HookAttachInfo &hook);
    // The attach families in use ("tracepoint", "trampoline + probe"), with how many hooks when not all.
    static QString familyText(const ModuleInfo &module);
    static QString shortText(const ModuleInfo &module);
    static QString tooltip(const ModuleInfo &module);
};

}  // namespace kinsight::gui
