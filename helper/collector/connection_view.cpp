#include "connection_view.h"

#include "socket.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace kinsight {

namespace {

QString tcpStateName(quint64 state)
{
    static const char *const names[] = {"",          "ESTABLISHED", "SYN_SENT",   "SYN_RECV", "FIN_WAIT1",
                                        "FIN_WAIT2", "TIME_WAIT",   "CLOSE",      "CLOSE_WAIT", "LAST_ACK",
                                        "LISTEN",    "CLOSING",     "NEW_SYN_RECV"};
    return state < std::size(names) ? QString::fromLatin1(names[state]) : QString::number(state);
}

// Whether the ports rules keep a connection whatever its port: the only way to
// keep one whose port is not known.
bool acceptsEveryPort(const config::PortList &ports)
{
    bool everyPort = ports.rules().isEmpty();
    for (const config::PortList::Rule &rule : ports.rules()) {
        if (rule.supersededBy >= 0)
            continue;
        if (rule.negative)
            return false;
        everyPort |= rule.everyPort;
    }
    return everyPort;
}

}  // namespace

// ---- ConnectionRules ----

ConnectionRules ConnectionRules::fromConfig(const config::EffectiveConfig &config,
                                            const config::ServiceDirectory &services)
{
    const auto value = [&](QStringView key) {
        const std::optional<config::EffectiveValue> v = config.value(u"socket", u"network connections", key);
        return v ? v->value : QString();
    };
    ConnectionRules rules;
    rules.keep = value(u"enabled") != u"no";
    rules.filter = std::make_shared<const config::ConnectionFilter>(config::ConnectionFilter::fromConfig(config, services));
    rules.resolveServiceNames = value(u"resolve service names") != u"no";
    // The option schema marks it as no longer read by Netdata; Kinsight reads it when it is there.
    bool ok = false;
    const int maximum = value(u"maximum dimensions").toInt(&ok);
    if (ok && maximum > 0)
        rules.maximumDimensions = maximum;
    for (const config::EffectiveValue &v : config.moduleValues(u"socket")) {
        const uint port = v.key.toUInt(&ok);
        if (v.section == u"service name" && ok && port >= 1 && port <= 65535 && !v.value.isEmpty())
            rules.serviceNames.insert(quint16(port), v.value);
    }
    auto shown = [](const QString &text) { return text.isEmpty() ? u"*"_s : text; };
    rules.description = u"ports %1, ips %2, hostnames %3%4, at most %5 rows, %6 service labels%7"_s.arg(
        shown(value(u"ports")), shown(value(u"ips")), shown(value(u"hostnames")),
        rules.filter->resolvesHostnames() ? u" (resolved)"_s : QString())
                            .arg(rules.maximumDimensions)
                            .arg(rules.serviceNames.size())
                            .arg(rules.resolveServiceNames ? u", /etc/services"_s : QString());
    if (!rules.keep)
        rules.description = u"off"_s;
    return rules;
}

// ---- HostnameResolver ----

struct HostnameResolver::State {
    std::mutex mutex;
    std::condition_variable wake;
    Lookup lookup;
    std::unordered_map<std::string, QString> names;
    std::deque<config::IpAddress> queue;
    std::unordered_set<std::string> queued;
    bool stopping = false;

    static std::string keyOf(const config::IpAddress &a)
    {
        return std::string(reinterpret_cast<const char *>(a.bytes().data()), a.bytes().size()) + (a.isV6() ? "6" : "4");
    }

    static void run(const std::shared_ptr<State> &self)
    {
        std::unique_lock lock(self->mutex);
        for (;;) {
            self->wake.wait(lock, [&] { return self->stopping || !self->queue.empty(); });
            if (self->stopping)
                return;
            const config::IpAddress address = self->queue.front();
            self->queue.pop_front();
            lock.unlock();
            const QString name = self->lookup(address);  // may take seconds: nothing waits on it
            lock.lock();
            if (self->names.size() >= kMaxCached)
                self->names.clear();  // a new round of lookups, rather than a table that only grows
            const std::string key = keyOf(address);
            self->names[key] = name;
            self->queued.erase(key);
        }
    }
};

HostnameResolver::HostnameResolver(Lookup lookup) : state_(std::make_shared<State>())
{
    state_->lookup = std::move(lookup);
    // Detached with its own reference to the state, so that a session ending during
    // a slow lookup does not wait for it.
    std::thread([state = state_] { State::run(state); }).detach();
}

HostnameResolver::~HostnameResolver()
{
    {
        std::lock_guard lock(state_->mutex);
        state_->stopping = true;
    }
    state_->wake.notify_all();
}

std::optional<QString> HostnameResolver::nameOf(const config::IpAddress &address)
{
    const std::string key = State::keyOf(address);
    {
        std::lock_guard lock(state_->mutex);
        if (auto it = state_->names.find(key); it != state_->names.end())
            return it->second;
        if (state_->queued.size() >= kMaxQueued || !state_->queued.insert(key).second)
            return std::nullopt;
        state_->queue.push_back(address);
    }
    state_->wake.notify_one();
    return std::nullopt;
}

