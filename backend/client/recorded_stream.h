// Replays a recorded stream (the helper's bytes, saved as they came): for
// screenshots, tests, and reading a session again after it ended.
#pragma once

#include "stream_source.h"

#include <QList>
#include <QTimer>

namespace kinsight {

class RecordedStream : public StreamSource {
    Q_OBJECT
public:
    explicit RecordedStream(QObject *parent = nullptr);

    // Loads a file of length-delimited messages; false with `error` set when it cannot be read.
    bool load(const QString &path, QString *error);
    void setMessages(const QByteArray &bytes);
    // Frames per second of replay; 0 = as fast as the event loop allows.
    void setSpeed(double framesPerSecond) { speed_ = framesPerSecond; }

    void start(const SessionRequest &request = {}) override;
    void stop() override;

    // Writes a session to a file that load() reads back.
    static bool save(const QString &path, const SessionInfo &session, const QList<Frame> &frames, QString *error);

private:
    void deliverNext();

    QByteArray bytes_;
    QList<Frame> frames_;
    SessionInfo header_;
    qsizetype next_ = 0;
    double speed_ = 0;
    QTimer timer_;
};

}  // namespace kinsight
