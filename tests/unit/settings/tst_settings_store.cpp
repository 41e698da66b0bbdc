// The helper's write path for /etc/kinsight, on a temporary directory: files
// are named by id only, content is validated first (a rejected write changes
// nothing), a write is atomic with the previous file kept as .bak, nothing is
// ever written through a symbolic link, and nothing is left behind.
#include "settings_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace kinsight;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

mode_t modeOf(const QString &path)
{
    struct stat info{};
    lstat(QFile::encodeName(path).constData(), &info);
    return info.st_mode & 07777;
}

// Every name in a directory, hidden ones included: temporary files must not linger.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

const QByteArray kValid = "# Kinsight\n[global]\n    ebpf load mode = return\n    update every = 2\n";
const QByteArray kValid2 = "# Kinsight\n[global]\n    ebpf load mode = entry\n    update every = 2\n";

}  // namespace

class TestSettingsStore : public QObject {
    Q_OBJECT

    QTemporaryDir tmp;
    QString dir;  // the settings directory of each test (created by the store)

private slots:
    void init()
    {
        QVERIFY(tmp.isValid());
        dir = tmp.filePath(u"etc-kinsight-%1"_s.arg(QLatin1String(QTest::currentTestFunction())));
        QDir(dir).removeRecursively();
        ::umask(022);
    }

    void fileIdsAreSchemaNamesNeverPaths_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("main") << u"main"_s << true;
        QTest::newRow("module") << u"socket"_s << true;
        QTest::newRow("file name") << u"network.conf"_s << false;
        QTest::newRow("main file name") << u"ebpf.d.conf"_s << false;
        QTest::newRow("relative path") << u"../../etc/passwd"_s << false;
        QTest::newRow("absolute path") << u"/etc/shadow"_s << false;
        QTest::newRow("case") << u"Socket"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void fileIdsAreSchemaNamesNeverPaths()
    {
        QFETCH(QString, id);
        QFETCH(bool, accepted);
        QCOMPARE(SettingsStore::roleForId(id).has_value(), accepted);
        if (!accepted) {
            const SettingsStore::WriteResult result = SettingsStore(dir, {}).write(id, kValid);
            QCOMPARE(result.status, SettingsStore::WriteResult::Status::Invalid);
            QVERIFY(!QFileInfo::exists(dir));
        }
        QCOMPARE(SettingsStore::relativePath(*SettingsStore::roleForId(u"socket"_s)), u"ebpf.d/network.conf"_s);
    }

    void writeCreatesTheTreeAndFileAtomically()
    {
        SettingsStore store(dir, {});
        SettingsStore::WriteResult result = store.write(u"main"_s, kValid);
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.status, SettingsStore::WriteResult::Status::Written);
        QCOMPARE(readAll(dir + u"/ebpf.d.conf"_s), kValid);
        QCOMPARE(modeOf(dir), mode_t(0755));
        QCOMPARE(modeOf(dir + u"/ebpf.d.conf"_s), mode_t(0644));
        QCOMPARE(entries(dir), QStringList{u"ebpf.d.conf"_s});  // no temporary file, no .bak for a new file

