#include "port_list.h"

#include "config/ini_document.h"

using namespace Qt::StringLiterals;

namespace kinsight::config {

namespace {

QString quoted(const QString &text)
{
    return u'\'' + text + u'\'';
}

// Parses one port number of a word; reports problems against the word's offset.
std::optional<quint16> parsePortNumber(QStringView digits, int offset, QList<ValueIssue> &issues)
{
    if (digits.isEmpty()) {
        issues.append({offset, 1, Severity::Error, u"bad-port"_s,
                       u"a port number is missing; write a range as 'low-high', e.g. '8000-8080'"_s});
        return std::nullopt;
    }
    for (QChar c : digits) {
        if (!c.isDigit() || c.unicode() > 127) {
            issues.append({offset, int(digits.size()), Severity::Error, u"bad-port"_s,
                           quoted(digits.toString()) + u" is not a port number (1-65535)"_s});
            return std::nullopt;
        }
    }
    bool ok = false;
    const uint value = digits.toUInt(&ok);
    if (!ok || value < 1 || value > 65535) {
        issues.append({offset, int(digits.size()), Severity::Error, u"port-out-of-range"_s,
                       u"port "_s + digits.toString() + u" is out of range: ports run from 1 to 65535"_s});
        return std::nullopt;
    }
    return quint16(value);
}

}  // namespace

PortList PortList::parse(QStringView text, const ServiceDirectory &services)
{
    PortList list;
    list.services_ = services;

    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isNetdataSpace(text.at(i)))
            ++i;
        if (i >= text.size())
            break;
        const qsizetype start = i;
        while (i < text.size() && !isNetdataSpace(text.at(i)))
            ++i;
        Rule rule;
        rule.offset = int(start);
        rule.length = int(i - start);
        rule.text = text.mid(start, i - start).toString();
        QStringView word = text.mid(start, i - start);
        int wordOffset = int(start);
        if (word.startsWith(u'!')) {
            rule.negative = true;
            word = word.mid(1);
            ++wordOffset;
        }
        if (word.isEmpty()) {
            list.issues_.append({rule.offset, rule.length, Severity::Error, u"empty-negation"_s,
                                 u"'!' must be followed by a port, a range or a service name, e.g. '!22'"_s});
            continue;
        }
        const QChar lead = word.front();
        if (word == u"*") {
            rule.everyPort = true;
            rule.first = 1;
            rule.last = 65535;
        } else if (lead.isDigit()) {
            qsizetype separator = -1;
            for (qsizetype k = 0; k < word.size(); ++k) {
                if (word.at(k) == u'-' || word.at(k) == u':') {
                    separator = k;
                    break;
                }
            }
            const QStringView low = separator < 0 ? word : word.left(separator);
            const std::optional<quint16> first = parsePortNumber(low, wordOffset, list.issues_);
            std::optional<quint16> last = first;
            if (separator >= 0) {
                QStringView high = word.mid(separator + 1);
                const int highOffset = wordOffset + int(separator) + 1;
                if (high.startsWith(u'!')) {
                    list.issues_.append({highOffset, 1, Severity::Error, u"negation-inside-range"_s,
                                         u"'!' can only start a word: write '!"_s + low.toString() + u'-'
                                             + high.mid(1).toString() + u"' to exclude a range"_s});
                    continue;
                }
                last = parsePortNumber(high, highOffset, list.issues_);
            }
            if (!first || !last)
                continue;
            if (*first > *last) {
                list.issues_.append({wordOffset, int(word.size()), Severity::Error, u"reversed-range"_s,
                                     u"the range "_s + quoted(word.toString()) + u" runs backwards; write '"_s
                                         + QString::number(*last) + u'-' + QString::number(*first) + u'\''});
                continue;
            }
            rule.first = *first;
            rule.last = *last;
        } else if (lead.isLetter() && lead.unicode() < 128) {
            const std::optional<quint16> port = services.portOf(word);
            if (!port) {
                list.issues_.append({wordOffset, int(word.size()), Severity::Error, u"unknown-service"_s,
                                     u"unknown service name "_s + quoted(word.toString())
                                         + u" (not in /etc/services for tcp or udp); write its port number instead"_s});
                continue;
            }
            rule.service = word.toString();
            rule.first = rule.last = *port;
        } else {
            list.issues_.append({wordOffset, int(word.size()), Severity::Error, u"bad-port"_s,
                                 quoted(word.toString())
                                     + u" is not a port, a range (low-high), a service name or '*'"_s});
            continue;
        }
        list.rules_.append(rule);
    }

    // What Netdata drops while building its lists, reported so people see it.
    for (int r = 0; r < list.rules_.size(); ++r) {
        Rule &rule = list.rules_[r];
        for (int other = 0; other < list.rules_.size(); ++other) {
            const Rule &wider = list.rules_.at(other);
            if (other == r || wider.negative != rule.negative)
                continue;
            bool covers = false;
            if (wider.everyPort)
                covers = !rule.everyPort || other > r;  // a later '*' wipes an earlier one
            else if (!rule.everyPort)
                covers = wider.first <= rule.first && rule.last <= wider.last
                         && (wider.first != rule.first || wider.last != rule.last || other < r);
            if (covers) {
                rule.supersededBy = other;
                list.issues_.append({rule.offset, rule.length, Severity::Warning, u"redundant-rule"_s,
                                     quoted(rule.text) + u" has no effect: "_s + quoted(wider.text)
                                         + u" already covers it"_s});
                break;
            }
        }
    }
    bool anyInclude = false;
    for (const Rule &rule : std::as_const(list.rules_))
        anyInclude = anyInclude || !rule.negative;
    if (!list.rules_.isEmpty() && !anyInclude) {
        list.issues_.append({0, int(text.size()), Severity::Warning, u"only-exclusions"_s,
                             u"only exclusions: Netdata then accepts no port at all; add '*' to keep every other port"_s});
    }
    return list;
}

