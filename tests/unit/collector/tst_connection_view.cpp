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

const QByteArray kServices = "http 80/tcp www\nssh 22/tcp\ndomain 53/tcp\ndomain 53/udp\n";

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
        QTRY_VERIFY_WITH_TIMEOUT(resolver->nameOf(config::IpAddress::v4(0x0a040506)).has_value(), 5000);
        const auto out = viewed(view, rows);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].fields.value(u"pid"_s), u"2"_s);
        QVERIFY(!out[0].fields.contains(u"hostname"_s));  // looked up, no name
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
