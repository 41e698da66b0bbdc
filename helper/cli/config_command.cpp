#include "config_command.h"

#include "config/config_sources.h"
#include "config/config_validator.h"
#include "config/effective_config.h"
#include "config/ini_document.h"
#include "config/option_schema.h"
#include "config/value_check.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace kinsight::config;

namespace {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

const QString usageText = uR"(usage: kinsight-cli config <command> [options]

Commands:
  check [--kind K] FILE...                     check settings files; errors exit 1
  get [--kind K] FILE SECTION KEY              print a value as the file sets it
  set [--kind K] [--output OUT] FILE SECTION KEY VALUE
                                               change one value (only its line changes);
                                               OUT '-' writes the result to standard output
  show [--dir DIR] [--netdata-dir DIR] [--module M]
                                               the settings that apply, with their origin
  show --netdata [--netdata-dir DIR] [--stock-dir DIR] [--module M]
                                               the settings as Netdata would read them
  explain [SECTION] KEY                        type, range, defaults and meaning of an option

Options:
  --kind K         which file this is: main (ebpf.d.conf) or a module (process, socket, ...);
                   by default it is taken from the file name
  --services FILE  resolve service names in 'ports' from FILE instead of the system's
  --dir DIR        Kinsight's settings directory (default /etc/kinsight)
  --netdata-dir DIR  Netdata's settings directory (default /etc/netdata), read when
                   Kinsight has no settings yet
  --stock-dir DIR  Netdata's stock settings (default /usr/lib/netdata/conf.d)
)"_s;

struct Options {
    QStringList positional;
    QString kind;
    std::optional<QString> output;
    QString services;
    QString dir;
    QString netdataDir;
    QString stockDir;
    QString module;
    bool netdata = false;
};

// Options may come anywhere; "--" ends them. Returns a usage problem or nothing.
std::optional<QString> parseOptions(const QStringList &words, const QStringList &valueOptions,
                                    const QStringList &flagOptions, Options &options)
{
    bool optionsEnded = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (optionsEnded || !word.startsWith(u"--") || word == u"-") {
            options.positional.append(word);
            continue;
        }
        if (word == u"--") {
            optionsEnded = true;
            continue;
        }
        QString name = word;
        std::optional<QString> inlineValue;
        if (const qsizetype equals = word.indexOf(u'='); equals > 0) {
            name = word.left(equals);
            inlineValue = word.mid(equals + 1);
        }
        if (flagOptions.contains(name) && !inlineValue) {
            if (name == u"--netdata")
                options.netdata = true;
            continue;
        }
        if (!valueOptions.contains(name))
            return u"unknown option '"_s + name + u'\'';
        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < words.size()) {
            value = words.at(++i);
        } else {
            return u"option '"_s + name + u"' needs a value"_s;
        }
        if (name == u"--kind")
            options.kind = value;
        else if (name == u"--output")
            options.output = value;
        else if (name == u"--services")
            options.services = value;
        else if (name == u"--dir")
            options.dir = value;
        else if (name == u"--netdata-dir")
            options.netdataDir = value;
        else if (name == u"--stock-dir")
            options.stockDir = value;
        else if (name == u"--module")
            options.module = value;
    }
    return std::nullopt;
}

int usage(QTextStream &err, const QString &problem)
{
    if (!problem.isEmpty())
        err << "kinsight-cli config: " << problem << '\n';
    err << usageText;
    return UsageError;
}

QString moduleNames()
{
    QStringList names;
    for (const ModuleSpec &module : OptionSchema::instance().modules())
        names.append(module.id);
    return names.join(u", "_s);
}

std::optional<FileRole> roleFor(const Options &options, const QString &path, QTextStream &err)
{
    if (options.kind.isEmpty())
        return FileRole::fromPath(path);
    const FileRole role = FileRole::fromName(options.kind);
    if (role.kind == FileRole::Kind::Unknown) {
        usage(err, u"unknown --kind '"_s + options.kind + u"'; use main or one of: "_s + moduleNames());
        return std::nullopt;
    }
    return role;
}

