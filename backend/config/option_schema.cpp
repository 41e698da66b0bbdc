#include "option_schema.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace kinsight::config {

namespace {

// Spelling differences people make with Netdata keys: case, '_' or '-' for
// spaces, doubled spaces.
QString normalisedKey(QStringView key)
{
    QString text = key.toString().toLower();
    text.replace(u'_', u' ');
    text.replace(u'-', u' ');
    return text.simplified();
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString closest(QStringView wanted, const QStringList &candidates)
{
    const QString normalised = normalisedKey(wanted);
    for (const QString &candidate : candidates) {
        if (normalisedKey(candidate) == normalised)
            return candidate;
    }
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &candidate : candidates) {
        const int distance = editDistance(normalised, normalisedKey(candidate));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    const int allowed = std::max(1, int(normalised.size()) / 3);
    return bestDistance <= std::min(allowed, 3) ? best : QString();
}

}  // namespace

QString valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::Boolean:
        return u"boolean"_s;
    case ValueType::Choice:
        return u"choice"_s;
    case ValueType::Integer:
        return u"integer"_s;
    case ValueType::Seconds:
        return u"seconds"_s;
    case ValueType::Path:
        return u"path"_s;
    case ValueType::Text:
        return u"text"_s;
    case ValueType::SimplePattern:
        return u"simple pattern"_s;
    case ValueType::PortList:
        return u"port list"_s;
    case ValueType::IpList:
        return u"IP list"_s;
    case ValueType::ServiceLabel:
        return u"service label"_s;
    }
    return u"text"_s;
}

bool OptionSpec::kinsightDiffersFromNetdata() const
{
    const QString netdata = netdataDefault();
    if (netdata.isEmpty() || kinsightDefault.isEmpty())
        return false;
    if (type == ValueType::Path) {
        auto strip = [](QString path) {
            while (path.size() > 1 && path.endsWith(u'/'))
                path.chop(1);
            return path;
        };
        return strip(netdata) != strip(kinsightDefault);
    }
    return netdata.compare(kinsightDefault, Qt::CaseInsensitive) != 0;
}

const Choice *OptionSpec::findChoice(QStringView value) const
{
    for (const Choice &choice : choices) {
        if (value.compare(choice.value, Qt::CaseInsensitive) == 0)
            return &choice;
        for (const QString &alias : choice.aliases) {
            if (value.compare(alias, Qt::CaseInsensitive) == 0)
                return &choice;
        }
    }
    return nullptr;
}

FileRole FileRole::fromPath(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (name == OptionSchema::mainFileName() || name == OptionSchema::legacyMainFileName())
        return main();
    if (const ModuleSpec *module = OptionSchema::instance().moduleByFileName(name))
        return forModule(module->id);
    return unknown();
}

FileRole FileRole::fromName(QStringView name)
{
    if (name == u"main" || name == OptionSchema::mainFileName() || name == OptionSchema::legacyMainFileName())
        return main();
    const OptionSchema &schema = OptionSchema::instance();
    if (const ModuleSpec *module = schema.module(name))
        return forModule(module->id);
    if (const ModuleSpec *module = schema.moduleByFileName(name))
        return forModule(module->id);
    if (const ModuleSpec *module = schema.moduleByFileName(QString(name.toString() + u".conf"_s)))
        return forModule(module->id);
    return unknown();
}

QString FileRole::describe() const
{
    switch (kind) {
    case Kind::Main:
        return OptionSchema::mainFileName();
    case Kind::Module:
        if (const ModuleSpec *spec = OptionSchema::instance().module(module))
            return OptionSchema::moduleDirectoryName() + u'/' + spec->fileName + u" (the "_s + module
                   + u" module's file)"_s;
        return module;
    case Kind::Unknown:
        break;
    }
    return u"an unrecognised settings file"_s;
}

const OptionSchema &OptionSchema::instance()
{
    static const OptionSchema schema;
    return schema;
}

OptionSchema::OptionSchema()
    : modules_(kinsightModules())
    , options_(kinsightOptions(modules_))
    , aliases_(netdataKeyAliases())
{
}

