// Test client for tests/e2e/run-e2e.sh, talking to kinsight-helper on the
// system bus like the Settings page does:
//   ks-settings-probe read                 the files, as "<id> <bytes>" lines
//   ks-settings-probe write ID < CONTENT   WriteSettings; prints the reply, or the
//                                          error name and message (exit 2)
//   ks-settings-probe stream SECONDS       a session whose arguments all follow the
//                                          settings; one line per header and frame
#include "helper_client.h"
#include "settings_client.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace kinsight;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

int readFiles()
{
    qDBusRegisterMetaType<QMap<QString, QByteArray>>();
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kHelperService), QLatin1String(kHelperPath),
                                                       QLatin1String(kHelperInterface), QStringLiteral("ReadSettings"));
    const QDBusMessage reply = QDBusConnection::systemBus().call(call, QDBus::Block, 60000);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        print(reply.errorName() + QLatin1Char(' ') + reply.errorMessage());
        return 2;
    }
    print(QStringLiteral("directory ") + reply.arguments().value(0).toString());
    const auto files = qdbus_cast<QMap<QString, QByteArray>>(reply.arguments().value(1));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        print(it.key() + QLatin1Char(' ') + QString::number(it.value().size()));
    return 0;
}

int writeFile(const QString &fileId)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 1;
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kHelperService), QLatin1String(kHelperPath),
                                                       QLatin1String(kHelperInterface), QStringLiteral("WriteSettings"));
    call << fileId << input.readAll();
    const QDBusMessage reply = QDBusConnection::systemBus().call(call, QDBus::Block, 120000);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        print(reply.errorName() + QLatin1Char(' ') + reply.errorMessage());
        return 2;
    }
    for (const QString &line : reply.arguments().value(0).toStringList())
        print(QStringLiteral("warning: ") + line);
    for (const QString &line : reply.arguments().value(1).toStringList())
        print(QStringLiteral("applied: ") + line);
    return 0;
}

int streamSession(QCoreApplication &app, int seconds)
{
    HelperClient client;
    client.setAutoReconnect(false);
    SessionRequest request;  // every argument left to the settings
    request.loadMode.clear();
    request.attach.clear();
    request.intervalSeconds = 0;
    request.pidTableSize = 0;
    request.perProcess = false;
    request.cgroups.clear();
    int code = 0;
    QObject::connect(&client, &StreamSource::sessionStarted, [](const SessionInfo &session) {
        QStringList modules;
        for (const ModuleInfo &m : session.modules)
            modules << m.name;
        QStringList settings;
        for (const SessionSetting &s : session.settings)
            settings << s.name + QLatin1Char('=') + s.value + QLatin1Char('@') + s.origin;
        print(QStringLiteral("HEADER load=%1 interval=%2 modules=%3 settings=%4")
                  .arg(session.loadMode)
                  .arg(session.intervalSeconds)
                  .arg(modules.join(QLatin1Char(',')), settings.join(QLatin1Char(';'))));
    });
    QObject::connect(&client, &StreamSource::frameReceived,
                     [](const Frame &frame) { print(QStringLiteral("FRAME %1").arg(frame.sequence)); });
    QObject::connect(&client, &StreamSource::stateChanged, [&](StreamSource::State state, const QString &message) {
        if (state == StreamSource::State::Running || state == StreamSource::State::Connecting)
            return;
        print(QStringLiteral("STATE %1").arg(message));
        code = state == StreamSource::State::Ended ? 0 : 1;
        app.quit();
    });
    client.start(request);
    QTimer::singleShot(seconds * 1000, &app, [&] {
        client.stop();
        app.quit();
    });
    app.exec();
    return code;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("read"))
        return readFiles();
    if (command == QLatin1String("write") && args.size() == 3)
        return writeFile(args.at(2));
    if (command == QLatin1String("stream") && args.size() == 3)
        return streamSession(app, args.at(2).toInt());
    std::fprintf(stderr, "usage: ks-settings-probe read | write FILE_ID < CONTENT | stream SECONDS\n");
    return 64;
}
