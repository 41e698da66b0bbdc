// Lockdown and SELinux against fixtures: lockdown strings, mount tables,
// kernel configs, enforce states and the seed's audit lines.
#include "fixture_files.h"

#include "diagnostics/lockdown.h"
#include "diagnostics/mounts.h"
#include "diagnostics/selinux.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kinsight::diagnostics;

Q_DECLARE_METATYPE(std::optional<QString>)

namespace {

QList<MountEntry> mountsFrom(const QString &fixture)
{
    return parseMountinfo(fixtureText(fixture));
}

std::optional<QString> optionalFixture(const QString &name)
{
    return name.isEmpty() ? std::nullopt : std::optional<QString>(fixtureText(name));
}

std::optional<QStringList> auditLines(const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    return fixtureText(name).split(u'\n', Qt::SkipEmptyParts);
}

}  // namespace

class SecurityChecksTest : public QObject {
    Q_OBJECT

private slots:
    void parsesLockdown_data();
    void parsesLockdown();
    void judgesLockdown_data();
    void judgesLockdown();
    void parsesBpfDenials();
    void writesPolicyModule();
    void judgesSelinux_data();
    void judgesSelinux();
};

void SecurityChecksTest::parsesLockdown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode");  // -1: unreadable
    QTest::newRow("none") << fixtureText(u"lockdown-none.txt"_s) << int(LockdownMode::None);
    QTest::newRow("integrity") << fixtureText(u"lockdown-integrity.txt"_s) << int(LockdownMode::Integrity);
    QTest::newRow("confidentiality") << fixtureText(u"lockdown-confidentiality.txt"_s)
                                     << int(LockdownMode::Confidentiality);
    QTest::newRow("no brackets") << u"none integrity confidentiality"_s << -1;
    QTest::newRow("unknown word") << u"[paranoid]"_s << -1;
}

void SecurityChecksTest::parsesLockdown()
{
    QFETCH(QString, text);
    QFETCH(int, mode);
    const std::optional<LockdownMode> parsed = parseLockdown(text);
    QCOMPARE(parsed ? int(*parsed) : -1, mode);
}

void SecurityChecksTest::judgesLockdown_data()
{
    QTest::addColumn<QString>("lockdownFixture");  // empty: not readable
    QTest::addColumn<QString>("mountinfo");
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("summaryPart");
    QTest::addColumn<QString>("needsHelper");

    const QString debianMounts = u"mountinfo-debian12-systemd.txt"_s;
    QTest::newRow("none") << u"lockdown-none.txt"_s << debianMounts << QString() << QString() << u"ok"_s
                          << u"none: BPF is not restricted"_s << QString();
    QTest::newRow("integrity") << u"lockdown-integrity.txt"_s << debianMounts << QString() << QString() << u"ok"_s
                               << u"only bpf_probe_write_user is refused"_s << QString();
    QTest::newRow("confidentiality") << u"lockdown-confidentiality.txt"_s << debianMounts << QString() << QString()
                                     << u"error"_s << u"no module can run"_s << QString();
    QTest::newRow("securityfs mounted, no lockdown LSM") << QString() << debianMounts << QString() << QString()
                                                         << u"ok"_s << u"lockdown LSM is not active"_s << QString();
    QTest::newRow("this machine: securityfs unmounted") << QString() << u"mountinfo-host-fresh.txt"_s
                                                        << u"kinsight-host-6.18.config"_s
                                                        << u"console=ttyS0 quiet"_s << u"unknown"_s
                                                        << u"CONFIG_LOCK_DOWN_KERNEL_FORCE_INTEGRITY=y"_s
                                                        << u"org.kinsight.fix"_s;
    QTest::newRow("unmounted, forced confidentiality") << QString() << u"mountinfo-host-fresh.txt"_s
                                                       << u"@CONFIG_SECURITY_LOCKDOWN_LSM=y\n"
                                                          u"CONFIG_LOCK_DOWN_KERNEL_FORCE_CONFIDENTIALITY=y\n"_s
                                                       << QString() << u"error"_s << u"Confidentiality"_s << QString();
    QTest::newRow("unmounted, asked on the command line") << QString() << u"mountinfo-host-fresh.txt"_s
                                                          << u"@CONFIG_SECURITY_LOCKDOWN_LSM=y\n"_s
                                                          << u"quiet lockdown=confidentiality"_s << u"error"_s
                                                          << u"lockdown=confidentiality"_s << QString();
    QTest::newRow("unmounted, nothing known") << QString() << u"mountinfo-host-fresh.txt"_s << QString() << QString()
                                              << u"unknown"_s << u"the helper can mount it (fix mount-securityfs"_s
                                              << u"org.kinsight.fix"_s;
}

