// Who a frame's processes are, on a /proc made of files in a temporary
// directory: read once while they live, named by their final record when they
// were gone before they could be read.
#include "process_identities.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kinsight;

namespace {

void writeProcess(const QString &root, quint32 tgid, const QByteArray &comm, quint32 ppid, quint64 start)
{
    const QString dir = root + u'/' + QString::number(tgid);
    QVERIFY(QDir().mkpath(dir));
    QFile stat(dir + u"/stat"_s);
    QVERIFY(stat.open(QIODevice::WriteOnly));
    // 22 fields: starttime is the 22nd.
    QByteArray line = QByteArray::number(tgid) + " (" + comm + ") S " + QByteArray::number(ppid);
    for (int field = 5; field < 22; ++field)
        line += " 0";
    line += ' ' + QByteArray::number(start) + " 0\n";
    stat.write(line);
}

engine::ModuleSnapshot module(std::vector<engine::PidRow> rows, std::vector<engine::PidRow> exits)
{
    engine::ModuleSnapshot m;
    m.module = "process";
    m.pids = std::move(rows);
    m.exits = std::move(exits);
    return m;
}

const ProcessIdentity *find(const Frame &frame, quint32 tgid)
{
    for (const ProcessIdentity &p : frame.identities)
        if (p.tgid == tgid)
            return &p;
    return nullptr;
}

}  // namespace

class TestProcessIdentities : public QObject {
    Q_OBJECT

private slots:
    void livingProcessIsReadFromProc()
    {
        QTemporaryDir proc;
        writeProcess(proc.path(), 100, "worker", 1, 555);
        ProcessIdentities identities(proc.path());
        engine::Snapshot snapshot{1, {module({{100, 0, {3}}}, {})}};
        Frame frame;
        identities.fill(snapshot, frame);
        const ProcessIdentity *p = find(frame, 100);
        QVERIFY(p);
        QCOMPARE(p->comm, u"worker"_s);
        QCOMPARE(p->ppid, 1u);
        QCOMPARE(p->startTicks, 555ull);
    }

    // A short-lived child: its row and its final record arrive in one read and
    // /proc no longer has it. The record names it (not an unnamed process).
    void goneWithinTheReadIsNamedByItsRecord()
    {
        QTemporaryDir proc;
        ProcessIdentities identities(proc.path());
        engine::PidRow exit{200, 0, {2}, "ks-child", 100};
        engine::Snapshot snapshot{1, {module({{200, 0, {1}}}, {exit})}};
        Frame frame;
        identities.fill(snapshot, frame);
        const ProcessIdentity *p = find(frame, 200);
        QVERIFY(p);
        QCOMPARE(p->comm, u"ks-child"_s);
        QCOMPARE(p->ppid, 100u);
    }

    // Gone before it could be read, record not yet drained: unnamed this frame,
    // named by the record in the next.
    void goneBeforeItsRecordIsNamedNextFrame()
    {
        QTemporaryDir proc;
        ProcessIdentities identities(proc.path());
        Frame first;
        identities.fill({1, {module({{300, 0, {1}}}, {})}}, first);
        QVERIFY(find(first, 300));
        QVERIFY(find(first, 300)->comm.isEmpty());
        Frame second;
        identities.fill({2, {module({}, {{300, 0, {2}, "late", 7}})}}, second);
        QVERIFY(find(second, 300));
        QCOMPARE(find(second, 300)->comm, u"late"_s);
    }

    // A process read while alive keeps that identity in its final frame (the
    // record's 15-character comm is a poorer name than /proc's).
    void knownProcessKeepsItsIdentityAtTheEnd()
    {
        QTemporaryDir proc;
        writeProcess(proc.path(), 400, "server", 1, 9);
        ProcessIdentities identities(proc.path());
        Frame first;
        identities.fill({1, {module({{400, 0, {1}}}, {})}}, first);
        QVERIFY(QDir(proc.path() + u"/400"_s).removeRecursively());
        Frame last;
        identities.fill({2, {module({}, {{400, 0, {5}, "other", 1}})}}, last);
        QVERIFY(find(last, 400));
        QCOMPARE(find(last, 400)->comm, u"server"_s);
        QCOMPARE(find(last, 400)->startTicks, 9ull);
    }
};

QTEST_GUILESS_MAIN(TestProcessIdentities)
#include "tst_process_identities.moc"
