// The full check list over fixture snapshots, and its Markdown, JSON and text
// renderings: same checks, same content, in the same order.
#include "fixture_files.h"

#include "diagnostics/diagnostics.h"
#include "diagnostics/report.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kinsight::diagnostics;

class ReportTest : public QObject {
    Q_OBJECT

private slots:
    void freshHostGivesExpectedStatuses_data();
    void freshHostGivesExpectedStatuses();
    void checkOrderIsStable();
    void jsonHasTheSameChecks();
    void markdownHasTheSameChecks();
    void markdownEscapesTableCells();
    void blockingCheckIsNamed_data();
    void blockingCheckIsNamed();
    void plainTextListsEveryCheck();
};

void ReportTest::freshHostGivesExpectedStatuses_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("status");
    const QList<std::pair<const char *, const char *>> expected{
        {"kernel-version", "ok"},
        {"btf", "ok"},
        {"btf-modules", "ok"},
        {"kernel-config", "ok"},
        {"config:CONFIG_KPROBES", "warning"},
        {"config:CONFIG_KPROBES_ON_FTRACE", "warning"},
        {"config:CONFIG_HAVE_KPROBES", "ok"},
        {"config:CONFIG_BPF", "ok"},
        {"config:CONFIG_BPF_SYSCALL", "ok"},
        {"config:CONFIG_BPF_JIT", "ok"},
        {"config:CONFIG_DYNAMIC_FTRACE", "ok"},
        {"config:CONFIG_DEBUG_INFO_BTF", "ok"},
        {"config:CONFIG_BPF_EVENTS", "ok"},
        {"config:CONFIG_FTRACE_SYSCALLS", "ok"},
        {"config:CONFIG_DYNAMIC_FTRACE_WITH_DIRECT_CALLS", "ok"},
        {"mount:tracefs", "warning"},
        {"mount:debugfs", "warning"},
        {"lockdown", "unknown"},
        {"selinux", "ok"},
        {"unprivileged-bpf", "ok"},
        {"memlock", "ok"},
        {"cgroup", "ok"},
        {"attach", "unknown"},
    };
    for (const auto &[id, status] : expected)
        QTest::newRow(id) << QString::fromLatin1(id) << QString::fromLatin1(status);
}

void ReportTest::freshHostGivesExpectedStatuses()
{
    QFETCH(QString, id);
    QFETCH(QString, status);
    const QList<Check> checks = runChecks(freshHostSnapshot());
    const auto found = std::find_if(checks.cbegin(), checks.cend(), [&](const Check &c) { return c.id == id; });
    QVERIFY2(found != checks.cend(), qPrintable(id));
    QCOMPARE(statusName(found->status), status);
    QVERIFY(!found->summary.isEmpty());
    QVERIFY(!found->title.isEmpty());
}

void ReportTest::checkOrderIsStable()
{
    const QList<Check> checks = runChecks(freshHostSnapshot());
    QCOMPARE(checks.size(), 23);
    QCOMPARE(checks.first().id, u"kernel-version"_s);
    QCOMPARE(checks.last().id, u"attach"_s);
    QSet<QString> ids;
    for (const Check &check : checks)
        ids.insert(check.id);
    QCOMPARE(ids.size(), checks.size());
    QVERIFY(!anyBlocksMonitoring(checks));
}

void ReportTest::jsonHasTheSameChecks()
{
    const QList<Check> checks = runChecks(freshHostSnapshot());
    const QJsonDocument document = QJsonDocument::fromJson(toJson(checks).toJson());
    QVERIFY(document.isObject());
    QCOMPARE(document[u"blocksMonitoring"_s].toBool(true), false);
    const QJsonArray array = document[u"checks"_s].toArray();
    QCOMPARE(array.size(), checks.size());
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QJsonObject object = array[i].toObject();
        QCOMPARE(object[u"id"_s].toString(), checks[i].id);
        QCOMPARE(object[u"status"_s].toString(), statusName(checks[i].status));
        QCOMPARE(object[u"summary"_s].toString(), checks[i].summary);
        QVERIFY(object.contains(u"fix"_s));
        QCOMPARE(object[u"fix"_s].toString(), checks[i].fix);
        QCOMPARE(object[u"snippets"_s].toArray().size(), checks[i].snippets.size());
        QCOMPARE(object.contains(u"fixAction"_s), !checks[i].fixAction.isEmpty());
        QCOMPARE(object.contains(u"needsHelper"_s), !checks[i].needsHelper.isEmpty());
    }
    const QJsonObject tracefs = array[15].toObject();
    QCOMPARE(tracefs[u"id"_s].toString(), u"mount:tracefs"_s);
    QCOMPARE(tracefs[u"fixAction"_s].toString(), u"mount-tracefs"_s);
    const QJsonObject lockdown = array[17].toObject();
    QCOMPARE(lockdown[u"needsHelper"_s].toString(), u"org.kinsight.fix"_s);
    QCOMPARE(lockdown[u"fixAction"_s].toString(), u"mount-securityfs"_s);
}

