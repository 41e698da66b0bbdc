// The pattern engine: Netdata simple patterns (both evaluation orders), port
// lists and IP lists, and the "which rule decides" answers.
#include "config/ip_list.h"
#include "config/port_list.h"
#include "config/service_directory.h"
#include "config/simple_pattern.h"
#include "config_test_support.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kinsight::config;
using namespace kinsight::config::test;

Q_DECLARE_METATYPE(SimplePattern::Evaluation)
Q_DECLARE_METATYPE(PatternVerdict::Basis)
Q_DECLARE_METATYPE(Severity)

namespace {

ServiceDirectory fixtureServices()
{
    return ServiceDirectory::fromServicesFile(fixturePath(u"services/services"_s));
}

QStringList issueCodes(const QList<ValueIssue> &issues)
{
    QStringList codes;
    for (const ValueIssue &issue : issues)
        codes.append(issue.code);
    return codes;
}

}  // namespace

class TestPatterns : public QObject {
    Q_OBJECT

private slots:
    void glob_data();
    void glob();
    void simplePattern_data();
    void simplePattern();
    void simplePatternRules();
    void simplePatternIssues_data();
    void simplePatternIssues();
    void services();
    void systemServices();
    void portList_data();
    void portList();
    void portListIssues_data();
    void portListIssues();
    void portByServiceName();
    void ipAddress_data();
    void ipAddress();
    void ipList_data();
    void ipList();
    void ipListIssues_data();
    void ipListIssues();
};

void TestPatterns::glob_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("matches");

    QTest::newRow("exact") << u"abc"_s << u"abc"_s << true;
    QTest::newRow("exact, longer subject") << u"abc"_s << u"abcd"_s << false;
    QTest::newRow("prefix") << u"abc*"_s << u"abcdef"_s << true;
    QTest::newRow("suffix") << u"*def"_s << u"abcdef"_s << true;
    QTest::newRow("suffix mismatch") << u"*def"_s << u"abcdeg"_s << false;
    QTest::newRow("substring") << u"*cd*"_s << u"abcdef"_s << true;
    QTest::newRow("inner star") << u"a*c*f"_s << u"abcdef"_s << true;
    QTest::newRow("inner star needs order") << u"a*f*c"_s << u"abcdef"_s << false;
    QTest::newRow("star matches empty") << u"abc*"_s << u"abc"_s << true;
    QTest::newRow("only star") << u"*"_s << QString() << true;
    QTest::newRow("backtracking") << u"*aab"_s << u"aaaab"_s << true;
    QTest::newRow("many stars, no match") << u"a*a*a*a*b"_s << u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s << false;
    QTest::newRow("case matters") << u"Host*"_s << u"host1"_s << false;
}

void TestPatterns::glob()
{
    QFETCH(QString, glob);
    QFETCH(QString, subject);
    QFETCH(bool, matches);
    QCOMPARE(SimplePattern::globMatches(glob, subject, Qt::CaseSensitive), matches);
}

void TestPatterns::simplePattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<SimplePattern::Evaluation>("evaluation");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("ruleIndex");
    QTest::addColumn<PatternVerdict::Basis>("basis");

    const auto first = SimplePattern::Evaluation::FirstMatchWins;
    const auto exclusions = SimplePattern::Evaluation::ExclusionsFirst;
    using B = PatternVerdict::Basis;
    // The README's example: everything except strings starting with foo or ending with bar, unless they contain foobar.
    const QString readme = u"*foobar* !foo* !*bar *"_s;
    QTest::newRow("readme: contains foobar") << readme << first << u"xfoobarx"_s << true << 0 << B::Rule;
    QTest::newRow("readme: starts with foo") << readme << first << u"food"_s << false << 1 << B::Rule;
    QTest::newRow("readme: ends with bar") << readme << first << u"crowbar"_s << false << 2 << B::Rule;
    QTest::newRow("readme: anything else") << readme << first << u"hello"_s << true << 3 << B::Rule;
    QTest::newRow("readme: foobar itself") << readme << first << u"foobar"_s << true << 0 << B::Rule;
    QTest::newRow("no match rejects") << u"a* b*"_s << first << u"c"_s << false << -1 << B::NoRuleMatched;
    QTest::newRow("empty pattern matches nothing") << QString() << first << u"x"_s << false << -1 << B::EmptyList;
    QTest::newRow("first match wins over later exclusion") << u"*.example.com !ads.*"_s << first
                                                           << u"ads.example.com"_s << true << 0 << B::Rule;
    QTest::newRow("hostnames: exclusion wins whatever the order") << u"*.example.com !ads.*"_s << exclusions
                                                                  << u"ads.example.com"_s << false << 1 << B::Rule;
    QTest::newRow("hostnames: included") << u"*.example.com !ads.*"_s << exclusions << u"www.example.com"_s << true
                                         << 0 << B::Rule;
    QTest::newRow("hostnames: not included") << u"*.example.com !ads.*"_s << exclusions << u"example.org"_s
                                             << false << -1 << B::NoRuleMatched;
    QTest::newRow("hostnames: empty list accepts") << QString() << exclusions << u"anything"_s << true << -1
                                                   << B::EmptyList;
    QTest::newRow("escaped space inside a word") << u"my\\ host !*"_s << first << u"my host"_s << true << 0
                                                 << B::Rule;
    QTest::newRow("tabs separate words") << u"a*\t!b*\t*"_s << first << u"bee"_s << false << 1 << B::Rule;
}

