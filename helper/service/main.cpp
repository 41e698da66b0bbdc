// kinsight-helper: the root service behind org.kinsight.Helper1. Started by
// D-Bus activation (or its systemd unit); exits after 60 s without sessions.
#include "authorizer.h"
#include "collector_session.h"
#include "helper1adaptor.h"
#include "helper_service.h"
#include "libbpf_log.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace kinsight;

namespace {

int signalPipe[2];

// SIGTERM/SIGINT end the event loop normally, so every session's BPF links
// and maps are released by their destructors.
void installQuitOnSignals(QCoreApplication &app)
{
    socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe);
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char signal;
        if (::read(signalPipe[1], &signal, 1) > 0)
            app.quit();
    });
    struct sigaction action{};
    action.sa_handler = [](int) {
        const char byte = 1;
        if (::write(signalPipe[0], &byte, 1) < 0) {
        }
    };
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    signal(SIGPIPE, SIG_IGN);
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kinsight-helper"));
    const QStringList args = app.arguments();
    if (args.contains(QLatin1String("--help"))) {
        std::printf("usage: kinsight-helper [--no-idle-exit] [--idle-timeout SECONDS] [--verbose]\n"
                    "                       [--settings-dir DIR]\n"
                    "Serves org.kinsight.Helper1 on the system bus (DBUS_SYSTEM_BUS_ADDRESS when set).\n"
                    "--settings-dir is for tests: settings are read and written in DIR instead of\n"
                    "/etc/kinsight, and never imported from /etc/netdata.\n");
        return 0;
    }
    if (geteuid() != 0) {
        std::fprintf(stderr, "kinsight-helper: must run as root (it is started by D-Bus activation)\n");
        return 1;
    }
    engine::LibbpfLogCapture::setVerbose(args.contains(QLatin1String("--verbose")));
    installQuitOnSignals(app);

    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "kinsight-helper: cannot connect to the system bus: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    if (!(bus.connectionCapabilities() & QDBusConnection::UnixFileDescriptorPassing)) {
        // Without it QtDBus hides StartSession, which returns a file descriptor.
        std::fprintf(stderr, "kinsight-helper: the bus connection cannot pass file descriptors\n");
    }
    PolkitAuthorizer authorizer(bus);
    HelperService service(bus, &authorizer, [](const CollectorOptions &options, SessionManager::ProducerFailure *failure) {
        return std::unique_ptr<FrameProducer>(CollectorSession::start(options, &failure->message, &failure->subject));
    });
    service.setIdleExit(!args.contains(QLatin1String("--no-idle-exit")));
    if (const qsizetype i = args.indexOf(QLatin1String("--idle-timeout")); i >= 0 && i + 1 < args.size()) {
        bool ok = false;
        const int seconds = args.at(i + 1).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 86400) {
            std::fprintf(stderr, "kinsight-helper: --idle-timeout takes 1 to 86400 seconds\n");
            return 1;
        }
        service.setIdleTimeout(seconds * 1000);
    }
    // Tests only: a private settings directory. It is fixed when the helper
    // starts (by whoever starts it, as root); no client can name a directory.
    if (const qsizetype i = args.indexOf(QLatin1String("--settings-dir")); i >= 0) {
        const QString dir = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (!dir.startsWith(QLatin1Char('/'))) {
            std::fprintf(stderr, "kinsight-helper: --settings-dir takes an absolute directory\n");
            return 1;
        }
        service.setSettingsStore(SettingsStore(dir, QString()));
    }
    new Helper1Adaptor(&service);
    QObject::connect(&service, &HelperService::idleTimeout, &app, &QCoreApplication::quit);

    // Export first, then own the name: no moment where the name exists without the object.
    if (!bus.registerObject(QStringLiteral("/org/kinsight/Helper1"), &service)) {
        std::fprintf(stderr, "kinsight-helper: cannot export /org/kinsight/Helper1\n");
        return 1;
    }
    if (!bus.registerService(QStringLiteral("org.kinsight.Helper1"))) {
        std::fprintf(stderr, "kinsight-helper: cannot own org.kinsight.Helper1: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    return app.exec();
}
