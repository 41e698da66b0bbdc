// network.conf "ips": which addresses the socket collector keeps.
//
// Words separated by white space: an IPv4 or IPv6 address, a CIDR block
// ("10.0.0.0/8", "fc00::/7"), a dash range ("10.0.0.1-10.0.0.9"), or "*"
// (every address of both families); a leading '!' excludes. The decision
// follows Netdata (see port_list.h): no rules accept all, any matching
// exclusion rejects, else a matching inclusion accepts, else reject. A CIDR
// block with host bits set is read as its network ("127.0.0.1/8" means
// 127.0.0.0/8), as Netdata does. An IPv4-mapped IPv6 address
// (::ffff:192.0.2.1), which dual-stack sockets report, also matches IPv4 rules.
#pragma once

#include "config/config_diagnostic.h"
#include "config/pattern_verdict.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace kinsight::config {

class IpAddress {
public:
    IpAddress() = default;
    static std::optional<IpAddress> parse(QStringView text);
    static IpAddress v4(quint32 hostOrder);
    static IpAddress v6(const std::array<quint8, 16> &bytes);

    bool isV6() const { return v6_; }
    const std::array<quint8, 16> &bytes() const { return bytes_; }  // IPv4 uses the last 4
    bool isV4Mapped() const;
    IpAddress mappedV4() const;  // only meaningful when isV4Mapped()
    QString toString() const;

    // The first / last address of the /prefix block containing this one.
    IpAddress networkOf(int prefix) const;
    IpAddress broadcastOf(int prefix) const;
    int bitCount() const { return v6_ ? 128 : 32; }

    friend bool operator==(const IpAddress &, const IpAddress &) = default;
    // Only meaningful between addresses of the same family.
    friend bool operator<(const IpAddress &a, const IpAddress &b) { return a.bytes_ < b.bytes_; }
    friend bool operator<=(const IpAddress &a, const IpAddress &b) { return a.bytes_ <= b.bytes_; }

private:
    bool v6_ = false;
    std::array<quint8, 16> bytes_{};
};

class IpList {
public:
    struct Rule {
        QString text;         // as written, including '!'
        bool negative = false;
        bool everyAddress = false;
        bool v6 = false;
        IpAddress first;
        IpAddress last;
        int offset = 0;
        int length = 0;
        int supersededBy = -1;
    };

    IpList() = default;
    static IpList parse(QStringView text);

    const QList<Rule> &rules() const { return rules_; }
    const QList<ValueIssue> &issues() const { return issues_; }

    PatternVerdict decide(const IpAddress &address) const;
    PatternVerdict decide(QStringView address) const;
    bool accepts(const IpAddress &address) const { return decide(address).accepted; }

private:
    QList<Rule> rules_;
    QList<ValueIssue> issues_;
};

}  // namespace kinsight::config