void TestPatterns::simplePattern()
{
    QFETCH(QString, pattern);
    QFETCH(SimplePattern::Evaluation, evaluation);
    QFETCH(QString, subject);
    QFETCH(bool, accepted);
    QFETCH(int, ruleIndex);
    QFETCH(PatternVerdict::Basis, basis);

    const PatternVerdict verdict = SimplePattern::parse(pattern, evaluation).decide(subject);
    QCOMPARE(verdict.accepted, accepted);
    QCOMPARE(verdict.ruleIndex, ruleIndex);
    QCOMPARE(verdict.basis, basis);
    QVERIFY(!verdict.explanation.isEmpty());
    if (ruleIndex >= 0)
        QVERIFY2(verdict.explanation.contains(u"rule "_s + QString::number(ruleIndex + 1)),
                 qPrintable(verdict.explanation));
}

void TestPatterns::simplePatternRules()
{
    const SimplePattern pattern = SimplePattern::parse(u"  *foo  !bar\\ baz x"_s);
    QCOMPARE(pattern.rules().size(), 3);
    QCOMPARE(pattern.rules().at(0).text, u"*foo"_s);
    QCOMPARE(pattern.rules().at(0).offset, 2);
    QCOMPARE(pattern.rules().at(1).text, u"!bar\\ baz"_s);
    QCOMPARE(pattern.rules().at(1).glob, u"bar baz"_s);
    QVERIFY(pattern.rules().at(1).negative);
    QCOMPARE(pattern.rules().at(1).offset, 8);
    QCOMPARE(pattern.rules().at(1).length, 9);
    QCOMPARE(pattern.rules().at(2).text, u"x"_s);
    QVERIFY(SimplePattern::parse(u"HOST*"_s, SimplePattern::Evaluation::FirstMatchWins, Qt::CaseInsensitive)
                .matches(u"host1"));
}

void TestPatterns::simplePatternIssues_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<SimplePattern::Evaluation>("evaluation");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<int>("firstOffset");

    const auto first = SimplePattern::Evaluation::FirstMatchWins;
    const auto exclusions = SimplePattern::Evaluation::ExclusionsFirst;
    QTest::newRow("clean") << u"*.lan !printer.lan *"_s << exclusions << QStringList() << -1;
    QTest::newRow("bare '!'") << u"a ! b"_s << first << QStringList{u"empty-negation"_s} << 2;
    QTest::newRow("rule after '*' is unreachable") << u"* !secret"_s << first << QStringList{u"unreachable-rule"_s}
                                                   << 2;
    QTest::newRow("only exclusions reject everything") << u"!a* !b*"_s << exclusions
                                                       << QStringList{u"only-exclusions"_s} << 0;
    QTest::newRow("order does not matter with exclusions first") << u"* !secret"_s << exclusions << QStringList()
                                                                 << -1;
}

void TestPatterns::simplePatternIssues()
{
    QFETCH(QString, pattern);
    QFETCH(SimplePattern::Evaluation, evaluation);
    QFETCH(QStringList, codes);
    QFETCH(int, firstOffset);

    const SimplePattern parsed = SimplePattern::parse(pattern, evaluation);
    QCOMPARE(issueCodes(parsed.issues()), codes);
    if (firstOffset >= 0)
        QCOMPARE(parsed.issues().first().offset, firstOffset);
}

