#include "settings_store.h"

#include "config/config_sources.h"
#include "config/config_validator.h"
#include "config/ini_document.h"

#include <QRandomGenerator>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace kinsight {

namespace {

using config::FileRole;
using config::OptionSchema;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Closes a descriptor on every path out of a function.
class Fd {
public:
    explicit Fd(int fd = -1) : fd_(fd) {}
    ~Fd()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return fd_; }
    bool valid() const { return fd_ >= 0; }
    // Closes now and reports the error close() gives (the last chance to see a write error).
    int closeChecked()
    {
        const int result = ::close(fd_);
        fd_ = -1;
        return result;
    }

private:
    int fd_;
};

QByteArray nameBytes(const QString &name)
{
    return name.toLocal8Bit();
}

// Random, so that no other process can know the name in advance (the
// directory is root's alone, but the name must never collide with a file
// an interrupted write left behind).
QString temporaryName(const QString &target, const QString &purpose)
{
    const quint64 word = QRandomGenerator::system()->generate64();
    return u'.' + target + u'.' + purpose + u'-' + QString::number(word, 16);
}

enum class ReadStatus { Read, Absent, Refused };

// Reads one settings file under a directory descriptor, never through a
// symbolic link, never more than the size limit, never a device or FIFO.
ReadStatus readAt(int dirFd, const QString &name, QByteArray *content, QString *problem)
{
    Fd fd(::openat(dirFd, nameBytes(name).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
    if (!fd.valid()) {
        if (errno == ENOENT)
            return ReadStatus::Absent;
        *problem = errno == ELOOP ? u"it is a symbolic link; Kinsight reads and writes only regular files there"_s
                                  : errnoText(errno);
        return ReadStatus::Refused;
    }
    struct stat info{};
    if (::fstat(fd.get(), &info) != 0) {
        *problem = errnoText(errno);
        return ReadStatus::Refused;
    }
    if (!S_ISREG(info.st_mode)) {
        *problem = u"it is not a regular file"_s;
        return ReadStatus::Refused;
    }
    if (info.st_size > SettingsStore::kMaxFileBytes) {
        *problem = u"it is larger than %1 KiB"_s.arg(SettingsStore::kMaxFileBytes / 1024);
        return ReadStatus::Refused;
    }
    content->clear();
    char buffer[16 * 1024];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *problem = errnoText(errno);
            return ReadStatus::Refused;
        }
        if (n == 0)
            break;
        content->append(buffer, n);
        if (content->size() > SettingsStore::kMaxFileBytes) {
            *problem = u"it is larger than %1 KiB"_s.arg(SettingsStore::kMaxFileBytes / 1024);
            return ReadStatus::Refused;
        }
    }
    return ReadStatus::Read;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;  // no progress and no reason: never report a stale errno
            return false;
        }
        done += n;
    }
    return true;
}

// Only the helper's own user may be able to change a directory it writes in:
// otherwise another user could swap names under it between two calls.
QString directoryProblem(int dirFd, const QString &path)
{
    struct stat info{};
    if (::fstat(dirFd, &info) != 0)
        return path + u": "_s + errnoText(errno);
    if (!S_ISDIR(info.st_mode))
        return path + u" is not a directory"_s;
    if (info.st_uid != ::geteuid())
        return path + u" is owned by another user (uid %1); Kinsight writes settings only in a directory "
                      u"that root owns"_s.arg(info.st_uid);
    if (info.st_mode & (S_IWGRP | S_IWOTH))
        return path + u" is writable by other users (mode %1); make it 0755"_s.arg(uint(info.st_mode & 07777), 4, 8, QChar(u'0'));
    return {};
}

