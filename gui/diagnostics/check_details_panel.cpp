#include "check_details_panel.h"

#include "status_icon.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

using diagnostics::Check;
using diagnostics::Status;

namespace {

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);  // check texts contain "<", "*" and the like
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::NoFocus);  // keyboard users copy through the snippet boxes and buttons
    return label;
}

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = textLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A read-only box as tall as its text (up to a limit), in the fixed-width font.
QPlainTextEdit *snippetBox(const QString &text, QWidget *parent)
{
    auto *box = new QPlainTextEdit(parent);
    box->setReadOnly(true);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->setTabChangesFocus(true);
    box->setLineWrapMode(QPlainTextEdit::NoWrap);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    box->setPlainText(text.endsWith(u'\n') ? text.chopped(1) : text);
    const int blocks = int(box->document()->blockCount());
    const int lines = qBound(1, blocks, 14);
    const QFontMetrics metrics(box->font());
    const QMargins margins = box->contentsMargins();
    // Room for every line and for the horizontal scroll bar that long lines bring, so a
    // one-line fstab entry never ends up behind a scroll bar of its own height.
    const int height = lines * metrics.lineSpacing() + int(box->document()->documentMargin() * 2) + margins.top()
        + margins.bottom() + box->horizontalScrollBar()->sizeHint().height() + 2;
    box->setFixedHeight(height);
    box->setVerticalScrollBarPolicy(blocks > lines ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    return box;
}

}  // namespace

CheckDetailsPanel::CheckDetailsPanel(QWidget *parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Check details"));
    rebuild();
}

QString CheckDetailsPanel::fixButtonText(const QString &fixAction)
{
    if (fixAction == diagnostics::mountTracefsFix)
        return tr("&Mount tracefs now");
    if (fixAction == diagnostics::mountDebugfsFix)
        return tr("&Mount debugfs now");
    if (fixAction == diagnostics::mountSecurityfsFix)
        return tr("&Mount securityfs now");
    return tr("&Fix now");
}

void CheckDetailsPanel::showCheck(const Check *check)
{
    const QString previous = shownCheckId();
    if (check)
        check_ = *check;
    else
        check_.reset();
    if (previous != shownCheckId()) {
        // A note belongs to the check it was made for.
        note_.clear();
        noteIsError_ = false;
        thisFixInFlight_ = false;
    }
    rebuild();
}

void CheckDetailsPanel::setFixState(bool anyFixInFlight, bool thisFixInFlight, const QString &note, bool noteIsError)
{
    anyFixInFlight_ = anyFixInFlight;
    thisFixInFlight_ = thisFixInFlight;
    note_ = note;
    noteIsError_ = noteIsError;
    updateFixWidgets();
}

void CheckDetailsPanel::setHelperAskable(bool available, bool idle)
{
    helperAvailable_ = available;
    helperIdle_ = idle;
    if (askButton_) {
        askButton_->setVisible(available);
        askButton_->setEnabled(idle);
    }
}

void CheckDetailsPanel::updateFixWidgets()
{
    if (fixButton_) {
        fixButton_->setEnabled(!anyFixInFlight_);
        fixButton_->setText(thisFixInFlight_ ? tr("Working… (authenticate if asked)") : fixButtonText(check_->fixAction));
    }
    if (fixNote_) {
        fixNote_->setText(note_);
        fixNote_->setVisible(!note_.isEmpty());
        QPalette palette = fixNote_->palette();
        palette.setColor(QPalette::WindowText, noteIsError_ ? statusColor(Status::Error) : statusColor(Status::Ok));
        fixNote_->setPalette(palette);
    }
}

