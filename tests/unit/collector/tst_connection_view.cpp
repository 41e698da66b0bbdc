// The connection view: kernel rows of the socket module's table become named,
// filtered and bounded frame rows, the way network.conf says, without waiting
// for host name lookups.
#include "connection_view.h"
#include "engine_bridge.h"

#include "socket.h"

#include "config/config_validator.h"
#include "config/ini_document.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <QElapsedTimer>
#include <QTest>

#include <chrono>
#include <cstring>
#include <thread>

using namespace kinsight;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kServices = "http 80/tcp www\nssh 22/tcp\ndomain 53/tcp\ndomain 53/udp\n"
                             "exec 512/tcp\nbiff 512/udp comsat\nshell 514/tcp cmd\nsyslog 514/udp\n";

config::ServiceDirectory services()
{
    return config::ServiceDirectory::fromServicesText(kServices);
}

struct Row {
    const char *local;
    int localPort;
    const char *remote;
    int remotePort;
    int protocol = IPPROTO_TCP;
    uint32_t pid = 100;
    uint64_t sent = 0;
    bool outbound = true;
};

engine::KeyedRow kernelRow(const Row &r)
{
    socket_conn_key k{};
    const bool v6 = std::strchr(r.local, ':') != nullptr;
    k.family = v6 ? AF_INET6 : AF_INET;
    inet_pton(k.family, r.local, k.local_addr);
    inet_pton(k.family, r.remote, k.remote_addr);
    k.local_port = quint16(r.localPort);
    k.remote_port = quint16(r.remotePort);
    k.protocol = quint8(r.protocol);
    k.tgid = r.pid;
    std::strncpy(k.comm, "curl", sizeof k.comm);
    engine::KeyedRow row;
    row.key.assign(reinterpret_cast<const char *>(&k), sizeof k);
    row.values.assign(SOCKET_CONN_VALUES, 0);
    row.values[SOCKET_CONN_BYTES_SENT] = r.sent;
    row.values[SOCKET_CONN_SENDS] = r.sent ? 1 : 0;
    row.values[r.outbound ? SOCKET_CONN_CONNECTS : SOCKET_CONN_ACCEPTS] = r.protocol == IPPROTO_TCP;
    row.values[SOCKET_CONN_STATE] = r.protocol == IPPROTO_TCP ? 1 : 7;
    row.label = std::string(r.local) + ":" + std::to_string(r.localPort) + " > " + r.remote + ":"
                + std::to_string(r.remotePort) + " pid " + std::to_string(r.pid);
    return row;
}

engine::Snapshot snapshotOf(const QList<Row> &rows)
{
    engine::Snapshot snap;
    engine::ModuleSnapshot m;
    m.module = "socket";
    m.global.assign(SOCKET_COUNTERS, 0);
    for (const Row &r : rows)
        m.keyed["connections"].push_back(kernelRow(r));
    snap.modules.push_back(std::move(m));
    return snap;
}

QList<KeyedCounters> viewed(ConnectionView &view, const QList<Row> &rows)
{
    const engine::Snapshot snap = snapshotOf(rows);
    Frame frame = toFrame(snap, 1);
    view.apply(snap, frame);
    return frame.modules[0].keyed.value(u"connections"_s);
}

ConnectionRules rulesFor(const char *ports, const char *ips, const char *hostnames = "*", bool resolve = false)
{
    ConnectionRules rules;
    rules.filter = std::make_shared<const config::ConnectionFilter>(config::ConnectionFilter::fromValues(
        QString::fromLatin1(ports), QString::fromLatin1(ips), QString::fromLatin1(hostnames), resolve, services()));
    return rules;
}

const KeyedCounters *rowWith(const QList<KeyedCounters> &rows, const QString &field, const QString &value)
{
    for (const KeyedCounters &r : rows)
        if (r.fields.value(field) == value)
            return &r;
    return nullptr;
}

