// StartSession's arguments: everything outside the allow-lists and bounds is refused.
#include "start_request.h"

#include <QTest>

#include <limits>

using namespace kinsight;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kinsight::StartArguments)

class TestStartRequest : public QObject {
    Q_OBJECT
private slots:
    void refused_data()
    {
        QTest::addColumn<StartArguments>("args");
        QTest::addColumn<QString>("message");
        const StartArguments ok{{u"vfs"_s}, u"entry"_s, u"auto"_s, 1.0, 32768, 0, false};
        auto with = [&](auto change) { StartArguments a = ok; change(a); return a; };
        QTest::newRow("unknown module") << with([](auto &a) { a.modules = {u"../../bin/sh"_s}; }) << u"unknown module"_s;
        QTest::newRow("module twice") << with([](auto &a) { a.modules = {u"vfs"_s, u"vfs"_s}; }) << u"twice"_s;
        QTest::newRow("too many modules") << with([](auto &a) { a.modules = QStringList(40, u"vfs"_s); }) << u"too many"_s;
        QTest::newRow("load mode") << with([](auto &a) { a.loadMode = u"dev"_s; }) << u"load mode"_s;
        QTest::newRow("attach path") << with([](auto &a) { a.attach = u"/sys/kernel/btf/vmlinux"_s; }) << u"attach"_s;
        QTest::newRow("interval small") << with([](auto &a) { a.interval = 0.05; }) << u"interval"_s;
        QTest::newRow("interval huge") << with([](auto &a) { a.interval = 1e9; }) << u"interval"_s;
        QTest::newRow("interval NaN") << with([](auto &a) { a.interval = std::numeric_limits<double>::quiet_NaN(); })
                                      << u"interval"_s;
        QTest::newRow("interval inf") << with([](auto &a) { a.interval = std::numeric_limits<double>::infinity(); })
                                      << u"interval"_s;
        QTest::newRow("pid table small") << with([](auto &a) { a.pidTableSize = 1; }) << u"pid table"_s;
        QTest::newRow("pid table huge") << with([](auto &a) { a.pidTableSize = 0xffffffffu; }) << u"pid table"_s;
        QTest::newRow("negative pid") << with([](auto &a) { a.treePid = -1; }) << u"PID"_s;
        QTest::newRow("pid beyond pid_max") << with([](auto &a) { a.treePid = 1 << 30; }) << u"PID"_s;
        QTest::newRow("tree and cgroup") << with([](auto &a) { a.treePid = 42; a.inspectCgroup = u"a"_s; })
                                         << u"not both"_s;
        QTest::newRow("cgroup control char") << with([](auto &a) { a.inspectCgroup = u"a\nb"_s; }) << u"cgroup"_s;
        QTest::newRow("cgroup too long") << with([](auto &a) { a.inspectCgroup = QString(2000, u'a'); })
                                         << u"cgroup"_s;
        QTest::newRow("cgroup hierarchy path") << with([](auto &a) {
            a.inspectCgroup = u"a"_s;
            a.inspectHierarchy = u"/sys/fs/cgroup"_s;
        }) << u"hierarchy"_s;
    }
    void refused()
    {
        QFETCH(StartArguments, args);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!validateStart(args, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void accepted()
    {
        QString error;
        auto o = validateStart({{u"process"_s, u"fd"_s}, u"return"_s, u"tp_btf"_s, 0.1, 64, 4242, true}, &error);
        QVERIFY2(o, qPrintable(error));
        QCOMPARE(o->engine.modules.size(), 2u);
        QVERIFY(o->engine.loadMode == engine::LoadMode::Return);
        QVERIFY(o->engine.pidMode == KS_PID_TRACKED);
        QCOMPARE(*o->treeRoot, 4242);
        QVERIFY(o->treeFromExec);
        QCOMPARE(o->intervalSeconds, 0.1);

        StartArguments cgroup{{u"vfs"_s}, u"entry"_s, u"auto"_s, 1.0, 64, 0, false};
        cgroup.inspectCgroup = u"system.slice/cron.service"_s;
        cgroup.inspectHierarchy = u"v1:memory"_s;
        o = validateStart(cgroup, &error);
        QVERIFY2(o, qPrintable(error));
        QVERIFY(o->engine.pidMode == KS_PID_CGROUP);
        QCOMPARE(*o->inspectCgroup, std::string("system.slice/cron.service"));
        QCOMPARE(o->engine.inspectHierarchy.toString(), std::string("v1:memory"));
    }
};

QTEST_GUILESS_MAIN(TestStartRequest)
#include "tst_start_request.moc"
