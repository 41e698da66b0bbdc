#include "live_snapshot.h"

#include "gzip.h"
#include "kernel_config.h"
#include "mounts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/resource.h>
#include <sys/utsname.h>

using namespace Qt::StringLiterals;

namespace kinsight::diagnostics {

namespace {

class Reader {
public:
    explicit Reader(const LivePaths &paths) : root_(paths.root) {}

    QString path(const QString &absolute) const
    {
        return root_ == u"/" ? absolute : QDir(root_).filePath(absolute.mid(1));
    }

    std::optional<QByteArray> bytes(const QString &absolute, QString *error = nullptr) const
    {
        QFile file(path(absolute));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = file.errorString();
            return std::nullopt;
        }
        return file.readAll();
    }

    std::optional<QString> text(const QString &absolute) const
    {
        const std::optional<QByteArray> data = bytes(absolute);
        return data ? std::optional<QString>(QString::fromUtf8(*data)) : std::nullopt;
    }

    QByteArray tail(const QString &absolute, qsizetype maxBytes, bool *readable) const
    {
        QFile file(path(absolute));
        *readable = file.open(QIODevice::ReadOnly);
        if (!*readable)
            return {};
        if (file.size() > maxBytes)
            file.seek(file.size() - maxBytes);
        return file.readAll();
    }

private:
    QString root_;
};

QString kernelRelease(const Reader &reader)
{
    if (const auto release = reader.text(u"/proc/sys/kernel/osrelease"_s))
        return release->trimmed();
    utsname names{};
    return uname(&names) == 0 ? QString::fromUtf8(names.release) : QString();
}

// "Max locked memory  8388608  8388608  bytes" from /proc/self/limits, else getrlimit().
std::optional<ResourceLimit> memlockLimit(const Reader &reader)
{
    auto parse = [](QStringView field) -> std::optional<quint64> {
        if (field == u"unlimited")
            return ResourceLimit::unlimited;
        bool ok = false;
        const quint64 value = field.toULongLong(&ok);
        return ok ? std::optional<quint64>(value) : std::nullopt;
    };
    if (const auto limits = reader.text(u"/proc/self/limits"_s)) {
        for (QStringView line : QStringView(*limits).split(u'\n')) {
            if (!line.startsWith(u"Max locked memory"))
                continue;
            const QList<QStringView> fields = line.mid(17).split(u' ', Qt::SkipEmptyParts);
            if (fields.size() >= 2) {
                const auto soft = parse(fields[0]);
                const auto hard = parse(fields[1]);
                if (soft && hard)
                    return ResourceLimit{*soft, *hard};
            }
        }
    }
    rlimit limit{};
    if (getrlimit(RLIMIT_MEMLOCK, &limit) != 0)
        return std::nullopt;
    auto convert = [](rlim_t value) { return value == RLIM_INFINITY ? ResourceLimit::unlimited : quint64(value); };
    return ResourceLimit{convert(limit.rlim_cur), convert(limit.rlim_max)};
}

void readKernelConfig(const Reader &reader, SystemSnapshot &snapshot)
{
    snapshot.kernelConfigSearched = kernelConfigCandidates(snapshot.kernelRelease);
    for (const QString &candidate : snapshot.kernelConfigSearched) {
        std::optional<QByteArray> data = reader.bytes(candidate);
        if (!data || data->isEmpty())
            continue;
        if (looksGzipped(*data)) {
            data = gunzip(*data);
            if (!data)
                continue;
        }
        snapshot.kernelConfig = KernelConfigFile{candidate, *data};
        return;
    }
}

void readBtf(const Reader &reader, SystemSnapshot &snapshot)
{
    snapshot.vmlinuxBtfPresent = QFileInfo::exists(reader.path(u"/sys/kernel/btf/vmlinux"_s));
    if (snapshot.vmlinuxBtfPresent) {
        if (const auto data = reader.bytes(u"/sys/kernel/btf/vmlinux"_s, &snapshot.vmlinuxBtfError))
            snapshot.vmlinuxBtf = *data;
    }
    const QDir btfDir(reader.path(u"/sys/kernel/btf"_s));
    for (const QString &name : btfDir.entryList(QDir::Files | QDir::System | QDir::Readable, QDir::Name))
        if (name != u"vmlinux")
            snapshot.moduleBtf.append(name);
    if (const auto modules = reader.text(u"/proc/modules"_s))
        for (QStringView line : QStringView(*modules).split(u'\n', Qt::SkipEmptyParts))
            snapshot.loadedModules.append(line.left(line.indexOf(u' ')).toString());
}

void readSecurity(const Reader &reader, const LivePaths &paths, const QList<MountEntry> &mounts,
                  SystemSnapshot &snapshot)
{
    if (const auto securityfs = findMount(mounts, u"securityfs", u"/sys/kernel/security"))
        snapshot.lockdown = reader.text(securityfs->mountPoint % u"/lockdown"_s);
    if (const auto selinuxfs = findMount(mounts, u"selinuxfs", u"/sys/fs/selinux"))
        snapshot.selinuxEnforce = reader.text(selinuxfs->mountPoint % u"/enforce"_s);
    snapshot.selinuxConfig = reader.text(u"/etc/selinux/config"_s);

    // Root-only on every distribution; read it only when this process may.
    bool readable = false;
    const QByteArray audit = reader.tail(u"/var/log/audit/audit.log"_s, paths.auditTailBytes, &readable);
    if (readable) {
        QStringList lines;
        for (const QByteArray &line : audit.split('\n'))
            if (line.contains("type=AVC"))
                lines.append(QString::fromUtf8(line));
        snapshot.auditLog = lines;
    }
}

}  // namespace

SystemSnapshot gatherLiveSnapshot(const LivePaths &paths)
{
    const Reader reader(paths);
    SystemSnapshot snapshot;
    snapshot.kernelRelease = kernelRelease(reader);
    snapshot.osRelease = reader.text(u"/etc/os-release"_s)
                             .value_or(reader.text(u"/usr/lib/os-release"_s).value_or(QString()));
    snapshot.kernelCommandLine = reader.text(u"/proc/cmdline"_s).value_or(QString()).trimmed();
    readBtf(reader, snapshot);
    readKernelConfig(reader, snapshot);

    snapshot.mountinfo = reader.text(u"/proc/self/mountinfo"_s).value_or(QString());
    const QList<MountEntry> mounts = parseMountinfo(snapshot.mountinfo);
    readSecurity(reader, paths, mounts, snapshot);

    if (const auto value = reader.text(u"/proc/sys/kernel/unprivileged_bpf_disabled"_s))
        snapshot.unprivilegedBpfDisabled = value->trimmed();
    snapshot.memlock = memlockLimit(reader);
    snapshot.procStatus = reader.text(u"/proc/self/status"_s).value_or(QString());
    const CgroupInfo cgroups = cgroupInfo(mounts);
    if (!cgroups.cgroup2MountPoint.isEmpty())
        snapshot.cgroup2Controllers = reader.text(cgroups.cgroup2MountPoint % u"/cgroup.controllers"_s);
    return snapshot;
}

}  // namespace kinsight::diagnostics
