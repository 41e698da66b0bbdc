// Anything that produces a session's frames: the real CollectorSession, or a
// fake in the helper's unit tests.
#pragma once

#include "frame.h"
#include "session_info.h"

#include <QObject>

namespace kinsight {

class FrameProducer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual const SessionInfo &info() const = 0;
    virtual void startTimer() = 0;
    virtual void stopTimer() = 0;
    virtual void setCostReporting(bool) {}

signals:
    void frameReady(const kinsight::Frame &frame);
};

}  // namespace kinsight
