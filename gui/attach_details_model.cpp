#include "attach_details_model.h"

#include "attach_summary.h"

#include <QBrush>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

AttachDetailsModel::AttachDetailsModel(QObject *parent)
    : SnapshotTreeModel({tr("Module / hook / variant"), tr("Attached with"), tr("Family"), tr("Note or reason")}, parent)
{
}

void AttachDetailsModel::setSession(const SessionInfo &session)
{
    // Readable, yet set apart from the variants in use.
    const QBrush dimmed = QPalette().brush(QPalette::PlaceholderText);
    QList<Row> rows;
    for (const ModuleInfo &module : session.modules) {
        Row moduleRow{{module.name, module.loaded ? tr("loaded") : tr("not loaded"),
                       AttachSummary::familyText(module),
                       module.loaded ? module.description : module.error},
                      {{KindRole, QVariant::fromValue(RowKind::Module)}},
                      {}};
        for (const HookAttachInfo &hook : module.hooks) {
            const bool attached = AttachSummary::hookAttached(hook);
            Row hookRow{{hook.hook, attached ? hook.chosen : tr("not attached"), attached ? hook.family : QString(),
                         hook.note},
                        {{KindRole, QVariant::fromValue(RowKind::Hook)}},
                        {}};
            for (const Rejection &rejection : hook.rejected)
                hookRow.children.append(Row{{rejection.candidate, tr("rejected"), QString(), rejection.reason},
                                            {{KindRole, QVariant::fromValue(RowKind::Rejected)},
                                             {Qt::ForegroundRole, dimmed}},
                                            {}});
            moduleRow.children.append(hookRow);
        }
        for (auto it = module.unavailable.cbegin(); it != module.unavailable.cend(); ++it) {
            const QString counter =
                it.key() >= 0 && it.key() < module.counters.size() ? module.counters[it.key()].name
                                                                   : tr("counter %1").arg(it.key());
            moduleRow.children.append(Row{{counter, tr("unavailable"), QString(), it.value()},
                                          {{KindRole, QVariant::fromValue(RowKind::Unavailable)}},
                                          {}});
        }
        rows.append(moduleRow);
    }
    setRows(rows);
}

}  // namespace kinsight::gui
