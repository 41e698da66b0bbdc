// network.conf "ports": which destination ports the socket collector keeps.
//
// Words separated by white space: "N", "N-M" or "N:M" (1..65535, low <= high),
// a service name ("ssh", resolved TCP first, then UDP), or "*" (every port);
// a leading '!' puts the word in the exclude list. Netdata's semantics, which
// Kinsight keeps so a Netdata file means the same thing in both:
//  - no rules at all: every port is accepted;
//  - any exclude rule that matches rejects, whatever the order;
//  - else an include rule that matches accepts, else the port is rejected
//    (so "!22" alone rejects every port);
//  - "*" wipes the rules written before it in its own list, and a range that
//    lies inside another range of the same list has no effect.
#pragma once

#include "config/config_diagnostic.h"
#include "config/pattern_verdict.h"
#include "config/service_directory.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace kinsight::config {

class PortList {
public:
    struct Rule {
        QString text;         // as written, including '!'
        bool negative = false;
        bool everyPort = false;
        quint16 first = 0;
        quint16 last = 0;
        QString service;      // the name when the word was a service name
        int offset = 0;
        int length = 0;
        int supersededBy = -1;  // index of the rule that makes this one pointless, or -1
    };

    PortList() = default;
    static PortList parse(QStringView text, const ServiceDirectory &services);

    const QList<Rule> &rules() const { return rules_; }
    const QList<ValueIssue> &issues() const { return issues_; }

    PatternVerdict decide(quint16 port) const;
    PatternVerdict decide(QStringView port) const;  // a number or a service name
    bool accepts(quint16 port) const { return decide(port).accepted; }

private:
    QList<Rule> rules_;
    QList<ValueIssue> issues_;
    ServiceDirectory services_;
};

}  // namespace kinsight::config
