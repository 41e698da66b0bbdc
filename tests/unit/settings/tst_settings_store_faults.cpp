// The helper's settings write under faults it cannot prevent:
//  - killed mid-write: a child process saving in a loop is SIGKILLed at random
//    moments, hundreds of times; the file is always exactly the old or the new
//    content, never a mix or a truncation, and so is its .bak;
//  - disk full: on a tiny tmpfs (in a private mount namespace, root only) a save
//    fails with the full file system named, the old file intact and no
//    temporary file left.
#include "settings_store.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace kinsight;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Two valid files of different lengths whose every line differs, so any mix
// or truncation of them equals neither. Large enough (tens of KiB) that a
// write takes several write() calls' worth of time to land in.
QByteArray variant(char which, int lines)
{
    QByteArray text = "# variant " + QByteArray(1, which) + "\n[global]\n    update every = "
                      + (which == 'A' ? "2" : "3") + "\n";
    for (int i = 0; i < lines; ++i)
        text += "# " + QByteArray(1, which) + " filler line " + QByteArray::number(i) + ' '
                + QByteArray(40 + (which == 'A' ? 0 : 7), which) + '\n';
    return text;
}

int runsFromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Reads everything a child wrote to the pipe, then reaps it.
QByteArray collectChild(pid_t pid, int readFd, int *status)
{
    QByteArray data;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(readFd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        data.append(buffer, n);
    }
    ::close(readFd);
    while (::waitpid(pid, status, 0) < 0 && errno == EINTR) {
    }
    return data;
}

void say(int fd, const QByteArray &line)
{
    const QByteArray bytes = line + '\n';
    [[maybe_unused]] const ssize_t n = ::write(fd, bytes.constData(), size_t(bytes.size()));
}

}  // namespace

class TestSettingsStoreFaults : public QObject {
    Q_OBJECT

    QTemporaryDir tmp;

private slots:
    void killedMidWriteLeavesOldOrNewNeverPartial();
    void diskFullIsNamedAndChangesNothing_data();
    void diskFullIsNamedAndChangesNothing();
};

void TestSettingsStoreFaults::killedMidWriteLeavesOldOrNewNeverPartial()
{
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(u"kill"_s);
    const QString file = dir + u"/ebpf.d.conf"_s;
    const QByteArray a = variant('A', 600);  // ~30 KiB
    const QByteArray b = variant('B', 700);
    SettingsStore store(dir, {});
    QVERIFY(store.write(u"main"_s, a).ok());

    // KINSIGHT_KILL_RUNS raises the count for a long soak.
    const int runs = runsFromEnvironment("KINSIGHT_KILL_RUNS", 300);
    int sawA = 0, sawB = 0, changedByKilledChild = 0;
    QByteArray before = a;
    int killRangeUs = 4000;
    ino_t inode = 0;
    for (int run = 0; run < runs; ++run) {
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The helper's save, over and over, alternating contents, until killed.
            // Only async-signal-unsafe work of this process runs here: the parent
            // is single-threaded, so fork() copied nothing half-locked.
            for (unsigned i = 0;; ++i)
                store.write(u"main"_s, (i & 1) ? a : b);
        }
        // Anywhere from before the first write to several writes in. On a loaded
        // machine a write takes longer: the range widens while kills change nothing
        // and narrows again once they do, so both outcomes keep occurring.
        ::usleep(QRandomGenerator::global()->bounded(killRangeUs));
        QCOMPARE(::kill(child, SIGKILL), 0);
        int status = 0;
        while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
        }
        QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

        const QByteArray now = readAll(file);
        if (now != a && now != b)
            QFAIL(qPrintable(u"run %1: the file is neither the old nor the new content (%2 bytes: %3…)"_s.arg(run)
                                 .arg(now.size())
                                 .arg(QString::fromLatin1(now.left(60)))));
        (now == a ? sawA : sawB)++;
        if (now != before)
            ++changedByKilledChild;
        // A new inode: the killed child completed a write (maybe two, same bytes).
        struct stat st{};
        const bool wrote = ::stat(QFile::encodeName(file).constData(), &st) == 0 && st.st_ino != inode;
        inode = st.st_ino;
        killRangeUs = wrote ? std::max(4000, killRangeUs / 2) : std::min(500000, killRangeUs * 2);
        before = now;
        if (QFile::exists(file + u".bak"_s)) {
            const QByteArray bak = readAll(file + u".bak"_s);
            QVERIFY2(bak == a || bak == b, qPrintable(u"run %1: .bak is partial (%2 bytes)"_s.arg(run).arg(bak.size())));
        }
        // A kill between create and rename leaves at most the one temporary of
        // the write it interrupted (older ones are removed by the next write).
        int temporaries = 0;
        for (const QString &name : entries(dir))
            if (name.startsWith(u".ebpf.d.conf."_s))
                ++temporaries;
        QVERIFY2(temporaries <= 2, qPrintable(entries(dir).join(u' ')));
    }
    qInfo("%d kills: the file was the first content %d times, the second %d times; it changed across %d kills",
          runs, sawA, sawB, changedByKilledChild);
    // The kills must have landed at different points, else this proved nothing.
    QVERIFY(sawA > 0 && sawB > 0);

    // The next ordinary save sweeps what the killed ones left behind.
    const QByteArray c = variant('A', 10);
    QVERIFY(store.write(u"main"_s, c).ok());
    QCOMPARE(readAll(file), c);
    const QStringList left = entries(dir);
    QVERIFY2(left == (QStringList{u"ebpf.d.conf"_s, u"ebpf.d.conf.bak"_s}), qPrintable(left.join(u' ')));
}

