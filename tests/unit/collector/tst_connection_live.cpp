// The connections table end to end on the running kernel (root): this process
// makes TCP and UDP traffic over loopback with the socket module loaded, and the
// view, with network.conf rules that keep only its ports, must show its rows
// named, addressed and counted exactly, and nothing of other processes.
#include "connection_view.h"
#include "engine_bridge.h"

#include "socket.h"

#include "config/config_validator.h"
#include "config/ini_document.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QTest>

#include <cstring>

using namespace kinsight;
using namespace Qt::StringLiterals;

namespace {

constexpr int kStreamBytes = 1234;
constexpr int kDatagramBytes = 77;

int boundSocket(int type, sockaddr_in &address)
{
    const int fd = socket(AF_INET, type, 0);
    address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr *>(&address), length) != 0
        || getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return -1;
    return fd;
}

int portOf(int fd)
{
    sockaddr_in address{};
    socklen_t length = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    return ntohs(address.sin_port);
}

config::EffectiveConfig networkConf(const QByteArray &text)
{
    config::SettingsFile file{u"network.conf"_s, config::FileRole::forModule(u"socket"_s), config::SourceTree::Kinsight,
                              config::IniDocument::parse(text)};
    return config::EffectiveConfig::resolve(std::nullopt, {file}, config::DefaultSet::Kinsight,
                                            config::ConfigValidator(config::ServiceDirectory::system()));
}

}  // namespace

