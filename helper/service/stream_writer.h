// The helper's end of a session's socket. Writes never block the helper: the
// socket is non-blocking and at most kMaxQueuedBytes wait for a slow reader;
// past that the oldest whole frames are dropped (the reader sees the gap in
// the sequence numbers). The header and the end message are never dropped.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>

#include <deque>
#include <memory>

namespace kinsight {

class StreamWriter : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype kMaxQueuedBytes = 8 << 20;

    // Takes ownership of `fd` (the helper's end of the socket pair).
    explicit StreamWriter(int fd, QObject *parent = nullptr);
    ~StreamWriter() override;

    void sendHeader(const QByteArray &message);
    void sendFrame(const QByteArray &message);
    // Sends the end message and closes once everything queued is written.
    void finish(const QByteArray &endMessage);

    quint64 droppedFrames() const { return dropped_; }
    qsizetype queuedBytes() const { return queuedBytes_; }

signals:
    // The reader closed its end: the session should stop.
    void peerClosed();

private:
    struct Item {
        QByteArray bytes;
        bool droppable;
    };
    void enqueue(const QByteArray &bytes, bool droppable);
    void flush();
    void closeFd();

    int fd_;
    std::unique_ptr<QSocketNotifier> writable_;
    std::deque<Item> queue_;
    qsizetype headOffset_ = 0;  // bytes of queue_.front() already written
    qsizetype queuedBytes_ = 0;
    quint64 dropped_ = 0;
    bool finishing_ = false;
};

}  // namespace kinsight
