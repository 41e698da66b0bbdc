// The Settings page's working copy: every settings file as the helper has it
// ("saved") and as the user is editing it ("current"), with its validation
// and the effective values that would apply if it were saved. Form edits go
// through IniDocument so each one changes exactly the line it is about (or
// adds one line), keeping every other byte of the file as it was.
#pragma once

#include "settings_client.h"

#include "config/config_diagnostic.h"
#include "config/config_validator.h"
#include "config/effective_config.h"
#include "config/ini_document.h"
#include "config/option_schema.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace kinsight::gui {

class SettingsWorkspace : public QObject {
    Q_OBJECT
public:
    struct File {
        QString id;                 // "main" or a module id (what WriteSettings takes)
        config::FileRole role;
        QString relativePath;       // "ebpf.d.conf", "ebpf.d/network.conf"
        QString title;              // "General", "Network", ...
        QByteArray saved;           // as the helper has it (empty when the file does not exist)
        bool existsOnDisk = false;
        QByteArray current;
        config::IniDocument document;  // current, parsed
        QList<config::Diagnostic> diagnostics;
    };

    explicit SettingsWorkspace(config::ConfigValidator validator = config::ConfigValidator(),
                               QObject *parent = nullptr);

    // Replaces every file with the snapshot's (edits are dropped).
    void load(const SettingsSnapshot &snapshot);
    const SettingsSnapshot &snapshot() const { return snapshot_; }

    const QStringList &fileIds() const { return ids_; }
    const File &file(const QString &id) const;
    bool contains(const QString &id) const { return ids_.contains(id); }
    QString path(const QString &id) const;  // directory + relative path, as origins name it

    bool isModified(const QString &id) const;
    QStringList modifiedFiles() const;
    int errorCount(const QString &id) const;
    bool moduleEnabled(const QString &id) const;  // main: always true

    // One-line edits. The returned Edit says what changed (or why nothing did).
    config::IniDocument::Edit setValue(const QString &id, const QString &section, const QString &key,
                                       const QString &value);
    config::IniDocument::Edit removeKey(const QString &id, const QString &section, const QString &key);
    void setText(const QString &id, const QByteArray &bytes);
    void revert(const QString &id);
    // Removes every setting line of the file (comments and sections stay), so
    // ebpf.d.conf's values or Kinsight's defaults apply again.
    void restoreDefaults(const QString &id);
    // After a successful save: what is current is now what the helper has.
    void markSaved(const QString &id, const QByteArray &bytes);

    // The values that would apply with the current texts, and where each comes from.
    const config::EffectiveConfig &effective() const { return effective_; }
    const config::ConfigValidator &validator() const { return validator_; }

signals:
    void loaded();
    void fileChanged(const QString &id);  // current text, diagnostics or saved state changed

private:
    File *find(const QString &id);
    void update(File &file, const QByteArray &bytes);
    void recompute();

    config::ConfigValidator validator_;
    SettingsSnapshot snapshot_;
    QStringList ids_;
    QList<File> files_;
    config::EffectiveConfig effective_;
};

}  // namespace kinsight::gui
