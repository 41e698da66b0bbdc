#include "state_panel.h"

#include <QApplication>
#include <QBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

StatePanel::StatePanel(Style style, QWidget *parent) : QFrame(parent), style_(style)
{
    setObjectName(style == Style::FullPage ? u"statePage"_s : u"stateBar"_s);
    icon_ = new QLabel(this);
    headline_ = new QLabel(this);
    headline_->setObjectName(u"headline"_s);
    headline_->setWordWrap(true);
    message_ = new QLabel(this);
    message_->setObjectName(u"message"_s);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    hint_ = new QLabel(this);
    hint_->setObjectName(u"hint"_s);
    hint_->setWordWrap(true);
    for (QLabel *label : {headline_, message_, hint_})
        label->setTextFormat(Qt::PlainText);  // messages come from the helper and the system
    busy_ = new QProgressBar(this);
    busy_->setRange(0, 0);
    busy_->setTextVisible(false);

    auto *buttons = new QHBoxLayout();
    for (StateAction action : {StateAction::Retry, StateAction::OpenDiagnostics, StateAction::StartLive, StateAction::ReplayAgain,
                               StateAction::OpenRecording, StateAction::Cancel}) {
        auto *button = new QPushButton(StatePresenter::actionText(action), this);
        connect(button, &QPushButton::clicked, this, [this, action] { emit actionTriggered(action); });
        buttons->addWidget(button);
        buttons_.insert(action, button);
    }

    QFont headlineFont = headline_->font();
    headlineFont.setBold(true);
    if (style == Style::FullPage) {
        headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.5);
        headline_->setAlignment(Qt::AlignHCenter);
        message_->setAlignment(Qt::AlignHCenter);
        hint_->setAlignment(Qt::AlignHCenter);
        icon_->setAlignment(Qt::AlignHCenter);
        busy_->setMaximumWidth(240);
        auto *column = new QVBoxLayout();
        column->setSpacing(12);
        column->addStretch(2);
        column->addWidget(icon_);
        column->addWidget(headline_);
        column->addWidget(message_);
        column->addWidget(hint_);
        column->addWidget(busy_, 0, Qt::AlignHCenter);
        buttons->insertStretch(0, 1);
        buttons->addStretch(1);
        column->addLayout(buttons);
        column->addStretch(3);
        // Lines of readable length, centred.
        auto *columnWidget = new QWidget(this);
        columnWidget->setLayout(column);
        columnWidget->setMaximumWidth(680);
        columnWidget->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *outer = new QHBoxLayout(this);
        outer->addStretch(1);
        outer->addWidget(columnWidget, 100);
        outer->addStretch(1);
        setMinimumWidth(360);
    } else {
        setFrameShape(QFrame::StyledPanel);
        setAutoFillBackground(true);
        busy_->setMaximumWidth(80);
        busy_->setMaximumHeight(10);
        auto *text = new QVBoxLayout();
        text->setSpacing(2);
        text->addWidget(headline_);
        text->addWidget(message_);
        text->addWidget(hint_);
        auto *row = new QHBoxLayout(this);
        row->setContentsMargins(10, 6, 10, 6);
        row->addWidget(icon_, 0, Qt::AlignTop);
        row->addLayout(text, 1);
        row->addWidget(busy_, 0, Qt::AlignVCenter);
        row->addLayout(buttons);
    }
    headline_->setFont(headlineFont);
    setPresentation(StatePresenter::present(StreamSource::State::Idle, QString(), SourceKind::Live));
}

void StatePanel::setPresentation(const StatePresentation &presentation)
{
    presentation_ = presentation;
    headline_->setText(presentation.headline);
    message_->setText(presentation.message);
    message_->setVisible(!presentation.message.isEmpty());
    hint_->setText(presentation.hint);
    hint_->setVisible(!presentation.hint.isEmpty());
    busy_->setVisible(presentation.busy);
    for (auto it = buttons_.cbegin(); it != buttons_.cend(); ++it)
        it.value()->setVisible(presentation.actions.contains(it.key()));
    // The first action is the way forward: Enter takes it.
    for (QPushButton *b : buttons_)
        b->setDefault(false);
    if (!presentation.actions.isEmpty())
        buttons_.value(presentation.actions.first())->setDefault(true);

    const int size = style_ == Style::FullPage ? 64 : 22;
    QIcon icon = presentation.problem ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                      : QIcon(u":/icons/kinsight.svg"_s);
    if (icon.isNull())
        icon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    icon_->setPixmap(icon.pixmap(size, size));
    updateColors();
}

void StatePanel::updateColors()
{
    QPalette p = QApplication::palette();
    QColor hintColor = p.color(QPalette::PlaceholderText);
    if (style_ == Style::Bar) {
        // A tinted bar: amber for a problem, the highlight colour for progress and information.
        QColor tint = presentation_.problem ? QColor(0xf5, 0xb0, 0x2e) : p.color(QPalette::Highlight);
        QColor background = p.color(QPalette::Window);
        background = QColor::fromRgbF(background.redF() * 0.8 + tint.redF() * 0.2,
                                      background.greenF() * 0.8 + tint.greenF() * 0.2,
                                      background.blueF() * 0.8 + tint.blueF() * 0.2);
        p.setColor(QPalette::Window, background);
    }
    setPalette(p);
    QPalette hintPalette = hint_->palette();
    hintPalette.setColor(QPalette::WindowText, hintColor);
    hint_->setPalette(hintPalette);
}

QString StatePanel::headlineText() const
{
    return headline_->text();
}

QString StatePanel::messageText() const
{
    return message_->text();
}

QList<StateAction> StatePanel::visibleActions() const
{
    QList<StateAction> visible;
    for (auto it = buttons_.cbegin(); it != buttons_.cend(); ++it)
        if (!it.value()->isHidden())
            visible.append(it.key());
    return visible;
}

}  // namespace kinsight::gui
