// The kernel's build configuration: where to find it, how to read it, and
// what each option Kinsight or Netdata cares about disables when it is missing.
#pragma once

#include "check.h"
#include "system_snapshot.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace kinsight::diagnostics {

class KernelConfig {
public:
    enum class State {
        Yes,     // =y
        Module,  // =m
        Value,   // a number or string
        NotSet,  // "# CONFIG_X is not set"
        Absent,  // not mentioned: its dependencies are not enabled
    };

    static KernelConfig parse(const QByteArray &text);

    State state(const QString &option) const;  // option with its CONFIG_ prefix
    QString value(const QString &option) const;
    bool isEnabled(const QString &option) const
    {
        return state(option) == State::Yes || state(option) == State::Module;
    }
    qsizetype optionCount() const { return values_.size() + notSet_.size(); }
    QString headerVersion() const { return headerVersion_; }  // "6.1.192" from the generated header

private:
    QHash<QString, QString> values_;
    QHash<QString, bool> notSet_;
    QString headerVersion_;
};

// Search order: /proc/config.gz, /boot/config-<release>, /lib/modules/<release>/{source,build}/.config.
QStringList kernelConfigCandidates(const QString &kernelRelease);

struct ConfigRequirement {
    QString option;           // "CONFIG_KPROBES"
    QString effect;           // one line: what its absence disables
    Status whenMissing;       // for Kinsight
    bool netdataRequires;     // in Netdata's check-kernel-config list
    QString dependsOn;        // an option that must be set for this one to exist
    QString disables;         // the same, precisely, with the consequences
};

const QList<ConfigRequirement> &configRequirements();

// Netdata's check-kernel-config list, without the CONFIG_ prefix, in its order.
const QStringList &netdataRequiredOptions();
QStringList netdataMissingOptions(const KernelConfig &config);

// "kernel-config" (where it came from) and one "config:CONFIG_X" per requirement.
QList<Check> kernelConfigChecks(const std::optional<KernelConfigFile> &file, const QStringList &searched);

}  // namespace kinsight::diagnostics
