// One check in full, beside the Diagnostics page's list: status, summary,
// whether it needs the helper, the fix in words with a button when the helper
// can carry it out, the explanation (expandable), and each snippet (shell
// commands, fstab lines, an SELinux policy module) in a copyable box.
#pragma once

#include "diagnostics/check.h"

#include <QScrollArea>

#include <optional>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace kinsight::gui {

class CheckDetailsPanel : public QScrollArea {
    Q_OBJECT
public:
    explicit CheckDetailsPanel(QWidget *parent = nullptr);

    // nullptr shows a hint to pick a check.
    void showCheck(const diagnostics::Check *check);
    QString shownCheckId() const { return check_ ? check_->id : QString(); }

    // What the fix button says and whether it may be pressed. `note` is the last
    // outcome of this check's fix (empty when none), `noteIsError` colours it.
    void setFixState(bool anyFixInFlight, bool thisFixInFlight, const QString &note, bool noteIsError);
    // Whether "Ask the helper" is offered for a check that needs it (`available`: there is a
    // helper to ask at all; `idle`: no request is on its way).
    void setHelperAskable(bool available, bool idle);

    QPushButton *fixButton() const { return fixButton_; }
    QPushButton *askButton() const { return askButton_; }
    QLabel *fixNoteLabel() const { return fixNote_; }
    QToolButton *explanationToggle() const { return explanationToggle_; }
    QLabel *explanationLabel() const { return explanation_; }
    QList<QPushButton *> copyButtons() const { return copyButtons_; }
    // Everything the panel shows, as text (tests, and accessibility checks).
    QString visibleText() const;

    static QString fixButtonText(const QString &fixAction);

signals:
    void fixRequested(const QString &fixAction, const QString &checkId);
    void askHelperRequested();
    void snippetCopied(const QString &caption);

private:
    void rebuild();
    void updateFixWidgets();

    std::optional<diagnostics::Check> check_;
    QWidget *content_ = nullptr;
    QVBoxLayout *layout_ = nullptr;
    QPushButton *fixButton_ = nullptr;
    QPushButton *askButton_ = nullptr;
    QLabel *fixNote_ = nullptr;
    QToolButton *explanationToggle_ = nullptr;
    QLabel *explanation_ = nullptr;
    QList<QPushButton *> copyButtons_;

    bool anyFixInFlight_ = false;
    bool thisFixInFlight_ = false;
    QString note_;
    bool noteIsError_ = false;
    bool helperAvailable_ = true;
    bool helperIdle_ = true;
};

}  // namespace kinsight::gui