std::optional<ServiceDirectory> servicesFor(const Options &options, QTextStream &err)
{
    if (options.services.isEmpty())
        return ServiceDirectory::system();
    if (!QFileInfo(options.services).isReadable()) {
        err << options.services << ": error: cannot read the services file\n";
        return std::nullopt;
    }
    return ServiceDirectory::fromServicesFile(options.services);
}

// nullopt and a message when the file exists but cannot be read, or is missing and must exist.
std::optional<IniDocument> readDocument(const QString &path, bool mayBeMissing, QTextStream &err)
{
    QFile file(path);
    if (!file.exists() && mayBeMissing)
        return IniDocument();
    if (!file.open(QIODevice::ReadOnly)) {
        err << path << ": error: cannot read the file: " << file.errorString() << '\n';
        return std::nullopt;
    }
    return IniDocument::parse(file.readAll());
}

void printDiagnostics(QTextStream &stream, QList<Diagnostic> diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });
    for (const Diagnostic &diagnostic : std::as_const(diagnostics))
        stream << diagnostic.toString() << '\n';
}

QString plural(qsizetype count, const QString &word)
{
    return QString::number(count) + u' ' + word + (count == 1 ? QString() : u"s"_s);
}

void noteUnknownRole(const QString &path, QTextStream &err)
{
    err << path << ": note: the file name does not say which settings file this is, so it is checked "
        << "against every section; name it ebpf.d.conf or ebpf.d/<module>.conf, or pass --kind main|<module>\n";
}

int runCheck(const QStringList &words, QTextStream &out, QTextStream &err)
{
    Options options;
    if (const auto problem = parseOptions(words, {u"--kind"_s, u"--services"_s}, {}, options))
        return usage(err, *problem);
    if (options.positional.isEmpty())
        return usage(err, u"check needs at least one FILE"_s);
    const std::optional<ServiceDirectory> services = servicesFor(options, err);
    if (!services)
        return Failure;
    const ConfigValidator validator(*services);

    bool failed = false;
    for (const QString &path : std::as_const(options.positional)) {
        const std::optional<FileRole> role = roleFor(options, path, err);
        if (!role)
            return UsageError;
        const std::optional<IniDocument> document = readDocument(path, false, err);
        if (!document) {
            failed = true;
            continue;
        }
        if (role->kind == FileRole::Kind::Unknown)
            noteUnknownRole(path, err);
        const QList<Diagnostic> diagnostics = validator.validate(*document, *role, path);
        printDiagnostics(err, diagnostics);
        const qsizetype errors = countSeverity(diagnostics, Severity::Error);
        const qsizetype warnings = countSeverity(diagnostics, Severity::Warning);
        failed = failed || errors > 0;
        if (errors == 0 && warnings == 0)
            out << path << ": ok\n";
        else
            out << path << ": " << plural(errors, u"error"_s) << ", " << plural(warnings, u"warning"_s) << '\n';
    }
    return failed ? Failure : Success;
}

const KeyAlias *oldNameInFile(const IniDocument &document, const FileRole &role, const QString &section,
                              const QString &key)
{
    const OptionSchema &schema = OptionSchema::instance();
    for (const KeyAlias &alias : schema.aliases()) {
        if (alias.section == section && alias.currentKey == key
            && schema.alias(role, section, alias.oldKey) == &alias && document.entry(section, alias.oldKey))
            return &alias;
    }
    return nullptr;
}

QString defaultDescription(const OptionSpec &option)
{
    if (!option.kinsightDefault.isEmpty())
        return u"Kinsight's default applies: "_s + option.kinsightDefault;
    if (!option.netdataDefault().isEmpty())
        return u"Netdata's default is "_s + option.netdataDefault() + u"; Kinsight does not use it"_s;
    return u"it has no default"_s;
}

