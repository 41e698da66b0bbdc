// The running kernel's version and distribution, and what that version allows.
// A version only says what the kernel *could* do; the config and the attach
// matrix say what it does.
#pragma once

#include "check.h"

#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace kinsight::diagnostics {

struct KernelVersion {
    int major = 0;
    int minor = 0;
    int patch = 0;

    auto operator<=>(const KernelVersion &) const = default;
    QString toString() const;
};

// "6.18.44-fc-v669" -> 6.18.44; "5.14.0-362.el9.x86_64" -> 5.14.0; "6.1" -> 6.1.0.
std::optional<KernelVersion> parseKernelRelease(QStringView release);

struct Distribution {
    QString id;          // "debian", "rhel"
    QString prettyName;  // "Debian GNU/Linux 12 (bookworm)"
    QStringList idLike;
    // RHEL and its rebuilds backport BPF features, so their version numbers understate.
    bool backportsFeatures() const;
};

Distribution parseOsRelease(const QString &osReleaseText);

// A BPF feature that first appeared in a given mainline release.
struct VersionGatedFeature {
    QString name;
    KernelVersion since;
    QString usedFor;
};

const QList<VersionGatedFeature> &versionGatedFeatures();

// Every Kinsight object declares a BPF ring buffer (5.8) and relies on CO-RE.
inline constexpr KernelVersion minimumKernel{5, 8, 0};

Check kernelVersionCheck(const QString &release, const QString &osReleaseText);

}  // namespace kinsight::diagnostics
