#include "process_identities.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace kinsight {

namespace {

QByteArray readSmall(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(64 * 1024);
}

}  // namespace

ProcessIdentities::ProcessIdentities(QString procRoot, QString cgroupController)
    : proc_(std::move(procRoot)), controller_(std::move(cgroupController))
{
}

std::optional<ProcessIdentity> ProcessIdentities::read(quint32 tgid) const
{
    const QString dir = proc_ + QLatin1Char('/') + QString::number(tgid);
    const QByteArray stat = readSmall(dir + QStringLiteral("/stat"));
    // "pid (comm) state ppid ..." where comm may hold spaces and parentheses: it ends at the last ')'.
    const qsizetype open = stat.indexOf('('), close = stat.lastIndexOf(')');
    if (open < 0 || close < open)
        return std::nullopt;
    ProcessIdentity p;
    p.tgid = tgid;
    p.comm = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After comm: state(0) ppid(1) ... starttime is field 22 of the line, index 19 here.
    if (fields.size() > 19) {
        p.ppid = fields[1].toUInt();
        p.startTicks = fields[19].toULongLong();
    }
    for (const QByteArray &line : readSmall(dir + QStringLiteral("/status")).split('\n')) {
        if (line.startsWith("Uid:"))
            p.uid = line.mid(4).trimmed().split('\t').value(0).trimmed().toLongLong();
        else if (line.startsWith("TracerPid:"))
            p.tracer = line.mid(10).trimmed().toUInt();
    }
    p.exe = QFileInfo(dir + QStringLiteral("/exe")).symLinkTarget();
    for (const QByteArray &line : readSmall(dir + QStringLiteral("/cgroup")).split('\n')) {
        // "0::/path" (v2) or "4:memory:/path" / "5:cpu,cpuacct:/path" (v1).
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() < 3)
            continue;
        const bool match = controller_.isEmpty()
                               ? parts[0] == "0" && parts[1].isEmpty()
                               : parts[1].split(',').contains(controller_.toLatin1());
        if (match) {
            p.cgroup = QString::fromUtf8(line.mid(parts[0].size() + parts[1].size() + 2));
            break;
        }
    }
    return p;
}

std::optional<ProcessIdentity> ProcessIdentities::lookup(quint32 tgid, quint64 activity)
{
    auto it = known_.find(tgid);
    if (it != known_.end()) {
        // A process that counted nothing new cannot have exec'd (execve opens and
        // reads files); one that did is checked by its name and start time, and read
        // again in full when either changed (exec, or a reused PID).
        if (it->activity == activity)
            return it->identity;
        it->activity = activity;
        const QByteArray stat = readSmall(proc_ + QLatin1Char('/') + QString::number(tgid) + QStringLiteral("/stat"));
        const qsizetype open = stat.indexOf('('), close = stat.lastIndexOf(')');
        if (open >= 0 && close > open) {
            const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
            if (QString::fromUtf8(stat.mid(open + 1, close - open - 1)) == it->identity.comm && fields.size() > 19
                && fields[19].toULongLong() == it->identity.startTicks)
                return it->identity;
        }
    }
    auto p = read(tgid);
    if (p)
        known_.insert(tgid, {*p, activity});
    else if (it != known_.end())
        return it->identity;  // gone, its row not yet released: it cannot have exec'd since
    return p;
}

void ProcessIdentities::fill(const engine::Snapshot &snapshot, Frame &frame)
{
    QSet<quint32> added;
    QHash<quint32, quint64> live;  // tgid -> sum of its counters, to notice activity
    auto add = [&](const ProcessIdentity &p) {
        if (!added.contains(p.tgid)) {
            added.insert(p.tgid);
            frame.identities.append(p);
        }
    };
    for (const auto &m : snapshot.modules)
        for (const auto &row : m.pids) {
            quint64 &sum = live[row.tgid];
            for (uint64_t c : row.counters)
                sum += c;
        }
    // What a final record says of a process never read from /proc. A PID with a
    // row too is a new process of a reused PID, or one gone within this read: /proc decides below.
    QHash<quint32, ProcessIdentity> fromRecords;
    for (const auto &m : snapshot.modules)
        for (const auto &row : m.exits) {
            ProcessIdentity p;
            p.tgid = row.tgid;
            p.ppid = row.ppid;
            p.comm = QString::fromStdString(row.comm);
            fromRecords.insert(row.tgid, p);
            if (!live.contains(row.tgid)) {
                auto it = known_.constFind(row.tgid);
                add(it != known_.cend() ? it->identity : p);
            }
        }
    for (auto it = live.cbegin(); it != live.cend(); ++it) {
        const quint32 tgid = it.key();
        auto p = lookup(tgid, it.value());
        if (!p) {
            // Gone between the map read and now. When it ended within this very
            // read (its row and its final record both here), the record names it;
            // otherwise the record comes next frame.
            ProcessIdentity unknown = fromRecords.value(tgid);
            unknown.tgid = tgid;
            p = unknown;
        }
        add(*p);
    }
    // Parents, so that `collect pid = real parent` can name them.
    const qsizetype own = frame.identities.size();
    for (qsizetype i = 0; i < own; ++i) {
        const quint32 parent = frame.identities[i].ppid;
        if (parent && !added.contains(parent))
            if (auto p = lookup(parent, known_.value(parent).activity))
                add(*p);
    }
    // Forget what is no longer in any frame; a reused PID is read again.
    for (auto it = known_.begin(); it != known_.end();)
        it = added.contains(it.key()) ? std::next(it) : known_.erase(it);
}

}  // namespace kinsight