void SecurityChecksTest::judgesLockdown()
{
    QFETCH(QString, lockdownFixture);
    QFETCH(QString, mountinfo);
    QFETCH(QString, config);
    QFETCH(QString, commandLine);
    QFETCH(QString, status);
    QFETCH(QString, summaryPart);
    QFETCH(QString, needsHelper);
    std::optional<KernelConfig> parsed;
    if (!config.isEmpty())
        parsed = KernelConfig::parse(config.startsWith(u'@') ? config.mid(1).toUtf8() : fixtureBytes(config));
    const Check check = lockdownCheck(optionalFixture(lockdownFixture), mountsFrom(mountinfo),
                                      parsed ? &*parsed : nullptr, commandLine);
    QCOMPARE(check.id, u"lockdown"_s);
    QCOMPARE(statusName(check.status), status);
    QVERIFY2(check.summary.contains(summaryPart), qPrintable(check.summary));
    QCOMPARE(check.needsHelper, needsHelper);
    QVERIFY(check.explanation.contains(u"confidentiality → does not run"_s));
    if (lockdownFixture.isEmpty() && !findMount(mountsFrom(mountinfo), u"securityfs"))
        QCOMPARE(check.fixAction, u"mount-securityfs"_s);
    if (check.status == Status::Error)
        QVERIFY(check.fix.contains(u"lockdown=integrity"_s));
}

void SecurityChecksTest::parsesBpfDenials()
{
    const QList<AvcDenial> denials = parseBpfDenials(*auditLines(u"audit-seed.log"_s));
    QCOMPARE(denials.size(), 3);  // map_create, prog_load, capability2 perfmon; not httpd's file read
    QCOMPARE(denials[0].permissions, QStringList{u"map_create"_s});
    QCOMPARE(denials[0].targetClass, u"bpf"_s);
    QCOMPARE(denials[0].sourceType, u"unconfined_service_t"_s);
    QCOMPARE(denials[0].command, u"ebpf.pl"_s);
    QCOMPARE(denials[0].permissive, false);
    QCOMPARE(qint64(denials[0].timestamp), qint64(1586260134));
    QCOMPARE(denials[1].permissions, QStringList{u"prog_load"_s});
    QCOMPARE(denials[2].targetClass, u"capability2"_s);
    QCOMPARE(denials[2].permissions, QStringList{u"perfmon"_s});
    QVERIFY(parseBpfDenials(*auditLines(u"audit-clean.log"_s)).isEmpty());
    QVERIFY(parseBpfDenials(*auditLines(u"audit-permissive.log"_s)).first().permissive);
}

void SecurityChecksTest::writesPolicyModule()
{
    // With no denials: the seed's module for unconfined_service_t, renamed for Kinsight.
    const QString seedShape = selinuxPolicyModule({});
    QCOMPARE(seedShape, u"module kinsight_ebpf 1.0;\n\n"
                        u"require {\n"
                        u"        type unconfined_service_t;\n"
                        u"        class bpf { map_create map_read map_write prog_load prog_run };\n"
                        u"}\n\n"
                        u"#============= unconfined_service_t ==============\n"
                        u"allow unconfined_service_t self:bpf { map_create map_read map_write prog_load prog_run };\n"_s);

    const QList<AvcDenial> denials = parseBpfDenials(*auditLines(u"audit-seed.log"_s));
    const QString module = selinuxPolicyModule(denials);
    QVERIFY2(module.contains(u"class capability2 { perfmon };"_s), qPrintable(module));
    QVERIFY(module.contains(u"allow unconfined_service_t self:capability2 { perfmon };"_s));
    QVERIFY(module.contains(u"allow unconfined_service_t self:bpf { map_create prog_load map_read map_write prog_run };"_s));

    const QString commands = selinuxPolicyCommands(denials);
    QVERIFY(commands.startsWith(u"# grep -e 'comm=\"ebpf.pl\"' /var/log/audit/audit.log | audit2allow -M kinsight_ebpf\n"_s));
    QVERIFY(commands.contains(u"# checkmodule -M -m -o kinsight_ebpf.mod kinsight_ebpf.te\n"_s));
    QVERIFY(commands.contains(u"# semodule_package -o kinsight_ebpf.pp -m kinsight_ebpf.mod\n"_s));
    QVERIFY(commands.endsWith(u"# semodule -i kinsight_ebpf.pp\n"_s));
    QVERIFY(selinuxPolicyCommands({}).contains(u"comm=\"kinsight-helper\""_s));
}