void TestPatterns::services()
{
    const ServiceDirectory services = fixtureServices();
    QCOMPARE(services.portOf(u"ssh"), std::optional<quint16>(22));
    QCOMPARE(services.portOf(u"www"), std::optional<quint16>(80));  // an alias
    QCOMPARE(services.portOf(u"syslog"), std::optional<quint16>(514));  // UDP only
    QCOMPARE(services.portOf(u"shell"), std::optional<quint16>(514));
    QCOMPARE(services.portOf(u"mdns-alias"), std::optional<quint16>(5353));
    QVERIFY(!services.portOf(u"nonexistent"));
    QVERIFY(!services.portOf(u""));
    QCOMPARE(services.nameOf(514), u"shell"_s);  // the TCP name wins over an earlier UDP one
    QCOMPARE(services.nameOf(53), u"domain"_s);
    QCOMPARE(services.nameOf(5353), u"only-udp"_s);
    QCOMPARE(services.nameOf(1), QString());
    QVERIFY(!ServiceDirectory::fromServicesFile(u"/nonexistent/services"_s).portOf(u"ssh"));
}

void TestPatterns::systemServices()
{
    if (!QFileInfo::exists(u"/etc/services"_s))
        QSKIP("no /etc/services on this machine");
    const ServiceDirectory system = ServiceDirectory::system();
    QCOMPARE(system.portOf(u"ssh"), std::optional<quint16>(22));
    QCOMPARE(system.portOf(u"domain"), std::optional<quint16>(53));
    QVERIFY(!system.portOf(u"kinsight-no-such-service"));
    QCOMPARE(system.nameOf(22), u"ssh"_s);
}

void TestPatterns::portList_data()
{
    QTest::addColumn<QString>("ports");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("ruleIndex");

    // The README's example: 1-1024 except 145 and domain (53).
    const QString readme = u"1-1024 !145 !domain"_s;
    QTest::newRow("readme: inside") << readme << 80 << true << 0;
    QTest::newRow("readme: excluded number") << readme << 145 << false << 1;
    QTest::newRow("readme: excluded service") << readme << 53 << false << 2;
    QTest::newRow("readme: outside") << readme << 1025 << false << -1;
    QTest::newRow("exclusion wins even when written first") << u"!22 *"_s << 22 << false << 0;
    QTest::newRow("star") << u"!22 *"_s << 2222 << true << 1;
    QTest::newRow("no rules: everything") << QString() << 65535 << true << -1;
    QTest::newRow("only exclusions: nothing") << u"!22"_s << 80 << false << -1;
    QTest::newRow("colon range") << u"8000:8080"_s << 8080 << true << 0;
    QTest::newRow("range bounds") << u"8000-8080"_s << 7999 << false << -1;
    QTest::newRow("excluded range") << u"* !6000-6063"_s << 6010 << false << 1;
    QTest::newRow("star wipes earlier includes") << u"80 443 *"_s << 80 << true << 2;
    QTest::newRow("contained range has no effect") << u"1-1024 80"_s << 80 << true << 0;
    QTest::newRow("wider range later wins") << u"80 1-1024"_s << 80 << true << 1;
    QTest::newRow("port 65535") << u"65535"_s << 65535 << true << 0;
    QTest::newRow("service name") << u"https"_s << 443 << true << 0;
}

void TestPatterns::portList()
{
    QFETCH(QString, ports);
    QFETCH(int, port);
    QFETCH(bool, accepted);
    QFETCH(int, ruleIndex);

    const PortList list = PortList::parse(ports, fixtureServices());
    QVERIFY2(!hasIssueErrors(list.issues()), qPrintable(issueCodes(list.issues()).join(u',')));
    const PatternVerdict verdict = list.decide(quint16(port));
    QCOMPARE(verdict.accepted, accepted);
    QCOMPARE(verdict.ruleIndex, ruleIndex);
    QCOMPARE(list.accepts(quint16(port)), accepted);
    QVERIFY(verdict.explanation.contains(QString::number(port)));
}

void TestPatterns::portListIssues_data()
{
    QTest::addColumn<QString>("ports");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("length");

    QTest::newRow("zero") << u"0"_s << u"port-out-of-range"_s << Severity::Error << 0 << 1;
    QTest::newRow("too big") << u"22 65536"_s << u"port-out-of-range"_s << Severity::Error << 3 << 5;
    QTest::newRow("reversed") << u"1024-1"_s << u"reversed-range"_s << Severity::Error << 0 << 6;
    QTest::newRow("reversed after '!'") << u"* !90-80"_s << u"reversed-range"_s << Severity::Error << 3 << 5;
    QTest::newRow("'!' inside range") << u"10-!20"_s << u"negation-inside-range"_s << Severity::Error << 3 << 1;
    QTest::newRow("missing high") << u"10-"_s << u"bad-port"_s << Severity::Error << 3 << 1;
    QTest::newRow("garbage digits") << u"80x"_s << u"bad-port"_s << Severity::Error << 0 << 3;
    QTest::newRow("unknown service") << u"22 nosuchservice"_s << u"unknown-service"_s << Severity::Error << 3 << 13;
    QTest::newRow("bare '!'") << u"22 !"_s << u"empty-negation"_s << Severity::Error << 3 << 1;
    QTest::newRow("punctuation") << u"#22"_s << u"bad-port"_s << Severity::Error << 0 << 3;
    QTest::newRow("only exclusions") << u"!22 !23"_s << u"only-exclusions"_s << Severity::Warning << 0 << 7;
    QTest::newRow("redundant") << u"1-1024 80"_s << u"redundant-rule"_s << Severity::Warning << 7 << 2;
    QTest::newRow("wiped by star") << u"80 *"_s << u"redundant-rule"_s << Severity::Warning << 0 << 2;
}