config::EffectiveConfig networkConf(const QByteArray &text)
{
    config::SettingsFile file{u"network.conf"_s, config::FileRole::forModule(u"socket"_s), config::SourceTree::Kinsight,
                              config::IniDocument::parse(text)};
    return config::EffectiveConfig::resolve(std::nullopt, {file}, config::DefaultSet::Kinsight,
                                            config::ConfigValidator(services()));
}

}  // namespace

class TestConnectionView : public QObject {
    Q_OBJECT
private slots:
    void rowsBecomeNamedFields()
    {
        ConnectionView view(ConnectionRules{}, services());
        const auto rows = viewed(view, {{"10.0.0.2", 40000, "93.184.216.34", 80, IPPROTO_TCP, 7, 1500},
                                        {"::1", 22, "::1", 51000, IPPROTO_TCP, 8, 0, false},
                                        {"127.0.0.1", 5353, "0.0.0.0", 0, IPPROTO_UDP, 9, 300}});
        QCOMPARE(rows.size(), 3);
        const KeyedCounters *http = rowWith(rows, u"pid"_s, u"7"_s);
        QVERIFY(http);
        QCOMPARE(http->values[SOCKET_CONN_BYTES_SENT], 1500u);
        QCOMPARE(http->fields.value(u"protocol"_s), u"tcp"_s);
        QCOMPARE(http->fields.value(u"family"_s), u"ipv4"_s);
        QCOMPARE(http->fields.value(u"local_address"_s), u"10.0.0.2"_s);
        QCOMPARE(http->fields.value(u"remote_address"_s), u"93.184.216.34"_s);
        QCOMPARE(http->fields.value(u"remote_port"_s), u"80"_s);
        QCOMPARE(http->fields.value(u"service"_s), u"http"_s);
        QCOMPARE(http->fields.value(u"direction"_s), u"outbound"_s);
        QCOMPARE(http->fields.value(u"process"_s), u"curl"_s);
        QCOMPARE(http->fields.value(u"state"_s), u"ESTABLISHED"_s);
        // An accepted connection's service is its local port.
        const KeyedCounters *ssh = rowWith(rows, u"pid"_s, u"8"_s);
        QCOMPARE(ssh->fields.value(u"direction"_s), u"inbound"_s);
        QCOMPARE(ssh->fields.value(u"service"_s), u"ssh"_s);
        QCOMPARE(ssh->fields.value(u"family"_s), u"ipv6"_s);
        QCOMPARE(ssh->fields.value(u"remote_address"_s), u"::1"_s);
        // An unconnected UDP socket seen without its messages has no peer.
        const KeyedCounters *udp = rowWith(rows, u"pid"_s, u"9"_s);
        QCOMPARE(udp->fields.value(u"protocol"_s), u"udp"_s);
        QVERIFY(udp->fields.value(u"remote_port"_s).isEmpty());
        QVERIFY(!udp->fields.contains(u"state"_s));
    }

    void serviceNameSectionWinsOverServicesFile()
    {
        ConnectionRules rules;
        rules.serviceNames = {{19999, u"Netdata"_s}, {80, u"web"_s}};
        ConnectionView view(rules, services());
        QCOMPARE(view.serviceName(19999), u"Netdata"_s);
        QCOMPARE(view.serviceName(80), u"web"_s);
        QCOMPARE(view.serviceName(22), u"ssh"_s);
        rules.resolveServiceNames = false;
        ConnectionView bare(rules, services());
        QCOMPARE(bare.serviceName(22), QString());
        QCOMPARE(bare.serviceName(19999), u"Netdata"_s);
    }

