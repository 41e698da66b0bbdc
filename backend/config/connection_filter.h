// The socket collector's filter over connections, built from network.conf's
// [network connections]: a connection is kept when its destination port and
// address are accepted and, when host names are resolved and one is known,
// its host name too (Netdata's rule). decide() says which rule of which list
// settled it, for logs and the GUI's pattern tester.
#pragma once

#include "config/effective_config.h"
#include "config/ip_list.h"
#include "config/pattern_verdict.h"
#include "config/port_list.h"
#include "config/service_directory.h"
#include "config/simple_pattern.h"

#include <QString>
#include <QStringView>

namespace kinsight::config {

class ConnectionFilter {
public:
    struct Decision {
        bool accepted = false;
        PatternVerdict port;
        PatternVerdict address;
        std::optional<PatternVerdict> hostname;  // only when host names are resolved and one was given
        QString explanation;                     // the verdict that rejected it, or why it was kept
    };

    ConnectionFilter() = default;
    static ConnectionFilter fromValues(QStringView ports, QStringView ips, QStringView hostnames,
                                       bool resolveHostnames, const ServiceDirectory &services);
    // From the socket module's effective [network connections] settings.
    static ConnectionFilter fromConfig(const EffectiveConfig &config, const ServiceDirectory &services);

    Decision decide(quint16 port, const IpAddress &destination, QStringView hostname = {}) const;

    const PortList &ports() const { return ports_; }
    const IpList &ips() const { return ips_; }
    const SimplePattern &hostnames() const { return hostnames_; }
    bool resolvesHostnames() const { return resolveHostnames_; }

private:
    PortList ports_;
    IpList ips_;
    SimplePattern hostnames_;
    bool resolveHostnames_ = false;
};

}  // namespace kinsight::config
