#include "connection_filter.h"

using namespace Qt::StringLiterals;

namespace kinsight::config {

ConnectionFilter ConnectionFilter::fromValues(QStringView ports, QStringView ips, QStringView hostnames,
                                              bool resolveHostnames, const ServiceDirectory &services)
{
    ConnectionFilter filter;
    filter.ports_ = PortList::parse(ports, services);
    filter.ips_ = IpList::parse(ips);
    filter.hostnames_ = SimplePattern::parse(hostnames, SimplePattern::Evaluation::ExclusionsFirst);
    filter.resolveHostnames_ = resolveHostnames;
    return filter;
}

ConnectionFilter ConnectionFilter::fromConfig(const EffectiveConfig &config, const ServiceDirectory &services)
{
    auto setting = [&config](const char16_t *key) {
        const std::optional<EffectiveValue> value = config.value(u"socket", u"network connections", key);
        return value ? value->value : QString();
    };
    return fromValues(setting(u"ports"), setting(u"ips"), setting(u"hostnames"),
                      setting(u"resolve hostnames") == u"yes", services);
}

ConnectionFilter::Decision ConnectionFilter::decide(quint16 port, const IpAddress &destination,
                                                    QStringView hostname) const
{
    Decision decision;
    decision.port = ports_.decide(port);
    decision.address = ips_.decide(destination);
    if (resolveHostnames_ && !hostname.isEmpty())
        decision.hostname = hostnames_.decide(hostname);
    decision.accepted = decision.port.accepted && decision.address.accepted
                        && (!decision.hostname || decision.hostname->accepted);
    if (!decision.port.accepted)
        decision.explanation = u"ports: "_s + decision.port.explanation;
    else if (!decision.address.accepted)
        decision.explanation = u"ips: "_s + decision.address.explanation;
    else if (decision.hostname && !decision.hostname->accepted)
        decision.explanation = u"hostnames: "_s + decision.hostname->explanation;
    else
        decision.explanation = u"kept: "_s + decision.port.explanation + u"; "_s + decision.address.explanation;
    return decision;
}

}  // namespace kinsight::config