void TestPatterns::portListIssues()
{
    QFETCH(QString, ports);
    QFETCH(QString, code);
    QFETCH(Severity, severity);
    QFETCH(int, offset);
    QFETCH(int, length);

    const PortList list = PortList::parse(ports, fixtureServices());
    QVERIFY(!list.issues().isEmpty());
    const ValueIssue &issue = list.issues().first();
    QCOMPARE(issue.code, code);
    QCOMPARE(issue.severity, severity);
    QCOMPARE(issue.offset, offset);
    QCOMPARE(issue.length, length);
    QVERIFY(!issue.message.isEmpty());
}

void TestPatterns::portByServiceName()
{
    const PortList list = PortList::parse(u"ssh https"_s, fixtureServices());
    QCOMPARE(list.rules().at(0).service, u"ssh"_s);
    QCOMPARE(list.rules().at(0).first, quint16(22));
    QVERIFY(list.decide(u"https").accepted);
    QVERIFY(list.decide(u"22").accepted);
    QCOMPARE(list.decide(u"nope").basis, PatternVerdict::Basis::BadSubject);
    QCOMPARE(list.decide(u"70000").basis, PatternVerdict::Basis::BadSubject);
    QVERIFY(!list.decide(u"80").accepted);
}

void TestPatterns::ipAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("v4") << u"192.168.1.10"_s << true << false << u"192.168.1.10"_s;
    QTest::newRow("v6") << u"FC00:0::1"_s << true << true << u"fc00::1"_s;
    QTest::newRow("v4-mapped") << u"::ffff:10.1.2.3"_s << true << true << u"::ffff:10.1.2.3"_s;
    QTest::newRow("short v4") << u"10.0.0"_s << false << false << QString();
    QTest::newRow("octet too big") << u"10.0.0.256"_s << false << false << QString();
    QTest::newRow("host name") << u"localhost"_s << false << false << QString();
    QTest::newRow("zone index") << u"fe80::1%eth0"_s << false << false << QString();
    QTest::newRow("empty") << QString() << false << false << QString();
}

void TestPatterns::ipAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, v6);
    QFETCH(QString, canonical);

    const std::optional<IpAddress> address = IpAddress::parse(text);
    QCOMPARE(address.has_value(), valid);
    if (valid) {
        QCOMPARE(address->isV6(), v6);
        QCOMPARE(address->toString(), canonical);
    }
}

void TestPatterns::ipList_data()
{
    QTest::addColumn<QString>("ips");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("ruleIndex");

    // Netdata's older stock value: private networks, without loopback.
    const QString stock = u"!127.0.0.1/8 10.0.0.0/8 172.16.0.0/12 192.168.0.0/16 fc00::/7 !::1/128"_s;
    QTest::newRow("stock: loopback v4") << stock << u"127.0.0.53"_s << false << 0;
    QTest::newRow("stock: 10/8") << stock << u"10.20.30.40"_s << true << 1;
    QTest::newRow("stock: 172.16/12 upper edge") << stock << u"172.31.255.255"_s << true << 2;
    QTest::newRow("stock: just outside 172.16/12") << stock << u"172.32.0.0"_s << false << -1;
    QTest::newRow("stock: public v4") << stock << u"8.8.8.8"_s << false << -1;
    QTest::newRow("stock: ULA v6") << stock << u"fd12::1"_s << true << 4;
    QTest::newRow("stock: loopback v6") << stock << u"::1"_s << false << 5;
    QTest::newRow("stock: public v6") << stock << u"2001:db8::1"_s << false << -1;
    QTest::newRow("v4-mapped matches v4 rule") << stock << u"::ffff:10.1.2.3"_s << true << 1;
    QTest::newRow("star covers both families") << u"*"_s << u"2001:db8::1"_s << true << 0;
    QTest::newRow("no rules: everything") << QString() << u"1.2.3.4"_s << true << -1;
    QTest::newRow("dash range inside") << u"10.0.0.1-10.0.0.9"_s << u"10.0.0.9"_s << true << 0;
    QTest::newRow("dash range outside") << u"10.0.0.1-10.0.0.9"_s << u"10.0.0.10"_s << false << -1;
    QTest::newRow("v6 dash range") << u"2001:db8::1-2001:db8::ff"_s << u"2001:db8::80"_s << true << 0;
    QTest::newRow("exclusion first whatever the order") << u"!10.1.0.0/16 10.0.0.0/8"_s << u"10.1.2.3"_s << false
                                                        << 0;
    QTest::newRow("/0 is everything v4") << u"0.0.0.0/0"_s << u"255.255.255.255"_s << true << 0;
    QTest::newRow("/0 v4 does not cover v6") << u"0.0.0.0/0"_s << u"::2"_s << false << -1;
    QTest::newRow("v6 /64") << u"2001:db8:1:2::/64"_s << u"2001:db8:1:2:ffff:ffff:ffff:ffff"_s << true << 0;
    QTest::newRow("v6 /64 next block") << u"2001:db8:1:2::/64"_s << u"2001:db8:1:3::"_s << false << -1;
    QTest::newRow("v6 /7 odd prefix") << u"fc00::/7"_s << u"fe00::1"_s << false << -1;
}

