// What the Diagnostics page knows, without widgets: the unprivileged snapshot
// (gathered off the GUI thread), what kinsight-helper added (lockdown, audit
// denials, the live attach matrix), the checks run over both, and the fixes in
// flight. The page shows it; the tests drive it with fixture snapshots and a
// fake helper.
#pragma once

#include "diagnostics_client.h"

#include "diagnostics/check.h"
#include "diagnostics/helper_answers.h"
#include "diagnostics/system_snapshot.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <optional>

namespace kinsight::gui {

class DiagnosticsController : public QObject {
    Q_OBJECT
public:
    enum class HelperState {
        NotAsked,             // nothing asked yet (or asking is switched off)
        Asking,               // a request is on its way
        Answered,             // inputs and attach matrix are in the checks
        NeedsAuthentication,  // polkit wants an authentication the quiet request could not give
        Refused,              // polkit said no after the user was asked
        Missing,              // no helper (or no system bus)
        Failed,               // the helper answered with an error
    };
    Q_ENUM(HelperState)

    using Gatherer = std::function<diagnostics::SystemSnapshot()>;

    // `client` may be null: then the helper is never asked (checks stay "needs the helper").
    explicit DiagnosticsController(DiagnosticsClient *client, QObject *parent = nullptr);
    ~DiagnosticsController() override;

    // Where the unprivileged snapshot comes from (gatherLiveSnapshot by default),
    // and whether it is gathered on a worker thread (it reads BTF and the kernel config).
    void setGatherer(Gatherer gatherer, bool threaded);
    // Ask the helper quietly (no authentication dialog) after the first run; on by default.
    void setAskHelperQuietly(bool enabled) { askQuietly_ = enabled; }
    // Load mode of the attach matrix: "entry" (default) or "return".
    void setLoadMode(const QString &mode);
    QString loadMode() const { return loadMode_; }

    // Gathers the snapshot again and reruns the checks; asks the helper again if it answered before.
    void refresh();
    // Asks the helper for its inputs, then for the attach matrix.
    void askHelper(bool interactive);
    // Asks the helper to carry out a check's fix (polkit org.kinsight.fix), then refreshes.
    void applyFix(const QString &fixId);

    bool hasRun() const { return lastRun_.isValid(); }
    bool isGathering() const { return gathering_; }
    QDateTime lastRun() const { return lastRun_; }
    const QList<diagnostics::Check> &checks() const { return checks_; }
    std::optional<diagnostics::AttachMatrix> attachMatrix() const { return effective_.attachMatrix; }
    const diagnostics::SystemSnapshot &snapshot() const { return effective_; }
    // Unknown checks that only the helper can settle.
    int checksNeedingHelper() const;

    bool hasHelper() const { return !client_.isNull(); }
    HelperState helperState() const { return helperState_; }
    QString helperMessage() const;  // the state in words
    const std::optional<HelperCapabilities> &capabilities() const { return capabilities_; }
    const std::optional<PrivilegedDiagnostics> &helperInputs() const { return inputs_; }

    struct FixNote {
        QString fix;
        bool ok = false;
        QString text;  // what the helper did, or why it did not (in words)
    };
    QString fixInFlight() const { return fixInFlight_; }
    std::optional<FixNote> lastFix() const { return lastFix_; }

    QString markdownReport() const;
    // What the helper answered, in the form `kinsight-cli diagnose` assembles too.
    diagnostics::HelperAnswers helperAnswers() const;

signals:
    void checksChanged();
    void gatheringChanged(bool gathering);
    void helperStateChanged();
    void fixStateChanged();

private:
    void onSnapshot(const diagnostics::SystemSnapshot &snapshot, quint64 generation);
    void onInputs(const PrivilegedDiagnostics &result);
    void onCapabilities(const HelperCapabilities &result);
    void onFix(const FixOutcome &result);
    void setHelperState(HelperState state, const HelperCallError &error = {});
    void recompute();

    QPointer<DiagnosticsClient> client_;
    Gatherer gatherer_;
    bool threaded_ = true;
    bool askQuietly_ = true;
    QString loadMode_ = QStringLiteral("entry");

    quint64 generation_ = 0;
    bool gathering_ = false;
    bool again_ = false;
    QPointer<QThread> worker_;
    bool interactiveAsk_ = false;
    std::optional<diagnostics::SystemSnapshot> base_;
    diagnostics::SystemSnapshot effective_;
    QList<diagnostics::Check> checks_;
    QDateTime lastRun_;

    HelperState helperState_ = HelperState::NotAsked;
    HelperCallError helperError_;
    QDateTime helperAnsweredAt_;
    std::optional<PrivilegedDiagnostics> inputs_;
    std::optional<HelperCapabilities> capabilities_;

    QString fixInFlight_;
    std::optional<FixNote> lastFix_;
};

}  // namespace kinsight::gui