        // A module file: ebpf.d/ is created 0755 even under a strict umask.
        ::umask(077);
        result = store.write(u"sync"_s, "[syscalls]\n    msync = no\n");
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(modeOf(dir + u"/ebpf.d"_s), mode_t(0755));
        QCOMPARE(modeOf(dir + u"/ebpf.d/sync.conf"_s), mode_t(0644));
        QCOMPARE(entries(dir + u"/ebpf.d"_s), QStringList{u"sync.conf"_s});
        if (::geteuid() == 0) {
            struct stat info{};
            QCOMPARE(::stat(QFile::encodeName(dir + u"/ebpf.d/sync.conf"_s).constData(), &info), 0);
            QCOMPARE(info.st_uid, uid_t(0));
            QCOMPARE(info.st_gid, gid_t(0));
        }
    }

    void previousFileIsKeptAsBak()
    {
        SettingsStore store(dir, {});
        QVERIFY(store.write(u"main"_s, kValid).ok());
        QCOMPARE(store.write(u"main"_s, kValid2).status, SettingsStore::WriteResult::Status::Written);
        QCOMPARE(readAll(dir + u"/ebpf.d.conf"_s), kValid2);
        QCOMPARE(readAll(dir + u"/ebpf.d.conf.bak"_s), kValid);
        QCOMPARE(entries(dir), (QStringList{u"ebpf.d.conf"_s, u"ebpf.d.conf.bak"_s}));

        // The same bytes again: nothing is written, and .bak still holds the real previous version.
        QCOMPARE(store.write(u"main"_s, kValid2).status, SettingsStore::WriteResult::Status::Unchanged);
        QCOMPARE(readAll(dir + u"/ebpf.d.conf.bak"_s), kValid);
    }

    // What a write killed between its two renames leaves: <name>.bak and <name>
    // as two links of one file. rename() between them is a no-op, which must not
    // leave the next write's temporary link behind.
    void bakLinkedToTheFileLeavesNoTemporary()
    {
        SettingsStore store(dir, {});
        QVERIFY(store.write(u"main"_s, kValid).ok());
        const QByteArray file = QFile::encodeName(dir + u"/ebpf.d.conf"_s);
        const QByteArray bak = file + ".bak";
        QCOMPARE(::link(file.constData(), bak.constData()), 0);
        QCOMPARE(store.write(u"main"_s, kValid2).status, SettingsStore::WriteResult::Status::Written);
        QCOMPARE(readAll(dir + u"/ebpf.d.conf"_s), kValid2);
        QCOMPARE(readAll(dir + u"/ebpf.d.conf.bak"_s), kValid);
        QCOMPARE(entries(dir), (QStringList{u"ebpf.d.conf"_s, u"ebpf.d.conf.bak"_s}));
    }

    void rejectedContentChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        QTest::newRow("bad value") << QByteArray("[global]\n    update every = 0\n") << u"ebpf.d.conf:2:"_s;
        QTest::newRow("bad choice") << QByteArray("[global]\nebpf load mode = sometimes\n") << u"ebpf.d.conf:2:"_s;
        QTest::newRow("no equals sign") << QByteArray("[global]\n\n  apps yes\n") << u"ebpf.d.conf:3:"_s;
        QTest::newRow("too large") << QByteArray(SettingsStore::kMaxFileBytes + 1, '#') << u"larger than"_s;
    }
    void rejectedContentChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        SettingsStore store(dir, {});
        QVERIFY(store.write(u"main"_s, kValid).ok());
        QVERIFY(store.write(u"main"_s, kValid2).ok());
        const QStringList before = entries(dir);
        const SettingsStore::WriteResult result = store.write(u"main"_s, content);
        QCOMPARE(result.status, SettingsStore::WriteResult::Status::Invalid);
        QVERIFY(!result.errors.isEmpty());
        QVERIFY2(result.errors.constFirst().contains(where), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(readAll(dir + u"/ebpf.d.conf"_s), kValid2);
        QCOMPARE(readAll(dir + u"/ebpf.d.conf.bak"_s), kValid);
        QCOMPARE(entries(dir), before);
    }

    void warningsDoNotBlockAWrite()
    {
        const SettingsStore::WriteResult result =
            SettingsStore(dir, {}).write(u"main"_s, "[global]\n    no such key = 1\n    apps = yes\n");
        QCOMPARE(result.status, SettingsStore::WriteResult::Status::Written);
        QVERIFY(!result.warnings.isEmpty());
        QVERIFY2(result.warnings.constFirst().contains(u"ebpf.d.conf:2:"_s), qPrintable(result.warnings.join(u'\n')));
    }

    void symlinkInPlaceOfTheFileIsNeverFollowed()
    {
        QVERIFY(QDir().mkpath(dir));
        const QString victim = tmp.filePath(u"victim-%1"_s.arg(QLatin1String(QTest::currentTestFunction())));
        writeRaw(victim, "precious\n");
        QVERIFY(QFile::link(victim, dir + u"/ebpf.d.conf"_s));
        const SettingsStore::WriteResult result = SettingsStore(dir, {}).write(u"main"_s, kValid);
        QCOMPARE(result.status, SettingsStore::WriteResult::Status::Failed);
        QVERIFY2(result.errors.join(u' ').contains(u"symbolic link"_s), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(readAll(victim), QByteArray("precious\n"));
        QVERIFY(QFileInfo(dir + u"/ebpf.d.conf"_s).isSymLink());
        QCOMPARE(entries(dir), QStringList{u"ebpf.d.conf"_s});

        // Reading does not follow it either: the target's content is never sent.
        const SettingsStore::Contents contents = SettingsStore(dir, {}).read();
        QVERIFY(!contents.files.contains(u"main"_s));
        QCOMPARE(contents.problems.size(), 1);
    }

    void symlinkAtTheBakNameIsReplacedNotFollowed()
    {
        SettingsStore store(dir, {});
        QVERIFY(store.write(u"main"_s, kValid).ok());
        const QString victim = tmp.filePath(u"victim-%1"_s.arg(QLatin1String(QTest::currentTestFunction())));
        writeRaw(victim, "precious\n");
        QVERIFY(QFile::link(victim, dir + u"/ebpf.d.conf.bak"_s));
        QCOMPARE(store.write(u"main"_s, kValid2).status, SettingsStore::WriteResult::Status::Written);
        QCOMPARE(readAll(victim), QByteArray("precious\n"));
        QVERIFY(!QFileInfo(dir + u"/ebpf.d.conf.bak"_s).isSymLink());
        QCOMPARE(readAll(dir + u"/ebpf.d.conf.bak"_s), kValid);
    }

    void symlinkedModuleDirectoryIsRefused()
    {
        QVERIFY(QDir().mkpath(dir));
        const QString elsewhere = tmp.filePath(u"elsewhere-%1"_s.arg(QLatin1String(QTest::currentTestFunction())));
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QFile::link(elsewhere, dir + u"/ebpf.d"_s));
        const SettingsStore::WriteResult result = SettingsStore(dir, {}).write(u"sync"_s, "[syscalls]\nsync = no\n");
        QCOMPARE(result.status, SettingsStore::WriteResult::Status::Failed);
        QVERIFY(entries(elsewhere).isEmpty());
    }

    void directoryOthersCanWriteIsRefused()
    {
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0777) == 0);
        const SettingsStore::WriteResult result = SettingsStore(dir, {}).write(u"main"_s, kValid);
        QCOMPARE(result.status, SettingsStore::WriteResult::Status::Failed);
        QVERIFY2(result.errors.join(u' ').contains(u"writable by other users"_s), qPrintable(result.errors.join(u' ')));
        QVERIFY(entries(dir).isEmpty());
    }

    void readGivesEveryFileByteForByte()
    {
        SettingsStore store(dir, {});
        const QByteArray odd = "\xef\xbb\xbf[global]\r\n# \xff\xfe\r\n  apps = no\r\n";  // BOM, CRLF, invalid UTF-8
        QVERIFY(store.write(u"main"_s, odd).ok());
        QVERIFY(store.write(u"socket"_s, "[network connections]\nports = !22 *\n").ok());
        const SettingsStore::Contents contents = store.read();
        QCOMPARE(contents.files.size(), 2);
        QCOMPARE(contents.files.value(u"main"_s), odd);
        QCOMPARE(contents.files.value(u"socket"_s), QByteArray("[network connections]\nports = !22 *\n"));
        QVERIFY(contents.problems.isEmpty());
        QVERIFY(contents.importedFrom.isEmpty());

        const config::EffectiveConfig effective = store.effective();
        QCOMPARE(effective.value({}, u"global", u"apps")->value, u"no"_s);
        QCOMPARE(effective.value({}, u"global", u"apps")->origin.file, dir + u"/ebpf.d.conf"_s);
    }

    void netdataSettingsApplyWhileKinsightHasNone()
    {
        const QString netdata = tmp.filePath(u"netdata"_s);
        QVERIFY(QDir().mkpath(netdata));
        writeRaw(netdata + u"/ebpf.d.conf"_s, "[global]\n    update every = 7\n");
        SettingsStore store(dir, netdata);
        QCOMPARE(store.read().importedFrom, netdata);
        QCOMPARE(store.effective().value({}, u"global", u"update every")->value, u"7"_s);
        QVERIFY(store.write(u"main"_s, kValid).ok());
        QVERIFY(store.read().importedFrom.isEmpty());
        QCOMPARE(store.effective().value({}, u"global", u"update every")->value, u"2"_s);
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settings_store.moc"
