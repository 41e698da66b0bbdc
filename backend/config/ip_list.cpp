#include "ip_list.h"

#include "config/ini_document.h"

#include <arpa/inet.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace kinsight::config {

namespace {

QString quoted(const QString &text)
{
    return u'\'' + text + u'\'';
}

bool ruleMatches(const IpList::Rule &rule, const IpAddress &address)
{
    if (rule.everyAddress)
        return true;
    if (rule.v6 == address.isV6())
        return rule.first <= address && address <= rule.last;
    if (!rule.v6 && address.isV4Mapped()) {
        const IpAddress v4 = address.mappedV4();
        return rule.first <= v4 && v4 <= rule.last;
    }
    return false;
}

}  // namespace

std::optional<IpAddress> IpAddress::parse(QStringView text)
{
    const QByteArray ascii = text.toLatin1();
    if (ascii.isEmpty() || text.size() != ascii.size())
        return std::nullopt;
    IpAddress address;
    if (ascii.contains(':')) {
        in6_addr v6{};
        if (inet_pton(AF_INET6, ascii.constData(), &v6) != 1)
            return std::nullopt;
        address.v6_ = true;
        std::memcpy(address.bytes_.data(), v6.s6_addr, 16);
        return address;
    }
    in_addr v4{};
    if (inet_pton(AF_INET, ascii.constData(), &v4) != 1)
        return std::nullopt;
    std::memcpy(address.bytes_.data() + 12, &v4.s_addr, 4);
    return address;
}

IpAddress IpAddress::v4(quint32 hostOrder)
{
    IpAddress address;
    for (int i = 0; i < 4; ++i)
        address.bytes_[15 - i] = quint8(hostOrder >> (8 * i));
    return address;
}

IpAddress IpAddress::v6(const std::array<quint8, 16> &bytes)
{
    IpAddress address;
    address.v6_ = true;
    address.bytes_ = bytes;
    return address;
}

bool IpAddress::isV4Mapped() const
{
    if (!v6_)
        return false;
    for (int i = 0; i < 10; ++i) {
        if (bytes_[i] != 0)
            return false;
    }
    return bytes_[10] == 0xff && bytes_[11] == 0xff;
}

IpAddress IpAddress::mappedV4() const
{
    IpAddress address;
    std::memcpy(address.bytes_.data() + 12, bytes_.data() + 12, 4);
    return address;
}

