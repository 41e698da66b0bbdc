// The helper's settings directory (/etc/kinsight): it reads and writes
// ebpf.d.conf and ebpf.d/<module>.conf for clients that name a file by its id
// ("main" or a module id of the option schema) and send content, never a path
// (DESIGN.md security rules 2 and 3).
//
// A write is validated with the same parser and validator the GUI and the
// CLI use; content with errors changes nothing. Valid content is written
// through a directory descriptor: a new temporary file (O_CREAT|O_EXCL|
// O_NOFOLLOW, mode 0644, owner root), written and fsync'ed; the current file,
// when there is one, is hard-linked as <name>.bak; the temporary file is
// renamed over <name>; the directory is fsync'ed. A symbolic link in place of
// the file is never written through: the write is refused. A write killed
// before its rename leaves the previous file (and at most a hidden temporary,
// removed by the next write); a full file system fails it with that named and
// the previous file untouched.
#pragma once

#include "config/config_diagnostic.h"
#include "config/effective_config.h"
#include "config/option_schema.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kinsight {

class SettingsStore {
public:
    static constexpr qsizetype kMaxFileBytes = 256 * 1024;
    static QString defaultDirectory() { return QStringLiteral("/etc/kinsight"); }
    static QString defaultNetdataDirectory() { return QStringLiteral("/etc/netdata"); }

    // netdataDirectory: where settings are imported from while the directory
    // holds none (see config::ConfigSources::discover); empty: never.
    explicit SettingsStore(QString directory = defaultDirectory(),
                           QString netdataDirectory = defaultNetdataDirectory());

    const QString &directory() const { return directory_; }

    // "main" or a module id; nullopt for anything else (paths included).
    static std::optional<config::FileRole> roleForId(const QString &fileId);
    static QString idForRole(const config::FileRole &role);
    static QStringList fileIds();
    // The file's path relative to the directory: "ebpf.d.conf", "ebpf.d/network.conf".
    static QString relativePath(const config::FileRole &role);

    struct Contents {
        QMap<QString, QByteArray> files;  // file id -> bytes, for the files that exist
        QStringList problems;             // files that exist but could not be read
        QString importedFrom;             // the Netdata directory in effect while this one holds nothing
    };
    Contents read() const;

    struct WriteResult {
        enum class Status { Written, Unchanged, Invalid, Failed };
        Status status = Status::Failed;
        QStringList errors;    // Invalid: "file:line:column: error: message"; Failed: why
        QStringList warnings;  // warnings and notes of the written content
        bool ok() const { return status == Status::Written || status == Status::Unchanged; }
    };
    WriteResult write(const QString &fileId, const QByteArray &content) const;

    // The settings sessions run with: this directory (or the Netdata import).
    config::EffectiveConfig effective() const;

private:
    QString directory_;
    QString netdataDirectory_;
};

}  // namespace kinsight
