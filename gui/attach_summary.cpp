#include "attach_summary.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

bool AttachSummary::hookAttached(const HookAttachInfo &hook)
{
    // The helper writes "none" for a hook no candidate could serve.
    return !hook.chosen.isEmpty() && hook.chosen != u"none"_s;
}

QString AttachSummary::familyText(const ModuleInfo &module)
{
    if (!module.loaded)
        return tr("not loaded");
    QStringList families;
    int attached = 0;
    for (const HookAttachInfo &hook : module.hooks) {
        if (!hookAttached(hook))
            continue;
        ++attached;
        if (!hook.family.isEmpty() && !families.contains(hook.family))
            families.append(hook.family);
    }
    QString text = families.isEmpty() ? tr("no hook attached") : families.join(u" + "_s);
    if (attached > 0 && attached < module.hooks.size())
        text += tr(", %1 of %2 hooks").arg(attached).arg(module.hooks.size());
    return text;
}

QString AttachSummary::shortText(const ModuleInfo &module)
{
    return module.name + u": "_s + familyText(module);
}

QString AttachSummary::tooltip(const ModuleInfo &module)
{
    QStringList lines;
    lines.append(module.description.isEmpty() ? module.name : module.description);
    if (!module.loaded)
        lines.append(tr("Not loaded: %1").arg(module.error));
    for (const HookAttachInfo &hook : module.hooks) {
        if (hookAttached(hook))
            lines.append(tr("%1: %2 (%3)").arg(hook.hook, hook.chosen, hook.family));
        else
            lines.append(tr("%1: not attached").arg(hook.hook));
    }
    lines.append(tr("Session → Attach details… lists every rejected variant."));
    return lines.join(u'\n');
}

}  // namespace kinsight::gui