int runGet(const QStringList &words, QTextStream &out, QTextStream &err)
{
    Options options;
    if (const auto problem = parseOptions(words, {u"--kind"_s}, {}, options))
        return usage(err, *problem);
    if (options.positional.size() != 3)
        return usage(err, u"get needs FILE SECTION KEY"_s);
    const QString &path = options.positional.at(0);
    const QString &section = options.positional.at(1);
    const QString &key = options.positional.at(2);
    const std::optional<FileRole> role = roleFor(options, path, err);
    if (!role)
        return UsageError;
    const std::optional<IniDocument> document = readDocument(path, false, err);
    if (!document)
        return Failure;

    if (const IniLine *line = document->entry(section, key)) {
        out << line->value << '\n';
        return Success;
    }
    if (const KeyAlias *alias = oldNameInFile(*document, *role, section, key)) {
        const IniLine *line = document->entry(section, alias->oldKey);
        QString value = line->value;
        if (alias->invertsBoolean) {
            if (const std::optional<bool> parsed = parseBoolean(value))
                value = *parsed ? u"no"_s : u"yes"_s;
        }
        out << value << '\n';
        err << path << ':' << line->number << ": note: set by the old name '" << alias->oldKey << "'"
            << (alias->invertsBoolean ? " (with the opposite meaning)" : "") << '\n';
        return Success;
    }
    const OptionSchema &schema = OptionSchema::instance();
    if (const OptionSpec *option = schema.findFor(*role, section, key)) {
        err << path << ": '" << key << "' is not set in [" << section << "]; " << defaultDescription(*option)
            << '\n';
        return Failure;
    }
    err << path << ": error: '" << key << "' is not set in [" << section << "], and it is not a known option there";
    const QString suggestion = schema.suggestKey(*role, section, key);
    if (!suggestion.isEmpty())
        err << "; did you mean '" << suggestion << "'?";
    err << '\n';
    return Failure;
}

bool writeResult(const QString &target, const QByteArray &bytes, QTextStream &out, QTextStream &err)
{
    if (target == u"-") {
        out << QString::fromUtf8(bytes);
        out.flush();
        return true;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << target << ": error: cannot write the file: " << file.errorString() << '\n';
        return false;
    }
    return true;
}

int runSet(const QStringList &words, QTextStream &out, QTextStream &err)
{
    Options options;
    if (const auto problem = parseOptions(words, {u"--kind"_s, u"--output"_s, u"--services"_s}, {}, options))
        return usage(err, *problem);
    if (options.positional.size() != 4)
        return usage(err, u"set needs FILE SECTION KEY VALUE (quote a value that has spaces)"_s);
    const QString &path = options.positional.at(0);
    const QString &section = options.positional.at(1);
    const QString &key = options.positional.at(2);
    const QString value = options.positional.at(3).trimmed();
    const std::optional<FileRole> role = roleFor(options, path, err);
    if (!role)
        return UsageError;
    const std::optional<ServiceDirectory> services = servicesFor(options, err);
    if (!services)
        return Failure;
    const std::optional<IniDocument> document = readDocument(path, true, err);
    if (!document)
        return Failure;
    if (role->kind == FileRole::Kind::Unknown)
        noteUnknownRole(path, err);

    const ConfigValidator validator(*services);
    const EntryCheck check = validator.checkEntry(*role, section, key, value);
    const QString where = path + u": "_s;
    const QString what = u"["_s + section + u"] "_s + key + u": "_s;
    bool refused = false;
    for (const ValueIssue &issue : check.keyIssues + check.value.issues) {
        err << where << severityName(issue.severity) << ": " << what << issue.message << '\n';
        refused = refused || issue.severity == Severity::Error;
    }
    if (!check.option || refused) {
        err << where << "nothing was written\n";
        return Failure;
    }

    // An old name already in the file is changed in place rather than adding
    // a second line that would compete with it.
    QString keyToWrite = key;
    QString valueToWrite = value;
    if (!check.alias && document->entryIndexes(section, key).isEmpty()) {
        if (const KeyAlias *alias = oldNameInFile(*document, *role, section, key)) {
            keyToWrite = alias->oldKey;
            if (alias->invertsBoolean)
                valueToWrite = check.value.canonical == u"yes" ? u"no"_s : u"yes"_s;
            err << where << "note: the file sets this with the old name '" << alias->oldKey
                << "', so that line is changed" << (alias->invertsBoolean ? " (to the opposite value)" : "") << '\n';
        }
    }

    const IniDocument::Edit edit = document->withValue(section, keyToWrite, valueToWrite);
    if (!edit.ok()) {
        err << where << "error: " << what << edit.error << "; nothing was written\n";
        return Failure;
    }
    // The new line must not carry an error (the value check above should have caught any).
    const QList<Diagnostic> after = validator.validate(edit.document, *role, path);
    for (const Diagnostic &diagnostic : after) {
        if (diagnostic.line == edit.lineNumber && diagnostic.severity == Severity::Error) {
            err << diagnostic.toString() << '\n' << where << "nothing was written\n";
            return Failure;
        }
    }

    const QString target = options.output.value_or(path);
    QTextStream &status = target == u"-" ? err : out;
    if (edit.change == IniDocument::Change::None && !options.output) {
        status << path << ':' << edit.lineNumber << ": [" << section << "] " << keyToWrite
               << " is already " << valueToWrite << "; the file is unchanged\n";
        return Success;
    }
    if (!writeResult(target, edit.document.toBytes(), out, err))
        return Failure;
    QString change;
    switch (edit.change) {
    case IniDocument::Change::None:
        change = u"unchanged"_s;
        break;
    case IniDocument::Change::Replaced:
        change = u"changed"_s;
        break;
    case IniDocument::Change::Added:
        change = u"added"_s;
        break;
    case IniDocument::Change::AddedWithSection:
        change = u"added with a new section"_s;
        break;
    case IniDocument::Change::Removed:
        change = u"removed"_s;
        break;
    }
    status << (target == u"-" ? path : target) << ':' << edit.lineNumber << ": [" << section << "] " << keyToWrite
           << " = " << valueToWrite << " (" << change << ")\n";
    return Success;
}

