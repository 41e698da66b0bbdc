// socket: ks-workload-socket's TCP and UDP traffic over loopback. The tree's
// totals must be exact in every family that can give them, and the connection
// table must hold one row per socket end of the workload, with exact bytes and
// calls.
//
// The table is checked here, inside `expected`, because a scenario has no other
// hook after the run: a row that does not match adds an entry named after it
// that no metric can satisfy, so the run fails on a line that says which row.
#include "scenario.h"

#include "socket.h"

#include <netinet/in.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace kinsight::exactness {
namespace {

// sends = 6 and datagrams = 5 take every syscall the workload rotates through
// (send/write/sendmsg/writev; sendto, sendmsg, sendmmsg of two).
struct Params {
    long sends = 6, bytes = 1000, datagrams = 5, datagram = 300;
    bool peek = true;  // one MSG_PEEK receive per receiving socket: a call, no bytes
    bool retransmit = true;
};
const Params p;

// The run's private directory, where the workload writes which ports it used.
std::string runDir;

std::string kv(const char *k, long v)
{
    return std::string(k) + "=" + std::to_string(v);
}

struct End {
    std::string name;  // "tcp4-client", "udp6-server", "retransmit-b" ...
    int localPort = 0;
    int remotePort = 0;
};

struct Report {
    long pid = 0;
    std::vector<End> ends;
};

Report readReport()
{
    Report r;
    std::ifstream in(runDir + "/sockets");
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string first;
        words >> first;
        if (first == "pid") {
            words >> r.pid;
        } else {
            End e{first};
            words >> e.localPort >> e.remotePort;
            r.ends.push_back(e);
        }
    }
    return r;
}

constexpr long kTcpClose = 7;  // the kernel's TCP_CLOSE, which a row keeps once closed

// What one socket end's row must hold; `hook` feeds the value (skipped when unattached).
struct Want {
    int value;
    long expected;
    const char *hook;
};

const char *const kValueNames[SOCKET_CONN_VALUES] = {"bytes_sent", "bytes_received", "sends",  "receives", "retransmits",
                                                     "connects",   "accepts",        "closes", "state"};

std::vector<Want> wanted(const End &e)
{
    const bool udp = e.name.rfind("udp", 0) == 0;
    const bool v6 = e.name[3] == '6';
    const char *connect = v6 ? "connect_v6" : "connect_v4";
    const long stream = p.sends * p.bytes, datagrams = p.datagrams * p.datagram;
    const long peeks = p.peek ? 1 : 0;
    if (e.name == "tcp4-client" || e.name == "tcp6-client")
        return {{SOCKET_CONN_BYTES_SENT, stream, "tcp_send"}, {SOCKET_CONN_SENDS, p.sends, "tcp_send"},
                {SOCKET_CONN_RECEIVES, 0, "tcp_recv"},         {SOCKET_CONN_CONNECTS, 1, connect},
                {SOCKET_CONN_ACCEPTS, 0, "accept"},           {SOCKET_CONN_CLOSES, 1, "tcp_close"},
                {SOCKET_CONN_STATE, kTcpClose, "tcp_close"}};
    if (e.name == "tcp4-server" || e.name == "tcp6-server")
        return {{SOCKET_CONN_BYTES_RECEIVED, stream, "tcp_recv"}, {SOCKET_CONN_RECEIVES, p.sends + peeks, "tcp_recv"},
                {SOCKET_CONN_SENDS, 0, "tcp_send"},               {SOCKET_CONN_CONNECTS, 0, connect},
                {SOCKET_CONN_ACCEPTS, 1, "accept"},               {SOCKET_CONN_CLOSES, 1, "tcp_close"},
                {SOCKET_CONN_STATE, kTcpClose, "tcp_close"}};
    if (udp && e.name.find("client") != std::string::npos)
        return {{SOCKET_CONN_BYTES_SENT, datagrams, "udp_send"}, {SOCKET_CONN_SENDS, p.datagrams, "udp_send"},
                {SOCKET_CONN_RECEIVES, 0, "udp_recv"}};
    if (udp)
        return {{SOCKET_CONN_BYTES_RECEIVED, datagrams, "udp_recv"},
                {SOCKET_CONN_RECEIVES, p.datagrams + peeks, "udp_recv"},
                {SOCKET_CONN_SENDS, 0, "udp_send"}};
    if (e.name == "retransmit-a")
        return {{SOCKET_CONN_CONNECTS, 1, "connect_v4"},
                {SOCKET_CONN_RETRANSMITS, 0, "tcp_retransmit"},
                {SOCKET_CONN_CLOSES, 1, "tcp_close"}};
    return {{SOCKET_CONN_CONNECTS, 1, "connect_v4"},
            {SOCKET_CONN_RETRANSMITS, 1, "tcp_retransmit"},
            {SOCKET_CONN_CLOSES, 1, "tcp_close"}};
}

// The variant `hook` attached ("fexit tcp_sendmsg", "tp_btf sys_exit (...)"); "" when none.
std::string chosen(const ScenarioContext &c, const std::string &hook)
{
    for (const auto &report : c.engine->reports())
        if (report.module == "socket")
            for (const auto &h : report.hooks)
                if (h.hook == hook)
                    return h.kind ? h.chosen : std::string();
    return {};
}

