// The settings that apply, and where each comes from. For every module the
// precedence is: its module file > ebpf.d.conf > built-in default (Kinsight's,
// or Netdata's when resolving the way Netdata would). Values that are invalid
// in a file are skipped (and reported), so the next level applies. Keys that
// Netdata no longer reads or only documents have no effect here either.
#pragma once

#include "config/config_diagnostic.h"
#include "config/config_sources.h"
#include "config/config_validator.h"
#include "config/option_schema.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace kinsight::config {

struct ValueOrigin {
    enum class Kind { ModuleFile, MainFile, KinsightDefault, NetdataDefault, NotSet };

    Kind kind = Kind::NotSet;
    QString file;        // file kinds: the path
    int line = 0;        // file kinds: 1-based line
    QString writtenKey;  // file kinds: the key as written (an old name, possibly)
    SourceTree tree = SourceTree::Kinsight;

    bool isFile() const { return kind == Kind::ModuleFile || kind == Kind::MainFile; }
    QString describe() const;  // "/etc/kinsight/ebpf.d.conf:12", "Kinsight default", ...
};

struct EffectiveValue {
    const OptionSpec *option = nullptr;
    QString section;
    QString key;          // the option's key; for [service name] the port
    QString value;        // canonical; empty when not set
    QString written;      // the text in the file, when it comes from one
    ValueOrigin origin;
    QList<ValueOrigin> overridden;  // lower-precedence places that set it too, highest first
    QStringList notes;              // e.g. an invalid value that was skipped

    // Netdata's default for display next to Kinsight's ("Netdata stock: 5").
    QString netdataDefault;
    bool differsFromNetdataDefault() const;
};

class EffectiveConfig {
public:
    static EffectiveConfig resolve(const ConfigSources &sources, const ConfigValidator &validator);
    static EffectiveConfig resolve(const std::optional<SettingsFile> &mainFile, const QList<SettingsFile> &moduleFiles,
                                   DefaultSet defaults, const ConfigValidator &validator);

    // ebpf.d.conf: [global] (the defaults every module inherits), [ebpf programs], [ipc].
    const QList<EffectiveValue> &mainValues() const { return mainValues_; }
    // One module: the [global] options that apply to it, then its own sections.
    QList<EffectiveValue> moduleValues(QStringView module) const;
    // module empty = ebpf.d.conf.
    std::optional<EffectiveValue> value(QStringView module, QStringView section, QStringView key) const;
    bool moduleEnabled(QStringView module) const;

    DefaultSet defaults() const { return defaults_; }
    QStringList filesRead() const { return filesRead_; }
    const QList<Diagnostic> &diagnostics() const { return diagnostics_; }

private:
    struct ModuleValues {
        QString module;
        QList<EffectiveValue> values;
    };

    DefaultSet defaults_ = DefaultSet::Kinsight;
    QList<EffectiveValue> mainValues_;
    QList<ModuleValues> moduleValues_;
    QStringList filesRead_;
    QList<Diagnostic> diagnostics_;
};

}  // namespace kinsight::config