QString originText(const EffectiveValue &value)
{
    QString text = value.origin.describe();
    if (value.origin.isFile() && value.origin.writtenKey != value.key)
        text += u" (as '"_s + value.origin.writtenKey + u"')"_s;
    if (!value.overridden.isEmpty()) {
        QStringList others;
        for (const ValueOrigin &origin : value.overridden)
            others.append(origin.describe());
        text += u", overrides "_s + others.join(u", "_s);
    }
    if (value.differsFromNetdataDefault() && value.origin.kind == ValueOrigin::Kind::KinsightDefault)
        text += u" (Netdata: "_s + value.netdataDefault + u')';
    if (value.option && value.option->status == KeyStatus::NetdataOnly)
        text += u"; Netdata only, Kinsight ignores it"_s;
    for (const QString &note : value.notes)
        text += u"; "_s + note;
    return text;
}

void printValues(QTextStream &out, const QList<EffectiveValue> &values)
{
    QString section;
    for (const EffectiveValue &value : values) {
        // Keys only Netdata reads are shown when a file sets them, not as noise.
        if (value.option && value.option->status == KeyStatus::NetdataOnly
            && value.origin.kind == ValueOrigin::Kind::NotSet)
            continue;
        if (value.section != section) {
            section = value.section;
            out << '[' << section << "]\n";
        }
        QString line = u"    "_s + value.key + u" ="_s;
        if (!value.value.isEmpty())
            line += u' ' + value.value;
        out << line.leftJustified(44) << " # " << originText(value) << '\n';
    }
}

