// Grouping rules and cgroup names.
#include "app_rules.h"
#include "cgroup_names.h"

#include <QTest>

using namespace kinsight;
using namespace kinsight::apps;
using namespace Qt::StringLiterals;

class TestAppRules : public QObject {
    Q_OBJECT
private slots:
    void applicationOf_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QString>("comm");
        QTest::addColumn<QString>("exe");
        QTest::addColumn<QString>("application");
        const QString r = u"compilers: cc1* gcc clang-*\nchrome: /opt/google/chrome/*\nweb: Web?Content\n"_s;
        QTest::newRow("no rule: executable file name") << r << u"python3"_s << u"/usr/bin/python3.11"_s << u"python3.11"_s;
        QTest::newRow("no rule, no exe: task name") << r << u"kworker/0:1"_s << QString() << u"kworker/0:1"_s;
        QTest::newRow("long name cut by the kernel, exe whole")
            << r << u"systemd-journal"_s << u"/usr/lib/systemd/systemd-journald"_s << u"systemd-journald"_s;
        QTest::newRow("glob on task name") << r << u"cc1plus"_s << QString() << u"compilers"_s;
        QTest::newRow("glob on exe name") << r << u"x"_s << u"/usr/lib/llvm-14/bin/clang-14"_s << u"compilers"_s;
        QTest::newRow("exact name only") << r << u"gcc-12"_s << QString() << u"gcc-12"_s;
        QTest::newRow("path pattern") << r << u"chrome"_s << u"/opt/google/chrome/chrome"_s << u"chrome"_s;
        QTest::newRow("path pattern needs the path") << r << u"chrome"_s << u"/usr/bin/chrome"_s << u"chrome"_s;
        QTest::newRow("? matches a space") << r << u"Web Content"_s << QString() << u"web"_s;
        QTest::newRow("deleted binary") << r << u"foo"_s << u"/tmp/foo (deleted)"_s << u"foo"_s;
        QTest::newRow("first rule wins") << u"a: x*\nb: xy*\n"_s << u"xyz"_s << QString() << u"a"_s;
        QTest::newRow("gone before it was named") << r << QString() << QString() << u"(unidentified processes)"_s;
    }
    void applicationOf()
    {
        QFETCH(QString, rules);
        QFETCH(QString, comm);
        QFETCH(QString, exe);
        QFETCH(QString, application);
        QStringList errors;
        const AppRules parsed = AppRules::parse(rules, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        ProcessIdentity p;
        p.tgid = 42;
        p.comm = comm;
        p.exe = exe;
        QCOMPARE(parsed.applicationOf(p), application);
    }

    void idleTaskIsTheKernel()
    {
        ProcessIdentity idle;  // pid 0: counts made in interrupts on an idle CPU
        QCOMPARE(AppRules::defaults().applicationOf(idle), u"kernel (idle CPU interrupts)"_s);
    }

    void badLinesAreNamed()
    {
        QStringList errors;
        const AppRules r = AppRules::parse(u"# fine\nnocolon here\n: x\nok: a b\nempty:\n"_s, &errors);
        QCOMPARE(r.rules().size(), 1);
        QCOMPARE(r.rules()[0].line, 4);
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors[0].startsWith(u"line 2:"_s));
        QVERIFY(errors[2].startsWith(u"line 5:"_s));
    }

    void defaultsParseAndRoundTrip()
    {
        QStringList errors;
        const AppRules d = AppRules::parse(AppRules::defaultText(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(d.rules().size() >= 3);
        const AppRules again = AppRules::parse(d.toText());
        QCOMPARE(again.toText(), d.toText());
        ProcessIdentity cc;
        cc.comm = u"cc1plus"_s;
        QCOMPARE(d.applicationOf(cc), u"compilers"_s);
    }

    void cgroupNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        const QString id = u"3f2a1b9c0d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8"_s;
        QTest::newRow("root") << u"/"_s << u"/ (root)"_s << u"root"_s;
        QTest::newRow("service") << u"/system.slice/nginx.service"_s << u"nginx.service"_s << u"service"_s;
        QTest::newRow("v1 service") << u"/system.slice/cron.service"_s << u"cron.service"_s << u"service"_s;
        QTest::newRow("session") << u"/user.slice/user-1000.slice/session-3.scope"_s << u"session 3"_s << u"session"_s;
        QTest::newRow("user") << u"/user.slice/user-1000.slice"_s << u"user 1000"_s << u"user"_s;
        QTest::newRow("docker systemd") << u"/system.slice/docker-"_s + id + u".scope"_s << u"docker 3f2a1b9c0d4e"_s
                                        << u"container"_s;
        QTest::newRow("docker cgroupfs") << u"/docker/"_s + id << u"docker 3f2a1b9c0d4e"_s << u"container"_s;
        QTest::newRow("podman") << u"/machine.slice/libpod-"_s + id + u".scope"_s << u"podman 3f2a1b9c0d4e"_s
                                << u"container"_s;
        QTest::newRow("kubernetes") << u"/kubepods/burstable/pod1234/"_s + id << u"kubernetes 3f2a1b9c0d4e"_s
                                    << u"container"_s;
        QTest::newRow("lxc") << u"/lxc.payload.web"_s << u"lxc web"_s << u"container"_s;
        QTest::newRow("slice") << u"/system.slice"_s << u"system.slice"_s << u"slice"_s;
        QTest::newRow("other") << u"/kinsight-test/a"_s << u"/kinsight-test/a"_s << u"cgroup"_s;
    }
    void cgroupNames()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        QFETCH(QString, kind);
        const CgroupName n = cgroupName(path);
        QCOMPARE(n.name, name);
        QCOMPARE(kindText(n.kind), kind);
    }
};

QTEST_APPLESS_MAIN(TestAppRules)
#include "tst_app_rules.moc"
