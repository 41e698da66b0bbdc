#include "rules_store.h"

#include "app_rules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace kinsight::apps::ui {

QString RulesStore::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/apps_groups.conf");
}

bool RulesStore::hasSavedRules()
{
    return QFileInfo::exists(path());
}

QString RulesStore::load()
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return AppRules::defaultText();
    return QString::fromUtf8(file.readAll());
}

bool RulesStore::save(const QString &text, QString *error)
{
    const QString target = path();
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("RulesStore", "cannot create the folder %1").arg(QFileInfo(target).absolutePath());
        return false;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

}  // namespace kinsight::apps::ui