// Whether `hook` attached a program. A hook can also end on a candidate that
// only says why its counters are unavailable (sock_send_length before 6.3):
// it has a family then, but feeds no row.
bool feeds(const ScenarioContext &c, const char *hook)
{
    const std::string variant = chosen(c, hook);
    return !variant.empty() && variant != "none";
}

// Checks the workload's rows of the connection table; a failed check becomes an
// expected metric that nothing measures.
void checkConnections(const ScenarioContext &c, std::map<std::string, long> &e)
{
    const Report report = readReport();
    if (report.pid <= 0 || report.ends.empty()) {
        e["connections: workload report " + runDir + "/sockets"] = 1;
        return;
    }
    // The engine is read once more, after the totals: the table is not part of them.
    const engine::Snapshot snap = const_cast<engine::Engine *>(c.engine)->read();
    std::vector<std::pair<socket_conn_key, std::vector<uint64_t>>> rows;
    for (const auto &m : snap.modules) {
        const auto table = m.keyed.find("connections");
        if (m.module != "socket" || table == m.keyed.end())
            continue;
        for (const engine::KeyedRow &row : table->second) {
            socket_conn_key key{};
            if (row.key.size() != sizeof key)
                continue;
            std::memcpy(&key, row.key.data(), sizeof key);
            if (long(key.tgid) == report.pid)
                rows.emplace_back(key, row.values);
        }
    }

    for (const End &end : report.ends) {
        const bool udp = end.name.rfind("udp", 0) == 0;
        const bool v6 = end.name[3] == '6';
        // A datagram's peer is known to the hooks that see the message (functions, and
        // the syscall-exit fallback, which reads the sendto / recvfrom address), not to
        // the sock_*_length events: an unconnected socket's rows there have none.
        const std::string ioHook = udp ? (end.name.find("client") != std::string::npos ? "udp_send" : "udp_recv") : "";
        const bool peerKnown = !udp || c.family("socket", ioHook) != engine::Family::Tracepoint
                               || chosen(c, ioHook).find("sys_exit") != std::string::npos;
        const int remotePort = peerKnown ? end.remotePort : 0;

        std::vector<Want> wants;
        for (const Want &w : wanted(end))
            if (feeds(c, w.hook))
                wants.push_back(w);
        bool makesRow = false;
        for (const Want &w : wants)
            makesRow |= w.expected > 0 && w.value != SOCKET_CONN_STATE && w.value != SOCKET_CONN_CLOSES;
        if (!makesRow) {
            std::printf("  n/a  connections: %-12s no attached hook makes its row here\n", end.name.c_str());
            continue;
        }
        const std::vector<uint64_t> *values = nullptr;
        for (const auto &[key, v] : rows)
            if (key.local_port == end.localPort && key.remote_port == remotePort
                && key.protocol == (udp ? IPPROTO_UDP : IPPROTO_TCP) && key.family == (v6 ? AF_INET6 : AF_INET))
                values = &v;
        const std::string where = "connections: " + end.name + " " + std::to_string(end.localPort) + ">"
                                  + std::to_string(remotePort);
        if (!values) {
            std::printf("  FAIL %s: no row\n", where.c_str());
            e[where + " row"] = 1;
            continue;
        }
        std::string line;
        for (const Want &w : wants) {
            const long got = long((*values)[size_t(w.value)]);
            line += std::string(" ") + kValueNames[w.value] + "=" + std::to_string(got);
            if (got != w.expected) {
                line += "(expected " + std::to_string(w.expected) + ")";
                e[where + " " + kValueNames[w.value]] = w.expected;
            }
        }
        std::printf("  %s %s:%s\n", line.find("expected") == std::string::npos ? "ok  " : "FAIL", where.c_str(),
                    line.c_str());
    }
}

const bool registered = registerScenario({
    "socket",
    {"socket"},
    "ks-workload-socket",
    [](const std::string &dir) {
        runDir = dir;
        return std::vector<std::string>{kv("sends", p.sends),         kv("bytes", p.bytes),
                                        kv("datagrams", p.datagrams), kv("datagram", p.datagram),
                                        kv("peek", p.peek),           kv("retransmit", p.retransmit),
                                        "report=" + dir + "/sockets"};
    },
    nullptr,
    [](const ScenarioContext &c) {
        // Per family (IPv4, IPv6): N sends and N receives of B bytes over TCP, K
        // datagrams of U bytes each way over UDP, a peek on each receiving socket,
        // one connect and one accept.
        const long tcpBytes = 2 * p.sends * p.bytes, udpBytes = 2 * p.datagrams * p.datagram;
        const long peeks = p.peek ? 1 : 0;
        std::map<std::string, long> e = {
            {"bandwidth_tcp_send", 2 * p.sends},
            {"bandwidth_tcp_recv", 2 * (p.sends + peeks)},
            {"bandwidth_udp_send", 2 * p.datagrams},
            {"bandwidth_udp_recv", 2 * (p.datagrams + peeks)},
            {"total_bandwidth_sent", tcpBytes + udpBytes},
            {"total_bandwidth_recv", tcpBytes + udpBytes},
            {"tcp_v4_connection", 1 + (p.retransmit ? 2 : 0)},
            {"tcp_v6_connection", 1},
            {"bandwidth_tcp_retransmit", p.retransmit ? 1 : 0},
        };
        checkConnections(c, e);
        return e;
    },
});

}  // namespace
}  // namespace kinsight::exactness
