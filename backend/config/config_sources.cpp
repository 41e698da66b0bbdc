#include "config_sources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kinsight::config {

namespace {

QString moduleDir(const QString &dir)
{
    return dir + u'/' + OptionSchema::moduleDirectoryName();
}

// The main file a directory provides under Netdata's lookup, or empty.
QString mainFileIn(const QString &dir, bool acceptLegacyMainName)
{
    if (dir.isEmpty())
        return {};
    const QString current = dir + u'/' + OptionSchema::mainFileName();
    if (QFileInfo::exists(current))
        return current;
    if (acceptLegacyMainName) {
        const QString legacy = dir + u'/' + OptionSchema::legacyMainFileName();
        if (QFileInfo::exists(legacy))
            return legacy;
    }
    return {};
}

}  // namespace

QString sourceTreeName(SourceTree tree)
{
    switch (tree) {
    case SourceTree::Kinsight:
        return u"Kinsight settings"_s;
    case SourceTree::NetdataUser:
        return u"Netdata settings"_s;
    case SourceTree::NetdataStock:
        return u"Netdata stock file"_s;
    }
    return {};
}

ConfigSources ConfigSources::kinsight(const QString &dir)
{
    ConfigSources sources;
    sources.userDir = dir;
    return sources;
}

ConfigSources ConfigSources::netdata(const QString &userDir, const QString &stockDir)
{
    ConfigSources sources;
    sources.userDir = userDir;
    sources.userTree = SourceTree::NetdataUser;
    sources.stockDir = stockDir;
    sources.acceptLegacyMainName = true;
    sources.defaults = DefaultSet::Netdata;
    return sources;
}

ConfigSources ConfigSources::discover(const QString &kinsightDir, const QString &netdataDir)
{
    if (holdsSettings(kinsightDir, false) || !holdsSettings(netdataDir, true))
        return kinsight(kinsightDir);
    ConfigSources sources;
    sources.userDir = netdataDir;
    sources.userTree = SourceTree::NetdataUser;
    sources.acceptLegacyMainName = true;
    return sources;
}

bool ConfigSources::holdsSettings(const QString &dir, bool acceptLegacyMainName)
{
    if (dir.isEmpty())
        return false;
    if (!mainFileIn(dir, acceptLegacyMainName).isEmpty())
        return true;
    for (const ModuleSpec &module : OptionSchema::instance().modules()) {
        if (QFileInfo::exists(moduleDir(dir) + u'/' + module.fileName))
            return true;
    }
    return false;
}

std::optional<SettingsFile> readSettingsFile(const QString &path, const FileRole &role, SourceTree tree,
                                             QList<Diagnostic> &diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.append({path, 0, 0, Severity::Error, u"unreadable"_s,
                            u"cannot read the file: "_s + file.errorString()});
        return std::nullopt;
    }
    SettingsFile settings;
    settings.path = path;
    settings.role = role;
    settings.tree = tree;
    settings.document = IniDocument::parse(file.readAll());
    return settings;
}

LoadedSettings loadSettings(const ConfigSources &sources)
{
    LoadedSettings loaded;
    const QString userMain = mainFileIn(sources.userDir, sources.acceptLegacyMainName);
    if (!userMain.isEmpty()) {
        loaded.mainFile = readSettingsFile(userMain, FileRole::main(), sources.userTree, loaded.diagnostics);
    } else {
        const QString stockMain = mainFileIn(sources.stockDir, false);
        if (!stockMain.isEmpty())
            loaded.mainFile = readSettingsFile(stockMain, FileRole::main(), SourceTree::NetdataStock,
                                               loaded.diagnostics);
    }
    for (const ModuleSpec &module : OptionSchema::instance().modules()) {
        const QString user = moduleDir(sources.userDir) + u'/' + module.fileName;
        const QString stock = sources.stockDir.isEmpty() ? QString() : moduleDir(sources.stockDir) + u'/' + module.fileName;
        std::optional<SettingsFile> file;
        if (!sources.userDir.isEmpty() && QFileInfo::exists(user))
            file = readSettingsFile(user, FileRole::forModule(module.id), sources.userTree, loaded.diagnostics);
        else if (!stock.isEmpty() && QFileInfo::exists(stock))
            file = readSettingsFile(stock, FileRole::forModule(module.id), SourceTree::NetdataStock,
                                    loaded.diagnostics);
        if (file)
            loaded.moduleFiles.append(*file);
    }
    return loaded;
}

ImportPlan planNetdataImport(const QString &netdataDir)
{
    ImportPlan plan;
    auto readAll = [&](const QString &path) -> std::optional<QByteArray> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            plan.skipped.append(path + u": cannot read it: "_s + file.errorString());
            return std::nullopt;
        }
        return file.readAll();
    };
    const QString main = mainFileIn(netdataDir, true);
    if (!main.isEmpty()) {
        if (const std::optional<QByteArray> content = readAll(main))
            plan.files.append({main, OptionSchema::mainFileName(), *content});
    }
    const QDir modules(moduleDir(netdataDir));
    const QStringList names = modules.entryList({u"*.conf"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = modules.filePath(name);
        if (!OptionSchema::instance().moduleByFileName(name)) {
            plan.skipped.append(path + u": Kinsight has no module that reads it"_s);
            continue;
        }
        if (const std::optional<QByteArray> content = readAll(path))
            plan.files.append({path, OptionSchema::moduleDirectoryName() + u'/' + name, *content});
    }
    return plan;
}

}  // namespace kinsight::config
