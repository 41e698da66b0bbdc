// kinsight-cli stat --direct on the host kernel: the JSON totals of a workload
// with a known footprint, and the one-line errors of the documented failure cases.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliStat : public QObject {
    Q_OBJECT

    QString cli = QStringLiteral(KINSIGHT_CLI);
    QString workload = QStringLiteral(KS_WORKLOAD);
    QTemporaryDir dir;

    struct Run {
        int exitCode;
        QByteArray out, err;
    };
    Run run(const QStringList &args)
    {
        QProcess p;
        p.start(cli, args);
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("needs root to load BPF programs");
        QVERIFY(dir.isValid());
        QFile data(dir.filePath(u"data"_s));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(QByteArray(64 * 1024, 'k'));
    }

    void workloadTotals_data()
    {
        QTest::addColumn<QString>("loadMode");
        QTest::newRow("entry") << u"entry"_s;
        QTest::newRow("return") << u"return"_s;
    }
    void workloadTotals()
    {
        QFETCH(QString, loadMode);
        const Run r = run({u"stat"_s, u"--direct"_s, u"--json"_s, u"--load-mode"_s, loadMode, u"--"_s, workload,
                           dir.path(), u"opens=20"_s, u"failing=4"_s, u"reads=8"_s, u"bytes=1000"_s, u"errors=2"_s,
                           u"forks=5"_s, u"threads=3"_s, u"unlinks=2"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject m = doc[u"metrics"_s].toObject();
        QCOMPARE(doc[u"exit_code"_s].toInt(), 0);
        QCOMPARE(m[u"file_open"_s].toInteger(), 22);  // 20 + the read and write files
        QCOMPARE(m[u"vfs_read_call"_s].toInteger(), 10);  // 8 reads + 2 failing ones
        QCOMPARE(m[u"vfs_read_bytes"_s].toInteger(), 8000);
        QCOMPARE(m[u"vfs_write_bytes"_s].toInteger(), 8000);
        QCOMPARE(m[u"file_deleted"_s].toInteger(), 2);
        QCOMPARE(m[u"process_create"_s].toInteger(), 5);
        QCOMPARE(m[u"thread_create"_s].toInteger(), 3);
        QCOMPARE(m[u"task_exit"_s].toInteger(), 9);
        QCOMPARE(m[u"task_close"_s].toInteger(), 9);
        const QJsonObject unavailable = doc[u"unavailable"_s].toObject();
        if (loadMode == u"return"_s) {
            QCOMPARE(m[u"open_error"_s].toInteger(), 4);
            QCOMPARE(m[u"vfs_read_error"_s].toInteger(), 2);
        } else {
            // Errors are not counted in entry mode: listed with the reason, not shown as 0.
            QVERIFY(!m.contains(u"open_error"_s));
            QVERIFY(unavailable[u"open_error"_s].toString().contains(u"return"_s));
        }
        QVERIFY(doc[u"attach"_s].toObject().contains(u"vfs"_s));
        QVERIFY(doc[u"charts"_s].toObject()[u"filesystem.vfs_io"_s].toObject()[u"read"_s].toDouble() >= 10);
    }

    void commandExitCodeIsPassedThrough()
    {
        const Run r = run({u"stat"_s, u"--direct"_s, u"--"_s, u"sh"_s, u"-c"_s, u"exit 7"_s});
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.err.contains("exited with 7"));
    }

    void errorsAreOneClearLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown module") << QStringList{u"stat"_s, u"--direct"_s, u"--modules"_s, u"nosuch"_s, u"--"_s, u"true"_s}
                                        << u"unknown module 'nosuch'"_s;
        QTest::newRow("interval too small") << QStringList{u"watch"_s, u"--direct"_s, u"--interval"_s, u"0.01"_s}
                                            << u"--interval must be between 0.1 and 3600"_s;
        QTest::newRow("no such pid") << QStringList{u"watch"_s, u"--direct"_s, u"--pid"_s, u"4194000"_s}
                                     << u"no process with PID 4194000"_s;
        QTest::newRow("missing command") << QStringList{u"stat"_s, u"--direct"_s, u"--"_s, u"/nonexistent/tool"_s}
                                         << u"cannot run '/nonexistent/tool': No such file or directory"_s;
        QTest::newRow("no command") << QStringList{u"stat"_s, u"--direct"_s} << u"no command given"_s;
    }
    void errorsAreOneClearLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 125);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliStat)
#include "tst_cli_stat.moc"
