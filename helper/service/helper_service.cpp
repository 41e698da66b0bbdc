#include "helper_service.h"

#include "diagnostic_inputs.h"
#include "engine.h"
#include "fix_actions.h"
#include "kernel_features.h"
#include "session_settings.h"
#include "settings_client.h"
#include "start_request.h"

#include "config/config_validator.h"

#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QFile>

#include <unistd.h>

namespace kinsight {

HelperService::HelperService(const QDBusConnection &bus, Authorizer *authorizer,
                             SessionManager::ProducerFactory factory, QObject *parent)
    : QObject(parent), bus_(bus), authorizer_(authorizer), sessions_(bus, std::move(factory))
{
    registerDBusTypes();
    qDBusRegisterMetaType<QMap<QString, QByteArray>>();  // ReadSettings' a{say}
    idle_.setSingleShot(true);
    idle_.setInterval(kIdleExitMs);
    connect(&idle_, &QTimer::timeout, this, [this] {
        if (sessions_.count() == 0)
            emit idleTimeout();
    });
    connect(&sessions_, &SessionManager::countChanged, this, [this](int n) {
        if (n == 0)
            touch();
        else
            idle_.stop();
    });
    touch();
}

HelperService::~HelperService() = default;

QString HelperService::version() const
{
    return QStringLiteral(KINSIGHT_VERSION " (stream 1)");
}

void HelperService::setIdleExit(bool enabled)
{
    idleExit_ = enabled;
    touch();
}

void HelperService::setIdleTimeout(int milliseconds)
{
    idle_.setInterval(milliseconds);
    touch();
}

void HelperService::touch()
{
    if (idleExit_ && sessions_.count() == 0)
        idle_.start();
    else
        idle_.stop();
}

uint HelperService::callerUid(const QDBusMessage &call) const
{
    return bus_.interface()->serviceUid(call.service()).value();
}

void HelperService::replyError(const QDBusMessage &call, const QString &name, const QString &text)
{
    bus_.send(call.createErrorReply(name, text));
}

void HelperService::authorizeThen(const QString &action, std::function<void(const QDBusMessage &)> granted)
{
    setDelayedReply(true);
    touch();
    const QDBusMessage call = message();
    // The sender is the bus daemon's unique name for the caller: never an argument.
    authorizer_->check(call.service(), action, call.isInteractiveAuthorizationAllowed(),
                       [this, call, action, granted = std::move(granted)](const Decision &d) {
                           if (!d.allowed) {
                               replyError(call, QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"),
                                          QStringLiteral("not authorized for %1: %2").arg(action, d.reason));
                               return;
                           }
                           granted(call);
                       });
}

QString HelperService::Capabilities(const QString &load_mode, bool &, QString &, AttachMatrix &)
{
    if (load_mode != QLatin1String("entry") && load_mode != QLatin1String("return")) {
        sendErrorReply(QDBusError::InvalidArgs, QStringLiteral("load mode must be 'entry' or 'return'"));
        return {};
    }
    authorizeThen(QLatin1String(kActionMonitor), [this, load_mode](const QDBusMessage &call) {
        auto cached = capabilities_.find(load_mode);
        if (cached == capabilities_.end()) {
            CachedCapabilities c;
            auto &kf = engine::KernelFeatures::instance();
            c.kernel = QString::fromStdString(engine::KernelFeatures::kernelRelease());
            c.btf = kf.hasVmlinuxBtf();
            c.btfError = QString::fromStdString(kf.btfError());
            std::vector<std::string> modules;
            for (const auto *m : engine::allModules())
                modules.emplace_back(m->name);
            if (c.btf) {
                const auto mode = load_mode == QLatin1String("return") ? engine::LoadMode::Return : engine::LoadMode::Entry;
                for (const auto &[module, families] : engine::probeCapabilities(modules, mode))
                    for (const auto &[family, probe] : families)
                        c.modules[QString::fromStdString(module)][QString::fromUtf8(engine::toString(family).data())] =
                            AttachResult{probe.ok, QString::fromStdString(probe.reason)};
            }
            cached = capabilities_.emplace(load_mode, std::move(c)).first;
        }
        const CachedCapabilities &c = cached->second;
        bus_.send(call.createReply({c.kernel, c.btf, c.btfError, QVariant::fromValue(c.modules)}));
    });
    return {};
}

QString HelperService::StartSession(const QStringList &modules, const QString &load_mode, const QString &attach,
                                    double interval, uint pid_table_size, int tree_pid, bool tree_from_exec,
                                    bool per_process, const QString &cgroups, QDBusUnixFileDescriptor &)
{
    startSession({modules, load_mode, attach, interval, pid_table_size, tree_pid, tree_from_exec, per_process, cgroups});
    return {};
}

QString HelperService::StartCgroupSession(const QStringList &modules, const QString &load_mode, const QString &attach,
                                          double interval, uint pid_table_size, int tree_pid, bool tree_from_exec,
                                          bool per_process, const QString &cgroups, const QString &inspect_cgroup,
                                          const QString &inspect_hierarchy, QDBusUnixFileDescriptor &)
{
    startSession({modules, load_mode, attach, interval, pid_table_size, tree_pid, tree_from_exec, per_process, cgroups,
                  inspect_cgroup, inspect_hierarchy});
    return {};
}

// Replies later (polkit is asked first): the D-Bus methods return nothing themselves.
void HelperService::startSession(const StartArguments &request)
{
    QString error;
    // The client's own values are checked before polkit is asked (against the
    // built-in defaults for what it leaves to the settings); the settings files
    // are read only for an authorized caller.
    static const config::EffectiveConfig builtIn =
        config::EffectiveConfig::resolve(std::nullopt, {}, config::DefaultSet::Kinsight, config::ConfigValidator());
    if (!resolveSessionOptions(request, builtIn, &error)) {
        sendErrorReply(QDBusError::InvalidArgs, error);
        return;
    }
    authorizeThen(QLatin1String(kActionMonitor), [this, request](const QDBusMessage &call) {
        QString error;
        const std::optional<CollectorOptions> options = resolveSessionOptions(request, settings_.effective(), &error);
        if (!options) {
            replyError(call, QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"), error);
            return;
        }
        const CollectorOptions &opts = *options;
        const uint uid = callerUid(call);
        if (opts.treeRoot && uid != 0) {
            // A tree may only be inspected by the user who owns its root.
            QFile status(QStringLiteral("/proc/%1/status").arg(*opts.treeRoot));
            uint owner = uint(-1);
            if (status.open(QIODevice::ReadOnly))
                for (const QByteArray &line : status.readAll().split('\n'))
                    if (line.startsWith("Uid:"))
                        owner = line.mid(4).simplified().split(' ').value(0).toUInt();
            if (owner == uint(-1)) {
                replyError(call, QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"),
                           QStringLiteral("no process with PID %1").arg(*opts.treeRoot));
                return;
            }
            if (owner != uid) {
                replyError(call, QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"),
                           QStringLiteral("PID %1 belongs to another user").arg(*opts.treeRoot));
                return;
            }
        }
        const auto started = sessions_.start(call.service(), uid, opts, request);
        switch (started.status) {
        case SessionManager::StartStatus::LimitReached:
            replyError(call, QLatin1String(kErrorLimit), started.error);
            return;
        case SessionManager::StartStatus::ProducerFailed:
            replyError(call, QLatin1String(kErrorKernel), started.error);
            return;
        case SessionManager::StartStatus::SubjectRefused:
            replyError(call, QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"), started.error);
            return;
        case SessionManager::StartStatus::Started:
            break;
        }
        // QDBusUnixFileDescriptor dup()s the descriptor; the helper's copy is closed here.
        QDBusUnixFileDescriptor fd(started.clientFd);
        ::close(started.clientFd);
        bus_.send(call.createReply({started.sessionId, QVariant::fromValue(fd)}));
    });
}

void HelperService::SetCostReporting(const QString &session, bool enabled)
{
    authorizeThen(QLatin1String(kActionMonitor), [this, session, enabled](const QDBusMessage &call) {
        if (!sessions_.setCostReporting(call.service(), session, enabled)) {
            replyError(call, QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"),
                       QStringLiteral("no session %1 of yours").arg(session.left(64)));
            return;
        }
        bus_.send(call.createReply());
    });
}

// ---- Settings: /etc/kinsight, read and written for clients that send content, never paths ----

QString HelperService::ReadSettings(QMap<QString, QByteArray> &, QString &)
{
    authorizeThen(QLatin1String(kActionMonitor), [this](const QDBusMessage &call) {
        const SettingsStore::Contents contents = settings_.read();
        for (const QString &problem : contents.problems)
            qWarning("kinsight-helper: settings: %s", qPrintable(problem));
        bus_.send(call.createReply({settings_.directory(), QVariant::fromValue(contents.files), contents.importedFrom}));
    });
    return {};
}

QStringList HelperService::WriteSettings(const QString &file, const QByteArray &content, QStringList &)
{
    // Only the schema's file ids get as far as polkit; the client's text is echoed bounded.
    if (!SettingsStore::roleForId(file)) {
        sendErrorReply(QDBusError::InvalidArgs, QStringLiteral("unknown settings file '%1': name 'main' or one of %2")
                                                    .arg(file.left(64), SettingsStore::fileIds().mid(1).join(u", ")));
        return {};
    }
    if (content.size() > SettingsStore::kMaxFileBytes) {
        sendErrorReply(QDBusError::InvalidArgs, QStringLiteral("settings content is limited to %1 KiB")
                                                    .arg(SettingsStore::kMaxFileBytes / 1024));
        return {};
    }
    authorizeThen(QLatin1String(kActionConfigure), [this, file, content](const QDBusMessage &call) {
        const SettingsStore::WriteResult result = settings_.write(file, content);
        switch (result.status) {
        case SettingsStore::WriteResult::Status::Invalid:
            replyError(call, QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"),
                       result.errors.join(QLatin1Char('\n')));
            return;
        case SettingsStore::WriteResult::Status::Failed:
            qWarning("kinsight-helper: settings file %s not written: %s", qPrintable(file),
                     qPrintable(result.errors.join(u"; ")));
            replyError(call, QLatin1String(kErrorSettingsNotWritten), result.errors.join(QLatin1Char('\n')));
            return;
        case SettingsStore::WriteResult::Status::Unchanged:
            bus_.send(call.createReply(
                {result.warnings, QStringList{QStringLiteral("the file already has this content: nothing was written")}}));
            return;
        case SettingsStore::WriteResult::Status::Written:
            break;
        }
        qInfo("kinsight-helper: settings file %s written for uid %u", qPrintable(file), callerUid(call));
        const config::EffectiveConfig effective = settings_.effective();
        const SessionManager::ApplyReport report = sessions_.applySettings(
            [&effective](const StartArguments &request, QString *error) {
                return resolveSessionOptions(request, effective, error);
            });
        bus_.send(call.createReply({result.warnings, report.describe()}));
    });
    return {};
}

void HelperService::StopSession(const QString &session)
{
    authorizeThen(QLatin1String(kActionMonitor), [this, session](const QDBusMessage &call) {
        if (!sessions_.stop(call.service(), session, QStringLiteral("stopped by the client"))) {
            replyError(call, QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"),
                       QStringLiteral("no session %1 of yours").arg(session.left(64)));
            return;
        }
        bus_.send(call.createReply());
    });
}

// ---- Diagnostics: fixes and privileged inputs ----

bool HelperService::ApplyFix(const QString &fix, QString &)
{
    // Only the helper's own fix ids get as far as polkit; the client's text is echoed bounded.
    const FixDefinition *definition = findFix(fix);
    if (!definition) {
        sendErrorReply(QDBusError::InvalidArgs, QStringLiteral("unknown fix '%1'; the helper knows %2")
                                                    .arg(fix.left(64), fixIds().join(QLatin1String(", "))));
        return false;
    }
    authorizeThen(QLatin1String(kActionFix), [this, definition](const QDBusMessage &call) {
        const FixResult result = applyFix(*definition);
        qInfo("kinsight-helper: fix %s for uid %u: %s", qPrintable(definition->id.toString()), callerUid(call),
              qPrintable(result.message));
        if (result.changed)
            capabilities_.clear();  // a newly mounted tracefs changes what attaches
        if (!result.ok) {
            replyError(call, QLatin1String(kErrorFixFailed), result.message);
            return;
        }
        bus_.send(call.createReply({result.changed, result.message}));
    });
    return false;
}

bool HelperService::DiagnosticInputs(QString &, bool &, QStringList &, QString &)
{
    authorizeThen(QLatin1String(kActionMonitor), [this](const QDBusMessage &call) {
        const LockdownInput lockdown = readLockdown();
        const AuditInput audit = readAuditDenials();
        bus_.send(call.createReply({lockdown.known, lockdown.text, audit.known, audit.lines, audit.note}));
    });
    return false;
}

}  // namespace kinsight
