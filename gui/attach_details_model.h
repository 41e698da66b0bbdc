// How every hook of every module attached on this kernel: the chosen variant
// and its note, each rejected variant with its reason, and the counters the
// active mode cannot give (with why).
#pragma once

#include "session_info.h"
#include "snapshot_tree_model.h"

namespace kinsight::gui {

class AttachDetailsModel : public SnapshotTreeModel {
    Q_OBJECT
public:
    enum Column { NameColumn, AttachedColumn, FamilyColumn, NoteColumn };
    enum Role {
        KindRole = Qt::UserRole + 1,  // RowKind
    };
    enum class RowKind { Module, Hook, Rejected, Unavailable };
    Q_ENUM(RowKind)

    explicit AttachDetailsModel(QObject *parent = nullptr);

    void setSession(const SessionInfo &session);
};

}  // namespace kinsight::gui
