#include "service_directory.h"

#include <QFile>
#include <QList>
#include <QSet>

#include <arpa/inet.h>
#include <netdb.h>

#include <array>

using namespace Qt::StringLiterals;

namespace kinsight::config {

ServiceDirectory ServiceDirectory::system()
{
    ServiceDirectory directory;
    directory.useSystem_ = true;
    return directory;
}

ServiceDirectory ServiceDirectory::fromServicesText(const QByteArray &servicesFileContent)
{
    ServiceDirectory directory;
    QSet<quint16> tcpNamed;
    const QList<QByteArray> lines = servicesFileContent.split('\n');
    for (QByteArray line : lines) {
        const qsizetype hash = line.indexOf('#');
        if (hash >= 0)
            line.truncate(hash);
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || fields.first().isEmpty())
            continue;
        const QList<QByteArray> portAndProtocol = fields.at(1).split('/');
        if (portAndProtocol.size() != 2)
            continue;
        bool ok = false;
        const uint port = portAndProtocol.first().toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            continue;
        QHash<QString, quint16> *table = nullptr;
        if (portAndProtocol.last() == "tcp")
            table = &directory.tcpPorts_;
        else if (portAndProtocol.last() == "udp")
            table = &directory.udpPorts_;
        else
            continue;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i == 1)
                continue;
            const QString name = QString::fromLatin1(fields.at(i));
            if (!table->contains(name))
                table->insert(name, quint16(port));
        }
        // The name shown for a port is the first TCP name, else the first UDP name.
        const QString primary = QString::fromLatin1(fields.first());
        QHash<quint16, QString> &byProtocol = table == &directory.tcpPorts_ ? directory.tcpNames_ : directory.udpNames_;
        if (!byProtocol.contains(quint16(port)))
            byProtocol.insert(quint16(port), primary);
        if (table == &directory.tcpPorts_) {
            if (!tcpNamed.contains(quint16(port))) {
                directory.namesByPort_.insert(quint16(port), primary);
                tcpNamed.insert(quint16(port));
            }
        } else if (!directory.namesByPort_.contains(quint16(port))) {
            directory.namesByPort_.insert(quint16(port), primary);
        }
    }
    return directory;
}

ServiceDirectory ServiceDirectory::fromServicesFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromServicesText(file.readAll());
}

std::optional<quint16> ServiceDirectory::portOf(QStringView name) const
{
    if (name.isEmpty())
        return std::nullopt;
    if (!useSystem_) {
        const QString key = name.toString();
        if (auto it = tcpPorts_.constFind(key); it != tcpPorts_.cend())
            return it.value();
        if (auto it = udpPorts_.constFind(key); it != udpPorts_.cend())
            return it.value();
        return std::nullopt;
    }
    const QByteArray encoded = name.toUtf8();
    for (const char *protocol : {"tcp", "udp"}) {
        servent entry{};
        servent *result = nullptr;
        std::array<char, 4096> buffer{};
        if (getservbyname_r(encoded.constData(), protocol, &entry, buffer.data(), buffer.size(), &result) == 0
            && result)
            return quint16(ntohs(quint16(result->s_port)));
    }
    return std::nullopt;
}

QString ServiceDirectory::nameOf(quint16 port) const
{
    if (!useSystem_)
        return namesByPort_.value(port);
    for (const char *protocol : {"tcp", "udp"}) {
        servent entry{};
        servent *result = nullptr;
        std::array<char, 4096> buffer{};
        if (getservbyport_r(int(htons(port)), protocol, &entry, buffer.data(), buffer.size(), &result) == 0
            && result)
            return QString::fromLocal8Bit(result->s_name);
    }
    return {};
}

QString ServiceDirectory::nameOf(quint16 port, QStringView protocol) const
{
    const bool tcp = protocol == u"tcp", udp = protocol == u"udp";
    if (!tcp && !udp)
        return nameOf(port);
    if (!useSystem_)
        return (tcp ? tcpNames_ : udpNames_).value(port);
    servent entry{};
    servent *result = nullptr;
    std::array<char, 4096> buffer{};
    if (getservbyport_r(int(htons(port)), tcp ? "tcp" : "udp", &entry, buffer.data(), buffer.size(), &result) == 0
        && result)
        return QString::fromLocal8Bit(result->s_name);
    return {};
}

}  // namespace kinsight::config