int runShow(const QStringList &words, QTextStream &out, QTextStream &err)
{
    Options options;
    if (const auto problem = parseOptions(words,
                                          {u"--dir"_s, u"--netdata-dir"_s, u"--stock-dir"_s, u"--module"_s,
                                           u"--services"_s},
                                          {u"--netdata"_s}, options))
        return usage(err, *problem);
    if (!options.positional.isEmpty())
        return usage(err, u"show takes no FILE; use --dir DIR to read another settings directory"_s);
    const OptionSchema &schema = OptionSchema::instance();
    if (!options.module.isEmpty() && !schema.module(options.module))
        return usage(err, u"unknown module '"_s + options.module + u"'; modules: "_s + moduleNames());
    const std::optional<ServiceDirectory> services = servicesFor(options, err);
    if (!services)
        return Failure;

    const QString kinsightDir = options.dir.isEmpty() ? u"/etc/kinsight"_s : options.dir;
    const QString netdataDir = options.netdataDir.isEmpty() ? u"/etc/netdata"_s : options.netdataDir;
    const QString stockDir = options.stockDir.isEmpty() ? u"/usr/lib/netdata/conf.d"_s : options.stockDir;
    const ConfigSources sources = options.netdata ? ConfigSources::netdata(netdataDir, stockDir)
                                                  : ConfigSources::discover(kinsightDir, netdataDir);
    const EffectiveConfig config = EffectiveConfig::resolve(sources, ConfigValidator(*services));

    if (!options.netdata && sources.userTree == SourceTree::NetdataUser)
        out << "# Kinsight has no settings in " << kinsightDir << " yet; Netdata's settings in " << netdataDir
            << " are read as they are.\n";
    if (config.filesRead().isEmpty())
        out << "# No settings files found in " << sources.userDir << "; every value is a default.\n";
    for (const QString &file : config.filesRead())
        out << "# read " << file << '\n';
    out << "# Unset options take " << (config.defaults() == DefaultSet::Kinsight ? "Kinsight's" : "Netdata's")
        << " defaults.\n";
    printDiagnostics(err, config.diagnostics());

    if (options.module.isEmpty()) {
        out << "\n# " << OptionSchema::mainFileName() << '\n';
        printValues(out, config.mainValues());
    }
    for (const ModuleSpec &module : schema.modules()) {
        if (!options.module.isEmpty() && module.id != options.module)
            continue;
        out << "\n# module " << module.id << " (" << OptionSchema::moduleDirectoryName() << '/' << module.fileName
            << "): " << (config.moduleEnabled(module.id) ? "enabled" : "disabled") << '\n';
        printValues(out, config.moduleValues(module.id));
    }
    return hasErrors(config.diagnostics()) ? Failure : Success;
}

void explainOption(QTextStream &out, const OptionSpec &option)
{
    const OptionSchema &schema = OptionSchema::instance();
    QStringList places;
    if (option.inMainFile)
        places.append(OptionSchema::mainFileName());
    if (option.inModuleFiles) {
        if (option.modules.isEmpty()) {
            places.append(u"every module file"_s);
        } else {
            QStringList files;
            for (const QString &id : option.modules) {
                if (const ModuleSpec *module = schema.module(id))
                    files.append(module->fileName);
            }
            places.append(files.join(u", "_s));
        }
    }
    out << '[' << option.section << "] " << option.key << "  (" << places.join(u"; "_s) << ")\n";
    QString type = valueTypeName(option.type);
    if (option.type == ValueType::Choice) {
        QStringList names;
        for (const Choice &choice : option.choices)
            names.append(choice.value);
        type += u": "_s + names.join(u" | "_s);
    } else if (option.type == ValueType::Integer || option.type == ValueType::Seconds) {
        type += u", "_s + QString::number(option.minimum) + u" to "_s + QString::number(option.maximum)
                + (option.unit.isEmpty() ? QString() : u' ' + option.unit);
    }
    out << "  type: " << type << '\n';
    out << "  Kinsight default: " << (option.kinsightDefault.isEmpty() ? u"(none)"_s : option.kinsightDefault)
        << '\n';
    if (!option.netdataStock.isEmpty() || !option.netdataFallback.isEmpty()) {
        out << "  Netdata: stock file " << (option.netdataStock.isEmpty() ? u"(not set)"_s : option.netdataStock)
            << ", code fallback " << (option.netdataFallback.isEmpty() ? u"(not read)"_s : option.netdataFallback)
            << '\n';
    }
    out << "  " << option.explanation << '\n';
    if (!option.kinsightNote.isEmpty())
        out << "  Kinsight: " << option.kinsightNote << '\n';
    if (option.status != KeyStatus::Current)
        out << "  Status: " << option.statusMessage
            << (option.replacement.isEmpty() ? QString() : u"; use '"_s + option.replacement + u"' instead"_s)
            << '\n';
}

