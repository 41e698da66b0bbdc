// The Diagnostics page's side of kinsight-helper: the privileged inputs
// (lockdown mode, BPF denials from the audit log), the live attach matrix and
// the fixes, each an asynchronous call whose answer comes back as a signal
// with either the result or the error classified for words. Calls are virtual
// so the page can be tested against a fake helper.
#pragma once

#include "dbus_types.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QObject>
#include <QStringList>

#include <optional>

class QDBusPendingCallWatcher;

namespace kinsight {

struct HelperCallError {
    enum class Kind {
        None,           // the call succeeded
        HelperMissing,  // no helper on the bus, or no bus
        NotAuthorized,  // polkit said no (or needs an authentication nobody gave)
        InvalidArgs,    // the helper refused the arguments
        Failed,         // anything else, e.g. a fix that could not be done
    };
    Kind kind = Kind::None;
    QString name;     // the D-Bus error name
    QString message;  // the helper's (or the bus') own words
    bool failed() const { return kind != Kind::None; }
};

struct PrivilegedDiagnostics {
    HelperCallError error;
    std::optional<QString> lockdown;  // /sys/kernel/security/lockdown, when the helper could read it
    QString lockdownNote;             // why not, otherwise
    std::optional<QStringList> auditLines;  // BPF denials, when the audit log could be read
    QString auditNote;                      // what was read, or why nothing could be
};

struct HelperCapabilities {
    HelperCallError error;
    QString loadMode;
    QString kernel;
    bool btf = false;
    QString btfError;
    AttachMatrix modules;  // module -> family -> (ok, reason)
};

struct FixOutcome {
    HelperCallError error;
    QString fix;           // the id asked for
    bool changed = false;  // false: it was already in place
    QString message;       // what the helper did
};

class DiagnosticsClient : public QObject {
    Q_OBJECT
public:
    explicit DiagnosticsClient(QObject *parent = nullptr);  // the system bus
    DiagnosticsClient(const QDBusConnection &bus, QObject *parent);

    // A non-interactive request is answered only when polkit allows it without
    // asking (a rule, or a recent authentication kept); an interactive one may
    // show an authentication dialog, so it waits for up to 10 minutes.
    virtual void requestInputs(bool interactive);
    virtual void requestCapabilities(const QString &loadMode, bool interactive);
    // Always interactive: the user pressed the button that asks for it.
    virtual void applyFix(const QString &fix);

    static HelperCallError classify(const QDBusError &error);
    // The error in words, naming the polkit action that was asked for.
    static QString explain(const HelperCallError &error, const QString &action);

signals:
    void inputsFinished(const kinsight::PrivilegedDiagnostics &result);
    void capabilitiesFinished(const kinsight::HelperCapabilities &result);
    void fixFinished(const kinsight::FixOutcome &result);

private:
    QDBusPendingCallWatcher *call(const QString &method, const QVariantList &arguments, bool interactive);

    QDBusConnection bus_;
};

}  // namespace kinsight
