#include "kernel_version.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kinsight::diagnostics {

QString KernelVersion::toString() const
{
    return u"%1.%2.%3"_s.arg(major).arg(minor).arg(patch);
}

std::optional<KernelVersion> parseKernelRelease(QStringView release)
{
    static const QRegularExpression pattern(u"^(\\d+)\\.(\\d+)(?:\\.(\\d+))?"_s);
    const QRegularExpressionMatch match = pattern.match(release);
    if (!match.hasMatch())
        return std::nullopt;
    KernelVersion version;
    version.major = match.capturedView(1).toInt();
    version.minor = match.capturedView(2).toInt();
    version.patch = match.capturedView(3).isEmpty() ? 0 : match.capturedView(3).toInt();
    return version;
}

bool Distribution::backportsFeatures() const
{
    static const QStringList rhelFamily{u"rhel"_s, u"centos"_s, u"rocky"_s, u"almalinux"_s, u"ol"_s};
    if (rhelFamily.contains(id))
        return true;
    for (const QString &like : idLike)
        if (like == u"rhel")
            return true;
    return false;
}

Distribution parseOsRelease(const QString &osReleaseText)
{
    Distribution distribution;
    for (QStringView line : QStringView(osReleaseText).split(u'\n')) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            continue;
        const QStringView key = line.left(equals).trimmed();
        QString value = line.mid(equals + 1).trimmed().toString();
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        if (key == u"ID")
            distribution.id = value;
        else if (key == u"PRETTY_NAME")
            distribution.prettyName = value;
        else if (key == u"ID_LIKE")
            distribution.idLike = value.split(u' ', Qt::SkipEmptyParts);
    }
    return distribution;
}

const QList<VersionGatedFeature> &versionGatedFeatures()
{
    static const QList<VersionGatedFeature> features{
        {u"raw tracepoints (raw_tp)"_s, {4, 17, 0}, u"tracepoint family, cheapest untyped flavour"_s},
        {u"BTF in /sys/kernel/btf/vmlinux (CO-RE)"_s, {5, 4, 0}, u"every Kinsight object (CO-RE relocations)"_s},
        {u"BTF tracepoints (tp_btf)"_s, {5, 5, 0}, u"tracepoint family, preferred flavour"_s},
        {u"fentry/fexit trampolines"_s, {5, 5, 0}, u"trampoline family"_s},
        {u"BPF ring buffer"_s, {5, 8, 0}, u"final counters of exited processes (every object declares one)"_s},
        {u"BPF_ENABLE_STATS run-time statistics"_s, {5, 8, 0}, u"the Collector cost page"_s},
        {u"memory-cgroup accounting of BPF memory"_s, {5, 11, 0}, u"maps no longer count against RLIMIT_MEMLOCK"_s},
    };
    return features;
}

Check kernelVersionCheck(const QString &release, const QString &osReleaseText)
{
    Check check;
    check.id = u"kernel-version"_s;
    check.title = u"Kernel version"_s;
    const Distribution distribution = parseOsRelease(osReleaseText);
    const QString where = distribution.prettyName.isEmpty() ? u"unknown distribution"_s : distribution.prettyName;
    const std::optional<KernelVersion> version = parseKernelRelease(release);
    if (!version) {
        check.status = Status::Unknown;
        check.summary = u"Cannot read a version from the kernel release \"%1\" (%2)"_s.arg(release, where);
        check.explanation = u"Without a version the BPF features cannot be predicted; the other checks still "
                            u"apply."_s;
        return check;
    }

    QStringList available, missing;
    for (const VersionGatedFeature &feature : versionGatedFeatures()) {
        const QString line = u"%1 (since %2.%3; %4)"_s.arg(feature.name).arg(feature.since.major)
                                 .arg(feature.since.minor).arg(feature.usedFor);
        (*version >= feature.since ? available : missing).append(line);
    }

    check.explanation = u"Linux %1 on %2.\n"_s.arg(release, where);
    if (!available.isEmpty())
        check.explanation += u"Allowed by this version: "_s % available.join(u"; "_s) % u".\n"_s;
    if (!missing.isEmpty())
        check.explanation += u"Newer than this version: "_s % missing.join(u"; "_s) % u".\n"_s;
    check.explanation += u"The version only says what the kernel could offer; the kernel config and the attach "
                         u"matrix say what this build really allows."_s;

    if (*version >= minimumKernel) {
        check.status = Status::Ok;
        check.summary = u"Linux %1 (%2): CO-RE, ring buffer, tp_btf, fentry and BPF statistics are all within "
                        u"this version"_s.arg(version->toString(), where);
    } else if (distribution.backportsFeatures()) {
        check.status = Status::Warning;
        check.summary = u"Linux %1 (%2) is older than %3, but this distribution backports BPF features"_s
                            .arg(version->toString(), where, minimumKernel.toString());
        check.fix = u"Try it: the attach matrix shows what really loads. If modules fail, update to the newest "
                    u"kernel of this release."_s;
    } else {
        check.status = Status::Error;
        check.summary = u"Linux %1 (%2) is older than %3, the oldest kernel Kinsight can load on"_s
                            .arg(version->toString(), where, minimumKernel.toString());
        check.fix = u"Boot a kernel of version %1 or newer (your distribution's backports or HWE kernel)."_s
                        .arg(minimumKernel.toString());
    }
    return check;
}

}  // namespace kinsight::diagnostics