QString IpAddress::toString() const
{
    char buffer[INET6_ADDRSTRLEN] = {};
    if (v6_)
        inet_ntop(AF_INET6, bytes_.data(), buffer, sizeof buffer);
    else
        inet_ntop(AF_INET, bytes_.data() + 12, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

IpAddress IpAddress::networkOf(int prefix) const
{
    IpAddress result = *this;
    const int offset = v6_ ? 0 : 12;
    for (int bit = prefix; bit < bitCount(); ++bit)
        result.bytes_[offset + bit / 8] &= quint8(~(0x80u >> (bit % 8)));
    return result;
}

IpAddress IpAddress::broadcastOf(int prefix) const
{
    IpAddress result = *this;
    const int offset = v6_ ? 0 : 12;
    for (int bit = prefix; bit < bitCount(); ++bit)
        result.bytes_[offset + bit / 8] |= quint8(0x80u >> (bit % 8));
    return result;
}

IpList IpList::parse(QStringView text)
{
    IpList list;
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
        auto fail = [&](int offset, int length, const QString &code, const QString &message) {
            list.issues_.append({offset, length, Severity::Error, code, message});
        };
        if (word.isEmpty()) {
            fail(rule.offset, rule.length, u"empty-negation"_s,
                 u"'!' must be followed by an address, a CIDR block or a range, e.g. '!127.0.0.0/8'"_s);
            continue;
        }
        if (word == u"*") {
            rule.everyAddress = true;
            list.rules_.append(rule);
            continue;
        }
        qsizetype separator = -1;
        for (qsizetype k = 0; k < word.size(); ++k) {
            if (word.at(k) == u'/' || word.at(k) == u'-') {
                separator = k;
                break;
            }
        }
        const QStringView firstText = separator < 0 ? word : word.left(separator);
        const std::optional<IpAddress> first = IpAddress::parse(firstText);
        if (!first) {
            const bool looksLikeName = !firstText.isEmpty() && firstText.front().isLetter() && !firstText.contains(u':');
            fail(wordOffset, int(firstText.size()), u"bad-ip"_s,
                 quoted(firstText.toString())
                     + (looksLikeName ? u" is not an IP address; host names belong in 'hostnames'"_s
                                      : u" is not an IPv4 or IPv6 address"_s));
            continue;
        }
        rule.v6 = first->isV6();
        if (separator < 0) {
            rule.first = rule.last = *first;
        } else {
            const QStringView rest = word.mid(separator + 1);
            const int restOffset = wordOffset + int(separator) + 1;
            if (rest.startsWith(u'!')) {
                fail(restOffset, 1, u"negation-inside-range"_s,
                     u"'!' can only start a word: put it before the first address to exclude the whole range"_s);
                continue;
            }
            if (word.at(separator) == u'/') {
                bool ok = false;
                const int prefix = rest.toInt(&ok);
                bool digitsOnly = !rest.isEmpty();
                for (QChar c : rest)
                    digitsOnly = digitsOnly && c.isDigit() && c.unicode() < 128;
                if (!ok || !digitsOnly || prefix < 0 || prefix > first->bitCount()) {
                    fail(restOffset, int(std::max<qsizetype>(rest.size(), 1)), u"bad-prefix"_s,
                         u"the prefix length after '/' must be a number from 0 to "_s
                             + QString::number(first->bitCount()) + (first->isV6() ? u" for IPv6"_s : u" for IPv4"_s));
                    continue;
                }
                rule.first = first->networkOf(prefix);
                rule.last = first->broadcastOf(prefix);
                if (!(rule.first == *first)) {
                    list.issues_.append({wordOffset, int(word.size()), Severity::Note, u"cidr-host-bits"_s,
                                         quoted(word.toString()) + u" has host bits set; it means "_s
                                             + rule.first.toString() + u'/' + QString::number(prefix)});
                }
            } else {
                const std::optional<IpAddress> last = IpAddress::parse(rest);
                if (!last) {
                    fail(restOffset, int(std::max<qsizetype>(rest.size(), 1)), u"bad-ip"_s,
                         quoted(rest.toString()) + u" is not an IPv4 or IPv6 address (a range is 'first-last')"_s);
                    continue;
                }
                if (last->isV6() != first->isV6()) {
                    fail(wordOffset, int(word.size()), u"mixed-range"_s,
                         u"a range cannot mix IPv4 and IPv6 addresses"_s);
                    continue;
                }
                if (*last < *first) {
                    fail(wordOffset, int(word.size()), u"reversed-range"_s,
                         u"the range "_s + quoted(word.toString()) + u" runs backwards; write '"_s + rest.toString()
                             + u'-' + firstText.toString() + u'\'');
                    continue;
                }
                rule.first = *first;
                rule.last = *last;
            }
        }
        list.rules_.append(rule);
    }

    for (int r = 0; r < list.rules_.size(); ++r) {
        Rule &rule = list.rules_[r];
        for (int other = 0; other < list.rules_.size(); ++other) {
            const Rule &wider = list.rules_.at(other);
            if (other == r || wider.negative != rule.negative)
                continue;
            bool covers = false;
            if (wider.everyAddress)
                covers = !rule.everyAddress || other > r;
            else if (!rule.everyAddress && wider.v6 == rule.v6)
                covers = wider.first <= rule.first && rule.last <= wider.last
                         && (!(wider.first == rule.first) || !(wider.last == rule.last) || other < r);
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
                             u"only exclusions: Netdata then accepts no address at all; add '*' to keep every other address"_s});
    }
    return list;
}

PatternVerdict IpList::decide(const IpAddress &address) const
{
    PatternVerdict verdict;
    const QString shown = address.toString();
    if (rules_.isEmpty()) {
        verdict.basis = PatternVerdict::Basis::EmptyList;
        verdict.accepted = true;
        verdict.explanation = u"there are no address rules, so "_s + shown + u" is accepted"_s;
        return verdict;
    }
    for (bool negativePass : {true, false}) {
        for (int i = 0; i < rules_.size(); ++i) {
            const Rule &rule = rules_.at(i);
            if (rule.negative != negativePass || rule.supersededBy >= 0 || !ruleMatches(rule, address))
                continue;
            verdict.basis = PatternVerdict::Basis::Rule;
            verdict.ruleIndex = i;
            verdict.accepted = !rule.negative;
            verdict.explanation = shown + (rule.negative ? u" is excluded by "_s : u" is included by "_s)
                                  + quoted(rule.text) + u" (rule "_s + QString::number(i + 1) + u')';
            return verdict;
        }
    }
    verdict.basis = PatternVerdict::Basis::NoRuleMatched;
    verdict.explanation = u"no rule includes "_s + shown + u", so it is rejected"_s;
    return verdict;
}

PatternVerdict IpList::decide(QStringView address) const
{
    if (const std::optional<IpAddress> parsed = IpAddress::parse(address.trimmed()))
        return decide(*parsed);
    PatternVerdict verdict;
    verdict.basis = PatternVerdict::Basis::BadSubject;
    verdict.explanation = u'\'' + address.toString() + u"' is not an IPv4 or IPv6 address"_s;
    return verdict;
}

}  // namespace kinsight::config