void CheckDetailsPanel::rebuild()
{
    fixButton_ = nullptr;
    askButton_ = nullptr;
    fixNote_ = nullptr;
    explanationToggle_ = nullptr;
    explanation_ = nullptr;
    copyButtons_.clear();

    content_ = new QWidget;
    layout_ = new QVBoxLayout(content_);
    layout_->setContentsMargins(12, 8, 12, 8);
    layout_->setSpacing(8);

    if (!check_) {
        auto *hint = textLabel(tr("Select a check to see what it found, why it matters and how to fix it."), content_);
        hint->setForegroundRole(QPalette::PlaceholderText);
        layout_->addWidget(hint);
        layout_->addStretch(1);
        setWidget(content_);
        return;
    }
    const Check &check = *check_;

    // Title row: icon, title, status in words.
    auto *titleRow = new QHBoxLayout;
    auto *icon = new QLabel(content_);
    icon->setPixmap(statusIcon(check.status).pixmap(32, 32));
    icon->setAccessibleName(statusWord(check.status));
    titleRow->addWidget(icon, 0, Qt::AlignTop);
    auto *title = headingLabel(check.title, content_);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title->setFont(titleFont);
    titleRow->addWidget(title, 1);
    auto *status = headingLabel(statusWord(check.status), content_);
    QPalette statusPalette = status->palette();
    statusPalette.setColor(QPalette::WindowText, statusColor(check.status));
    status->setPalette(statusPalette);
    titleRow->addWidget(status, 0, Qt::AlignTop);
    layout_->addLayout(titleRow);

    auto *id = textLabel(tr("Check id: %1").arg(check.id), content_);
    id->setForegroundRole(QPalette::PlaceholderText);
    layout_->addWidget(id);
    layout_->addWidget(textLabel(check.summary, content_));

    const bool needsHelper = check.status == Status::Unknown && !check.needsHelper.isEmpty();
    if (needsHelper) {
        auto *row = new QHBoxLayout;
        row->addWidget(textLabel(tr("Unknown until kinsight-helper answers: reading this needs root, which the "
                                    "helper has once polkit allows the action %1.")
                                     .arg(check.needsHelper),
                                 content_),
                       1);
        // No mnemonic: the page's own "Ask the helper" button has Alt+A for the same request.
        askButton_ = new QPushButton(tr("Ask the helper"), content_);
        askButton_->setToolTip(tr("Ask kinsight-helper for what only root can read; you may be asked to "
                                  "authenticate."));
        askButton_->setVisible(helperAvailable_);
        askButton_->setEnabled(helperIdle_);
        connect(askButton_, &QPushButton::clicked, this, &CheckDetailsPanel::askHelperRequested);
        row->addWidget(askButton_, 0, Qt::AlignTop);
        layout_->addLayout(row);
    }

    const bool offersFix = !check.fixAction.isEmpty() && check.status != Status::Ok;
    if (!check.fix.isEmpty() || offersFix) {
        auto *box = new QFrame(content_);
        box->setFrameShape(QFrame::StyledPanel);
        box->setBackgroundRole(QPalette::AlternateBase);
        box->setAutoFillBackground(true);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(headingLabel(check.status == Status::Ok ? tr("Note") : tr("How to fix"), box));
        if (!check.fix.isEmpty())
            boxLayout->addWidget(textLabel(check.fix, box));
        if (offersFix) {
            auto *row = new QHBoxLayout;
            fixButton_ = new QPushButton(fixButtonText(check.fixAction), box);
            fixButton_->setDefault(false);
            fixButton_->setObjectName(u"fixButton"_s);
            fixButton_->setToolTip(tr("kinsight-helper does this as root (fix %1) once polkit allows the action %2.")
                                       .arg(check.fixAction, diagnostics::fixPolkitAction));
            connect(fixButton_, &QPushButton::clicked, this,
                    [this] { emit fixRequested(check_->fixAction, check_->id); });
            row->addWidget(fixButton_);
            row->addStretch(1);
            boxLayout->addLayout(row);
            auto *how = textLabel(tr("Done by kinsight-helper as root; you may be asked to authenticate (polkit "
                                     "action %1). A mount lasts until the next reboot: the fstab line below makes "
                                     "it permanent.")
                                      .arg(diagnostics::fixPolkitAction),
                                  box);
            how->setForegroundRole(QPalette::PlaceholderText);
            boxLayout->addWidget(how);
        }
        fixNote_ = textLabel(QString(), box);
        fixNote_->setObjectName(u"fixNote"_s);
        fixNote_->setVisible(false);
        boxLayout->addWidget(fixNote_);
        layout_->addWidget(box);
    }

    if (!check.explanation.isEmpty()) {
        explanationToggle_ = new QToolButton(content_);
        explanationToggle_->setText(tr("Why it matters"));
        explanationToggle_->setCheckable(true);
        explanationToggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        explanationToggle_->setAutoRaise(true);
        explanation_ = textLabel(check.explanation, content_);
        // Open for problems, folded for what is fine: the list stays short to read.
        const bool open = check.status != Status::Ok;
        explanationToggle_->setChecked(open);
        explanationToggle_->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        explanation_->setVisible(open);
        connect(explanationToggle_, &QToolButton::toggled, this, [this](bool on) {
            explanationToggle_->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
            explanation_->setVisible(on);
        });
        layout_->addWidget(explanationToggle_, 0, Qt::AlignLeft);
        layout_->addWidget(explanation_);
    }

    for (const diagnostics::Snippet &snippet : check.snippets) {
        auto *row = new QHBoxLayout;
        row->addWidget(headingLabel(snippet.caption, content_), 1);
        auto *copy = new QPushButton(tr("Copy"), content_);
        copy->setAccessibleName(tr("Copy: %1").arg(snippet.caption));
        copy->setToolTip(tr("Copy to the clipboard"));
        const QString text = snippet.text;
        const QString caption = snippet.caption;
        connect(copy, &QPushButton::clicked, this, [this, text, caption] {
            QApplication::clipboard()->setText(text);
            emit snippetCopied(caption);
        });
        copyButtons_.append(copy);
        row->addWidget(copy);
        layout_->addLayout(row);
        auto *box = snippetBox(snippet.text, content_);
        box->setAccessibleName(snippet.caption);
        layout_->addWidget(box);
    }
    layout_->addStretch(1);
    setWidget(content_);
    updateFixWidgets();
}

QString CheckDetailsPanel::visibleText() const
{
    QStringList parts;
    if (!content_)
        return {};
    for (QWidget *widget : content_->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(content_))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty())
            parts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            parts.append(button->text());
        else if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            parts.append(edit->toPlainText());
    }
    return parts.join(u'\n');
}

}  // namespace kinsight::gui
