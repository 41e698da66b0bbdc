// The helper's diagnostics methods without root: the fix table accepts only
// its three ids, a fix is idempotent and never mounts over something else
// (against a fake mount table), the audit filter keeps only bounded BPF
// denials, the fixed paths refuse symlinks and FIFOs, lockdown is read only
// where securityfs already is; and over a private bus ApplyFix with an unknown
// id is InvalidArgs before polkit is even asked, while a refusal is
// AccessDenied for both methods. (Granted fixes mount for real: the e2e test.)
#include "diagnostic_inputs.h"
#include "diagnostics_client.h"
#include "fix_actions.h"
#include "helper1adaptor.h"
#include "helper_service.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kinsight;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(KINSIGHT_DIAGNOSTICS_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

// A mount table the fix reads and changes.
struct FakeMounts {
    QString mountinfo = fixture(u"mountinfo-host-fresh.txt"_s);
    QStringList directories{u"/sys/kernel/tracing"_s, u"/sys/kernel/debug"_s, u"/sys/kernel/security"_s};
    int error = 0;              // what mount(2) returns
    bool showsAfterMount = true;
    QStringList calls;          // "type at point"

    MountSystem system()
    {
        MountSystem s;
        s.mountinfo = [this] { return mountinfo; };
        s.isDirectory = [this](const char *path) { return directories.contains(QString::fromLatin1(path)); };
        s.mount = [this](const FixDefinition &fix) {
            calls.append(QString::fromLatin1(fix.fsType) + u" at "_s + QString::fromLatin1(fix.mountPoint));
            if (error == 0 && showsAfterMount)
                mountinfo += u"99 23 0:99 / %1 rw,nosuid,nodev,noexec,relatime - %2 %2 rw\n"_s.arg(
                    QString::fromLatin1(fix.mountPoint), QString::fromLatin1(fix.fsType));
            return error;
        };
        return s;
    }
};

class FakeAuthorizer : public Authorizer {
public:
    bool allow = false;
    QStringList actions;
    void check(const QString &, const QString &action, bool, std::function<void(Decision)> done) override
    {
        actions.append(action);
        done(allow ? Decision{true, {}} : Decision{false, u"polkit denied it"_s});
    }
};

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

}  // namespace

class DiagnosticsHelperMethodsTest : public QObject {
    Q_OBJECT

    QProcess bus;
    QString address;

private slots:
    void initTestCase()
    {
        bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY(bus.waitForReadyRead(5000));
        address = QString::fromUtf8(bus.readLine()).trimmed();
        QVERIFY(!address.isEmpty());
    }
    void cleanupTestCase()
    {
        bus.kill();
        bus.waitForFinished();
    }

    void onlyTheThreeFixes()
    {
        QCOMPARE(fixIds(), (QStringList{u"mount-tracefs"_s, u"mount-debugfs"_s, u"mount-securityfs"_s}));
        QCOMPARE(QString::fromLatin1(findFix(u"mount-tracefs")->mountPoint), u"/sys/kernel/tracing"_s);
        QCOMPARE(QString::fromLatin1(findFix(u"mount-debugfs")->fsType), u"debugfs"_s);
        QCOMPARE(QString::fromLatin1(findFix(u"mount-securityfs")->mountPoint), u"/sys/kernel/security"_s);
        for (const QString &bad : {u""_s, u"mount-tracefs "_s, u"MOUNT-TRACEFS"_s, u"mount-proc"_s, u"mount-bpf"_s,
                                   u"/sys/kernel/tracing"_s, u"mount-tracefs\0"_s, u"mount-tracefs;reboot"_s,
                                   u"tracefs"_s})
            QVERIFY2(!findFix(bad), qPrintable(bad));
    }

    void fixMountsOnceAndSaysWhat()
    {
        FakeMounts mounts;
        const FixResult first = applyFix(*findFix(u"mount-tracefs"), mounts.system());
        QVERIFY2(first.ok && first.changed, qPrintable(first.message));
        QCOMPARE(mounts.calls, QStringList{u"tracefs at /sys/kernel/tracing"_s});
        QCOMPARE(first.message, u"Mounted tracefs at /sys/kernel/tracing (rw,nosuid,nodev,noexec,relatime)"_s);
        // Idempotent: already mounted is success, and mount(2) is not called again.
        const FixResult again = applyFix(*findFix(u"mount-tracefs"), mounts.system());
        QVERIFY(again.ok && !again.changed);
        QCOMPARE(again.message, u"tracefs was already mounted at /sys/kernel/tracing; nothing to do"_s);
        QCOMPARE(mounts.calls.size(), 1);
        // This machine with tracefs already mounted at boot (the fixture of that state).
        FakeMounts booted;
        booted.mountinfo = fixture(u"mountinfo-host-tracefs.txt"_s);
        QVERIFY(!applyFix(*findFix(u"mount-tracefs"), booted.system()).changed);
        QVERIFY(booted.calls.isEmpty());
    }

