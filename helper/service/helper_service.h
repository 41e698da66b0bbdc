// org.kinsight.Helper1: the object behind the generated adaptor. Every call is
// authorized with polkit for its sender's unique bus name before anything
// else happens; replies are sent when the decision arrives, so the helper
// keeps serving while an administrator types a password.
#pragma once

#include "authorizer.h"
#include "dbus_types.h"
#include "session_manager.h"
#include "start_request.h"
#include "settings_store.h"

#include <QDBusContext>
#include <QDBusUnixFileDescriptor>
#include <QObject>
#include <QTimer>

#include <map>

namespace kinsight {

class HelperService : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_PROPERTY(QString Version READ version)
public:
    static constexpr int kIdleExitMs = 60 * 1000;

    HelperService(const QDBusConnection &bus, Authorizer *authorizer, SessionManager::ProducerFactory factory,
                  QObject *parent = nullptr);
    ~HelperService() override;

    QString version() const;
    SessionManager &sessions() { return sessions_; }
    void setIdleExit(bool enabled);
    void setIdleTimeout(int milliseconds);

    // D-Bus methods (called by the generated Helper1Adaptor).
    QString Capabilities(const QString &load_mode, bool &btf, QString &btf_error, kinsight::AttachMatrix &modules);
    QString StartSession(const QStringList &modules, const QString &load_mode, const QString &attach, double interval,
                         uint pid_table_size, int tree_pid, bool tree_from_exec, bool per_process,
                         const QString &cgroups, QDBusUnixFileDescriptor &stream);
    QString StartCgroupSession(const QStringList &modules, const QString &load_mode, const QString &attach,
                               double interval, uint pid_table_size, int tree_pid, bool tree_from_exec,
                               bool per_process, const QString &cgroups, const QString &inspect_cgroup,
                               const QString &inspect_hierarchy, QDBusUnixFileDescriptor &stream);
    void StopSession(const QString &session);
    void SetCostReporting(const QString &session, bool enabled);
    // Settings (settings_store.h; live apply: session_settings.h, SessionManager::applySettings).
    QString ReadSettings(QMap<QString, QByteArray> &files, QString &imported_from);
    QStringList WriteSettings(const QString &file, const QByteArray &content, QStringList &applied);
    // Tests only (kinsight-helper --settings-dir): where settings are read and written.
    void setSettingsStore(const SettingsStore &store) { settings_ = store; }
    // Diagnostics (fix_actions.h, diagnostic_inputs.h).
    bool ApplyFix(const QString &fix, QString &message);
    bool DiagnosticInputs(QString &lockdown, bool &audit_known, QStringList &audit_lines, QString &audit_note);

signals:
    void idleTimeout();

private:
    void startSession(const StartArguments &request);
    // Authorizes the current call for `action`, then runs `granted` (the reply is delayed).
    void authorizeThen(const QString &action, std::function<void(const QDBusMessage &call)> granted);
    void replyError(const QDBusMessage &call, const QString &name, const QString &text);
    uint callerUid(const QDBusMessage &call) const;
    void touch();

    QDBusConnection bus_;
    Authorizer *authorizer_;
    SessionManager sessions_;
    SettingsStore settings_;
    QTimer idle_;
    bool idleExit_ = true;
    struct CachedCapabilities {
        QString kernel;
        bool btf = false;
        QString btfError;
        AttachMatrix modules;
    };
    std::map<QString, CachedCapabilities> capabilities_;  // per load mode: the kernel does not change
};

}  // namespace kinsight
