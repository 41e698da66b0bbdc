// Where settings come from. Kinsight reads /etc/kinsight/ebpf.d.conf and
// /etc/kinsight/ebpf.d/<module>.conf. When Kinsight has no settings yet but
// Netdata's are in /etc/netdata, those are read as they are (imported), so a
// Netdata user keeps their choices. Netdata's own lookup is available too: the
// user directory first (ebpf.d.conf, or its old name ebpf.conf), then, file by
// file, Netdata's stock tree (/usr/lib/netdata/conf.d).
#pragma once

#include "config/config_diagnostic.h"
#include "config/ini_document.h"
#include "config/option_schema.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kinsight::config {

// Which defaults fill in what no file sets.
enum class DefaultSet {
    Kinsight,  // Kinsight's own defaults
    Netdata,   // Netdata's stock values (its code fallback where the stock file is silent)
};

enum class SourceTree {
    Kinsight,      // /etc/kinsight
    NetdataUser,   // /etc/netdata
    NetdataStock,  // /usr/lib/netdata/conf.d
};

QString sourceTreeName(SourceTree tree);

struct SettingsFile {
    QString path;
    FileRole role;
    SourceTree tree = SourceTree::Kinsight;
    IniDocument document;
};

struct ConfigSources {
    QString userDir;
    SourceTree userTree = SourceTree::Kinsight;
    QString stockDir;                   // empty: no stock tree
    bool acceptLegacyMainName = false;  // also look for ebpf.conf (Netdata's old name)
    DefaultSet defaults = DefaultSet::Kinsight;

    static ConfigSources kinsight(const QString &dir = QStringLiteral("/etc/kinsight"));
    static ConfigSources netdata(const QString &userDir = QStringLiteral("/etc/netdata"),
                                 const QString &stockDir = QStringLiteral("/usr/lib/netdata/conf.d"));
    // Kinsight's directory when it holds any settings file; otherwise Netdata's
    // user directory when it does (its files are read, Kinsight's defaults
    // still fill the gaps); otherwise Kinsight's (empty) directory.
    static ConfigSources discover(const QString &kinsightDir = QStringLiteral("/etc/kinsight"),
                                  const QString &netdataDir = QStringLiteral("/etc/netdata"));

    // Whether a directory holds ebpf.d.conf, ebpf.conf or any ebpf.d/<module>.conf.
    static bool holdsSettings(const QString &dir, bool acceptLegacyMainName);
};

struct LoadedSettings {
    std::optional<SettingsFile> mainFile;
    QList<SettingsFile> moduleFiles;
    QList<Diagnostic> diagnostics;  // files that exist but cannot be read
};

LoadedSettings loadSettings(const ConfigSources &sources);

// Reads one file; nullopt (and a diagnostic) when it exists but cannot be read.
std::optional<SettingsFile> readSettingsFile(const QString &path, const FileRole &role, SourceTree tree,
                                             QList<Diagnostic> &diagnostics);

// Copying Netdata's user settings into Kinsight's directory: the files' bytes
// are kept as they are (ebpf.conf becomes ebpf.d.conf); files of Netdata
// threads Kinsight has no module for are listed as skipped.
struct ImportedFile {
    QString sourcePath;
    QString targetRelativePath;  // "ebpf.d.conf" or "ebpf.d/<file>.conf"
    QByteArray content;
};

struct ImportPlan {
    QList<ImportedFile> files;
    QStringList skipped;  // "<path>: <reason>"
};

ImportPlan planNetdataImport(const QString &netdataDir);

}  // namespace kinsight::config
