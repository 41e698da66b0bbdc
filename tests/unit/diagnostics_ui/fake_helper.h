// A kinsight-helper stand-in for the Diagnostics page tests: answers the
// diagnostics calls the way it is told (granted, denied, only after an
// authentication, missing) and carries out fixes on a fake machine whose
// mountinfo the page's gatherer reads. Answers come from the event loop, as a
// real D-Bus reply would.
#pragma once

#include "diagnostics_client.h"

#include "diagnostics/system_snapshot.h"

#include <QFile>
#include <QTimer>

namespace kinsight::diagtest {

using namespace Qt::StringLiterals;

// The attach matrix the helper measured on this machine kind (module, family, ok, reason per line).
inline AttachMatrix hostMatrixFromTsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    AttachMatrix matrix;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 4)
            qFatal("bad matrix line %s", qPrintable(line));
        matrix[fields[0]][fields[1]] = AttachResult{fields[2] == u"1", fields[3]};
    }
    return matrix;
}

// The machine the page looks at: its snapshot, which a granted fix changes.
struct FakeMachine {
    diagnostics::SystemSnapshot snapshot;
    int gathered = 0;

    diagnostics::SystemSnapshot gather()
    {
        ++gathered;
        return snapshot;
    }
    bool has(const QString &fsType) const { return snapshot.mountinfo.contains(u" - "_s + fsType + u' '); }
    void mount(const QString &fsType, const QString &point)
    {
        snapshot.mountinfo += u"90 23 0:90 / %1 rw,nosuid,nodev,noexec,relatime - %2 %2 rw\n"_s.arg(point, fsType);
        if (fsType == u"securityfs")
            snapshot.lockdown = u"none [integrity] confidentiality\n"_s;
    }
};

class FakeHelper : public DiagnosticsClient {
    Q_OBJECT
public:
    enum class Policy { Granted, Denied, OnlyInteractive, Missing };

    explicit FakeHelper(FakeMachine *machine, QObject *parent = nullptr)
        : DiagnosticsClient(QDBusConnection(u"ks-no-bus"_s), parent), machine_(machine)
    {
        inputs.lockdown = u"none [integrity] confidentiality"_s;
        inputs.auditLines = QStringList();
        inputs.auditNote = u"There is no /var/log/audit/audit.log: auditd is not installed or not running"_s;
        capabilities.kernel = u"6.18.44-fc-v669"_s;
        capabilities.btf = true;
    }

    Policy monitor = Policy::Granted;
    Policy fix = Policy::Granted;
    PrivilegedDiagnostics inputs;
    HelperCapabilities capabilities;

    QList<bool> inputRequests;  // the interactive flag of each
    QStringList capabilityRequests;  // load modes
    QStringList fixRequests;

    void requestInputs(bool interactive) override
    {
        inputRequests.append(interactive);
        PrivilegedDiagnostics result = inputs;
        result.error = decide(monitor, interactive, u"org.kinsight.monitor"_s);
        if (result.error.failed())
            result = PrivilegedDiagnostics{result.error, {}, {}, {}, {}};
        later([this, result] { emit inputsFinished(result); });
    }
    void requestCapabilities(const QString &loadMode, bool interactive) override
    {
        capabilityRequests.append(loadMode);
        HelperCapabilities result = capabilities;
        result.loadMode = loadMode;
        result.error = decide(monitor, interactive, u"org.kinsight.monitor"_s);
        later([this, result] { emit capabilitiesFinished(result); });
    }
    void applyFix(const QString &id) override
    {
        fixRequests.append(id);
        FixOutcome result;
        result.fix = id;
        result.error = decide(fix, true, u"org.kinsight.fix"_s);
        if (!result.error.failed()) {
            // The helper's own wording (fix_actions.cpp).
            const QString type = id.mid(6);
            const QString point = type == u"tracefs" ? u"/sys/kernel/tracing"_s
                                  : type == u"debugfs" ? u"/sys/kernel/debug"_s
                                                       : u"/sys/kernel/security"_s;
            if (machine_->has(type)) {
                result.message = u"%1 was already mounted at %2; nothing to do"_s.arg(type, point);
            } else {
                machine_->mount(type, point);
                result.changed = true;
                result.message = u"Mounted %1 at %2 (rw,nosuid,nodev,noexec,relatime)"_s.arg(type, point);
            }
        }
        later([this, result] { emit fixFinished(result); });
    }

private:
    // The helper's AccessDenied text for a refusal (helper_service.cpp, authorizer.cpp).
    static HelperCallError decide(Policy policy, bool interactive, const QString &action)
    {
        switch (policy) {
        case Policy::Granted:
            return {};
        case Policy::OnlyInteractive:
            if (interactive)
                return {};
            return {HelperCallError::Kind::NotAuthorized, u"org.freedesktop.DBus.Error.AccessDenied"_s,
                    u"not authorized for %1: authentication is required and no answer was given (is a polkit "
                    u"authentication agent running in your session?)"_s.arg(action)};
        case Policy::Denied:
            return {HelperCallError::Kind::NotAuthorized, u"org.freedesktop.DBus.Error.AccessDenied"_s,
                    u"not authorized for %1: polkit denied it"_s.arg(action)};
        case Policy::Missing:
            return {HelperCallError::Kind::HelperMissing, u"org.freedesktop.DBus.Error.ServiceUnknown"_s,
                    u"The name org.kinsight.Helper1 was not provided by any .service files"_s};
        }
        return {};
    }
    template <typename F>
    void later(F f)
    {
        QTimer::singleShot(0, this, f);
    }

    FakeMachine *machine_;
};

}  // namespace kinsight::diagtest
