// Attach details: per module and hook, the variant in use with its note, and
// every rejected variant with its reason; counters this mode cannot give.
#pragma once

#include "session_info.h"

#include <QDialog>

class QLabel;
class QTreeView;

namespace kinsight::gui {

class AttachDetailsModel;

class AttachDetailsDialog : public QDialog {
    Q_OBJECT
public:
    explicit AttachDetailsDialog(QWidget *parent = nullptr);

    void setSession(const SessionInfo &session);
    AttachDetailsModel *model() const { return model_; }
    QTreeView *view() const { return view_; }
    // The selected row in full: notes and reasons are too long for their column.
    QString selectedText() const;
    // The whole tree as indented text, as "Copy" puts it on the clipboard.
    QString asText() const;

private:
    AttachDetailsModel *model_ = nullptr;
    QTreeView *view_ = nullptr;
    QLabel *summary_ = nullptr;
    QLabel *selected_ = nullptr;
};

}  // namespace kinsight::gui
