// Translations at run time: the main window offscreen under LANGUAGE=de shows
// German menus and actions (Kinsight's kinsight_de.qm) and German standard
// buttons (Qt's qtbase_de.qm, when qt6-translations-l10n is installed); the
// kinsight binary itself finds its .qm files next to it (../share/kinsight/
// translations, as installed) and answers --help in German and Brazilian
// Portuguese, in English when English comes first in LANGUAGE.
#include "app_translations.h"
#include "chart_catalog.h"
#include "gui_test_support.h"
#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindowIsGerman();
    void qtStandardButtonsAreGerman();
    void chartsPerKeyHaveGermanTitles();
    void binaryHelpFollowsLanguage_data();
    void binaryHelpFollowsLanguage();
};

void TestTranslations::initTestCase()
{
    // main() set LANGUAGE=de before QApplication read the locale.
    QCOMPARE(kinsight::gui::installTranslations(*qApp), u"de"_s);
}

void TestTranslations::mainWindowIsGerman()
{
    kinsight::gui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList menus;
    for (const QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QVERIFY2(menus.contains(u"&Datei"_s), qPrintable(menus.join(u", ")));
    QVERIFY2(menus.contains(u"&Hilfe"_s), qPrintable(menus.join(u", ")));
    QStringList actions;
    for (const QAction *action : window.findChildren<QAction *>())
        actions.append(action->text());
    for (const QString &german : {u"Aufzeichnung ö&ffnen…"_s, u"&Beenden"_s, u"Ü&ber Kinsight"_s})
        QVERIFY2(actions.contains(german), qPrintable(german + u" not among: "_s + actions.join(u", ")));
}

void TestTranslations::qtStandardButtonsAreGerman()
{
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(qtDir + u"/qtbase_de.qm"_s))
        QSKIP("Qt's own translations are not installed (Debian: qt6-translations-l10n)");
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QVERIFY2(box.button(QDialogButtonBox::Cancel)->text().contains(u"Abbrechen"_s),
             qPrintable(box.button(QDialogButtonBox::Cancel)->text()));
}

// A chart made for a key at run time: its title template is translated, then the key goes in.
void TestTranslations::chartsPerKeyHaveGermanTitles()
{
    kinsight::gui::ChartCatalog catalog(kinsight::guitest::keyedSession());
    for (const kinsight::Frame &frame : kinsight::guitest::keyedTestFrames(5))
        catalog.absorb(frame);
    const kinsight::gui::CatalogChart *sda = catalog.chart(u"disk_latency_io.sda"_s);
    QVERIFY(sda);
    QCOMPARE(sda->title, u"Latenz der Festplatte sda"_s);
}

void TestTranslations::binaryHelpFollowsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de") << u"de"_s << u"Zeigt Sekunde für Sekunde, wie Anwendungen"_s;
    QTest::newRow("de_DE.UTF-8") << u"de_DE.UTF-8"_s << u"Zeigt Sekunde für Sekunde, wie Anwendungen"_s;
    QTest::newRow("pt_BR") << u"pt_BR"_s << u"Mostra, a cada segundo, como os aplicativos"_s;
    QTest::newRow("fr:de, no French") << u"fr:de"_s << u"Zeigt Sekunde für Sekunde"_s;
    QTest::newRow("en_US:de, English first") << u"en_US:de"_s << u"Shows, every second, how applications"_s;
}

void TestTranslations::binaryHelpFollowsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"KINSIGHT_TRANSLATIONS_DIR"_s);  // the binary must find them by itself
    env.insert(u"LANGUAGE"_s, language);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(KINSIGHT_APP), {u"--help"_s});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 0);
    const QString out = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out));
}

int main(int argc, char *argv[])
{
    qputenv("LANGUAGE", "de");
    qputenv("KINSIGHT_TRANSLATIONS_DIR", KINSIGHT_BUILD_QM_DIR);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