    void fixRefusesWhatItCannotDoSafely()
    {
        // Something else at the mount point is not hidden under a new mount.
        FakeMounts occupied;
        occupied.mountinfo += u"98 23 0:98 / /sys/kernel/debug rw,relatime - tmpfs tmpfs rw\n"_s;
        FixResult r = applyFix(*findFix(u"mount-debugfs"), occupied.system());
        QVERIFY(!r.ok && !r.changed);
        QVERIFY2(r.message.contains(u"already a mount point (of tmpfs)"_s), qPrintable(r.message));
        QVERIFY(occupied.calls.isEmpty());

        FakeMounts noPoint;
        noPoint.directories.clear();
        r = applyFix(*findFix(u"mount-securityfs"), noPoint.system());
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(u"does not exist"_s));
        QVERIFY(noPoint.calls.isEmpty());

        FakeMounts noSupport;
        noSupport.error = ENODEV;
        r = applyFix(*findFix(u"mount-tracefs"), noSupport.system());
        QVERIFY(!r.ok && !r.changed);
        QVERIFY2(r.message.contains(u"no tracefs support (ENODEV)"_s), qPrintable(r.message));

        FakeMounts confined;
        confined.error = EPERM;
        r = applyFix(*findFix(u"mount-tracefs"), confined.system());
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(u"confined"_s));

        // The result is what mountinfo shows afterwards, not what mount(2) returned.
        FakeMounts invisible;
        invisible.showsAfterMount = false;
        r = applyFix(*findFix(u"mount-tracefs"), invisible.system());
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(u"does not show"_s));
    }

    void auditFilterKeepsBoundedBpfDenials()
    {
        int total = -1;
        const QStringList seed = bpfDenialLines(fixture(u"audit-seed.log"_s).toUtf8(), 50, 1024, &total);
        QVERIFY(!seed.isEmpty());
        QCOMPARE(total, seed.size());
        for (const QString &line : seed) {
            QVERIFY(line.contains(u"avc:"_s) && line.contains(u"denied"_s));
            QVERIFY2(!line.contains(u"tclass=file"_s), qPrintable(line));  // httpd's file denial stays in the log
            QVERIFY(!line.contains(u"type=SYSCALL"_s));
        }
        QVERIFY(bpfDenialLines(fixture(u"audit-clean.log"_s).toUtf8(), 50, 1024).isEmpty());

        // Bounded: the last 50 of many, each cut.
        QByteArray many;
        for (int i = 0; i < 200; ++i)
            many += "type=AVC msg=audit(1700000000." + QByteArray::number(i)
                    + ":1): avc:  denied  { prog_load } for  pid=1 comm=\"kinsight-helper\" "
                      "scontext=system_u:system_r:unconfined_service_t:s0 "
                      "tcontext=system_u:system_r:unconfined_service_t:s0 tclass=bpf permissive=0 "
                    + QByteArray(i == 199 ? 3000 : 0, 'x') + "\n";
        const QStringList kept = bpfDenialLines(many, 50, 1024, &total);
        QCOMPARE(total, 200);
        QCOMPARE(kept.size(), 50);
        QVERIFY(kept.first().contains(u"1700000000.150:"_s));
        QCOMPARE(kept.last().size(), 1024);
        QVERIFY(kept.last().endsWith(QChar(0x2026)));
    }

    void auditLogReadSafely()
    {
        QTemporaryDir root;
        DiagnosticInputPaths paths;
        paths.root = root.path();
        AuditInput input = readAuditDenials(paths);
        QVERIFY(!input.known);
        QVERIFY2(input.note.contains(u"auditd is not installed"_s), qPrintable(input.note));

        const QString log = root.filePath(u"var/log/audit/audit.log"_s);
        writeFile(log, fixture(u"audit-seed.log"_s).toUtf8());
        input = readAuditDenials(paths);
        QVERIFY(input.known);
        QVERIFY(!input.lines.isEmpty());
        QVERIFY2(input.note.contains(u"BPF denial"_s), qPrintable(input.note));

        // Only the tail is read; a record cut by the seek is dropped, not half-matched.
        paths.auditTailBytes = 400;
        input = readAuditDenials(paths);
        QVERIFY(input.known);
        for (const QString &line : input.lines)
            QVERIFY(line.startsWith(u"type=AVC"_s));

        // Neither a symlink nor a FIFO at the fixed path is followed or waited on.
        paths.auditTailBytes = 1 << 20;
        QFile::remove(log);
        const QString secret = root.filePath(u"secret"_s);
        writeFile(secret, "tclass=bpf avc: denied { map_create } secret\n");
        QVERIFY(QFile::link(secret, log));
        input = readAuditDenials(paths);
        QVERIFY(!input.known);
        QVERIFY(input.lines.isEmpty());
        QVERIFY2(input.note.contains(u"not a regular file"_s), qPrintable(input.note));
        QFile::remove(log);
        QCOMPARE(::mkfifo(QFile::encodeName(log).constData(), 0600), 0);
        input = readAuditDenials(paths);  // returns at once
        QVERIFY(!input.known);
        QVERIFY(input.note.contains(u"not a regular file"_s));
    }

    void lockdownOnlyWhereSecurityfsIs()
    {
        QTemporaryDir root;
        DiagnosticInputPaths paths;
        paths.root = root.path();
        writeFile(root.filePath(u"proc/self/mountinfo"_s), fixture(u"mountinfo-host-fresh.txt"_s).toUtf8());
        // Even with a lockdown file present, an unmounted securityfs means "not read".
        writeFile(root.filePath(u"sys/kernel/security/lockdown"_s), "none [integrity] confidentiality\n");
        LockdownInput input = readLockdown(paths);
        QVERIFY(!input.known);
        QVERIFY(input.text.contains(u"securityfs is not mounted"_s));

        writeFile(root.filePath(u"proc/self/mountinfo"_s),
                  (fixture(u"mountinfo-host-fresh.txt"_s)
                   + u"50 23 0:8 / /sys/kernel/security rw,nosuid,nodev,noexec,relatime - securityfs securityfs rw\n"_s)
                      .toUtf8());
        input = readLockdown(paths);
        QVERIFY(input.known);
        QCOMPARE(input.text, u"none [integrity] confidentiality"_s);

        QFile::remove(root.filePath(u"sys/kernel/security/lockdown"_s));
        input = readLockdown(paths);
        QVERIFY(!input.known);
        QVERIFY(input.text.contains(u"lockdown LSM is not active"_s));
    }

    void methodsOverTheBus()
    {
        QDBusConnection helperBus = QDBusConnection::connectToBus(address, u"diag-helper"_s);
        QDBusConnection clientBus = QDBusConnection::connectToBus(address, u"diag-client"_s);
        QVERIFY(helperBus.isConnected() && clientBus.isConnected());
        FakeAuthorizer authorizer;
        HelperService service(helperBus, &authorizer, [](const CollectorOptions &, SessionManager::ProducerFailure *) {
            return std::unique_ptr<FrameProducer>();
        });
        service.setIdleExit(false);
        new Helper1Adaptor(&service);
        QVERIFY(helperBus.registerObject(u"/org/kinsight/Helper1"_s, &service));
        QVERIFY(helperBus.registerService(u"org.kinsight.Helper1"_s));

        DiagnosticsClient client(clientBus, nullptr);
        QSignalSpy fixes(&client, &DiagnosticsClient::fixFinished);
        QSignalSpy inputs(&client, &DiagnosticsClient::inputsFinished);

        // An id the helper does not know: InvalidArgs, and polkit is not even asked.
        for (const QString &bad : {u"mount-proc"_s, u"../../etc/fstab"_s, QString(300, u'x')}) {
            client.applyFix(bad);
            QTRY_COMPARE(fixes.size(), 1);
            const FixOutcome outcome = fixes.takeFirst().at(0).value<FixOutcome>();
            QCOMPARE(outcome.error.kind, HelperCallError::Kind::InvalidArgs);
            QCOMPARE(outcome.error.name, u"org.freedesktop.DBus.Error.InvalidArgs"_s);
            QVERIFY2(outcome.error.message.contains(u"unknown fix"_s), qPrintable(outcome.error.message));
            QVERIFY(outcome.error.message.size() < 200);  // the client's text is echoed bounded
        }
        QVERIFY(authorizer.actions.isEmpty());

        // Refused: AccessDenied for each, under its own action, and nothing done.
        client.applyFix(u"mount-tracefs"_s);
        QTRY_COMPARE(fixes.size(), 1);
        FixOutcome refused = fixes.takeFirst().at(0).value<FixOutcome>();
        QCOMPARE(refused.error.kind, HelperCallError::Kind::NotAuthorized);
        QCOMPARE(refused.error.name, u"org.freedesktop.DBus.Error.AccessDenied"_s);
        QVERIFY(refused.error.message.contains(u"org.kinsight.fix"_s));
        QVERIFY(DiagnosticsClient::explain(refused.error, u"org.kinsight.fix"_s).startsWith(u"Not authorized"_s));
        client.requestInputs(false);
        QTRY_COMPARE(inputs.size(), 1);
        PrivilegedDiagnostics denied = inputs.takeFirst().at(0).value<PrivilegedDiagnostics>();
        QCOMPARE(denied.error.kind, HelperCallError::Kind::NotAuthorized);
        QVERIFY(!denied.lockdown && !denied.auditLines);
        QCOMPARE(authorizer.actions, (QStringList{u"org.kinsight.fix"_s, u"org.kinsight.monitor"_s}));

        // Granted inputs: the reply has the declared shape, whatever this machine's state.
        authorizer.allow = true;
        client.requestInputs(true);
        QTRY_COMPARE(inputs.size(), 1);
        const PrivilegedDiagnostics granted = inputs.takeFirst().at(0).value<PrivilegedDiagnostics>();
        QVERIFY2(!granted.error.failed(), qPrintable(granted.error.message));
        QVERIFY(granted.lockdown.has_value() != !granted.lockdownNote.isEmpty());
        QVERIFY(!granted.auditNote.isEmpty());
        if (granted.auditLines)
            QVERIFY(granted.auditLines->size() <= 50);

        helperBus.unregisterService(u"org.kinsight.Helper1"_s);
        QDBusConnection::disconnectFromBus(u"diag-helper"_s);
        QDBusConnection::disconnectFromBus(u"diag-client"_s);
    }

    void errorsInWords()
    {
        const HelperCallError failed = DiagnosticsClient::classify(QDBusError(QDBusMessage::createError(
            QLatin1String(kErrorFixFailed), u"tmpfs is already a mount point"_s)));
        QCOMPARE(failed.kind, HelperCallError::Kind::Failed);
        QCOMPARE(DiagnosticsClient::explain(failed, u"org.kinsight.fix"_s),
                 u"kinsight-helper could not do it: tmpfs is already a mount point"_s);
        const HelperCallError denied = DiagnosticsClient::classify(QDBusError(QDBusMessage::createError(
            u"org.freedesktop.DBus.Error.AccessDenied"_s, u"not authorized for org.kinsight.fix: polkit denied it"_s)));
        QCOMPARE(denied.kind, HelperCallError::Kind::NotAuthorized);
        // The action is named once, the helper's reason kept.
        QCOMPARE(DiagnosticsClient::explain(denied, u"org.kinsight.fix"_s),
                 u"Not authorized: polkit refused the action org.kinsight.fix for you: polkit denied it. Authenticate "
                 u"as an administrator when asked, or ask one to grant you this action."_s);
        const HelperCallError missing = DiagnosticsClient::classify(QDBusError(QDBusMessage::createError(
            u"org.freedesktop.DBus.Error.ServiceUnknown"_s, u"not provided by any .service files"_s)));
        QCOMPARE(missing.kind, HelperCallError::Kind::HelperMissing);
    }

    void clientWithoutABus()
    {
        DiagnosticsClient client(QDBusConnection(u"never-connected"_s), nullptr);
        QSignalSpy fixes(&client, &DiagnosticsClient::fixFinished);
        client.applyFix(u"mount-tracefs"_s);
        QCOMPARE(fixes.size(), 0);  // answered from the event loop, like a call
        QTRY_COMPARE(fixes.size(), 1);
        const FixOutcome outcome = fixes.at(0).at(0).value<FixOutcome>();
        QCOMPARE(outcome.error.kind, HelperCallError::Kind::HelperMissing);
        QVERIFY(DiagnosticsClient::explain(outcome.error, u"org.kinsight.fix"_s).contains(u"not available"_s));
    }
};

QTEST_GUILESS_MAIN(DiagnosticsHelperMethodsTest)
#include "tst_diagnostics_helper_methods.moc"