PatternVerdict PortList::decide(quint16 port) const
{
    PatternVerdict verdict;
    const QString portText = QString::number(port);
    if (rules_.isEmpty()) {
        verdict.basis = PatternVerdict::Basis::EmptyList;
        verdict.accepted = true;
        verdict.explanation = u"there are no port rules, so port "_s + portText + u" is accepted"_s;
        return verdict;
    }
    for (bool negativePass : {true, false}) {
        for (int i = 0; i < rules_.size(); ++i) {
            const Rule &rule = rules_.at(i);
            if (rule.negative != negativePass || rule.supersededBy >= 0)
                continue;
            if (rule.first <= port && port <= rule.last) {
                verdict.basis = PatternVerdict::Basis::Rule;
                verdict.ruleIndex = i;
                verdict.accepted = !rule.negative;
                verdict.explanation = u"port "_s + portText + (rule.negative ? u" is excluded by "_s : u" is included by "_s)
                                      + quoted(rule.text) + u" (rule "_s + QString::number(i + 1) + u')';
                return verdict;
            }
        }
    }
    verdict.basis = PatternVerdict::Basis::NoRuleMatched;
    verdict.explanation = u"no rule includes port "_s + portText + u", so it is rejected"_s;
    return verdict;
}

PatternVerdict PortList::decide(QStringView port) const
{
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (ok && number >= 1 && number <= 65535)
        return decide(quint16(number));
    if (!ok) {
        if (const std::optional<quint16> resolved = services_.portOf(port))
            return decide(*resolved);
    }
    PatternVerdict verdict;
    verdict.basis = PatternVerdict::Basis::BadSubject;
    verdict.explanation = u'\'' + port.toString() + u"' is neither a port number (1-65535) nor a known service name"_s;
    return verdict;
}

}  // namespace kinsight::config
