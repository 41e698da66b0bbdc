#include "settings_workspace.h"

#include "config/config_sources.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

using config::FileRole;
using config::OptionSchema;

SettingsWorkspace::SettingsWorkspace(config::ConfigValidator validator, QObject *parent)
    : QObject(parent), validator_(std::move(validator))
{
    const OptionSchema &schema = OptionSchema::instance();
    File main;
    main.id = u"main"_s;
    main.role = FileRole::main();
    main.relativePath = OptionSchema::mainFileName();
    main.title = tr("General");
    files_.append(main);
    for (const config::ModuleSpec &module : schema.modules()) {
        File file;
        file.id = module.id;
        file.role = FileRole::forModule(module.id);
        file.relativePath = OptionSchema::moduleDirectoryName() + u'/' + module.fileName;
        file.title = module.title;
        files_.append(file);
    }
    for (const File &file : std::as_const(files_))
        ids_.append(file.id);
    snapshot_.directory = u"/etc/kinsight"_s;
    recompute();
}

void SettingsWorkspace::load(const SettingsSnapshot &snapshot)
{
    snapshot_ = snapshot;
    for (File &file : files_) {
        file.existsOnDisk = snapshot.files.contains(file.id);
        file.saved = snapshot.files.value(file.id);
        file.current = file.saved;
        file.document = config::IniDocument::parse(file.current);
        file.diagnostics = validator_.validate(file.document, file.role, file.relativePath);
    }
    recompute();
    emit loaded();
}

SettingsWorkspace::File *SettingsWorkspace::find(const QString &id)
{
    for (File &file : files_)
        if (file.id == id)
            return &file;
    return nullptr;
}

const SettingsWorkspace::File &SettingsWorkspace::file(const QString &id) const
{
    for (const File &file : files_)
        if (file.id == id)
            return file;
    return files_.constFirst();
}

QString SettingsWorkspace::path(const QString &id) const
{
    return snapshot_.directory + u'/' + file(id).relativePath;
}

bool SettingsWorkspace::isModified(const QString &id) const
{
    const File &f = file(id);
    return f.current != f.saved;
}

QStringList SettingsWorkspace::modifiedFiles() const
{
    QStringList ids;
    for (const File &f : files_)
        if (f.current != f.saved)
            ids.append(f.id);
    return ids;
}

int SettingsWorkspace::errorCount(const QString &id) const
{
    return int(config::countSeverity(file(id).diagnostics, config::Severity::Error));
}

bool SettingsWorkspace::moduleEnabled(const QString &id) const
{
    return id == u"main" || effective_.moduleEnabled(id);
}

void SettingsWorkspace::update(File &file, const QByteArray &bytes)
{
    if (bytes == file.current)
        return;
    file.current = bytes;
    file.document = config::IniDocument::parse(bytes);
    file.diagnostics = validator_.validate(file.document, file.role, file.relativePath);
    recompute();
    emit fileChanged(file.id);
}

config::IniDocument::Edit SettingsWorkspace::setValue(const QString &id, const QString &section, const QString &key,
                                                       const QString &value)
{
    File *f = find(id);
    if (!f)
        return {};
    config::IniDocument::Edit edit = f->document.withValue(section, key, value);
    if (edit.ok() && edit.change != config::IniDocument::Change::None)
        update(*f, edit.document.toBytes());
    return edit;
}

config::IniDocument::Edit SettingsWorkspace::removeKey(const QString &id, const QString &section, const QString &key)
{
    File *f = find(id);
    if (!f)
        return {};
    config::IniDocument::Edit edit = f->document.withoutKey(section, key);
    if (edit.ok() && edit.change != config::IniDocument::Change::None)
        update(*f, edit.document.toBytes());
    return edit;
}

void SettingsWorkspace::setText(const QString &id, const QByteArray &bytes)
{
    if (File *f = find(id))
        update(*f, bytes);
}

void SettingsWorkspace::revert(const QString &id)
{
    if (File *f = find(id))
        update(*f, f->saved);
}

void SettingsWorkspace::restoreDefaults(const QString &id)
{
    File *f = find(id);
    if (!f)
        return;
    config::IniDocument document = f->document;
    QSet<QString> done;
    for (const config::IniLine &line : f->document.lines()) {
        if (line.kind != config::IniLine::Kind::Entry)
            continue;
        const QString name = line.section + u'\n' + line.key;
        if (done.contains(name))
            continue;
        done.insert(name);
        const config::IniDocument::Edit edit = document.withoutKey(line.section, line.key);
        if (edit.ok())
            document = edit.document;
    }
    update(*f, document.toBytes());
}

void SettingsWorkspace::markSaved(const QString &id, const QByteArray &bytes)
{
    File *f = find(id);
    if (!f)
        return;
    f->saved = bytes;
    f->existsOnDisk = true;
    snapshot_.files.insert(id, bytes);
    snapshot_.importedFrom.clear();  // Kinsight's directory holds settings now
    emit fileChanged(id);
}

void SettingsWorkspace::recompute()
{
    std::optional<config::SettingsFile> main;
    QList<config::SettingsFile> modules;
    for (const File &f : std::as_const(files_)) {
        if (!f.existsOnDisk && f.current.isEmpty())
            continue;
        config::SettingsFile settings{snapshot_.directory + u'/' + f.relativePath, f.role,
                                      config::SourceTree::Kinsight, f.document};
        if (f.role.kind == FileRole::Kind::Main)
            main = settings;
        else
            modules.append(settings);
    }
    effective_ = config::EffectiveConfig::resolve(main, modules, config::DefaultSet::Kinsight, validator_);
}

}  // namespace kinsight::gui
