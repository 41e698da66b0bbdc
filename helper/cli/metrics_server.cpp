#include "metrics_server.h"

#include "openmetrics.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace kinsight::cli {

namespace {

constexpr qsizetype kMaxRequestBytes = 8192;
constexpr int kMaxConnections = 16;
constexpr int kRequestTimeoutMs = 5000;

QByteArray response(int status, const char *reason, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
           + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

QByteArray text(int status, const char *reason, const QByteArray &body)
{
    return response(status, reason, "text/plain; charset=utf-8", body);
}

// Lives in the server thread; answers one request per connection.
class Endpoint : public QTcpServer {
public:
    explicit Endpoint(const MetricsServer &owner) : owner_(owner) { setMaxPendingConnections(kMaxConnections); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (open_ >= kMaxConnections) {
            finish(socket, text(503, "Service Unavailable", "too many connections\n"));
            return;
        }
        ++open_;
        connect(socket, &QObject::destroyed, this, [this, socket] {
            --open_;
            pending_.remove(socket);
        });
        auto *timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, socket, [socket] { socket->abort(); socket->deleteLater(); });
        timeout->start(kRequestTimeoutMs);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onData(socket); });
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = pending_[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (buffer.size() > kMaxRequestBytes)
                finish(socket, text(431, "Request Header Fields Too Large", "request too large\n"));
            return;
        }
        const QByteArray head = buffer.left(end);
        pending_.remove(socket);
        finish(socket, answer(head));
    }

    QByteArray answer(const QByteArray &head) const
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> request = lines.first().trimmed().split(' ');
        if (request.size() != 3 || !request[2].startsWith("HTTP/1."))
            return text(400, "Bad Request", "bad request line\n");
        if (request[0] != "GET" && request[0] != "HEAD")
            return text(405, "Method Not Allowed", "only GET\n");
        const QByteArray path = request[1].split('?').first();
        if (path == "/")
            return text(200, "OK", "Kinsight exporter: scrape /metrics\n");
        if (path != "/metrics")
            return text(404, "Not Found", "not found; the metrics are at /metrics\n");
        QByteArray accept;
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("accept:"))
                accept = line.mid(7).trimmed();
        const auto snapshot = owner_.latest();
        if (!snapshot)
            return text(503, "Service Unavailable", "no sample yet; try again after one interval\n");
        exporting::OpenMetricsOptions options;
        options.maxSeriesPerFamily = snapshot->maxSeriesPerFamily;
        options.format = accept.contains("application/openmetrics-text") ? exporting::OpenMetricsOptions::Format::OpenMetrics
                                                                          : exporting::OpenMetricsOptions::Format::Prometheus;
        QByteArray body = exporting::toOpenMetrics(snapshot->session, snapshot->frame, options, snapshot->apps.get()).toUtf8();
        QByteArray reply = response(200, "OK", exporting::contentType(options.format).toUtf8(), body);
        if (request[0] == "HEAD")
            reply.chop(body.size());
        return reply;
    }

    void finish(QTcpSocket *socket, const QByteArray &reply)
    {
        pending_.remove(socket);
        socket->write(reply);
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
    }

    const MetricsServer &owner_;
    QHash<QTcpSocket *, QByteArray> pending_;
    int open_ = 0;
};

bool parseAddress(const QString &text, QHostAddress *host, quint16 *port)
{
    QString hostPart = QStringLiteral("127.0.0.1");
    QString portPart = text;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        hostPart = text.left(colon);
        portPart = text.mid(colon + 1);
        if (hostPart.startsWith(QLatin1Char('[')) && hostPart.endsWith(QLatin1Char(']')))
            hostPart = hostPart.mid(1, hostPart.size() - 2);
    }
    bool ok = false;
    const uint p = portPart.toUInt(&ok);
    if (!ok || p > 65535 || !host->setAddress(hostPart))
        return false;
    *port = quint16(p);
    return true;
}

}  // namespace

MetricsServer::MetricsServer()
{
    thread_.setObjectName(QStringLiteral("metrics-http"));
    context_.moveToThread(&thread_);
    thread_.start();
}

MetricsServer::~MetricsServer()
{
    QMetaObject::invokeMethod(&context_, [this] { delete endpoint_; }, Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
}

bool MetricsServer::listen(const QString &addressAndPort, QString *error)
{
    QHostAddress host;
    quint16 port = 0;
    if (!parseAddress(addressAndPort, &host, &port)) {
        *error = QStringLiteral("--listen takes ADDRESS:PORT or PORT, e.g. 127.0.0.1:9435 (got '%1')").arg(addressAndPort);
        return false;
    }
    bool ok = false;
    QString reason;
    QMetaObject::invokeMethod(
        &context_,
        [&] {
            auto *endpoint = new Endpoint(*this);
            ok = endpoint->listen(host, port);
            if (ok) {
                address_ = (host.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + host.toString() + QLatin1Char(']')
                                                                               : host.toString())
                           + QLatin1Char(':') + QString::number(endpoint->serverPort());
                endpoint_ = endpoint;
            } else {
                reason = endpoint->errorString();
                delete endpoint;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok)
        *error = QStringLiteral("cannot listen on %1: %2").arg(addressAndPort, reason);
    return ok;
}

QString MetricsServer::address() const
{
    return address_;
}

void MetricsServer::publish(const SessionInfo &session, const Frame &frame, apps::AppsSnapshotPtr apps,
                            int maxSeriesPerFamily)
{
    auto snapshot = std::make_shared<const Snapshot>(Snapshot{session, frame, std::move(apps), maxSeriesPerFamily});
    QMutexLocker lock(&mutex_);
    latest_ = std::move(snapshot);
}

std::shared_ptr<const MetricsServer::Snapshot> MetricsServer::latest() const
{
    QMutexLocker lock(&mutex_);
    return latest_;
}

}  // namespace kinsight::cli