    void portsAndIpsFilterLikeNetdata()
    {
        ConnectionView view(rulesFor("1-1024 !22 !domain", "!127.0.0.1/8 10.0.0.0/8 192.168.0.0-192.168.0.255 fc00::/7"),
                            services());
        const auto rows = viewed(view, {
                                           {"10.0.0.2", 40000, "10.1.2.3", 80, IPPROTO_TCP, 1},       // kept
                                           {"10.0.0.2", 40001, "10.1.2.3", 22, IPPROTO_TCP, 2},       // !22
                                           {"10.0.0.2", 40002, "10.1.2.3", 53, IPPROTO_UDP, 3},       // !domain
                                           {"10.0.0.2", 40003, "8.8.8.8", 443, IPPROTO_TCP, 4},       // not a listed network
                                           {"127.0.0.1", 40004, "127.0.0.1", 80, IPPROTO_TCP, 5},     // !127.0.0.1/8
                                           {"10.0.0.2", 40005, "192.168.0.9", 8080, IPPROTO_TCP, 6},  // port > 1024
                                           {"10.0.0.2", 40006, "192.168.0.9", 443, IPPROTO_TCP, 7},   // dash range
                                           {"fd00::2", 40007, "fd00::1", 443, IPPROTO_TCP, 8},        // CIDR v6
                                           {"10.0.0.2", 443, "10.9.9.9", 50000, IPPROTO_TCP, 9, 0, false},  // inbound to 443
                                           {"10.0.0.2", 5353, "0.0.0.0", 0, IPPROTO_UDP, 10},  // peer unknown
                                       });
        QStringList pids;
        for (const KeyedCounters &r : rows)
            pids.append(r.fields.value(u"pid"_s));
        pids.sort();
        QCOMPARE(pids, (QStringList{u"1"_s, u"7"_s, u"8"_s, u"9"_s}));
    }

    void unknownPeersStayWhenEveryPortIsKept()
    {
        ConnectionView all(rulesFor("*", "*"), services());
        QCOMPARE(viewed(all, {{"10.0.0.2", 5353, "0.0.0.0", 0, IPPROTO_UDP}}).size(), 1);
        ConnectionView some(rulesFor("53", "*"), services());
        QCOMPARE(viewed(some, {{"10.0.0.2", 5353, "0.0.0.0", 0, IPPROTO_UDP}}).size(), 0);
    }

    void keepOffEmptiesTheTable()
    {
        ConnectionRules rules;
        rules.keep = false;
        ConnectionView view(rules, services());
        QCOMPARE(viewed(view, {{"10.0.0.2", 40000, "10.1.2.3", 80}}).size(), 0);
    }

    void maximumDimensionsAndTheOtherBucket()
    {
        ConnectionRules rules;
        rules.maximumDimensions = 2;
        ConnectionView view(rules, services());
        QList<Row> rows = {{"10.0.0.2", 1001, "10.1.2.3", 80, IPPROTO_TCP, 1, 10},
                           {"10.0.0.2", 1002, "10.1.2.3", 80, IPPROTO_TCP, 2, 20},
                           {"10.0.0.2", 1003, "10.1.2.3", 80, IPPROTO_TCP, 3, 30},
                           {"10.0.0.2", 1004, "10.1.2.3", 80, IPPROTO_TCP, 4, 40}};
        auto out = viewed(view, rows);
        QCOMPARE(out.size(), 3);
        QCOMPARE(out.last().label, u"other"_s);
        QCOMPARE(out.last().values[SOCKET_CONN_BYTES_SENT], 70u);
        QCOMPARE(out.last().values[SOCKET_CONN_STATE], 0u);
        QCOMPARE(out.last().fields.value(u"connections"_s), u"2"_s);

        // Rows keep their place; "other" grows by what its rows add, and keeps what
        // a forgotten row gave it.
        rows[2].sent = 35;
        rows.removeLast();
        out = viewed(view, rows);
        QCOMPARE(out.size(), 3);
        QVERIFY(rowWith(out, u"pid"_s, u"1"_s) && rowWith(out, u"pid"_s, u"2"_s));
        QCOMPARE(out.last().values[SOCKET_CONN_BYTES_SENT], 75u);
        QCOMPARE(out.last().fields.value(u"connections"_s), u"1"_s);

        // A row of its own that goes frees its place for the next new connection.
        rows.removeFirst();
        rows.append({"10.0.0.2", 1005, "10.1.2.3", 80, IPPROTO_TCP, 5, 50});
        out = viewed(view, rows);
        QVERIFY(rowWith(out, u"pid"_s, u"5"_s));
        QVERIFY(!rowWith(out, u"pid"_s, u"3"_s));
        QCOMPARE(out.last().values[SOCKET_CONN_BYTES_SENT], 75u);
    }

