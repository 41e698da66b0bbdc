// Names people know for cgroup paths: systemd services and scopes, user
// sessions, and containers (Docker, Podman, containerd/Kubernetes, LXC),
// whether the path comes from the unified hierarchy or a v1 controller's.
#pragma once

#include <QString>

namespace kinsight::apps {

struct CgroupName {
    enum class Kind { Root, Service, Session, User, Container, Slice, Other };
    Kind kind = Kind::Other;
    QString name;    // "nginx.service", "docker 3f2a1b9c0d4e", "session 3", "user 1000"
};

CgroupName cgroupName(const QString &path);
QString kindText(CgroupName::Kind kind);

}  // namespace kinsight::apps
