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

Run runOn(const QStringList &args, const SystemSnapshot &snapshot, const HelperAnswers &answers = {})
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = runDiagnoseCommandOnSnapshot(args, out, err, snapshot, answers);
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
    void helperInputsSettleLockdownAndSelinux();
    void helperWithoutBtfBlocksMonitoring();
    void withoutTheHelperItsChecksSayWhy();
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
        return HelperAnswers();
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
        HelperAnswers answers;
        answers.attach = HelperAttach{true, {}, matrix};
        return answers;
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

namespace {

QJsonObject checkById(const QString &json, const QString &id)
{
    for (const QJsonValue &check : QJsonDocument::fromJson(json.toUtf8())[u"checks"_s].toArray())
        if (check[u"id"_s].toString() == id)
            return check.toObject();
    return {};
}

// An enforcing SELinux machine with securityfs unmounted: both checks need the helper.
SystemSnapshot enforcingHost()
{
    SystemSnapshot snapshot = freshHostSnapshot();
    snapshot.mountinfo = fixtureText(u"mountinfo-fedora39-selinux.txt"_s);
    snapshot.selinuxEnforce = u"1"_s;
    snapshot.selinuxConfig = fixtureText(u"selinux-config-enforcing.txt"_s);
    snapshot.lockdown.reset();
    return snapshot;
}

}  // namespace

// The helper's DiagnosticInputs reply decides the lockdown and SELinux checks
// (the audit lines are what helper/service/diagnostic_inputs.cpp keeps: the BPF
// denials), and blocking denials make the exit status 1.
void DiagnoseCommandTest::helperInputsSettleLockdownAndSelinux()
{
    const SystemSnapshot snapshot = enforcingHost();
    Run before = runOn({u"--json"_s}, snapshot);
    QCOMPARE(checkById(before.out, u"selinux"_s)[u"status"_s].toString(), u"unknown"_s);
    QCOMPARE(checkById(before.out, u"selinux"_s)[u"needsHelper"_s].toString(), u"org.kinsight.monitor"_s);

    HelperAnswers answers;
    HelperInputs inputs;
    inputs.lockdown = fixtureText(u"lockdown-confidentiality.txt"_s);
    QStringList denials;
    for (const QString &line : fixtureText(u"audit-seed.log"_s).split(u'\n', Qt::SkipEmptyParts))
        if (line.contains(u"denied"_s))
            denials.append(line);
    QVERIFY(!denials.isEmpty());
    inputs.auditLines = denials;
    inputs.auditNote = u"%1 BPF denial(s) in /var/log/audit/audit.log"_s.arg(denials.size());
    answers.inputs = inputs;

    const Run run = runOn({u"--json"_s}, snapshot, answers);
    const QJsonObject selinux = checkById(run.out, u"selinux"_s);
    QCOMPARE(selinux[u"status"_s].toString(), u"error"_s);
    QVERIFY(!selinux.contains(u"needsHelper"_s));
    QVERIFY2(selinux[u"explanation"_s].toString().contains(u"kinsight-helper read the audit log: "_s + inputs.auditNote),
             qPrintable(selinux[u"explanation"_s].toString()));
    const QJsonObject lockdown = checkById(run.out, u"lockdown"_s);
    QCOMPARE(lockdown[u"status"_s].toString(), u"error"_s);  // confidentiality: no BPF reads of kernel memory
    QCOMPARE(run.exitCode, 1);
    QVERIFY(QJsonDocument::fromJson(run.out.toUtf8())[u"blocksMonitoring"_s].toBool());

    // The Markdown report carries the same findings.
    const Run markdown = runOn({u"--markdown"_s}, snapshot, answers);
    QCOMPARE(markdown.exitCode, 1);
    QVERIFY(markdown.out.contains(u"| ERROR | `selinux` |"_s));
    QVERIFY(markdown.out.contains(u"kinsight-helper read the audit log: "_s + inputs.auditNote));
}

void DiagnoseCommandTest::helperWithoutBtfBlocksMonitoring()
{
    HelperAnswers answers;
    answers.attach = HelperAttach{false, u"no /sys/kernel/btf/vmlinux"_s, {}};
    const Run run = runOn({u"--json"_s}, freshHostSnapshot(), answers);
    const QJsonObject attach = checkById(run.out, u"attach"_s);
    QCOMPARE(attach[u"status"_s].toString(), u"error"_s);
    QVERIFY(attach[u"summary"_s].toString().contains(u"no usable BTF (no /sys/kernel/btf/vmlinux)"_s));
    QCOMPARE(run.exitCode, 1);
}

// The helper was asked and could not read them: the checks say why instead of "needs the helper".
void DiagnoseCommandTest::withoutTheHelperItsChecksSayWhy()
{
    HelperAnswers answers;
    HelperInputs inputs;
    inputs.lockdownNote = u"securityfs is not mounted, so the lockdown mode cannot be read"_s;
    inputs.auditNote = u"There is no /var/log/audit/audit.log"_s;
    answers.inputs = inputs;
    // This machine kind boots without securityfs: only the helper could tell.
    const Run fresh = runOn({u"--json"_s}, freshHostSnapshot(), answers);
    const QJsonObject lockdown = checkById(fresh.out, u"lockdown"_s);
    QCOMPARE(lockdown[u"status"_s].toString(), u"unknown"_s);
    QVERIFY(!lockdown.contains(u"needsHelper"_s));
    QVERIFY(lockdown[u"summary"_s].toString().endsWith(u"(kinsight-helper: "_s + inputs.lockdownNote + u')'));
    const Run run = runOn({u"--json"_s}, enforcingHost(), answers);
    const QJsonObject selinux = checkById(run.out, u"selinux"_s);
    QCOMPARE(selinux[u"status"_s].toString(), u"unknown"_s);
    QVERIFY(!selinux.contains(u"needsHelper"_s));
    QVERIFY(selinux[u"summary"_s].toString().endsWith(u"(kinsight-helper: "_s + inputs.auditNote + u')'));
}

QTEST_GUILESS_MAIN(DiagnoseCommandTest)
#include "tst_diagnose_command.moc"