void ReportTest::markdownHasTheSameChecks()
{
    const QList<Check> checks = runChecks(freshHostSnapshot());
    const QString markdown = toMarkdown(checks);
    QVERIFY(markdown.startsWith(u"# Kinsight diagnostics\n\n**Monitoring is possible**. 17 ok, 4 warning(s), 0 error(s), "
                                u"2 unknown (2 need the helper).\n"_s));
    qsizetype previous = -1;
    for (const Check &check : checks) {
        const QString row = u"| %1 | `%2` | "_s.arg(statusName(check.status).toUpper(), check.id);
        const qsizetype at = markdown.indexOf(row);
        QVERIFY2(at > previous, qPrintable(row));  // every check, in order
        previous = at;
        QVERIFY(markdown.contains(check.summary.simplified()));
        const QString heading = u"### %1 `%2`"_s.arg(statusName(check.status).toUpper(), check.id);
        QCOMPARE(markdown.contains(heading), check.status != Status::Ok);
    }
    QVERIFY(markdown.contains(u"```sh\nmount -t tracefs nodev /sys/kernel/tracing\n```\n"_s));
    QVERIFY(markdown.contains(u"```fstab\ntracefs  /sys/kernel/tracing  tracefs  defaults  0  0\n```\n"_s));
    QVERIFY(markdown.contains(u"The helper can do this: fix `mount-securityfs` (polkit action `org.kinsight.fix`)."_s));
    QVERIFY(markdown.contains(u"*Needs the helper* (polkit action `org.kinsight.monitor`)."_s));
}

void ReportTest::markdownEscapesTableCells()
{
    Check check;
    check.id = u"x"_s;
    check.title = u"X"_s;
    check.status = Status::Warning;
    check.summary = u"a | b\nc"_s;
    QVERIFY(toMarkdown({check}).contains(u"| WARNING | `x` | a \\| b c |\n"_s));
}

void ReportTest::blockingCheckIsNamed_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<QString>("blockingId");
    QTest::newRow("no BTF") << u"btf"_s << u"btf"_s;
    QTest::newRow("confidentiality") << u"lockdown"_s << u"lockdown"_s;
    QTest::newRow("old kernel") << u"kernel"_s << u"kernel-version"_s;
    QTest::newRow("selinux denies") << u"selinux"_s << u"selinux"_s;
}

void ReportTest::blockingCheckIsNamed()
{
    QFETCH(QString, breakage);
    QFETCH(QString, blockingId);
    SystemSnapshot snapshot = freshHostSnapshot();
    if (breakage == u"btf") {
        snapshot.vmlinuxBtfPresent = false;
        snapshot.vmlinuxBtf.clear();
    } else if (breakage == u"lockdown") {
        snapshot.mountinfo = fixtureText(u"mountinfo-debian12-systemd.txt"_s);
        snapshot.lockdown = fixtureText(u"lockdown-confidentiality.txt"_s);
    } else if (breakage == u"kernel") {
        snapshot.kernelRelease = u"5.4.0-150-generic"_s;
    } else if (breakage == u"selinux") {
        snapshot.mountinfo = fixtureText(u"mountinfo-fedora39-selinux.txt"_s);
        snapshot.selinuxEnforce = u"1\n"_s;
        snapshot.auditLog = fixtureText(u"audit-seed.log"_s).split(u'\n', Qt::SkipEmptyParts);
    }
    const QList<Check> checks = runChecks(snapshot);
    QVERIFY(anyBlocksMonitoring(checks));
    QStringList errors;
    for (const Check &check : checks)
        if (check.status == Status::Error)
            errors.append(check.id);
    QCOMPARE(errors, QStringList{blockingId});
    QVERIFY(toMarkdown(checks).contains(u"**Monitoring is blocked** by `%1`."_s.arg(blockingId)));
    QCOMPARE(toJson(checks)[u"blocksMonitoring"_s].toBool(), true);
}

void ReportTest::plainTextListsEveryCheck()
{
    const QList<Check> checks = runChecks(freshHostSnapshot());
    const QString text = toPlainText(checks);
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(u"Kinsight diagnostics: monitoring is possible"_s));
    for (const Check &check : checks) {
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) {
            const QStringList words = l.split(u' ', Qt::SkipEmptyParts);
            return words.size() > 2 && words[0] == statusName(check.status) && words[1] == check.id;
        });
        QVERIFY2(line != lines.cend(), qPrintable(check.id));
    }
    QVERIFY(text.contains(u"the helper can do it: mount-tracefs"_s));
}

QTEST_GUILESS_MAIN(ReportTest)
#include "tst_diagnostics_report.moc"
