#include "app_translations.h"
#include "launch_options.h"
#include "main_window.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

using Result = kinsight::gui::LaunchParser::Result;

// Prints what the parser said; returns the exit code, or -1 to go on.
int report(Result result, const QString &message)
{
    switch (result) {
    case Result::HelpShown:
        std::fputs(qPrintable(message), stdout);
        return 0;
    case Result::VersionShown:
        std::printf("kinsight %s\n", KINSIGHT_VERSION);
        return 0;
    case Result::Error:
        std::fprintf(stderr, "kinsight: %s\n", qPrintable(message));
        return 2;
    case Result::Ok:
        break;
    }
    return -1;
}

bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

}  // namespace

int main(int argc, char *argv[])
{
    kinsight::gui::LaunchOptions options;
    QString message;
    // Help and version need no display: answer them without QApplication.
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication core(argc, argv);
        QCoreApplication::setApplicationName(u"kinsight"_s);
        kinsight::gui::installTranslations(core);
        return std::max(0, report(kinsight::gui::LaunchParser::parse(QCoreApplication::arguments(), &options, &message),
                                  message));
    }

    QApplication app(argc, argv);  // takes Qt's own options (-platform, ...) out of the arguments
    QApplication::setApplicationName(u"kinsight"_s);
    QApplication::setOrganizationName(u"Kinsight"_s);
    QApplication::setApplicationVersion(QStringLiteral(KINSIGHT_VERSION));
    QApplication::setApplicationDisplayName(u"Kinsight"_s);
    // The desktop entry's id (org.kinsight.Kinsight.desktop): Wayland's app_id, the window's match in docks.
    QApplication::setDesktopFileName(u"org.kinsight.Kinsight"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/kinsight.svg"_s));
    kinsight::gui::installTranslations(app);
    if (const int code = report(kinsight::gui::LaunchParser::parse(QApplication::arguments(), &options, &message),
                                message);
        code >= 0)
        return code;

    kinsight::gui::MainWindow window;
    window.setLiveRequest(options.request);
    window.show();
    if (options.replayPath.isEmpty()) {
        window.startLive(options.request);
    } else {
        QString error;
        if (!window.openRecording(options.replayPath, options.replaySpeed, &error)) {
            // The window still opens: its page offers a live session or another recording.
            QMessageBox::warning(&window, QObject::tr("Cannot open the recording"), error);
        }
    }
    return app.exec();
}
