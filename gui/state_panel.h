// Says what state the session is in and offers the way forward: a full page
// when there is nothing else to show, or a bar above the charts when there is.
#pragma once

#include "state_presentation.h"

#include <QFrame>
#include <QMap>

class QLabel;
class QProgressBar;
class QPushButton;

namespace kinsight::gui {

class StatePanel : public QFrame {
    Q_OBJECT
public:
    enum class Style { FullPage, Bar };

    explicit StatePanel(Style style, QWidget *parent = nullptr);

    void setPresentation(const StatePresentation &presentation);
    const StatePresentation &presentation() const { return presentation_; }

    QString headlineText() const;
    QString messageText() const;
    QList<StateAction> visibleActions() const;
    QPushButton *button(StateAction action) const { return buttons_.value(action); }

signals:
    void actionTriggered(kinsight::gui::StateAction action);

private:
    void updateColors();

    Style style_;
    StatePresentation presentation_;
    QLabel *icon_ = nullptr;
    QLabel *headline_ = nullptr;
    QLabel *message_ = nullptr;
    QLabel *hint_ = nullptr;
    QProgressBar *busy_ = nullptr;
    QMap<StateAction, QPushButton *> buttons_;
};

}  // namespace kinsight::gui