QString HostnameResolver::systemLookup(const config::IpAddress &address)
{
    sockaddr_storage ss{};
    socklen_t length = 0;
    if (address.isV6()) {
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&ss);
        sin6->sin6_family = AF_INET6;
        std::memcpy(&sin6->sin6_addr, address.bytes().data(), 16);
        length = sizeof(*sin6);
    } else {
        auto *sin = reinterpret_cast<sockaddr_in *>(&ss);
        sin->sin_family = AF_INET;
        std::memcpy(&sin->sin_addr, address.bytes().data() + 12, 4);
        length = sizeof(*sin);
    }
    char host[NI_MAXHOST];
    if (getnameinfo(reinterpret_cast<sockaddr *>(&ss), length, host, sizeof host, nullptr, 0, NI_NAMEREQD) != 0)
        return {};
    return QString::fromUtf8(host);
}

// ---- Connection ----

std::optional<Connection> Connection::decode(const std::string &key, const std::vector<uint64_t> &values)
{
    socket_conn_key k{};
    if (key.size() != sizeof k || values.size() < SOCKET_CONN_VALUES)
        return std::nullopt;
    std::memcpy(&k, key.data(), sizeof k);
    if (k.family != AF_INET && k.family != AF_INET6)
        return std::nullopt;
    Connection c;
    c.protocol = k.protocol == IPPROTO_TCP       ? u"tcp"_s
                 : k.protocol == IPPROTO_UDPLITE ? u"udplite"_s
                                                 : u"udp"_s;
    c.v6 = k.family == AF_INET6;
    auto address = [&](const __u8 *bytes) {
        if (c.v6) {
            std::array<quint8, 16> a{};
            std::memcpy(a.data(), bytes, 16);
            return config::IpAddress::v6(a);
        }
        quint32 network = 0;
        std::memcpy(&network, bytes, 4);
        return config::IpAddress::v4(ntohl(network));
    };
    c.local = address(k.local_addr);
    c.remote = address(k.remote_addr);
    c.localPort = k.local_port;
    c.remotePort = k.remote_port;
    c.pid = k.tgid;
    c.process = QString::fromUtf8(k.comm, qsizetype(strnlen(k.comm, sizeof k.comm)));
    c.outbound = values[SOCKET_CONN_CONNECTS] > 0;
    c.inbound = values[SOCKET_CONN_ACCEPTS] > 0;
    c.state = values[SOCKET_CONN_STATE];
    return c;
}

// ---- ConnectionView ----

ConnectionView::ConnectionView(ConnectionRules rules, config::ServiceDirectory services,
                               std::shared_ptr<HostnameResolver> resolver)
    : rules_(std::move(rules)), services_(std::move(services)), resolver_(std::move(resolver)),
      other_(SOCKET_CONN_VALUES, 0)
{
    if (!resolver_ && rules_.filter && rules_.filter->resolvesHostnames())
        resolver_ = std::make_shared<HostnameResolver>();
}

QString ConnectionView::serviceName(quint16 port, QStringView protocol)
{
    if (port == 0)
        return {};
    if (auto label = rules_.serviceNames.constFind(port); label != rules_.serviceNames.cend())
        return label.value();
    if (!rules_.resolveServiceNames)
        return {};
    const QString key = QString::number(port) + u'/' + protocol;
    auto cached = serviceCache_.constFind(key);
    if (cached == serviceCache_.cend())
        cached = serviceCache_.insert(key, services_.nameOf(port, protocol));
    return cached.value();
}

bool ConnectionView::kept(const Connection &c, const QString &hostname) const
{
    const config::ConnectionFilter *filter = rules_.filter.get();
    if (!filter)
        return true;
    const quint16 port = c.servicePort();
    if (port != 0)
        return filter->decide(port, c.remote, hostname).accepted;
    // The peer is not known: only rules that take every port can keep it.
    if (!acceptsEveryPort(filter->ports()) || !filter->ips().decide(c.remote).accepted)
        return false;
    return hostname.isEmpty() || !filter->resolvesHostnames() || filter->hostnames().decide(hostname).accepted;
}

QMap<QString, QString> ConnectionView::fields(const Connection &c, const QString &hostname)
{
    const bool peerKnown = c.remotePort != 0;
    QMap<QString, QString> f{
        {u"protocol"_s, c.protocol},
        {u"family"_s, c.v6 ? u"ipv6"_s : u"ipv4"_s},
        {u"local_address"_s, c.local.toString()},
        {u"local_port"_s, QString::number(c.localPort)},
        {u"remote_address"_s, peerKnown ? c.remote.toString() : QString()},
        {u"remote_port"_s, peerKnown ? QString::number(c.remotePort) : QString()},
        {u"direction"_s, c.outbound ? u"outbound"_s : c.inbound ? u"inbound"_s : QString()},
        {u"pid"_s, QString::number(c.pid)},
        {u"process"_s, c.process},
    };
    if (c.protocol == u"tcp")
        f.insert(u"state"_s, tcpStateName(c.state));
    else if (c.state == 1)
        f.insert(u"state"_s, u"connected"_s);  // a UDP socket keeps TCP_ESTABLISHED once connect()ed
    if (const QString service = serviceName(c.servicePort(), c.protocol); !service.isEmpty())
        f.insert(u"service"_s, service);
    if (!hostname.isEmpty())
        f.insert(u"hostname"_s, hostname);
    return f;
}

