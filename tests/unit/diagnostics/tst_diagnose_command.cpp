// `kinsight-cli diagnose`: option handling, exit codes, the Netdata-compatible
// --kernel-config mode, over fixture snapshots and once live.
#include "fixture_files.h"

#include "diagnose_command.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kinsight::diagnostics;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runOn(const QStringList &args, const SystemSnapshot &snapshot)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = runDiagnoseCommandOnSnapshot(args, out, err, snapshot);
    out.flush();
    err.flush();
    return run;
}

SystemSnapshot withConfig(const QString &fixture)
{
    SystemSnapshot snapshot = freshHostSnapshot();
    snapshot.kernelConfig = KernelConfigFile{u"/boot/config"_s, fixtureBytes(fixture)};
    return snapshot;
}

}  // namespace

class DiagnoseCommandTest : public QObject {
    Q_OBJECT

private slots:
    void kernelConfigLikeNetdata_data();
    void kernelConfigLikeNetdata();
    void outputs_data();
    void outputs();
    void blockedMonitoringExitsOne_data();
    void blockedMonitoringExitsOne();
    void rejectsBadUsage_data();
    void rejectsBadUsage();
    void liveKernelConfigDoesNotAskForTheMatrix();
    void liveJsonIncludesTheMatrix();
};

void DiagnoseCommandTest::kernelConfigLikeNetdata_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("config");  // empty: none found
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("err");
    QTest::newRow("debian 6.1: silent") << u"6.1.0-56-cloud-amd64"_s << u"debian-6.1.0-56-cloud-amd64.config"_s << 0
                                        << QString();
    QTest::newRow("this machine: no kprobes") << u"6.18.44-fc-v669"_s << u"kinsight-host-6.18.config"_s << 1
                                              << u" Missing Kernel Config: KPROBES\n"
                                                 u" Missing Kernel Config: KPROBES_ON_FTRACE\n"_s;
    QTest::newRow("no config: silent pass") << u"6.18.44-fc-v669"_s << QString() << 0 << QString();
    QTest::newRow("old kernel warns first") << u"4.9.0-13-amd64"_s << u"debian-6.1.0-56-cloud-amd64.config"_s << 0
                                            << u"Your kernel (4.9.0-13-amd64) is older than 4.14; eBPF monitoring may "
                                               u"still work in some cases, but probably won't.\n"_s;
}

void DiagnoseCommandTest::kernelConfigLikeNetdata()
{
    QFETCH(QString, release);
    QFETCH(QString, config);
    QFETCH(int, exitCode);
    QFETCH(QString, err);
    SystemSnapshot snapshot = config.isEmpty() ? freshHostSnapshot() : withConfig(config);
    if (config.isEmpty())
        snapshot.kernelConfig.reset();
    snapshot.kernelRelease = release;
    const Run run = runOn({u"--kernel-config"_s}, snapshot);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err, err);
    QCOMPARE(run.out, QString());
}

void DiagnoseCommandTest::outputs_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("start");
    QTest::newRow("text") << QStringList() << u"Kinsight diagnostics: monitoring is possible"_s;
    QTest::newRow("json") << QStringList{u"--json"_s} << u"{\n    \"blocksMonitoring\": false,"_s;
    QTest::newRow("markdown") << QStringList{u"--markdown"_s} << u"# Kinsight diagnostics\n"_s;
    QTest::newRow("same option twice") << QStringList{u"--json"_s, u"--json"_s} << u"{"_s;
    QTest::newRow("help") << QStringList{u"--help"_s} << u"usage: kinsight-cli diagnose"_s;
}

