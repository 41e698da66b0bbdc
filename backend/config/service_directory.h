// Service names in port lists ("ports = ssh !domain"), resolved like Netdata:
// the TCP entry first, then UDP. The system directory asks the C library
// (getservbyname_r, i.e. /etc/services or NSS); tests and previews can use a
// fixed services text so results do not depend on the machine.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>

namespace kinsight::config {

class ServiceDirectory {
public:
    static ServiceDirectory system();
    static ServiceDirectory fromServicesText(const QByteArray &servicesFileContent);
    // Empty directory when the file cannot be read.
    static ServiceDirectory fromServicesFile(const QString &path);

    std::optional<quint16> portOf(QStringView name) const;
    QString nameOf(quint16 port) const;  // empty when unknown
    // The name under that protocol ("tcp", "udp"): 514 is shell over TCP but syslog over UDP.
    // Another protocol ("udplite") falls back to nameOf(port).
    QString nameOf(quint16 port, QStringView protocol) const;

private:
    bool useSystem_ = false;
    QHash<QString, quint16> tcpPorts_;
    QHash<QString, quint16> udpPorts_;
    QHash<quint16, QString> namesByPort_;
    QHash<quint16, QString> tcpNames_;
    QHash<quint16, QString> udpNames_;
};

}  // namespace kinsight::config
