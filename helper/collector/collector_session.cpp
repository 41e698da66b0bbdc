#include "collector_session.h"

#include "engine_bridge.h"

namespace kinsight {

std::unique_ptr<CollectorSession> CollectorSession::start(const CollectorOptions &options, QString *error)
{
    if (!(options.intervalSeconds >= CollectorOptions::kMinInterval
          && options.intervalSeconds <= CollectorOptions::kMaxInterval)) {
        *error = QStringLiteral("the interval must be between %1 and %2 seconds (got %3)")
                     .arg(CollectorOptions::kMinInterval)
                     .arg(CollectorOptions::kMaxInterval)
                     .arg(options.intervalSeconds);
        return nullptr;
    }
    engine::EngineOptions engineOptions = options.engine;
    if (options.treeRoot)
        engineOptions.pidMode = KS_PID_TRACKED;

    std::unique_ptr<CollectorSession> session(new CollectorSession);
    std::string engineError;
    session->engine_ = engine::Engine::start(engineOptions, engineError);
    if (!session->engine_) {
        *error = QString::fromStdString(engineError);
        return nullptr;
    }
    if (options.treeRoot) {
        auto group = session->engine_->trackTree(*options.treeRoot, options.treeFromExec, engineError);
        if (!group) {
            *error = QString::fromStdString(engineError);
            return nullptr;
        }
        session->treeGroup_ = *group;
    }
    session->info_ = describeSession(*session->engine_, options.intervalSeconds);
    session->timer_.setTimerType(Qt::PreciseTimer);
    session->timer_.setInterval(int(options.intervalSeconds * 1000));
    connect(&session->timer_, &QTimer::timeout, session.get(), [s = session.get()] { emit s->frameReady(s->sample()); });
    return session;
}

CollectorSession::~CollectorSession() = default;

Frame CollectorSession::sample()
{
    Frame frame = toFrame(engine_->read(), ++sequence_);
    if (treeGroup_) {
        const int g = *treeGroup_;
        frame.trees.insert(g, TreeState{engine_->liveProcesses(g), engine_->treeFinished(g), engine_->untrackedForks(g)});
    }
    return frame;
}

void CollectorSession::startTimer()
{
    timer_.start();
}

void CollectorSession::stopTimer()
{
    timer_.stop();
}

}  // namespace kinsight
