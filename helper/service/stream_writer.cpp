#include "stream_writer.h"

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace kinsight {

StreamWriter::StreamWriter(int fd, QObject *parent) : QObject(parent), fd_(fd)
{
    writable_ = std::make_unique<QSocketNotifier>(fd_, QSocketNotifier::Write);
    writable_->setEnabled(false);
    connect(writable_.get(), &QSocketNotifier::activated, this, &StreamWriter::flush);
}

StreamWriter::~StreamWriter()
{
    closeFd();
}

void StreamWriter::closeFd()
{
    writable_.reset();
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
}

void StreamWriter::sendHeader(const QByteArray &message)
{
    enqueue(message, false);
}

void StreamWriter::sendFrame(const QByteArray &message)
{
    enqueue(message, true);
}

void StreamWriter::finish(const QByteArray &endMessage)
{
    enqueue(endMessage, false);
    finishing_ = true;
    flush();
}

void StreamWriter::enqueue(const QByteArray &bytes, bool droppable)
{
    if (fd_ < 0 || finishing_)
        return;
    queue_.push_back({bytes, droppable});
    queuedBytes_ += bytes.size();
    // Drop the oldest frames that are not being written, until under the bound.
    for (auto it = queue_.begin(); queuedBytes_ > kMaxQueuedBytes && it != queue_.end();) {
        const bool partlyWritten = it == queue_.begin() && headOffset_ > 0;
        if (it->droppable && !partlyWritten && std::next(it) != queue_.end()) {
            queuedBytes_ -= it->bytes.size();
            it = queue_.erase(it);
            ++dropped_;
        } else {
            ++it;
        }
    }
    flush();
}

void StreamWriter::flush()
{
    while (fd_ >= 0 && !queue_.empty()) {
        const QByteArray &head = queue_.front().bytes;
        const ssize_t n = ::send(fd_, head.constData() + headOffset_, size_t(head.size() - headOffset_),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                writable_->setEnabled(true);
                return;
            }
            if (errno == EINTR)
                continue;
            closeFd();  // EPIPE, ECONNRESET: the client is gone
            emit peerClosed();
            return;
        }
        headOffset_ += n;
        if (headOffset_ == head.size()) {
            queuedBytes_ -= head.size();
            queue_.pop_front();
            headOffset_ = 0;
        }
    }
    if (writable_)
        writable_->setEnabled(false);
    if (finishing_ && queue_.empty())
        closeFd();
}

}  // namespace kinsight
