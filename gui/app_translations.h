#pragma once

#include <QStringList>

class QCoreApplication;

namespace kinsight::gui {

// Loads the translations for the user's interface languages (LANGUAGE, then
// LC_ALL / LC_MESSAGES / LANG, as QLocale::system().uiLanguages() lists them):
// Kinsight's own kinsight_<lang>.qm and Qt's qtbase_<lang>.qm (standard dialogs
// and buttons), and installs them on `app`. The first language Kinsight has a
// translation for wins; English (the source language) anywhere before it in the
// list means no translation. Returns the language loaded ("de", "pt_BR"), or an
// empty string.
QString installTranslations(QCoreApplication &app);

// Where kinsight_<lang>.qm files are looked for, in order: $KINSIGHT_TRANSLATIONS_DIR
// when set, next to the binary
// (<bindir>/../share/kinsight/translations: the installed layout and the build
// tree's), then the configured install directory.
QStringList translationDirectories();

}  // namespace kinsight::gui
