// Shared by the GUI tests: the recorded fixture, synthetic sessions, and a
// StreamSource the test drives by hand.
#pragma once

#include "frame.h"
#include "session_info.h"
#include "stream_source.h"

#include <QList>

namespace kinsight::guitest {

struct Recording {
    SessionInfo session;
    QList<Frame> frames;
};

QString fixturePath();
Recording loadFixture();

// A small session: module "demo" with a calls chart (one dimension unavailable),
// a bytes chart and a gauge chart, in sections "Filesystem" and "eBPF".
SessionInfo syntheticSession();
// Frames first … first+count-1 of the synthetic session; frame i comes at
// t = 100 + i (+ secondsOffset) with sequence 1 + i (+ sequenceOffset).
// Counters: reads 10*i, writes 3*i, read bytes 4096*i^2 (a growing rate),
// started 5*i and exited 4*i (the gauge started - exited = i).
QList<Frame> syntheticFrames(int count, int first = 0, double secondsOffset = 0, qint64 sequenceOffset = 0);
Frame syntheticFrame(quint64 sequence, double seconds, const QList<quint64> &counters);

// Isolated settings for a test process.
void useTestSettings();

class FakeSource : public StreamSource {
    Q_OBJECT
public:
    using StreamSource::StreamSource;

    void start(const SessionRequest &request) override
    {
        ++starts;
        lastRequest = request;
        setState(State::Connecting, QStringLiteral("Starting a session with kinsight-helper; you may be asked to authenticate."));
    }
    void stop() override
    {
        ++stops;
        setState(State::Ended, QStringLiteral("Stopped"));
    }

    void enterState(State state, const QString &message) { setState(state, message); }
    void deliver(const SessionInfo &session) { deliverSession(session); }
    void deliver(const Frame &frame) { emit frameReceived(frame); }

    int starts = 0;
    int stops = 0;
    SessionRequest lastRequest;
};

}  // namespace kinsight::guitest