void TestPatterns::ipList()
{
    QFETCH(QString, ips);
    QFETCH(QString, address);
    QFETCH(bool, accepted);
    QFETCH(int, ruleIndex);

    const IpList list = IpList::parse(ips);
    QVERIFY2(!hasIssueErrors(list.issues()), qPrintable(issueCodes(list.issues()).join(u',')));
    const PatternVerdict verdict = list.decide(address);
    QCOMPARE(verdict.accepted, accepted);
    QCOMPARE(verdict.ruleIndex, ruleIndex);
    QVERIFY(verdict.basis != PatternVerdict::Basis::BadSubject);
}

void TestPatterns::ipListIssues_data()
{
    QTest::addColumn<QString>("ips");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<int>("offset");

    QTest::newRow("host bits set") << u"!127.0.0.1/8"_s << u"cidr-host-bits"_s << Severity::Note << 1;
    QTest::newRow("v6 host bits set") << u"fc00::1/7"_s << u"cidr-host-bits"_s << Severity::Note << 0;
    QTest::newRow("prefix too long v4") << u"10.0.0.0/33"_s << u"bad-prefix"_s << Severity::Error << 9;
    QTest::newRow("prefix too long v6") << u"::/129"_s << u"bad-prefix"_s << Severity::Error << 3;
    QTest::newRow("prefix not a number") << u"10.0.0.0/x"_s << u"bad-prefix"_s << Severity::Error << 9;
    QTest::newRow("bad address") << u"* 10.0.0.300"_s << u"bad-ip"_s << Severity::Error << 2;
    QTest::newRow("host name") << u"example.com"_s << u"bad-ip"_s << Severity::Error << 0;
    QTest::newRow("reversed range") << u"10.0.0.9-10.0.0.1"_s << u"reversed-range"_s << Severity::Error << 0;
    QTest::newRow("mixed range") << u"10.0.0.1-::1"_s << u"mixed-range"_s << Severity::Error << 0;
    QTest::newRow("'!' inside range") << u"10.0.0.1-!10.0.0.9"_s << u"negation-inside-range"_s << Severity::Error
                                      << 9;
    QTest::newRow("bad range end") << u"10.0.0.1-10.0.0"_s << u"bad-ip"_s << Severity::Error << 9;
    QTest::newRow("bare '!'") << u"!"_s << u"empty-negation"_s << Severity::Error << 0;
    QTest::newRow("only exclusions") << u"!10.0.0.0/8"_s << u"only-exclusions"_s << Severity::Warning << 0;
    QTest::newRow("redundant") << u"10.0.0.0/8 10.1.0.0/16"_s << u"redundant-rule"_s << Severity::Warning << 11;
}

void TestPatterns::ipListIssues()
{
    QFETCH(QString, ips);
    QFETCH(QString, code);
    QFETCH(Severity, severity);
    QFETCH(int, offset);

    const IpList list = IpList::parse(ips);
    QVERIFY(!list.issues().isEmpty());
    QCOMPARE(list.issues().first().code, code);
    QCOMPARE(list.issues().first().severity, severity);
    QCOMPARE(list.issues().first().offset, offset);
}

QTEST_GUILESS_MAIN(TestPatterns)
#include "tst_config_patterns.moc"