void DiagnoseCommandTest::outputs()
{
    QFETCH(QStringList, args);
    QFETCH(QString, start);
    const Run run = runOn(args, freshHostSnapshot());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(start), qPrintable(run.out.left(200)));
    QCOMPARE(run.err, QString());
    if (args.contains(u"--json"_s)) {
        const QJsonArray checks = QJsonDocument::fromJson(run.out.toUtf8())[u"checks"_s].toArray();
        QCOMPARE(checks.size(), 23);
        QCOMPARE(checks[4].toObject()[u"id"_s].toString(), u"config:CONFIG_KPROBES"_s);
        QCOMPARE(checks[4].toObject()[u"status"_s].toString(), u"warning"_s);
    }
}

void DiagnoseCommandTest::blockedMonitoringExitsOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("text") << QStringList();
    QTest::newRow("json") << QStringList{u"--json"_s};
    QTest::newRow("markdown") << QStringList{u"--markdown"_s};
}

void DiagnoseCommandTest::blockedMonitoringExitsOne()
{
    QFETCH(QStringList, args);
    SystemSnapshot snapshot = freshHostSnapshot();
    snapshot.vmlinuxBtfPresent = false;
    snapshot.vmlinuxBtf.clear();
    const Run run = runOn(args, snapshot);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(u"/sys/kernel/btf/vmlinux does not exist"_s));
}

void DiagnoseCommandTest::rejectsBadUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("errPart");
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"unknown option --bogus"_s;
    QTest::newRow("two outputs") << QStringList{u"--json"_s, u"--markdown"_s} << u"choose one of"_s;
    QTest::newRow("json and kernel-config") << QStringList{u"--kernel-config"_s, u"--json"_s} << u"choose one of"_s;
}

void DiagnoseCommandTest::rejectsBadUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, errPart);
    const Run run = runOn(args, freshHostSnapshot());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(errPart), qPrintable(run.err));
    QVERIFY(run.err.contains(u"usage: kinsight-cli diagnose"_s));
    QCOMPARE(run.out, QString());
}

void DiagnoseCommandTest::liveKernelConfigDoesNotAskForTheMatrix()
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    bool asked = false;
    const int exitCode = runDiagnoseCommand({u"--kernel-config"_s}, outStream, errStream, [&] {
        asked = true;
        return std::optional<AttachMatrix>();
    });
    errStream.flush();
    QVERIFY(!asked);
    QCOMPARE(out, QString());
    if (!QFileInfo::exists(u"/sys/bus/event_source/devices/kprobe"_s)) {
        // No kprobe PMU, so CONFIG_KPROBES is missing (this machine kind).
        QCOMPARE(exitCode, 1);
        QVERIFY2(err.contains(u" Missing Kernel Config: KPROBES\n"_s), qPrintable(err));
    } else {
        QCOMPARE(exitCode, err.contains(u"Missing Kernel Config"_s) ? 1 : 0);
    }
}

void DiagnoseCommandTest::liveJsonIncludesTheMatrix()
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    int asked = 0;
    const int exitCode = runDiagnoseCommand({u"--json"_s}, outStream, errStream, [&] {
        ++asked;
        AttachMatrix matrix;
        matrix.modules[u"vfs"_s][AttachFamily::Tracepoint] = {true, {}};
        matrix.modules[u"vfs"_s][AttachFamily::Probe] = {false, u"No such file or directory"_s};
        return std::optional<AttachMatrix>(matrix);
    });
    outStream.flush();
    QCOMPARE(asked, 1);
    QCOMPARE(exitCode, 0);
    QStringList ids;
    for (const QJsonValue &check : QJsonDocument::fromJson(out.toUtf8())[u"checks"_s].toArray())
        ids.append(check[u"id"_s].toString());
    QVERIFY(ids.contains(u"attach:vfs:tracepoint"_s));
    QVERIFY(ids.contains(u"attach:vfs:probe"_s));
    QVERIFY(!ids.contains(u"attach"_s));
    QVERIFY(ids.contains(u"attach:socket"_s));  // not reported by this helper
}

QTEST_GUILESS_MAIN(DiagnoseCommandTest)
#include "tst_diagnose_command.moc"
