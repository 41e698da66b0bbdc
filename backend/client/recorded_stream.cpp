#include "recorded_stream.h"

#include <QFile>

namespace kinsight {

RecordedStream::RecordedStream(QObject *parent) : StreamSource(parent)
{
    connect(&timer_, &QTimer::timeout, this, &RecordedStream::deliverNext);
}

bool RecordedStream::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    setMessages(file.readAll());
    if (header_.modules.isEmpty()) {
        *error = tr("%1 is not a Kinsight recording (no session header)").arg(path);
        return false;
    }
    return true;
}

void RecordedStream::setMessages(const QByteArray &bytes)
{
    stream::MessageReader reader;
    reader.append(bytes);
    frames_.clear();
    header_ = {};
    for (auto kind = reader.next(); kind != stream::MessageReader::Kind::None; kind = reader.next()) {
        if (kind == stream::MessageReader::Kind::Header)
            header_ = reader.header();
        else if (kind == stream::MessageReader::Kind::Frame)
            frames_.append(reader.frame());
        else
            break;  // End or Error: the recording stops there
    }
}

void RecordedStream::start(const SessionRequest &)
{
    next_ = 0;
    setState(State::Running, tr("Replaying a recording"));
    deliverSession(header_);
    timer_.start(speed_ > 0 ? int(1000 / speed_) : 0);
}

void RecordedStream::stop()
{
    timer_.stop();
    setState(State::Ended, tr("Replay stopped"));
}

void RecordedStream::deliverNext()
{
    if (next_ >= frames_.size()) {
        timer_.stop();
        setState(State::Ended, tr("End of the recording"));
        return;
    }
    emit frameReceived(frames_[next_++]);
}

bool RecordedStream::save(const QString &path, const SessionInfo &session, const QList<Frame> &frames, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(stream::encodeHeader(session));
    for (const Frame &f : frames)
        file.write(stream::encodeFrame(f));
    file.write(stream::encodeEnd(QStringLiteral("recording ended")));
    if (!file.flush()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace kinsight
