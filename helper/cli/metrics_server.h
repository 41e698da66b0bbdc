// A small HTTP endpoint for Prometheus scrapers: GET /metrics answers with the
// latest published frame, rendered in the format the scraper's Accept header
// asks for. It runs in its own thread because the measuring loop blocks
// between samples. Bounded: a few connections at once, small requests, short
// timeouts; it serves nothing but the exposition.
#pragma once

#include "apps_snapshot.h"
#include "frame.h"
#include "session_info.h"

#include <QMutex>
#include <QString>
#include <QThread>

#include <memory>

namespace kinsight::cli {

class MetricsServer {
public:
    MetricsServer();
    ~MetricsServer();

    // "127.0.0.1:9435", "[::1]:9435" or a bare port (loopback). False with
    // `error` saying what failed (bad address, port in use...).
    bool listen(const QString &addressAndPort, QString *error);
    QString address() const;  // what it listens on, e.g. "127.0.0.1:9435"

    void publish(const SessionInfo &session, const Frame &frame, apps::AppsSnapshotPtr apps = {},
                 int maxSeriesPerFamily = 200);

    struct Snapshot {
        SessionInfo session;
        Frame frame;
        apps::AppsSnapshotPtr apps;  // per-application totals, when the session counts per process
        int maxSeriesPerFamily = 200;
    };
    std::shared_ptr<const Snapshot> latest() const;

private:
    QThread thread_;
    QObject context_;              // lives in thread_: runs the endpoint's setup and teardown
    QObject *endpoint_ = nullptr;  // the QTcpServer, owned by thread_
    QString address_;
    mutable QMutex mutex_;
    std::shared_ptr<const Snapshot> latest_;
};

}  // namespace kinsight::cli
