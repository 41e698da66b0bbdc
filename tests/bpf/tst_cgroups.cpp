// Per-cgroup counters on the host kernel, in the unified (v2) hierarchy and in
// a v1 controller's (this machine kind is hybrid): a workload that moves itself
// into a fresh cgroup shows there the counts it made after the move.
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

class TestCgroups : public QObject {
    Q_OBJECT
    QTemporaryDir work;

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("needs root to load BPF programs and create cgroups");
        QFile data(work.filePath(u"data"_s));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(QByteArray(64 * 1024, 'k'));
    }

    void counts_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("hierarchyRoot");
        QTest::newRow("v2") << u"v2"_s << u"/sys/fs/cgroup/unified"_s;
        QTest::newRow("v1 memory") << u"v1:memory"_s << u"/sys/fs/cgroup/memory"_s;
    }
    void counts()
    {
        QFETCH(QString, mode);
        QFETCH(QString, hierarchyRoot);
        QString root = hierarchyRoot;
        if (!QDir(root).exists() && mode == u"v2"_s)
            root = u"/sys/fs/cgroup"_s;  // a pure v2 machine
        if (!QFile::exists(root + u"/cgroup.procs"_s))
            QSKIP("this hierarchy is not mounted here");
        const QString name = u"kinsight-test-%1"_s.arg(getpid());
        const QString cgroup = root + u'/' + name;
        QVERIFY(QDir().mkdir(cgroup));
        const auto remove = qScopeGuard([&] { QDir().rmdir(cgroup); });

        QProcess p;
        p.start(QStringLiteral(KINSIGHT_CLI),
                {u"stat"_s, u"--direct"_s, u"--json"_s, u"--cgroups"_s, mode, u"--"_s, QStringLiteral(KS_WORKLOAD),
                 work.path(), u"cgroup="_s + cgroup, u"reads=6"_s, u"bytes=1000"_s, u"forks=3"_s, u"threads=2"_s,
                 u"fsyncs=4"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonObject tree = doc[u"metrics"_s].toObject();
        const QJsonObject keyed = doc[u"keyed"_s].toObject();
        const QJsonObject vfs = keyed[u"vfs.cgroup"_s].toObject()[u'/' + name].toObject();
        const QJsonObject process = keyed[u"process.cgroup"_s].toObject()[u'/' + name].toObject();
        QVERIFY2(!vfs.isEmpty(), "no row for the new cgroup");
        // After the move: everything but the open of cgroup.procs happened in the cgroup.
        QCOMPARE(vfs[u"vfs_read_bytes"_s].toInteger(), 6000);
        QCOMPARE(vfs[u"vfs_read_bytes"_s].toInteger(), tree[u"vfs_read_bytes"_s].toInteger());
        QCOMPARE(vfs[u"vfs_write_call"_s].toInteger(), tree[u"vfs_write_call"_s].toInteger());
        QCOMPARE(vfs[u"vfs_fsync"_s].toInteger(), 4);
        QCOMPARE(process[u"process_create"_s].toInteger(), 3);
        QCOMPARE(process[u"thread_create"_s].toInteger(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCgroups)
#include "tst_cgroups.moc"
