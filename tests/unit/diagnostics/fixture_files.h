// Reading the diagnostics fixtures (samples of real files) and building
// snapshots from them.
#pragma once

#include "diagnostics/system_snapshot.h"

#include <QFile>
#include <QString>
#include <QTest>

inline QByteArray fixtureBytes(const QString &name)
{
    QFile file(QStringLiteral(KINSIGHT_DIAGNOSTICS_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

inline QString fixtureText(const QString &name)
{
    return QString::fromUtf8(fixtureBytes(name));
}

// This machine kind after a fresh boot: 6.18, BTF, no kprobes, tracefs and
// securityfs unmounted, hybrid cgroups, 8 MiB memlock, no helper inputs.
inline kinsight::diagnostics::SystemSnapshot freshHostSnapshot()
{
    using namespace Qt::StringLiterals;
    kinsight::diagnostics::SystemSnapshot snapshot;
    snapshot.kernelRelease = u"6.18.44-fc-v669"_s;
    snapshot.osRelease = fixtureText(u"os-release-debian12.txt"_s);
    snapshot.kernelCommandLine = u"console=ttyS0 quiet reboot=k panic=1 nomodule"_s;
    snapshot.vmlinuxBtfPresent = true;
    snapshot.vmlinuxBtf = fixtureBytes(u"tiny.btf"_s);
    snapshot.kernelConfig = kinsight::diagnostics::KernelConfigFile{u"/proc/config.gz"_s,
                                                                    fixtureBytes(u"kinsight-host-6.18.config"_s)};
    snapshot.mountinfo = fixtureText(u"mountinfo-host-fresh.txt"_s);
    snapshot.unprivilegedBpfDisabled = u"2"_s;
    snapshot.memlock = kinsight::diagnostics::ResourceLimit{8u << 20, 8u << 20};
    snapshot.procStatus = fixtureText(u"proc-status-root-no-sys-resource.txt"_s);
    snapshot.cgroup2Controllers = u"hugetlb\n"_s;
    return snapshot;
}
