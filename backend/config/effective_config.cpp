#include "effective_config.h"

#include "config/value_check.h"

using namespace Qt::StringLiterals;

namespace kinsight::config {

namespace {

// What Netdata's stock module files set differently from its ebpf.d.conf,
// used when resolving with Netdata's defaults and no stock tree at hand.
QString netdataStockForModule(QStringView module, const OptionSpec &option)
{
    if (module != u"socket" || option.section != u"global")
        return {};
    if (option.key == u"ebpf co-re tracing")
        return u"probe"_s;
    if (option.key == u"maps per core")
        return u"no"_s;
    if (option.key == u"collect pid")
        return u"all"_s;
    return {};
}

struct Found {
    const IniLine *line = nullptr;
    QString writtenKey;
    QString canonical;  // empty when the written value is invalid
};

// The line that sets the option in this file (its old name included), with the
// value read the way Netdata reads it.
std::optional<Found> findSetting(const SettingsFile &file, const OptionSpec &option, const ConfigValidator &validator)
{
    const OptionSchema &schema = OptionSchema::instance();
    const IniLine *current = file.document.entry(option.section, option.key);
    const IniLine *old = nullptr;
    const KeyAlias *alias = nullptr;
    for (const KeyAlias &candidate : schema.aliases()) {
        if (candidate.section != option.section || candidate.currentKey != option.key)
            continue;
        if (schema.alias(file.role, candidate.section, candidate.oldKey) != &candidate)
            continue;
        if (const IniLine *line = file.document.entry(candidate.section, candidate.oldKey)) {
            old = line;
            alias = &candidate;
            break;
        }
    }
    const bool useOld = old && (!current || alias->netdataPrefersOld);
    const IniLine *line = useOld ? old : current;
    if (!line)
        return std::nullopt;
    Found found;
    found.line = line;
    found.writtenKey = line->key;
    const ValueCheck check = checkValue(option, line->value, validator.services());
    found.canonical = check.canonical;
    if (useOld && alias->invertsBoolean && !found.canonical.isEmpty())
        found.canonical = found.canonical == u"yes" ? u"no"_s : u"yes"_s;
    return found;
}

ValueOrigin fileOrigin(const SettingsFile &file, const Found &found)
{
    ValueOrigin origin;
    origin.kind = file.role.kind == FileRole::Kind::Main ? ValueOrigin::Kind::MainFile : ValueOrigin::Kind::ModuleFile;
    origin.file = file.path;
    origin.line = found.line->number;
    origin.writtenKey = found.writtenKey;
    origin.tree = file.tree;
    return origin;
}

// Applies one file to the value if it sets the option validly; an invalid
// setting is noted and left to the lower levels.
bool applyFile(EffectiveValue &value, const SettingsFile *file, const ConfigValidator &validator)
{
    if (!file)
        return false;
    const std::optional<Found> found = findSetting(*file, *value.option, validator);
    if (!found)
        return false;
    const ValueOrigin origin = fileOrigin(*file, *found);
    if (found->canonical.isEmpty()) {
        value.notes.append(origin.describe() + u" sets '"_s + found->line->value
                           + u"', which is not valid; it is ignored"_s);
        return false;
    }
    value.value = found->canonical;
    value.written = found->line->value;
    value.origin = origin;
    return true;
}

void applyDefault(EffectiveValue &value, DefaultSet defaults, QStringView module)
{
    const OptionSpec &option = *value.option;
    const QString moduleStock = netdataStockForModule(module, option);
    value.netdataDefault = moduleStock.isEmpty() ? option.netdataDefault() : moduleStock;
    if (defaults == DefaultSet::Kinsight) {
        value.value = option.kinsightDefault;
        value.origin.kind = option.kinsightDefault.isEmpty() ? ValueOrigin::Kind::NotSet
                                                             : ValueOrigin::Kind::KinsightDefault;
    } else {
        value.value = value.netdataDefault;
        value.origin.kind = value.netdataDefault.isEmpty() ? ValueOrigin::Kind::NotSet
                                                           : ValueOrigin::Kind::NetdataDefault;
    }
}

bool hasEffect(const OptionSpec &option)
{
    return option.status == KeyStatus::Current || option.status == KeyStatus::NetdataOnly;
}

}  // namespace

QString ValueOrigin::describe() const
{
    switch (kind) {
    case Kind::ModuleFile:
    case Kind::MainFile: {
        QString text = file + u':' + QString::number(line);
        if (tree != SourceTree::Kinsight)
            text += u" ("_s + sourceTreeName(tree) + u')';
        return text;
    }
    case Kind::KinsightDefault:
        return u"Kinsight default"_s;
    case Kind::NetdataDefault:
        return u"Netdata default"_s;
    case Kind::NotSet:
        break;
    }
    return u"not set"_s;
}

bool EffectiveValue::differsFromNetdataDefault() const
{
    if (netdataDefault.isEmpty() || value.isEmpty())
        return false;
    if (option && option->type == ValueType::Path) {
        auto strip = [](QString path) {
            while (path.size() > 1 && path.endsWith(u'/'))
                path.chop(1);
            return path;
        };
        return strip(netdataDefault) != strip(value);
    }
    return netdataDefault.compare(value, Qt::CaseInsensitive) != 0;
}

EffectiveConfig EffectiveConfig::resolve(const ConfigSources &sources, const ConfigValidator &validator)
{
    const LoadedSettings loaded = loadSettings(sources);
    EffectiveConfig config = resolve(loaded.mainFile, loaded.moduleFiles, sources.defaults, validator);
    config.diagnostics_ = loaded.diagnostics + config.diagnostics_;
    return config;
}

EffectiveConfig EffectiveConfig::resolve(const std::optional<SettingsFile> &mainFile,
                                         const QList<SettingsFile> &moduleFiles, DefaultSet defaults,
                                         const ConfigValidator &validator)
{
    const OptionSchema &schema = OptionSchema::instance();
    EffectiveConfig config;
    config.defaults_ = defaults;
    const SettingsFile *main = mainFile ? &*mainFile : nullptr;
    if (main) {
        config.filesRead_.append(main->path);
        config.diagnostics_ += validator.validate(main->document, main->role, main->path);
    }
    for (const SettingsFile &file : moduleFiles) {
        config.filesRead_.append(file.path);
        config.diagnostics_ += validator.validate(file.document, file.role, file.path);
    }

    for (const OptionSpec &option : schema.options()) {
        if (!option.inMainFile || !hasEffect(option))
            continue;
        EffectiveValue value;
        value.option = &option;
        value.section = option.section;
        value.key = option.key;
        applyDefault(value, defaults, {});
        applyFile(value, main, validator);
        config.mainValues_.append(value);
    }

    for (const ModuleSpec &module : schema.modules()) {
        const SettingsFile *own = nullptr;
        for (const SettingsFile &file : moduleFiles) {
            if (file.role.kind == FileRole::Kind::Module && file.role.module == module.id)
                own = &file;
        }
        ModuleValues values;
        values.module = module.id;
        for (const OptionSpec *option : schema.moduleOptions(module.id)) {
            if (!hasEffect(*option))
                continue;
            if (option->freeKey) {
                if (!own)
                    continue;
                for (const IniLine &line : own->document.lines()) {
                    if (line.kind != IniLine::Kind::Entry || line.section != option->section)
                        continue;
                    const EntryCheck check = validator.checkEntry(own->role, line.section, line.key, line.value);
                    if (!check.ok())
                        continue;
                    // A repeated port: the last line wins, as for any key.
                    values.values.removeIf([&](const EffectiveValue &v) {
                        return v.option == option && v.key == line.key;
                    });
                    EffectiveValue value;
                    value.option = option;
                    value.section = option->section;
                    value.key = line.key;
                    value.value = check.value.canonical;
                    value.written = line.value;
                    value.origin = fileOrigin(*own, Found{&line, line.key, check.value.canonical});
                    values.values.append(value);
                }
                continue;
            }
            EffectiveValue value;
            value.option = option;
            value.section = option->section;
            value.key = option->key;
            applyDefault(value, defaults, module.id);
            if (option->cascades)
                applyFile(value, main, validator);
            const ValueOrigin inherited = value.origin;
            if (applyFile(value, own, validator) && inherited.isFile())
                value.overridden.append(inherited);
            values.values.append(value);
        }
        config.moduleValues_.append(values);
    }
    return config;
}

QList<EffectiveValue> EffectiveConfig::moduleValues(QStringView module) const
{
    for (const ModuleValues &values : moduleValues_) {
        if (values.module == module)
            return values.values;
    }
    return {};
}

std::optional<EffectiveValue> EffectiveConfig::value(QStringView module, QStringView section, QStringView key) const
{
    const QList<EffectiveValue> values = module.isEmpty() ? mainValues_ : moduleValues(module);
    for (const EffectiveValue &value : values) {
        if (value.section == section && value.key == key)
            return value;
    }
    return std::nullopt;
}

bool EffectiveConfig::moduleEnabled(QStringView module) const
{
    const ModuleSpec *spec = OptionSchema::instance().module(module);
    if (!spec)
        return false;
    auto isYes = [this](const QString &key) {
        const std::optional<EffectiveValue> value = this->value({}, u"ebpf programs", key);
        return value && value->value == u"yes";
    };
    if (isYes(spec->programsKey))
        return true;
    return spec->id == u"socket" && isYes(u"network connections"_s);
}

}  // namespace kinsight::config