const ModuleSpec *OptionSchema::module(QStringView id) const
{
    for (const ModuleSpec &spec : modules_) {
        if (spec.id == id)
            return &spec;
    }
    return nullptr;
}

const ModuleSpec *OptionSchema::moduleByFileName(QStringView fileName) const
{
    for (const ModuleSpec &spec : modules_) {
        if (spec.fileName == fileName)
            return &spec;
    }
    return nullptr;
}

const OptionSpec *OptionSchema::find(QStringView section, QStringView key) const
{
    for (const OptionSpec &spec : options_) {
        if (spec.section == section && !spec.freeKey && spec.key == key)
            return &spec;
    }
    for (const OptionSpec &spec : options_) {
        if (spec.section == section && spec.freeKey)
            return &spec;
    }
    return nullptr;
}

bool OptionSchema::allows(const FileRole &role, const OptionSpec &option) const
{
    switch (role.kind) {
    case FileRole::Kind::Main:
        return option.inMainFile;
    case FileRole::Kind::Module:
        return option.inModuleFiles && (option.modules.isEmpty() || option.modules.contains(role.module));
    case FileRole::Kind::Unknown:
        return true;
    }
    return false;
}

const OptionSpec *OptionSchema::findFor(const FileRole &role, QStringView section, QStringView key) const
{
    for (const OptionSpec &spec : options_) {
        if (spec.section == section && !spec.freeKey && spec.key == key && allows(role, spec))
            return &spec;
    }
    for (const OptionSpec &spec : options_) {
        if (spec.section == section && spec.freeKey && allows(role, spec))
            return &spec;
    }
    return nullptr;
}

const KeyAlias *OptionSchema::alias(const FileRole &role, QStringView section, QStringView key) const
{
    for (const KeyAlias &entry : aliases_) {
        if (entry.section != section || entry.oldKey != key)
            continue;
        const bool allowed = role.kind == FileRole::Kind::Unknown
                             || (role.kind == FileRole::Kind::Main && entry.inMainFile)
                             || (role.kind == FileRole::Kind::Module && entry.inModuleFiles);
        if (allowed)
            return &entry;
    }
    return nullptr;
}

QStringList OptionSchema::sectionsFor(const FileRole &role) const
{
    QStringList sections;
    for (const OptionSpec &spec : options_) {
        if (allows(role, spec) && !sections.contains(spec.section))
            sections.append(spec.section);
    }
    return sections;
}

bool OptionSchema::isKnownSection(QStringView section) const
{
    return std::any_of(options_.cbegin(), options_.cend(),
                       [section](const OptionSpec &spec) { return spec.section == section; });
}

QList<const OptionSpec *> OptionSchema::optionsFor(const FileRole &role, QStringView section) const
{
    QList<const OptionSpec *> result;
    for (const OptionSpec &spec : options_) {
        if (spec.section == section && allows(role, spec))
            result.append(&spec);
    }
    return result;
}

QList<const OptionSpec *> OptionSchema::moduleOptions(QStringView moduleId) const
{
    const FileRole role = FileRole::forModule(moduleId.toString());
    QList<const OptionSpec *> result;
    for (const OptionSpec &spec : options_) {
        if (spec.cascades && allows(role, spec))
            result.append(&spec);
    }
    for (const OptionSpec &spec : options_) {
        if (!spec.cascades && spec.modules.contains(moduleId.toString()))
            result.append(&spec);
    }
    return result;
}

QString OptionSchema::suggestKey(const FileRole &role, QStringView section, QStringView key) const
{
    QStringList candidates;
    for (const OptionSpec *spec : optionsFor(role, section)) {
        if (!spec->freeKey)
            candidates.append(spec->key);
    }
    for (const KeyAlias &entry : aliases_) {
        if (entry.section == section)
            candidates.append(entry.oldKey);
    }
    return closest(key, candidates);
}

QString OptionSchema::suggestSection(const FileRole &role, QStringView section) const
{
    return closest(section, sectionsFor(role));
}

}  // namespace kinsight::config