void TestSettingsStoreFaults::diskFullIsNamedAndChangesNothing_data()
{
    QTest::addColumn<int>("roomLeft");  // bytes left free before the save
    QTest::newRow("no room at all") << 0;
    QTest::newRow("room for part of the new file") << 4096;
}

void TestSettingsStoreFaults::diskFullIsNamedAndChangesNothing()
{
    QFETCH(int, roomLeft);
    if (::geteuid() != 0)
        QSKIP("needs root: mounts a tiny tmpfs in a private mount namespace");
    QVERIFY(tmp.isValid());
    const QString mountPoint = tmp.filePath(u"full-%1"_s.arg(roomLeft));
    QVERIFY(QDir().mkpath(mountPoint));
    const QString dir = mountPoint + u"/kinsight"_s;
    const QByteArray old = variant('A', 4);
    const QByteArray bigger = variant('B', 400);  // ~20 KiB: more than any room left here

    int pipeFds[2];
    QVERIFY(::pipe(pipeFds) == 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(pipeFds[0]);
        const int out = pipeFds[1];
        // The mount is seen only by this child and is gone with it.
        if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
            say(out, "skip cannot make a private mount namespace: " + QByteArray(strerror(errno)));
            ::_exit(0);
        }
        const QByteArray where = QFile::encodeName(mountPoint);
        if (::mount("kinsight-test", where.constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0755") != 0) {
            say(out, "skip cannot mount a tmpfs: " + QByteArray(strerror(errno)));
            ::_exit(0);
        }
        SettingsStore store(dir, {});
        if (!store.write(u"main"_s, old).ok()) {
            say(out, "error the first save failed");
            ::_exit(0);
        }
        // Fill the file system, then give back exactly roomLeft bytes.
        const QByteArray fillerPath = QFile::encodeName(mountPoint + u"/filler"_s);
        const int filler = ::open(fillerPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const QByteArray block(4096, 'x');
        off_t size = 0;
        for (;;) {
            const ssize_t n = ::write(filler, block.constData(), size_t(block.size()));
            if (n <= 0)
                break;
            size += n;
        }
        if (roomLeft > 0 && ::ftruncate(filler, size - roomLeft) != 0) {
            say(out, "error cannot shrink the filler");
            ::_exit(0);
        }
        ::close(filler);

        const SettingsStore::WriteResult result = store.write(u"main"_s, bigger);
        say(out, "status " + QByteArray::number(int(result.status)));
        for (const QString &e : result.errors)
            say(out, "message " + e.toUtf8());
        say(out, "old-intact " + QByteArray(readAll(dir + u"/ebpf.d.conf"_s) == old ? "yes" : "no"));
        say(out, "entries " + entries(dir).join(u' ').toUtf8());
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    int status = 0;
    const QByteArray report = collectChild(child, pipeFds[0], &status);
    QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, report.constData());
    if (report.startsWith("skip "))
        QSKIP(report.mid(5).trimmed().constData());
    QVERIFY2(!report.startsWith("error "), report.constData());

    QMap<QByteArray, QByteArray> fields;
    for (const QByteArray &line : report.split('\n'))
        if (const qsizetype space = line.indexOf(' '); space > 0)
            fields.insert(line.left(space), line.mid(space + 1));
    QCOMPARE(fields.value("status").toInt(), int(SettingsStore::WriteResult::Status::Failed));
    const QString message = QString::fromUtf8(fields.value("message"));
    qInfo("%s", qPrintable(message));
    QVERIFY2(message.contains(u"is full"_s) && message.contains(u"No space left on device"_s), qPrintable(message));
    QVERIFY2(message.contains(dir), qPrintable(message));  // names where
    QVERIFY2(message.contains(u"unchanged"_s), qPrintable(message));
    QCOMPARE(fields.value("old-intact"), QByteArray("yes"));
    // Only the settings file: no temporary, and no .bak (nothing was replaced).
    QCOMPARE(fields.value("entries"), QByteArray("ebpf.d.conf"));
}

QTEST_GUILESS_MAIN(TestSettingsStoreFaults)
#include "tst_settings_store_faults.moc"
