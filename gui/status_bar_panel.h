// The status bar's permanent part: connection state (the source's message as
// tooltip), how each module attached ("vfs: tracepoint"), dropped frames, and
// a button to the attach details.
#pragma once

#include "session_info.h"
#include "state_presentation.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace kinsight::gui {

class StatusBarPanel : public QWidget {
    Q_OBJECT
public:
    explicit StatusBarPanel(QWidget *parent = nullptr);

    void setState(StreamSource::State state, const QString &message, SourceKind kind);
    void setSession(const SessionInfo &session);
    void setStatistics(quint64 frames, quint64 dropped);
    void setPaused(bool paused);

    QString stateText() const;
    QStringList attachTexts() const;
    QString droppedText() const;
    QString pausedText() const;

signals:
    void detailsRequested();

private:
    QLabel *state_ = nullptr;
    QLabel *paused_ = nullptr;
    QWidget *modules_ = nullptr;  // with its separator
    QHBoxLayout *modulesLayout_ = nullptr;
    QList<QLabel *> moduleLabels_;
    QLabel *dropped_ = nullptr;
    QToolButton *details_ = nullptr;
};

}  // namespace kinsight::gui
