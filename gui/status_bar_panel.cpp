#include "status_bar_panel.h"

#include "attach_summary.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

}  // namespace

StatusBarPanel::StatusBarPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    state_ = new QLabel(this);
    state_->setObjectName(u"connectionState"_s);
    layout->addWidget(state_);

    paused_ = new QLabel(tr("Paused — new samples are kept"), this);
    paused_->setObjectName(u"pausedIndicator"_s);
    QFont bold = paused_->font();
    bold.setBold(true);
    paused_->setFont(bold);
    paused_->hide();
    layout->addWidget(paused_);

    modules_ = new QWidget(this);
    modulesLayout_ = new QHBoxLayout(modules_);
    modulesLayout_->setContentsMargins(0, 0, 0, 0);
    modulesLayout_->setSpacing(10);
    modulesLayout_->addWidget(separator(modules_));
    layout->addWidget(modules_);

    layout->addWidget(separator(this));
    dropped_ = new QLabel(this);
    dropped_->setObjectName(u"droppedFrames"_s);
    layout->addWidget(dropped_);
    layout->addStretch(1);

    details_ = new QToolButton(this);
    details_->setText(tr("Attach details…"));
    details_->setToolTip(tr("How every hook attached on this kernel, and why other variants were rejected"));
    details_->setAutoRaise(true);
    connect(details_, &QToolButton::clicked, this, &StatusBarPanel::detailsRequested);
    layout->addWidget(details_);

    setStatistics(0, 0);
    setSession({});
}

void StatusBarPanel::setState(StreamSource::State state, const QString &message, SourceKind kind)
{
    state_->setText(StatePresenter::shortState(state, kind));
    state_->setToolTip(message);
}

void StatusBarPanel::setSession(const SessionInfo &session)
{
    qDeleteAll(moduleLabels_);
    moduleLabels_.clear();
    for (const ModuleInfo &module : session.modules) {
        auto *label = new QLabel(AttachSummary::shortText(module), modules_);
        label->setToolTip(AttachSummary::tooltip(module));
        modulesLayout_->addWidget(label);
        moduleLabels_.append(label);
    }
    modules_->setVisible(!moduleLabels_.isEmpty());
    details_->setEnabled(!session.modules.isEmpty());
}

void StatusBarPanel::setStatistics(quint64 frames, quint64 dropped)
{
    const QLocale locale;
    dropped_->setText(tr("Dropped frames: %1").arg(locale.toString(dropped)));
    dropped_->setToolTip(tr("%1 frames received, %2 dropped by the helper because this window read too slowly; "
                            "the charts have a gap there")
                             .arg(locale.toString(frames), locale.toString(dropped)));
}

void StatusBarPanel::setPaused(bool paused)
{
    paused_->setVisible(paused);
}

QString StatusBarPanel::stateText() const
{
    return state_->text();
}

QStringList StatusBarPanel::attachTexts() const
{
    QStringList texts;
    for (const QLabel *l : moduleLabels_)
        texts.append(l->text());
    return texts;
}

QString StatusBarPanel::droppedText() const
{
    return dropped_->text();
}

QString StatusBarPanel::pausedText() const
{
    return paused_->isHidden() ? QString() : paused_->text();
}

}  // namespace kinsight::gui