// Opens (creating it with mode 0755 when missing) a directory for writing.
int openDirectoryForWriting(int parentFd, const QString &name, const QString &displayPath, QString *problem)
{
    const QByteArray bytes = nameBytes(name);
    const int flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC;
    int fd = parentFd >= 0 ? ::openat(parentFd, bytes.constData(), flags | O_NOFOLLOW) : ::open(bytes.constData(), flags);
    if (fd < 0 && errno == ENOENT) {
        const int made = parentFd >= 0 ? ::mkdirat(parentFd, bytes.constData(), 0755) : ::mkdir(bytes.constData(), 0755);
        if (made != 0 && errno != EEXIST) {
            *problem = u"cannot create "_s + displayPath + u": "_s + errnoText(errno);
            return -1;
        }
        fd = parentFd >= 0 ? ::openat(parentFd, bytes.constData(), flags | O_NOFOLLOW) : ::open(bytes.constData(), flags);
        // mkdir's mode is filtered by the umask; the settings tree is 0755 whatever it is.
        if (fd >= 0 && made == 0)
            ::fchmod(fd, 0755);
    }
    if (fd < 0) {
        *problem = u"cannot open "_s + displayPath + u": "_s
                   + (errno == ELOOP || errno == ENOTDIR ? u"it is not a directory (a symbolic link?)"_s : errnoText(errno));
        return -1;
    }
    if (const QString why = directoryProblem(fd, displayPath); !why.isEmpty()) {
        ::close(fd);
        *problem = why;
        return -1;
    }
    return fd;
}

// A full disk is the one write failure an administrator can fix on the spot,
// so it is named as such rather than left to a bare strerror().
QString writeProblem(int error, const QString &dirPath)
{
    if (error == ENOSPC)
        return u"the file system holding %1 is full (%2); the previous file is unchanged. Free some space "
               u"there and save again"_s.arg(dirPath, errnoText(error));
    if (error == EDQUOT)
        return u"the disk quota for %1 is exhausted (%2); the previous file is unchanged"_s.arg(dirPath,
                                                                                                errnoText(error));
    return u"cannot write a temporary file: "_s + errnoText(error) + u"; the previous file is unchanged"_s;
}

// Temporaries of `target` that a write killed before its rename left behind
// (their names are random, so nothing else would ever reuse or remove them).
// Writes are serialized in the helper, so none of these belongs to a live write.
void removeStaleTemporaries(int dirFd, const QString &target)
{
    const int scanFd = ::openat(dirFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (scanFd < 0)
        return;
    DIR *dir = ::fdopendir(scanFd);
    if (!dir) {
        ::close(scanFd);
        return;
    }
    const QByteArray newPrefix = nameBytes(u'.' + target + u".new-"_s);
    const QByteArray bakPrefix = nameBytes(u'.' + target + u".bak-"_s);
    QList<QByteArray> stale;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray entryName(entry->d_name);
        if (entryName.startsWith(newPrefix) || entryName.startsWith(bakPrefix))
            stale.append(entryName);
    }
    ::closedir(dir);
    for (const QByteArray &entryName : stale)
        ::unlinkat(dirFd, entryName.constData(), 0);
}

// Creates `name` in the directory with exactly `content`, mode 0644, owner
// root (when the helper is root), synced to disk. O_EXCL|O_NOFOLLOW: a name
// that exists, symbolic link or not, is never opened.
bool createFileAt(int dirFd, const QString &dirPath, const QString &name, const QByteArray &content,
                  QString *problem)
{
    const QByteArray bytes = nameBytes(name);
    Fd fd(::openat(dirFd, bytes.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!fd.valid()) {
        const int error = errno;
        *problem = error == ENOSPC || error == EDQUOT ? writeProblem(error, dirPath)
                                                      : u"cannot create a temporary file: "_s + errnoText(error);
        return false;
    }
    bool ok = ::fchmod(fd.get(), 0644) == 0;
    if (ok && ::geteuid() == 0)
        ok = ::fchown(fd.get(), 0, 0) == 0;
    ok = ok && writeAll(fd.get(), content) && ::fsync(fd.get()) == 0;
    const int error = errno;
    if (fd.closeChecked() != 0 && ok) {
        ok = false;
        *problem = writeProblem(errno, dirPath);
    } else if (!ok) {
        *problem = writeProblem(error, dirPath);
    }
    if (!ok)
        ::unlinkat(dirFd, bytes.constData(), 0);
    return ok;
}

}  // namespace

SettingsStore::SettingsStore(QString directory, QString netdataDirectory)
    : directory_(std::move(directory)), netdataDirectory_(std::move(netdataDirectory))
{
    while (directory_.size() > 1 && directory_.endsWith(u'/'))
        directory_.chop(1);
}

std::optional<FileRole> SettingsStore::roleForId(const QString &fileId)
{
    if (fileId == u"main")
        return FileRole::main();
    // Exactly a module id of the schema: no file names, no paths, no case games.
    if (const config::ModuleSpec *module = OptionSchema::instance().module(fileId))
        return FileRole::forModule(module->id);
    return std::nullopt;
}