void SecurityChecksTest::judgesSelinux_data()
{
    QTest::addColumn<QString>("mountinfo");
    QTest::addColumn<std::optional<QString>>("enforce");
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("audit");  // empty: the helper did not read it
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("summaryPart");
    QTest::addColumn<QString>("needsHelper");
    QTest::addColumn<int>("snippets");

    const QString fedora = u"mountinfo-fedora39-selinux.txt"_s;
    QTest::newRow("this machine: absent") << u"mountinfo-host-fresh.txt"_s << std::optional<QString>() << QString()
                                          << QString() << u"ok"_s << u"disabled"_s << QString() << 0;
    QTest::newRow("disabled now, enforcing after reboot") << u"mountinfo-debian12-systemd.txt"_s
                                                          << std::optional<QString>() << u"selinux-config-enforcing.txt"_s
                                                          << QString() << u"ok"_s << u"SELINUX=enforcing for later boots"_s
                                                          << QString() << 0;
    QTest::newRow("permissive, clean") << fedora << std::optional<QString>(u"0"_s) << QString()
                                       << u"audit-clean.log"_s << u"ok"_s << u"permissive"_s << QString() << 0;
    QTest::newRow("permissive with denials") << fedora << std::optional<QString>(u"0"_s) << QString()
                                             << u"audit-permissive.log"_s << u"warning"_s << u"blocked once enforcing"_s
                                             << QString() << 2;
    QTest::newRow("enforcing, no audit log") << fedora << std::optional<QString>(u"1"_s) << QString() << QString()
                                             << u"unknown"_s << u"needs the audit log"_s << u"org.kinsight.monitor"_s
                                             << 2;
    QTest::newRow("enforcing, clean") << fedora << std::optional<QString>(u"1"_s) << QString() << u"audit-clean.log"_s
                                      << u"ok"_s << u"no BPF denials"_s << QString() << 0;
    QTest::newRow("enforcing, seed denials") << fedora << std::optional<QString>(u"1\n"_s) << QString()
                                             << u"audit-seed.log"_s << u"error"_s
                                             << u"3 BPF denial(s) (bpf:map_create, bpf:prog_load, capability2:perfmon) "
                                                u"for unconfined_service_t, command ebpf.pl, latest 2020-04-07T11:49:00Z"_s
                                             << QString() << 2;
    QTest::newRow("enforcing, only permissive-logged denials") << fedora << std::optional<QString>(u"1"_s) << QString()
                                                               << u"audit-permissive.log"_s << u"ok"_s
                                                               << u"no BPF denials"_s << QString() << 0;
    QTest::newRow("selinuxfs without enforce") << fedora << std::optional<QString>() << QString() << QString()
                                               << u"unknown"_s << u"cannot be read"_s << QString() << 0;
}

void SecurityChecksTest::judgesSelinux()
{
    QFETCH(QString, mountinfo);
    QFETCH(std::optional<QString>, enforce);
    QFETCH(QString, config);
    QFETCH(QString, audit);
    QFETCH(QString, status);
    QFETCH(QString, summaryPart);
    QFETCH(QString, needsHelper);
    QFETCH(int, snippets);
    const Check check = selinuxCheck(mountsFrom(mountinfo), enforce, optionalFixture(config), auditLines(audit));
    QCOMPARE(check.id, u"selinux"_s);
    QCOMPARE(statusName(check.status), status);
    QVERIFY2(check.summary.contains(summaryPart), qPrintable(check.summary));
    QCOMPARE(check.needsHelper, needsHelper);
    QCOMPARE(check.snippets.size(), snippets);
    if (snippets > 0) {
        QCOMPARE(check.snippets[0].language, u"selinux-te"_s);
        QVERIFY(check.snippets[0].text.startsWith(u"module kinsight_ebpf 1.0;"_s));
        QVERIFY(check.snippets[1].text.contains(u"semodule -i kinsight_ebpf.pp"_s));
    }
}

QTEST_GUILESS_MAIN(SecurityChecksTest)
#include "tst_diagnostics_security.moc"