    void hostnamesAreLookedUpWithoutWaiting()
    {
        auto resolver = std::make_shared<HostnameResolver>([](const config::IpAddress &a) {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            return a.toString() == u"10.1.2.3" ? u"db.example.com"_s : QString();
        });
        ConnectionView view(rulesFor("*", "*", "!db.* *", true), services(), resolver);
        const QList<Row> rows = {{"10.0.0.2", 1001, "10.1.2.3", 5432, IPPROTO_TCP, 1},
                                 {"10.0.0.2", 1002, "10.4.5.6", 443, IPPROTO_TCP, 2}};
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(viewed(view, rows).size(), 2);  // names unknown yet: Netdata's rule keeps them
        QVERIFY(clock.elapsed() < 200);
        QTRY_VERIFY_WITH_TIMEOUT(resolver->nameOf(config::IpAddress::v4(0x0a040506)).has_value(), 20000);
        const auto out = viewed(view, rows);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].fields.value(u"pid"_s), u"2"_s);
        QVERIFY(!out[0].fields.contains(u"hostname"_s));  // looked up, no name
    }

    // Each row is one connection under one set of [network connections] rules:
    // Netdata's port words (N, N-M, N:M, service names, '*', '!'), its address
    // words (single, CIDR, dash ranges, IPv6, '!'), and host name patterns,
    // which apply only when host names are resolved.
    void filter_data()
    {
        QTest::addColumn<QString>("ports");
        QTest::addColumn<QString>("ips");
        QTest::addColumn<QString>("hostnames");
        QTest::addColumn<bool>("resolve");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<int>("remotePort");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<bool>("inbound");  // accepted: the service port is the local one (443)
        QTest::addColumn<QString>("name");  // what the peer's reverse lookup gives
        QTest::addColumn<bool>("kept");

        const int tcp = IPPROTO_TCP, udp = IPPROTO_UDP;
        const QString any = u"*"_s, none;
        QTest::newRow("everything") << any << any << any << false << u"8.8.8.8"_s << 443 << tcp << false << none << true;
        QTest::newRow("range N-M, inside") << u"1000-2000"_s << any << any << false << u"10.1.2.3"_s << 1500 << tcp << false
                                 << none << true;
        QTest::newRow("range N:M, upper edge") << u"1000:2000"_s << any << any << false << u"10.1.2.3"_s << 2000 << tcp
                                     << false << none << true;
        QTest::newRow("range N-M, outside") << u"1000-2000"_s << any << any << false << u"10.1.2.3"_s << 2001 << tcp << false
                                  << none << false;
        QTest::newRow("exclusion alone rejects every port")
            << u"!22"_s << any << any << false << u"10.1.2.3"_s << 80 << tcp << false << none << false;
        QTest::newRow("exclusion beats an inclusion") << u"1-1024 !22"_s << any << any << false << u"10.1.2.3"_s << 22 << tcp
                                            << false << none << false;
        QTest::newRow("excluded range, port inside") << u"* !6000-6010"_s << any << any << false << u"10.1.2.3"_s << 6005
                                           << tcp << false << none << false;
        QTest::newRow("excluded range, port outside") << u"* !6000-6010"_s << any << any << false << u"10.1.2.3"_s << 6011
                                            << tcp << false << none << true;
        QTest::newRow("service name") << u"ssh"_s << any << any << false << u"10.1.2.3"_s << 22 << tcp << false << none << true;
        QTest::newRow("excluded service name") << u"* !domain"_s << any << any << false << u"10.1.2.3"_s << 53 << udp << false
                                     << none << false;
        QTest::newRow("star wipes what came before") << u"22 *"_s << any << any << false << u"10.1.2.3"_s << 8080 << tcp
                                           << false << none << true;
        QTest::newRow("inbound: the local port is the service") << u"443"_s << any << any << false << u"10.9.9.9"_s << 50000
                                                     << tcp << true << none << true;
        QTest::newRow("outbound: the remote port is the service") << u"443"_s << any << any << false << u"10.9.9.9"_s
                                                       << 50000 << tcp << false << none << false;
        QTest::newRow("CIDR, inside") << any << u"10.0.0.0/8"_s << any << false << u"10.200.0.1"_s << 80 << tcp << false
                            << none << true;
        QTest::newRow("CIDR, outside") << any << u"10.0.0.0/8"_s << any << false << u"11.0.0.1"_s << 80 << tcp << false
                             << none << false;
        QTest::newRow("CIDR with host bits") << any << u"10.1.2.3/8"_s << any << false << u"10.200.0.1"_s << 80 << tcp
                                   << false << none << true;
        QTest::newRow("dash range, inside") << any << u"192.168.0.10-192.168.0.20"_s << any << false << u"192.168.0.20"_s
                                  << 80 << tcp << false << none << true;
        QTest::newRow("dash range, outside") << any << u"192.168.0.10-192.168.0.20"_s << any << false << u"192.168.0.21"_s
                                   << 80 << tcp << false << none << false;
        QTest::newRow("excluded CIDR") << any << u"!127.0.0.0/8 *"_s << any << false << u"127.0.0.1"_s << 80 << tcp << false
                             << none << false;
        QTest::newRow("excluded CIDR, other address") << any << u"!127.0.0.0/8 *"_s << any << false << u"8.8.8.8"_s << 80
                                            << tcp << false << none << true;
        QTest::newRow("IPv6 CIDR, inside") << any << u"fc00::/7"_s << any << false << u"fd00::1"_s << 80 << tcp << false
                                 << none << true;
        QTest::newRow("IPv6 CIDR, outside") << any << u"fc00::/7"_s << any << false << u"2001:db8::1"_s << 80 << tcp << false
                                  << none << false;
        QTest::newRow("IPv6 dash range") << any << u"2001:db8::1-2001:db8::ff"_s << any << false << u"2001:db8::10"_s << 80
                               << tcp << false << none << true;
        QTest::newRow("IPv4 rule, dual-stack peer") << any << u"10.0.0.0/8"_s << any << false << u"::ffff:10.1.2.3"_s << 80
                                          << tcp << false << none << true;
        QTest::newRow("host name excluded") << any << any << u"!*.internal *"_s << true << u"10.1.2.3"_s << 5432 << tcp
                                  << false << u"db.internal"_s << false;
        QTest::newRow("host name included") << any << any << u"!*.internal *"_s << true << u"10.1.2.4"_s << 443 << tcp
                                  << false << u"web.example.com"_s << true;
        QTest::newRow("host name not listed") << any << any << u"*.example.com"_s << true << u"10.1.2.4"_s << 443 << tcp
                                    << false << u"x.example.org"_s << false;
        QTest::newRow("peer without a name") << any << any << u"*.example.com"_s << true << u"10.1.2.5"_s << 443 << tcp
                                   << false << none << true;
        QTest::newRow("host names ignored when not resolved") << any << any << u"*.example.com"_s << false << u"10.1.2.4"_s
                                                    << 443 << tcp << false << u"x.example.org"_s << true;
        QTest::newRow("unknown UDP peer, every port") << any << any << any << false << u"0.0.0.0"_s << 0 << udp << false
                                            << none << true;
        QTest::newRow("unknown UDP peer, some ports") << u"53"_s << any << any << false << u"0.0.0.0"_s << 0 << udp << false
                                            << none << false;
    }

    void filter()
    {
        QFETCH(QString, ports);
        QFETCH(QString, ips);
        QFETCH(QString, hostnames);
        QFETCH(bool, resolve);
        QFETCH(QString, remote);
        QFETCH(int, remotePort);
        QFETCH(int, protocol);
        QFETCH(bool, inbound);
        QFETCH(QString, name);
        QFETCH(bool, kept);

        const QByteArray remoteText = remote.toLatin1();
        const bool v6 = remote.contains(u':');
        Row r{v6 ? "::" : "10.0.0.2", inbound ? 443 : 40000, remoteText.constData(), remotePort, protocol};
        r.outbound = !inbound;
        const QString lookedUp = name;
        auto resolver = std::make_shared<HostnameResolver>([lookedUp](const config::IpAddress &) { return lookedUp; });
        ConnectionRules rules;
        rules.filter = std::make_shared<const config::ConnectionFilter>(
            config::ConnectionFilter::fromValues(ports, ips, hostnames, resolve, services()));
        ConnectionView view(rules, services(), resolver);
        viewed(view, {r});
        // A row is decided again once its peer's name is known.
        if (resolve && remotePort != 0) {
            const auto peer = config::IpAddress::parse(remote);
            QVERIFY(peer);
            QTRY_VERIFY_WITH_TIMEOUT(resolver->nameOf(*peer).has_value(), 20000);
        }
        const auto rows = viewed(view, {r});
        QCOMPARE(rows.size(), kept ? 1 : 0);
        if (kept && resolve && !name.isEmpty())
            QCOMPARE(rows[0].fields.value(u"hostname"_s), name);
    }

    // [service name] labels a port whatever its protocol; /etc/services names it
    // under the connection's protocol.
    void serviceNames_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<bool>("useServicesFile");
        QTest::addColumn<QString>("expected");

        QTest::newRow("tcp name") << 514 << u"tcp"_s << true << u"shell"_s;
        QTest::newRow("udp name of the same port") << 514 << u"udp"_s << true << u"syslog"_s;
        QTest::newRow("udp only lists its own") << 512 << u"udp"_s << true << u"biff"_s;
        QTest::newRow("tcp-only service over udp") << 22 << u"udp"_s << true << QString();
        QTest::newRow("both protocols") << 53 << u"udp"_s << true << u"domain"_s;
        QTest::newRow("label, tcp") << 19999 << u"tcp"_s << true << u"Netdata"_s;
        QTest::newRow("label, udp") << 19999 << u"udp"_s << true << u"Netdata"_s;
        QTest::newRow("label beats the file") << 80 << u"tcp"_s << true << u"web"_s;
        QTest::newRow("unknown port") << 4 << u"tcp"_s << true << QString();
        QTest::newRow("file off") << 22 << u"tcp"_s << false << QString();
        QTest::newRow("file off, label stays") << 19999 << u"udp"_s << false << u"Netdata"_s;
        QTest::newRow("udplite falls back") << 514 << u"udplite"_s << true << u"shell"_s;
    }

    void serviceNames()
    {
        QFETCH(int, port);
        QFETCH(QString, protocol);
        QFETCH(bool, useServicesFile);
        QFETCH(QString, expected);
        ConnectionRules rules;
        rules.serviceNames = {{19999, u"Netdata"_s}, {80, u"web"_s}};
        rules.resolveServiceNames = useServicesFile;
        ConnectionView view(rules, services());
        QCOMPARE(view.serviceName(quint16(port), protocol), expected);
        // Asked twice: the cache must not mix protocols.
        QCOMPARE(view.serviceName(quint16(port), protocol), expected);
    }

    void rowFields_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("remotePort");
        QTest::addColumn<quint64>("state");
        QTest::addColumn<QString>("stateField");  // "-": no state field
        QTest::addColumn<QString>("service");

        QTest::newRow("tcp established") << int(IPPROTO_TCP) << 80 << quint64(1) << u"ESTABLISHED"_s << u"http"_s;
        QTest::newRow("tcp closed") << int(IPPROTO_TCP) << 22 << quint64(7) << u"CLOSE"_s << u"ssh"_s;
        QTest::newRow("tcp fin wait") << int(IPPROTO_TCP) << 514 << quint64(4) << u"FIN_WAIT1"_s << u"shell"_s;
        QTest::newRow("tcp unknown state") << int(IPPROTO_TCP) << 80 << quint64(99) << u"99"_s << u"http"_s;
        QTest::newRow("udp connected") << int(IPPROTO_UDP) << 514 << quint64(1) << u"connected"_s << u"syslog"_s;
        QTest::newRow("udp unconnected") << int(IPPROTO_UDP) << 53 << quint64(7) << u"-"_s << u"domain"_s;
    }

    void rowFields()
    {
        QFETCH(int, protocol);
        QFETCH(int, remotePort);
        QFETCH(quint64, state);
        QFETCH(QString, stateField);
        QFETCH(QString, service);
        ConnectionView view(ConnectionRules{}, services());
        engine::KeyedRow row = kernelRow({"10.0.0.2", 40000, "10.1.2.3", remotePort, protocol, 42, 1200});
        row.values[SOCKET_CONN_STATE] = state;
        row.values[SOCKET_CONN_BYTES_RECEIVED] = 3400;
        engine::Snapshot snap = snapshotOf({});
        snap.modules[0].keyed["connections"].push_back(row);
        Frame frame = toFrame(snap, 1);
        view.apply(snap, frame);
        const auto rows = frame.modules[0].keyed.value(u"connections"_s);
        QCOMPARE(rows.size(), 1);
        const KeyedCounters &r = rows[0];
        QCOMPARE(r.fields.value(u"local_address"_s), u"10.0.0.2"_s);
        QCOMPARE(r.fields.value(u"local_port"_s), u"40000"_s);
        QCOMPARE(r.fields.value(u"remote_address"_s), u"10.1.2.3"_s);
        QCOMPARE(r.fields.value(u"remote_port"_s), QString::number(remotePort));
        QCOMPARE(r.fields.value(u"pid"_s), u"42"_s);
        QCOMPARE(r.fields.value(u"process"_s), u"curl"_s);
        QCOMPARE(r.fields.value(u"service"_s), service);
        QCOMPARE(r.values[SOCKET_CONN_BYTES_SENT], 1200u);
        QCOMPARE(r.values[SOCKET_CONN_BYTES_RECEIVED], 3400u);
        if (stateField == u"-")
            QVERIFY(!r.fields.contains(u"state"_s));
        else
            QCOMPARE(r.fields.value(u"state"_s), stateField);
    }

    // network.conf as a user writes it -> the rules the view applies.
    void rulesFromConfig_data()
    {
        QTest::addColumn<QByteArray>("conf");
        QTest::addColumn<bool>("keep");
        QTest::addColumn<int>("maximumDimensions");
        QTest::addColumn<bool>("resolvesHostnames");
        QTest::addColumn<int>("labels");
        QTest::addColumn<bool>("resolveServiceNames");

        const int byDefault = ConnectionRules::kDefaultMaximumDimensions;
        QTest::newRow("empty file") << QByteArray() << true << byDefault << false << 0 << true;
        QTest::newRow("maximum dimensions")
            << QByteArray("[network connections]\n    maximum dimensions = 3\n") << true << 3 << false << 0 << true;
        QTest::newRow("maximum dimensions 0 keeps the default")
            << QByteArray("[network connections]\n    maximum dimensions = 0\n") << true << byDefault << false << 0
            << true;
        QTest::newRow("resolve hostnames")
            << QByteArray("[network connections]\n    resolve hostnames = yes\n    hostnames = *.example.com\n")
            << true << byDefault << true << 0 << true;
        QTest::newRow("off") << QByteArray("[network connections]\n    enabled = no\n") << false << byDefault << false
                             << 0 << true;
        QTest::newRow("labels, no services file")
            << QByteArray("[network connections]\n    resolve service names = no\n"
                          "[service name]\n    19999 = Netdata\n    8080 = proxy\n")
            << true << byDefault << false << 2 << false;
    }

    void rulesFromConfig()
    {
        QFETCH(QByteArray, conf);
        QFETCH(bool, keep);
        QFETCH(int, maximumDimensions);
        QFETCH(bool, resolvesHostnames);
        QFETCH(int, labels);
        QFETCH(bool, resolveServiceNames);
        const ConnectionRules rules = ConnectionRules::fromConfig(networkConf(conf), services());
        QCOMPARE(rules.keep, keep);
        QCOMPARE(rules.maximumDimensions, maximumDimensions);
        QVERIFY(rules.filter);
        QCOMPARE(rules.filter->resolvesHostnames(), resolvesHostnames);
        QCOMPARE(rules.serviceNames.size(), labels);
        QCOMPARE(rules.resolveServiceNames, resolveServiceNames);
        if (resolvesHostnames) {
            QVERIFY(rules.filter->decide(443, *config::IpAddress::parse(u"10.0.0.1"), u"a.example.com").accepted);
            QVERIFY(!rules.filter->decide(443, *config::IpAddress::parse(u"10.0.0.1"), u"a.example.org").accepted);
        }
        // The view honours the bound read from the file (no real reverse lookups from a unit test).
        auto resolver = std::make_shared<HostnameResolver>([](const config::IpAddress &) { return QString(); });
        ConnectionView view(rules, services(), resolver);
        QList<Row> rows;
        for (int i = 0; i < 5; ++i)
            rows.append({"10.0.0.2", 1000 + i, "10.1.2.3", 80, IPPROTO_TCP, uint32_t(100 + i), 10});
        const auto out = viewed(view, rows);
        if (!keep) {
            QCOMPARE(out.size(), 0);
        } else if (maximumDimensions < rows.size()) {
            QCOMPARE(out.size(), maximumDimensions + 1);
            QCOMPARE(out.last().label, u"other"_s);
            QCOMPARE(out.last().values[SOCKET_CONN_BYTES_SENT], quint64(10 * (rows.size() - maximumDimensions)));
        } else {
            QCOMPARE(out.size(), rows.size());
        }
    }

    void rulesFromNetworkConf()
    {
        const ConnectionRules defaults = ConnectionRules::fromConfig(networkConf(""), services());
        const ConnectionRules builtIn;
        QCOMPARE(defaults.keep, builtIn.keep);
        QCOMPARE(defaults.resolveServiceNames, builtIn.resolveServiceNames);
        QCOMPARE(defaults.maximumDimensions, builtIn.maximumDimensions);
        QVERIFY(defaults.serviceNames.isEmpty());
        QVERIFY(defaults.filter && !defaults.filter->resolvesHostnames());
        QVERIFY(defaults.filter->decide(443, *config::IpAddress::parse(u"8.8.8.8")).accepted);

        const ConnectionRules set = ConnectionRules::fromConfig(
            networkConf("[network connections]\n    ports = 19999 443\n    ips = 10.0.0.0/8\n"
                        "    resolve service names = no\n[service name]\n    19999 = Netdata\n"),
            services());
        QVERIFY(set.keep);
        QVERIFY(!set.resolveServiceNames);
        QCOMPARE(set.serviceNames.value(19999), u"Netdata"_s);
        QVERIFY(set.filter->decide(19999, *config::IpAddress::parse(u"10.2.3.4")).accepted);
        QVERIFY(!set.filter->decide(80, *config::IpAddress::parse(u"10.2.3.4")).accepted);
        QVERIFY(!set.filter->decide(443, *config::IpAddress::parse(u"8.8.8.8")).accepted);

        QVERIFY(!ConnectionRules::fromConfig(networkConf("[network connections]\n    enabled = no\n"), services()).keep);
    }
};

QTEST_GUILESS_MAIN(TestConnectionView)
#include "tst_connection_view.moc"
