// The socket module's connections as frames carry them. The kernel keeps a
// bounded table of every socket end (bpf/socket.h); this view decodes its
// keys into fields (addresses, ports, process, state), keeps the rows that
// network.conf's [network connections] accepts, names ports ([service name],
// then /etc/services) and, when asked, peers (reverse DNS, never on the
// sampling thread), and bounds the stream: beyond `maximum dimensions`
// connections, new ones are summed into one "other" row.
#pragma once

#include "engine.h"
#include "frame.h"

#include "config/connection_filter.h"
#include "config/effective_config.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace kinsight {

// network.conf's [network connections] and [service name]. Default-constructed,
// it holds Kinsight's defaults (see backend/config's schema): every connection,
// /etc/services names, no host name lookups, up to 500 rows.
struct ConnectionRules {
    static constexpr int kDefaultMaximumDimensions = 500;  // the seed README's default

    bool keep = true;                                        // false: no rows at all
    std::shared_ptr<const config::ConnectionFilter> filter;  // null: every row, no host names
    QString description;                                     // compared to see a change
    QMap<quint16, QString> serviceNames;                     // [service name]: port -> label
    bool resolveServiceNames = true;                         // also name ports from /etc/services
    int maximumDimensions = kDefaultMaximumDimensions;

    // From the socket module's effective settings. `keep` also needs `network
    // connections = yes` in [ebpf programs], which the caller knows about.
    static ConnectionRules fromConfig(const config::EffectiveConfig &config,
                                      const config::ServiceDirectory &services = config::ServiceDirectory::system());
};

// Reverse DNS lookups on a thread of their own. The sampling loop only reads
// the cache: an address not looked up yet is queued and has no name this time.
class HostnameResolver {
public:
    using Lookup = std::function<QString(const config::IpAddress &)>;  // "" when the address has no name
    static constexpr size_t kMaxCached = 4096;
    static constexpr size_t kMaxQueued = 256;

    explicit HostnameResolver(Lookup lookup = systemLookup);
    // Does not wait for a lookup in progress: the thread ends when it returns.
    ~HostnameResolver();
    HostnameResolver(const HostnameResolver &) = delete;
    HostnameResolver &operator=(const HostnameResolver &) = delete;

    // The name when looked up ("" = the address has none); nullopt = not yet.
    std::optional<QString> nameOf(const config::IpAddress &address);

    static QString systemLookup(const config::IpAddress &address);  // getnameinfo(NI_NAMEREQD)

private:
    struct State;
    std::shared_ptr<State> state_;
};

// One decoded row of the kernel's connection table.
struct Connection {
    QString protocol;  // "tcp", "udp", "udplite"
    bool v6 = false;
    config::IpAddress local;
    config::IpAddress remote;
    quint16 localPort = 0;
    quint16 remotePort = 0;  // 0: the peer is not known (an unconnected UDP socket seen without its messages)
    quint32 pid = 0;
    QString process;
    bool outbound = false;  // this process connected it
    bool inbound = false;   // this process accepted it
    quint64 state = 0;

    // The port of the connection's server side: what [network connections] `ports` and
    // service names are about (an accepted connection's is its local port).
    quint16 servicePort() const { return inbound ? localPort : remotePort; }

    static std::optional<Connection> decode(const std::string &key, const std::vector<uint64_t> &values);
};

class ConnectionView {
public:
    static constexpr const char *kModule = "socket";
    static constexpr const char *kTable = "connections";
    static constexpr const char *kOther = "other";

    explicit ConnectionView(ConnectionRules rules,
                            config::ServiceDirectory services = config::ServiceDirectory::system(),
                            std::shared_ptr<HostnameResolver> resolver = nullptr);

    // Replaces the raw rows of the socket module's table in `frame` (made from
    // `snapshot` by toFrame) by the kept, named and bounded ones.
    void apply(const engine::Snapshot &snapshot, Frame &frame);

    const ConnectionRules &rules() const { return rules_; }
    // [service name] first (any protocol), then /etc/services under `protocol`.
    QString serviceName(quint16 port, QStringView protocol = u"tcp");

private:
    bool kept(const Connection &c, const QString &hostname) const;
    QMap<QString, QString> fields(const Connection &c, const QString &hostname);

    // Where a kernel row goes, decided when it first appears (and again while its
    // peer's name is being looked up): decoding and filtering thousands of rows
    // every interval would cost more than reading them.
    struct Seen {
        enum class Place { Own, Other, Dropped } place = Place::Dropped;
        bool namePending = false;
        uint64_t read = 0;              // the last read that had it
        std::vector<uint64_t> counted;  // Other: values already added to "other"
    };

    ConnectionRules rules_;
    config::ServiceDirectory services_;
    std::shared_ptr<HostnameResolver> resolver_;
    std::unordered_map<std::string, Seen> seen_;  // by kernel key: the rows of the last read
    int ownRows_ = 0;
    uint64_t reads_ = 0;
    std::vector<uint64_t> other_;  // cumulative, like every value in a frame
    QHash<QString, QString> serviceCache_;  // "port/protocol" -> name ("" = none)
};

}  // namespace kinsight