void ConnectionView::apply(const engine::Snapshot &snapshot, Frame &frame)
{
    const engine::ModuleSnapshot *source = nullptr;
    for (const engine::ModuleSnapshot &m : snapshot.modules)
        if (m.module == kModule)
            source = &m;
    ModuleFrame *target = nullptr;
    for (ModuleFrame &m : frame.modules)
        if (m.module == QLatin1String(kModule))
            target = &m;
    if (!source || !target)
        return;
    const auto raw = source->keyed.find(kTable);
    if (raw == source->keyed.end())
        return;
    QList<KeyedCounters> &rows = target->keyed[QString::fromLatin1(kTable)];
    rows.clear();
    if (!rules_.keep)
        return;

    // Connections the kernel forgot (LRU) free their place first, for this read's new
    // ones. Element pointers of an unordered_map survive insertions and erasures.
    const uint64_t read = ++reads_;
    std::vector<Seen *> known(raw->second.size(), nullptr);
    for (size_t i = 0; i < raw->second.size(); ++i)
        if (auto it = seen_.find(raw->second[i].key); it != seen_.end()) {
            it->second.read = read;
            known[i] = &it->second;
        }
    for (auto it = seen_.begin(); it != seen_.end();) {
        if (it->second.read == read) {
            ++it;
            continue;
        }
        ownRows_ -= it->second.place == Seen::Place::Own;
        it = seen_.erase(it);
    }

    const bool resolving = resolver_ && rules_.filter && rules_.filter->resolvesHostnames();
    bool overflow = false;
    int otherRows = 0;
    for (size_t i = 0; i < raw->second.size(); ++i) {
        const engine::KeyedRow &row = raw->second[i];
        Seen *seen = known[i];
        std::optional<Connection> c;
        QString hostname;
        if (!seen || seen->namePending) {
            c = Connection::decode(row.key, row.values);
            if (!c)
                continue;
            std::optional<QString> name;
            if (resolving && c->remotePort != 0)
                name = resolver_->nameOf(c->remote);
            hostname = name.value_or(QString());
            const bool keep = kept(*c, hostname);
            if (!seen) {
                // A row keeps where it went: moving between its own row and "other"
                // would make both jump.
                Seen fresh;
                fresh.place = !keep                                  ? Seen::Place::Dropped
                              : ownRows_ < rules_.maximumDimensions ? Seen::Place::Own
                                                                     : Seen::Place::Other;
                fresh.read = read;
                ownRows_ += fresh.place == Seen::Place::Own;
                if (fresh.place == Seen::Place::Other)
                    fresh.counted.assign(SOCKET_CONN_VALUES, 0);
                seen = &seen_.emplace(row.key, std::move(fresh)).first->second;
            } else if (!keep && seen->place != Seen::Place::Dropped) {
                // Its host name, now known, rejects it: what "other" got stays there.
                ownRows_ -= seen->place == Seen::Place::Own;
                seen->place = Seen::Place::Dropped;
            }
            seen->namePending = resolving && c->remotePort != 0 && !name;
        }
        switch (seen->place) {
        case Seen::Place::Dropped:
            continue;
        case Seen::Place::Own:
            if (!c && !(c = Connection::decode(row.key, row.values)))
                continue;
            if (resolving && hostname.isEmpty() && c->remotePort != 0)
                hostname = resolver_->nameOf(c->remote).value_or(QString());
            rows.append({QString::fromStdString(row.label), QList<quint64>(row.values.begin(), row.values.end()),
                         fields(*c, hostname)});
            continue;
        case Seen::Place::Other:
            break;
        }
        overflow = true;
        ++otherRows;
        for (size_t v = 0; v < SOCKET_CONN_VALUES; ++v) {
            if (v == SOCKET_CONN_STATE)
                continue;  // a state, not a count
            // A smaller value is a new row under the same key: the kernel forgot the old one.
            uint64_t &counted = seen->counted[v];
            const uint64_t now = row.values[v];
            other_[v] += now >= counted ? now - counted : now;
            counted = now;
        }
    }
    if (overflow || std::any_of(other_.begin(), other_.end(), [](uint64_t v) { return v != 0; }))
        rows.append({QString::fromLatin1(kOther), QList<quint64>(other_.begin(), other_.end()),
                     {{u"connections"_s, QString::number(otherRows)}}});
}

}  // namespace kinsight