int runExplain(const QStringList &words, QTextStream &out, QTextStream &err)
{
    Options options;
    if (const auto problem = parseOptions(words, {}, {}, options))
        return usage(err, *problem);
    if (options.positional.isEmpty())
        return usage(err, u"explain needs [SECTION] KEY"_s);
    const OptionSchema &schema = OptionSchema::instance();
    // Keys have spaces; accept them unquoted: "explain ebpf load mode",
    // "explain network connections ports".
    auto isKnownKey = [&schema](const QString &section, const QString &key) {
        for (const OptionSpec &option : schema.options()) {
            if ((option.key == key || (option.freeKey && option.section == section))
                && (section.isEmpty() || option.section == section))
                return true;
        }
        for (const KeyAlias &alias : schema.aliases()) {
            if (alias.oldKey == key && (section.isEmpty() || alias.section == section))
                return true;
        }
        return false;
    };
    const QStringList &given = options.positional;
    QString section;
    QString key = given.join(u' ');
    if (!isKnownKey({}, key)) {
        for (qsizetype split = 1; split < given.size(); ++split) {
            const QString candidateSection = given.mid(0, split).join(u' ');
            const QString candidateKey = given.mid(split).join(u' ');
            if (isKnownKey(candidateSection, candidateKey)) {
                section = candidateSection;
                key = candidateKey;
                break;
            }
        }
    }
    int shown = 0;
    for (const OptionSpec &option : schema.options()) {
        if ((option.key == key || (option.freeKey && option.section == section)) &&
            (section.isEmpty() || option.section == section)) {
            if (shown++ > 0)
                out << '\n';
            explainOption(out, option);
        }
    }
    for (const KeyAlias &alias : schema.aliases()) {
        if (alias.oldKey != key || (!section.isEmpty() && alias.section != section))
            continue;
        if (shown++ > 0)
            out << '\n';
        out << '[' << alias.section << "] " << alias.oldKey << ": old name of '" << alias.currentKey << "'"
            << (alias.invertsBoolean ? " with the opposite meaning" : "") << "; Netdata and Kinsight still read it\n";
    }
    if (shown > 0)
        return Success;
    QStringList keys;
    for (const OptionSpec &option : schema.options()) {
        if (!option.freeKey)
            keys.append(option.key);
    }
    err << "kinsight-cli config: unknown option '" << key << "'";
    QString best;
    for (const QString &candidate : std::as_const(keys)) {
        if (candidate.contains(key, Qt::CaseInsensitive) || key.contains(candidate, Qt::CaseInsensitive)) {
            best = candidate;
            break;
        }
    }
    if (best.isEmpty()) {
        for (const ModuleSpec &module : schema.modules()) {
            best = schema.suggestKey(FileRole::forModule(module.id), section.isEmpty() ? u"global"_s : section, key);
            if (!best.isEmpty())
                break;
        }
    }
    if (!best.isEmpty())
        err << "; did you mean '" << best << "'?";
    err << '\n';
    return Failure;
}

}  // namespace

int runConfigCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return usage(err, u"missing command"_s);
    const QString &command = args.first();
    const QStringList rest = args.mid(1);
    int code = UsageError;
    if (command == u"check")
        code = runCheck(rest, out, err);
    else if (command == u"get")
        code = runGet(rest, out, err);
    else if (command == u"set")
        code = runSet(rest, out, err);
    else if (command == u"show")
        code = runShow(rest, out, err);
    else if (command == u"explain")
        code = runExplain(rest, out, err);
    else if (command == u"help" || command == u"--help" || command == u"-h") {
        out << usageText;
        code = Success;
    } else
        code = usage(err, u"unknown command '"_s + command + u'\'');
    out.flush();
    err.flush();
    return code;
}