QString SettingsStore::idForRole(const FileRole &role)
{
    return role.kind == FileRole::Kind::Main ? u"main"_s : role.module;
}

QStringList SettingsStore::fileIds()
{
    QStringList ids{u"main"_s};
    for (const config::ModuleSpec &module : OptionSchema::instance().modules())
        ids.append(module.id);
    return ids;
}

QString SettingsStore::relativePath(const FileRole &role)
{
    if (role.kind == FileRole::Kind::Main)
        return OptionSchema::mainFileName();
    const config::ModuleSpec *module = OptionSchema::instance().module(role.module);
    return OptionSchema::moduleDirectoryName() + u'/' + (module ? module->fileName : role.module + u".conf"_s);
}

SettingsStore::Contents SettingsStore::read() const
{
    Contents contents;
    if (!config::ConfigSources::holdsSettings(directory_, false) && !netdataDirectory_.isEmpty()
        && config::ConfigSources::holdsSettings(netdataDirectory_, true))
        contents.importedFrom = netdataDirectory_;

    Fd dir(::open(nameBytes(directory_).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.valid()) {
        if (errno != ENOENT)
            contents.problems.append(directory_ + u": "_s + errnoText(errno));
        return contents;
    }
    auto readOne = [&](int dirFd, const FileRole &role, const QString &name) {
        QByteArray bytes;
        QString problem;
        switch (readAt(dirFd, name, &bytes, &problem)) {
        case ReadStatus::Read:
            contents.files.insert(idForRole(role), bytes);
            break;
        case ReadStatus::Absent:
            break;
        case ReadStatus::Refused:
            contents.problems.append(directory_ + u'/' + relativePath(role) + u": "_s + problem);
            break;
        }
    };
    readOne(dir.get(), FileRole::main(), OptionSchema::mainFileName());
    Fd modules(::openat(dir.get(), nameBytes(OptionSchema::moduleDirectoryName()).constData(),
                        O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!modules.valid()) {
        if (errno != ENOENT)
            contents.problems.append(directory_ + u'/' + OptionSchema::moduleDirectoryName() + u": "_s
                                     + errnoText(errno));
        return contents;
    }
    for (const config::ModuleSpec &module : OptionSchema::instance().modules())
        readOne(modules.get(), FileRole::forModule(module.id), module.fileName);
    return contents;
}

SettingsStore::WriteResult SettingsStore::write(const QString &fileId, const QByteArray &content) const
{
    WriteResult result;
    const std::optional<FileRole> role = roleForId(fileId);
    if (!role) {
        result.status = WriteResult::Status::Invalid;
        result.errors.append(u"unknown settings file '%1': name 'main' or a module"_s.arg(fileId.left(64)));
        return result;
    }
    const QString relative = relativePath(*role);
    if (content.size() > kMaxFileBytes) {
        result.status = WriteResult::Status::Invalid;
        result.errors.append(relative + u": error: the content is larger than %1 KiB"_s.arg(kMaxFileBytes / 1024));
        return result;
    }

    // The same parser and validator as the GUI and `kinsight-cli config check`.
    const config::ConfigValidator validator;
    const QList<config::Diagnostic> diagnostics =
        validator.validate(config::IniDocument::parse(content), *role, relative);
    for (const config::Diagnostic &d : diagnostics)
        (d.severity == config::Severity::Error ? result.errors : result.warnings).append(d.toString());
    if (!result.errors.isEmpty()) {
        result.status = WriteResult::Status::Invalid;
        return result;
    }

    auto failed = [&result](const QString &why) {
        result.status = WriteResult::Status::Failed;
        result.errors = {why};
        return result;
    };
    QString problem;
    Fd top(openDirectoryForWriting(-1, directory_, directory_, &problem));
    if (!top.valid())
        return failed(problem);
    std::optional<Fd> moduleDir;
    int dirFd = top.get();
    QString dirPath = directory_;
    if (role->kind == FileRole::Kind::Module) {
        dirPath = directory_ + u'/' + OptionSchema::moduleDirectoryName();
        moduleDir.emplace(openDirectoryForWriting(top.get(), OptionSchema::moduleDirectoryName(), dirPath, &problem));
        if (!moduleDir->valid())
            return failed(problem);
        dirFd = moduleDir->get();
    }
    const QString name = relative.section(u'/', -1);
    const QString path = dirPath + u'/' + name;

    struct stat current{};
    const bool exists = ::fstatat(dirFd, nameBytes(name).constData(), &current, AT_SYMLINK_NOFOLLOW) == 0;
    if (!exists && errno != ENOENT)
        return failed(path + u": "_s + errnoText(errno));
    QByteArray previous;
    if (exists) {
        if (S_ISLNK(current.st_mode))
            return failed(path + u" is a symbolic link; Kinsight does not write through links. Replace it "
                                 u"with a regular file (or remove it) and save again"_s);
        if (!S_ISREG(current.st_mode))
            return failed(path + u" is not a regular file"_s);
        if (readAt(dirFd, name, &previous, &problem) != ReadStatus::Read)
            return failed(path + u": "_s + problem);
        if (previous == content) {
            // Rewriting identical bytes would only replace the real previous version in .bak.
            result.status = WriteResult::Status::Unchanged;
            return result;
        }
    }

    removeStaleTemporaries(dirFd, name);
    const QString temporary = temporaryName(name, u"new"_s);
    if (!createFileAt(dirFd, dirPath, temporary, content, &problem))
        return failed(path + u": "_s + problem);
    auto dropTemporary = [&] { ::unlinkat(dirFd, nameBytes(temporary).constData(), 0); };

    if (exists) {
        // The previous file becomes <name>.bak: a hard link to it under a fresh
        // name, renamed over the old .bak (whatever that was, it is replaced,
        // never followed). Where hard links are not possible, a copy.
        const QString backupTemporary = temporaryName(name, u"bak"_s);
        const QByteArray backupBytes = nameBytes(backupTemporary);
        bool linked = ::linkat(dirFd, nameBytes(name).constData(), dirFd, backupBytes.constData(), 0) == 0;
        if (!linked && !createFileAt(dirFd, dirPath, backupTemporary, previous, &problem)) {
            dropTemporary();
            return failed(path + u".bak: "_s + problem);
        }
        if (::renameat(dirFd, backupBytes.constData(), dirFd, nameBytes(name + u".bak"_s).constData()) != 0) {
            const int error = errno;
            ::unlinkat(dirFd, backupBytes.constData(), 0);
            dropTemporary();
            return failed(path + u".bak: "_s + errnoText(error));
        }
        // rename() between two links of one file does nothing and succeeds; that
        // is the case when a write killed between its two renames left <name>.bak
        // and <name> as the same file. The temporary link must not stay behind.
        ::unlinkat(dirFd, backupBytes.constData(), 0);
    }
    if (::renameat(dirFd, nameBytes(temporary).constData(), dirFd, nameBytes(name).constData()) != 0) {
        const int error = errno;
        dropTemporary();
        return failed(path + u": "_s + errnoText(error));
    }
    // The rename is durable only once the directory is on disk too.
    if (::fsync(dirFd) != 0)
        result.warnings.append(dirPath + u": the directory could not be synced: "_s + errnoText(errno));
    if (moduleDir && ::fsync(top.get()) != 0)
        result.warnings.append(directory_ + u": the directory could not be synced: "_s + errnoText(errno));
    result.status = WriteResult::Status::Written;
    return result;
}

config::EffectiveConfig SettingsStore::effective() const
{
    const config::ConfigValidator validator;
    const Contents contents = read();
    if (!contents.importedFrom.isEmpty())
        return config::EffectiveConfig::resolve(config::ConfigSources::discover(directory_, netdataDirectory_),
                                                validator);
    // Kinsight's own files, read the safe way above (no links followed).
    std::optional<config::SettingsFile> main;
    QList<config::SettingsFile> modules;
    for (auto it = contents.files.cbegin(); it != contents.files.cend(); ++it) {
        const std::optional<FileRole> role = roleForId(it.key());
        if (!role)
            continue;
        config::SettingsFile file{directory_ + u'/' + relativePath(*role), *role, config::SourceTree::Kinsight,
                                  config::IniDocument::parse(it.value())};
        if (role->kind == FileRole::Kind::Main)
            main = file;
        else
            modules.append(file);
    }
    return config::EffectiveConfig::resolve(main, modules, config::DefaultSet::Kinsight, validator);
}

}  // namespace kinsight
