// Every option Kinsight reads from /etc/kinsight/ebpf.d.conf and
// /etc/kinsight/ebpf.d/<module>.conf (Netdata's files and syntax): its type,
// range, Kinsight's default, Netdata's stock and code-fallback values where
// they differ, one paragraph of explanation, old names Netdata still reads,
// and keys Netdata documents wrongly or no longer reads.
//
// The schema is immutable data built once (OptionSchema::instance()); the
// validator, the resolver, the CLI and the settings page all read it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace kinsight::config {

enum class ValueType {
    Boolean,        // yes/no/true/false/on/off/auto, any case
    Choice,         // one of OptionSpec::choices
    Integer,        // decimal, OptionSpec::minimum..maximum
    Seconds,        // whole seconds, OptionSpec::minimum..maximum
    Path,           // an absolute path
    Text,           // free text
    SimplePattern,  // Netdata simple pattern (hostnames)
    PortList,       // see port_list.h
    IpList,         // see ip_list.h
    ServiceLabel,   // [service name]: the label shown for a port
};

QString valueTypeName(ValueType type);

// How a key is to be treated beyond its type.
enum class KeyStatus {
    Current,            // read by Kinsight and by current Netdata
    NetdataOnly,        // Netdata reads it; Kinsight validates it and otherwise ignores it
    NoLongerRead,       // shipped or documented by Netdata, but no current release reads it
    DocumentedWrongly,  // appears in Netdata's documentation only; the code reads another key
};

struct Choice {
    QString value;        // canonical spelling
    QStringList aliases;  // other spellings read the same way
    QString meaning;
    QString warning;      // set when the choice is accepted but deserves a warning
};

struct OptionSpec {
    QString section;
    QString key;               // for free-key sections: a placeholder such as "<port>"
    ValueType type = ValueType::Text;
    QList<Choice> choices;
    qint64 minimum = 0;
    qint64 maximum = 0;
    QString unit;              // shown next to numbers ("s", "entries", "PIDs")

    QString kinsightDefault;   // what applies when no file sets it; empty = "not set"
    QString netdataStock;      // value in Netdata's stock file (v2.9.0); empty when the stock file omits it
    QString netdataFallback;   // what Netdata's code assumes when the key is absent; empty when not read
    QString explanation;       // one paragraph for people
    QString kinsightNote;      // why Kinsight's default or handling differs from Netdata's; may be empty

    bool inMainFile = false;   // may appear in ebpf.d.conf
    bool inModuleFiles = false;// may appear in ebpf.d/<module>.conf
    bool cascades = false;     // a module file's value overrides ebpf.d.conf's for that module
    QStringList modules;       // module files that read it (empty = every module file, when inModuleFiles)
    bool freeKey = false;      // the section's keys are data (e.g. "19999 = Netdata")
    bool netdataIgnoresInMainFile = false;  // Netdata reads it from module files only

    KeyStatus status = KeyStatus::Current;
    QString statusMessage;     // for a non-Current status: what to tell people
    QString replacement;       // key to use instead, when there is one

    bool isCurrentInKinsight() const { return status == KeyStatus::Current; }
    // Netdata's stock value when known, else its code fallback.
    QString netdataDefault() const { return netdataStock.isEmpty() ? netdataFallback : netdataStock; }
    bool kinsightDiffersFromNetdata() const;
    const Choice *findChoice(QStringView value) const;  // case-insensitive, aliases included
};

// An old spelling Netdata still reads; Kinsight reads it too and keeps it when editing.
struct KeyAlias {
    QString section;
    QString oldKey;
    QString currentKey;
    bool invertsBoolean = false;  // "disable apps = yes" means "apps = no"
    bool netdataPrefersOld = false;  // Netdata reads the old key first when both are present
    bool inMainFile = true;
    bool inModuleFiles = false;
};

struct ModuleSpec {
    QString id;            // Kinsight's module name: process, socket, cachestat, ...
    QString fileName;      // ebpf.d/<fileName>: network.conf for socket, dcstat.conf for dcstat, ...
    QString programsKey;   // key in [ebpf programs]
    QString title;
    QString summary;
    bool perProcess = false;  // keeps per-PID tables: apps, cgroups, pid table size, collect pid apply
};

// Which settings file a document is: ebpf.d.conf, a module's file, or unknown.
struct FileRole {
    enum class Kind { Main, Module, Unknown };
    Kind kind = Kind::Unknown;
    QString module;  // Module: the module id

    static FileRole main() { return {Kind::Main, {}}; }
    static FileRole forModule(const QString &moduleId) { return {Kind::Module, moduleId}; }
    static FileRole unknown() { return {}; }
    // From the file name: ebpf.d.conf or ebpf.conf = main; <name>.conf = that module's file.
    static FileRole fromPath(const QString &path);
    // From a name given on a command line: "main", a module id or a module file name.
    static FileRole fromName(QStringView name);
    QString describe() const;
    friend bool operator==(const FileRole &, const FileRole &) = default;
};

class OptionSchema {
public:
    static const OptionSchema &instance();

    static QString mainFileName() { return QStringLiteral("ebpf.d.conf"); }
    static QString legacyMainFileName() { return QStringLiteral("ebpf.conf"); }
    static QString moduleDirectoryName() { return QStringLiteral("ebpf.d"); }

    const QList<ModuleSpec> &modules() const { return modules_; }
    const ModuleSpec *module(QStringView id) const;
    const ModuleSpec *moduleByFileName(QStringView fileName) const;

    const QList<OptionSpec> &options() const { return options_; }
    const QList<KeyAlias> &aliases() const { return aliases_; }

    // The option for the key, whether or not it is allowed in that file.
    const OptionSpec *find(QStringView section, QStringView key) const;
    // The option if the file may contain it (module applicability included).
    const OptionSpec *findFor(const FileRole &role, QStringView section, QStringView key) const;
    const KeyAlias *alias(const FileRole &role, QStringView section, QStringView key) const;
    bool allows(const FileRole &role, const OptionSpec &option) const;

    QStringList sectionsFor(const FileRole &role) const;
    bool isKnownSection(QStringView section) const;
    // The options of a section a file may contain, in schema order.
    QList<const OptionSpec *> optionsFor(const FileRole &role, QStringView section) const;
    // Options that a module's settings consist of: cascading [global] options
    // that apply to it, then its own sections.
    QList<const OptionSpec *> moduleOptions(QStringView moduleId) const;

    // Closest known key in the section ("did you mean"), or empty.
    QString suggestKey(const FileRole &role, QStringView section, QStringView key) const;
    QString suggestSection(const FileRole &role, QStringView section) const;

private:
    OptionSchema();
    QList<ModuleSpec> modules_;
    QList<OptionSpec> options_;
    QList<KeyAlias> aliases_;
};

// The option catalog, defined in option_catalog.cpp.
QList<ModuleSpec> kinsightModules();
QList<OptionSpec> kinsightOptions(const QList<ModuleSpec> &modules);
QList<KeyAlias> netdataKeyAliases();

}  // namespace kinsight::config
