// The user's grouping rules: apps_groups.conf in the per-user configuration
// directory (QStandardPaths::AppConfigLocation), in AppRules' text form. A
// user who never saved has Kinsight's defaults.
#pragma once

#include <QString>

namespace kinsight::apps::ui {

class RulesStore {
public:
    static QString path();
    // The saved text, or AppRules::defaultText() when nothing was saved (or it cannot be read).
    static QString load();
    static bool hasSavedRules();
    // Writes atomically; on failure `error` says why and the old file stays.
    static bool save(const QString &text, QString *error = nullptr);
};

}  // namespace kinsight::apps::ui
