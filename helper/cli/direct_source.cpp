// --direct: the collector engine in this process (needs root).
#include "collector_session.h"
#include "measurement_source.h"

#include <QThread>

#include <chrono>

#include <unistd.h>

namespace kinsight::cli {

namespace {

class DirectSource final : public MeasurementSource {
public:
    bool start(const SourceRequest &request, QString *error) override
    {
        if (geteuid() != 0) {
            *error = QStringLiteral("--direct loads BPF programs itself and needs root: run it with sudo, or "
                                    "drop --direct to go through kinsight-helper");
            return false;
        }
        CollectorOptions options;
        for (const QString &m : request.modules)
            options.engine.modules.push_back(m.toStdString());
        options.engine.loadMode = request.loadMode == QLatin1String("return") ? engine::LoadMode::Return
                                                                              : engine::LoadMode::Entry;
        options.engine.attach = *engine::AttachPolicy::parse(request.attach.toStdString());
        options.engine.pidTableSize = request.pidTableSize;
        options.engine.pidMode = request.treeRoot ? KS_PID_TRACKED : request.perProcess ? KS_PID_ALL : KS_PID_NONE;
        options.engine.emitExits = !request.treeRoot && request.perProcess;
        options.engine.cgroups = *engine::CgroupOptions::parse(request.cgroups.toStdString());
        options.intervalSeconds = request.intervalSeconds;
        options.treeRoot = request.treeRoot;
        options.treeFromExec = request.treeFromExec;
        if (!request.inspectCgroup.isEmpty()) {
            options.inspectCgroup = request.inspectCgroup.toStdString();
            options.engine.emitExits = false;
            options.engine.inspectHierarchy.source = KS_CGROUP_OFF;
            if (auto h = engine::CgroupOptions::parse(request.cgroupHierarchy.toStdString()))
                options.engine.inspectHierarchy = *h;
        }
        session_ = CollectorSession::start(options, error);
        if (!session_)
            return false;
        interval_ = std::chrono::nanoseconds(qint64(request.intervalSeconds * 1e9));
        next_ = std::chrono::steady_clock::now() + interval_;
        return true;
    }

    const SessionInfo &session() const override { return session_->info(); }
    void setCostReporting(bool enabled) override { session_->setCostReporting(enabled); }

    std::optional<Frame> nextFrame(bool now, QString *) override
    {
        if (!now) {
            auto wait = next_ - std::chrono::steady_clock::now();
            if (wait > std::chrono::nanoseconds::zero())
                QThread::usleep(quint64(std::chrono::duration_cast<std::chrono::microseconds>(wait).count()));
            next_ += interval_;
            // A late tick does not cause a burst of catch-up samples.
            if (next_ < std::chrono::steady_clock::now())
                next_ = std::chrono::steady_clock::now() + interval_;
        }
        return session_->sample();
    }

private:
    std::unique_ptr<CollectorSession> session_;
    std::chrono::nanoseconds interval_{};
    std::chrono::steady_clock::time_point next_;
};

}  // namespace

std::unique_ptr<MeasurementSource> makeDirectSource()
{
    return std::make_unique<DirectSource>();
}

bool validateRequest(const SourceRequest &request, QString *error)
{
    if (!(request.intervalSeconds >= CollectorOptions::kMinInterval
          && request.intervalSeconds <= CollectorOptions::kMaxInterval)) {
        *error = QStringLiteral("--interval must be between %1 and %2 seconds (got %3)")
                     .arg(CollectorOptions::kMinInterval)
                     .arg(CollectorOptions::kMaxInterval)
                     .arg(request.intervalSeconds);
        return false;
    }
    if (request.loadMode != QLatin1String("entry") && request.loadMode != QLatin1String("return")) {
        *error = QStringLiteral("--load-mode must be entry or return (got '%1')").arg(request.loadMode);
        return false;
    }
    if (!engine::AttachPolicy::parse(request.attach.toStdString())) {
        *error = QStringLiteral("--attach must be auto, trampoline, tracepoint, probe, tp_btf, raw_tp or classic "
                                "(got '%1')")
                     .arg(request.attach);
        return false;
    }
    for (const QString &m : request.modules) {
        if (!engine::findModule(m.toStdString())) {
            QStringList known;
            for (const auto *d : engine::allModules())
                known << QString::fromUtf8(d->name.data(), qsizetype(d->name.size()));
            *error = QStringLiteral("unknown module '%1' (known modules: %2)").arg(m, known.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

}  // namespace kinsight::cli
