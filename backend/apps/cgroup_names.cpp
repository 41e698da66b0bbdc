#include "cgroup_names.h"

#include <QRegularExpression>
#include <QStringList>

namespace kinsight::apps {

namespace {

// A container id: 64 hex digits, shown as Docker shows it (12).
const QRegularExpression &containerId()
{
    static const QRegularExpression re(QStringLiteral("([0-9a-f]{64})"));
    return re;
}

QString shortId(const QString &id)
{
    return id.left(12);
}

}  // namespace

CgroupName cgroupName(const QString &path)
{
    using Kind = CgroupName::Kind;
    if (path.isEmpty() || path == QLatin1String("/"))
        return {Kind::Root, QStringLiteral("/ (root)")};
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString last = parts.last();

    // Containers: docker-<id>.scope, /docker/<id>, libpod-<id>.scope, cri-containerd-<id>.scope,
    // /kubepods/.../<id>, lxc.payload.<name> or /lxc/<name>.
    if (const auto m = containerId().match(last); m.hasMatch()) {
        QString engine = QStringLiteral("container");
        if (last.startsWith(QLatin1String("docker")) || path.contains(QLatin1String("/docker/")))
            engine = QStringLiteral("docker");
        else if (last.startsWith(QLatin1String("libpod")))
            engine = QStringLiteral("podman");
        else if (path.contains(QLatin1String("kubepods")))
            engine = QStringLiteral("kubernetes");
        else if (last.startsWith(QLatin1String("cri-containerd")))
            engine = QStringLiteral("containerd");
        return {Kind::Container, engine + QLatin1Char(' ') + shortId(m.captured(1))};
    }
    if (last.startsWith(QLatin1String("lxc.payload.")))
        return {Kind::Container, QStringLiteral("lxc ") + last.mid(12)};
    if (parts.size() >= 2 && parts[parts.size() - 2] == QLatin1String("lxc"))
        return {Kind::Container, QStringLiteral("lxc ") + last};

    static const QRegularExpression session(QStringLiteral("^session-(\\w+)\\.scope$"));
    if (const auto m = session.match(last); m.hasMatch())
        return {Kind::Session, QStringLiteral("session ") + m.captured(1)};
    static const QRegularExpression user(QStringLiteral("^user-(\\d+)\\.slice$"));
    if (const auto m = user.match(last); m.hasMatch())
        return {Kind::User, QStringLiteral("user ") + m.captured(1)};
    if (last.endsWith(QLatin1String(".service")))
        return {Kind::Service, last};
    if (last.endsWith(QLatin1String(".scope")))
        return {Kind::Service, last};
    if (last.endsWith(QLatin1String(".slice")))
        return {Kind::Slice, last};
    return {Kind::Other, path};
}

QString kindText(CgroupName::Kind kind)
{
    switch (kind) {
    case CgroupName::Kind::Root: return QStringLiteral("root");
    case CgroupName::Kind::Service: return QStringLiteral("service");
    case CgroupName::Kind::Session: return QStringLiteral("session");
    case CgroupName::Kind::User: return QStringLiteral("user");
    case CgroupName::Kind::Container: return QStringLiteral("container");
    case CgroupName::Kind::Slice: return QStringLiteral("slice");
    case CgroupName::Kind::Other: break;
    }
    return QStringLiteral("cgroup");
}

}  // namespace kinsight::apps