class TestConnectionLive : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("needs root to load BPF programs");
    }

    void ownTrafficAsNetworkConfSaysIt()
    {
        engine::EngineOptions options;
        options.modules = {"socket"};
        std::string error;
        auto engine = engine::Engine::start(options, error);
        QVERIFY2(engine, error.c_str());

        // A TCP connection with one send, and one datagram, all on loopback.
        sockaddr_in listenAddress{}, udpAddress{}, unused{};
        const int listener = boundSocket(SOCK_STREAM, listenAddress);
        QVERIFY(listener >= 0 && listen(listener, 1) == 0);
        const int client = socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(::connect(client, reinterpret_cast<sockaddr *>(&listenAddress), sizeof listenAddress) == 0);
        const int server = accept(listener, nullptr, nullptr);
        QVERIFY(server >= 0);
        char buffer[kStreamBytes] = {};
        QCOMPARE(send(client, buffer, kStreamBytes, 0), kStreamBytes);
        QCOMPARE(recv(server, buffer, kStreamBytes, MSG_WAITALL), kStreamBytes);
        const int udpServer = boundSocket(SOCK_DGRAM, udpAddress);
        const int udpClient = boundSocket(SOCK_DGRAM, unused);
        QCOMPARE(sendto(udpClient, buffer, kDatagramBytes, 0, reinterpret_cast<sockaddr *>(&udpAddress),
                        sizeof udpAddress),
                 kDatagramBytes);
        sockaddr_in from{};
        socklen_t fromLength = sizeof from;
        QCOMPARE(recvfrom(udpServer, buffer, kDatagramBytes, 0, reinterpret_cast<sockaddr *>(&from), &fromLength),
                 kDatagramBytes);
        const int tcpPort = ntohs(listenAddress.sin_port), udpPort = ntohs(udpAddress.sin_port);
        const int clientPort = portOf(client), udpClientPort = portOf(udpClient);
        close(client);
        close(server);
        close(listener);
        close(udpClient);
        close(udpServer);

        const QByteArray conf = "[network connections]\n    ports = " + QByteArray::number(tcpPort) + " "
                                + QByteArray::number(udpPort) + "\n    ips = 127.0.0.0/8 !10.0.0.0/8\n"
                                + "[service name]\n    " + QByteArray::number(tcpPort) + " = kinsight-test\n";
        ConnectionView view(ConnectionRules::fromConfig(networkConf(conf)));
        const engine::Snapshot snapshot = engine->read();
        Frame frame = toFrame(snapshot, 1);
        view.apply(snapshot, frame);
        QList<KeyedCounters> rows;
        for (const ModuleFrame &m : frame.modules)
            if (m.module == u"socket")
                rows = m.keyed.value(u"connections"_s);

        const QString pid = QString::number(getpid());
        auto find = [&](const QString &protocol, int localPort) -> const KeyedCounters * {
            for (const KeyedCounters &r : rows)
                if (r.fields.value(u"pid"_s) == pid && r.fields.value(u"protocol"_s) == protocol
                    && r.fields.value(u"local_port"_s) == QString::number(localPort))
                    return &r;
            return nullptr;
        };
        // Only what the ports keep: every row is about one of the two ports.
        for (const KeyedCounters &r : rows) {
            const bool inbound = r.fields.value(u"direction"_s) == u"inbound";
            const QString servicePort = r.fields.value(inbound ? u"local_port"_s : u"remote_port"_s);
            QVERIFY2(servicePort == QString::number(tcpPort) || servicePort == QString::number(udpPort)
                         || r.label == u"other",
                     qPrintable(r.label));
        }

        const KeyedCounters *outbound = find(u"tcp"_s, clientPort);
        QVERIFY(outbound);
        QCOMPARE(outbound->fields.value(u"local_address"_s), u"127.0.0.1"_s);
        QCOMPARE(outbound->fields.value(u"remote_address"_s), u"127.0.0.1"_s);
        QCOMPARE(outbound->fields.value(u"remote_port"_s), QString::number(tcpPort));
        QCOMPARE(outbound->fields.value(u"direction"_s), u"outbound"_s);
        QCOMPARE(outbound->fields.value(u"service"_s), u"kinsight-test"_s);
        QCOMPARE(outbound->fields.value(u"state"_s), u"CLOSE"_s);
        QCOMPARE(outbound->fields.value(u"process"_s), QStringLiteral("tst_connection_").left(15));
        QCOMPARE(outbound->values[SOCKET_CONN_BYTES_SENT], quint64(kStreamBytes));
        QCOMPARE(outbound->values[SOCKET_CONN_SENDS], 1u);

        const KeyedCounters *inbound = find(u"tcp"_s, tcpPort);
        QVERIFY(inbound);
        QCOMPARE(inbound->fields.value(u"direction"_s), u"inbound"_s);
        QCOMPARE(inbound->fields.value(u"remote_port"_s), QString::number(clientPort));
        QCOMPARE(inbound->fields.value(u"service"_s), u"kinsight-test"_s);
        QCOMPARE(inbound->values[SOCKET_CONN_BYTES_RECEIVED], quint64(kStreamBytes));

        // The datagram's destination is known where the hook sees the message (functions,
        // the syscall-exit fallback), not to sock_send_length: a row without a peer has
        // no port for `ports` to keep, so there it is left out.
        std::string variant;
        for (const auto &report : engine->reports())
            for (const auto &h : report.hooks)
                if (report.module == "socket" && h.hook == "udp_send" && h.kind)
                    variant = h.chosen;
        const bool peerKnown = variant.find("sendmsg") != std::string::npos || variant.find("sys_exit") != std::string::npos;
        const KeyedCounters *datagram = find(u"udp"_s, udpClientPort);
        if (!peerKnown) {
            QVERIFY2(!datagram, variant.c_str());
            return;
        }
        QVERIFY2(datagram, variant.c_str());
        QCOMPARE(datagram->fields.value(u"remote_port"_s), QString::number(udpPort));
        QCOMPARE(datagram->values[SOCKET_CONN_BYTES_SENT], quint64(kDatagramBytes));
        QCOMPARE(datagram->values[SOCKET_CONN_SENDS], 1u);
    }
};

QTEST_GUILESS_MAIN(TestConnectionLive)
#include "tst_connection_live.moc"
