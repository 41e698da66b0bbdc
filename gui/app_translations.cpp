#include "app_translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {

// "de-DE" -> {"de_DE", "de"}; "pt-BR" -> {"pt_BR", "pt"}.
QStringList candidates(QString language)
{
    language.replace(u'-', u'_');
    QStringList names{language};
    if (const qsizetype cut = language.indexOf(u'_'); cut > 0)
        names.append(language.left(cut));
    return names;
}

bool isSourceLanguage(const QString &language)
{
    return language == u"C"_s || language == u"POSIX"_s || language == u"en"_s || language.startsWith(u"en-"_s)
           || language.startsWith(u"en_"_s);
}

}  // namespace

QStringList translationDirectories()
{
    QStringList dirs;
    // For tests and translators trying a fresh .qm: a directory searched first.
    if (const QString forced = qEnvironmentVariable("KINSIGHT_TRANSLATIONS_DIR"); !forced.isEmpty())
        dirs.append(QDir::cleanPath(forced));
    dirs.append(QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/kinsight/translations"_s));
#ifdef KINSIGHT_TRANSLATIONS_DIR
    const QString installed = QDir::cleanPath(QStringLiteral(KINSIGHT_TRANSLATIONS_DIR));
    if (!dirs.contains(installed))
        dirs.append(installed);
#endif
    return dirs;
}

QString installTranslations(QCoreApplication &app)
{
    const QStringList dirs = translationDirectories();
    for (const QString &language : QLocale::system().uiLanguages()) {
        if (isSourceLanguage(language))
            return {};
        for (const QString &name : candidates(language)) {
            auto own = new QTranslator(&app);
            bool loaded = false;
            for (const QString &dir : dirs) {
                if (own->load(u"kinsight_"_s + name, dir)) {
                    loaded = true;
                    break;
                }
            }
            if (!loaded) {
                delete own;
                continue;
            }
            // Qt's own strings (QDialogButtonBox, QFileDialog, ...) in the same language.
            auto qt = new QTranslator(&app);
            const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
            if (qt->load(u"qtbase_"_s + name, qtDir) || qt->load(u"qtbase_"_s + candidates(name).constLast(), qtDir))
                QCoreApplication::installTranslator(qt);
            else
                delete qt;
            QCoreApplication::installTranslator(own);
            return name;
        }
    }
    return {};
}

}  // namespace kinsight::gui
