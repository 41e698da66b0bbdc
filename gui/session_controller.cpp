#include "session_controller.h"

#include <QDateTime>

namespace kinsight::gui {

SessionController::SessionController(QObject *parent)
    : QObject(parent), history_(kMaxWindowSeconds + 60, 40000), cost_(kMaxWindowSeconds + 60)
{
    refresh_.setSingleShot(true);
    refresh_.setInterval(50);
    connect(&refresh_, &QTimer::timeout, this, [this] {
        if (!paused_)
            emit viewChanged();
    });
}

void SessionController::follow(StreamSource *source, TimeLabeler::Mode labels)
{
    if (source_)
        disconnect(source_, nullptr, this, nullptr);
    source_ = source;
    labelMode_ = labels;
    // A different source is a different clock and set of charts: start afresh.
    session_ = {};
    catalog_ = {};
    rates_.reset();
    history_.clear();
    haveOrigin_ = false;
    latest_ = frozenEnd_ = 0;
    framesReceived_ = droppedBefore_ = 0;
    samples_ = 0;
    intervals_.clear();
    cost_.clear();
    emit sessionChanged();
    emit statisticsChanged();
    if (!source)
        return;
    if (costWanted_)
        source->setCostReporting(true);
    connect(source, &StreamSource::sessionStarted, this, &SessionController::onSessionStarted);
    connect(source, &StreamSource::frameReceived, this, &SessionController::onFrame);
    connect(source, &StreamSource::stateChanged, this, &SessionController::stateChanged);
}

void SessionController::onSessionStarted(const SessionInfo &session)
{
    ChartCatalog catalog(session);
    // A reconnect to the same helper gives the same charts on the same clock:
    // keep the history so the charts go on where they stopped.
    const bool keepHistory = hasSession() && catalog.sameShape(catalog_);
    if (rates_)
        droppedBefore_ += rates_->droppedFramesTotal();
    session_ = session;
    rates_ = std::make_unique<RateCalculator>(session);
    if (!keepHistory) {
        catalog_ = catalog;
        history_.clear();
        intervals_.clear();
        cost_.clear();
        haveOrigin_ = false;
        latest_ = frozenEnd_ = 0;
        samples_ = 0;
        emit sessionChanged();
    } else {
        // The pages already show the keys seen before the reconnect: keep them.
        catalog.adoptKeys(catalog_);
        catalog_ = catalog;
    }
    emit statisticsChanged();
}

void SessionController::onFrame(const Frame &frame)
{
    if (!rates_)
        return;  // a frame before any header belongs to no session
    ++framesReceived_;
    const double time = double(frame.monotonicNs) / 1e9;
    if (!haveOrigin_) {
        haveOrigin_ = true;
        labeler_ = TimeLabeler(labelMode_, time, QDateTime::currentMSecsSinceEpoch());
        latest_ = time;
    }
    // The pages get a new key's chart before the rates that fill it.
    if (const CatalogChange change = catalog_.absorb(frame); !change.isEmpty())
        emit catalogGrew(change);
    const std::optional<RateFrame> rates = rates_->push(frame);
    cost_.addFrame(frame.cost, rates ? rates->cost : std::nullopt, rates ? rates->time : time);
    if (rates) {
        history_.append(*rates);
        intervals_.emplace_back(rates->time, rates->interval);
        while (intervals_.size() > 1 && intervals_.front().first < rates->time - kMaxWindowSeconds - 60)
            intervals_.pop_front();
        latest_ = std::max(latest_, rates->time);
        ++samples_;
        if (!paused_ && !refresh_.isActive())
            refresh_.start();
    }
    emit statisticsChanged();
}

double SessionController::intervalAt(double time) const
{
    auto it = std::lower_bound(intervals_.cbegin(), intervals_.cend(), time,
                               [](const std::pair<double, double> &p, double t) { return p.first < t; });
    return it != intervals_.cend() && it->first == time ? it->second : 0.0;
}

void SessionController::setCostReporting(bool enabled)
{
    if (enabled == costWanted_)
        return;
    costWanted_ = enabled;
    if (source_)
        source_->setCostReporting(enabled);
}

void SessionController::setWindowSeconds(double seconds)
{
    seconds = std::clamp(seconds, 10.0, kMaxWindowSeconds);
    if (seconds == windowSeconds_)
        return;
    windowSeconds_ = seconds;
    emit windowChanged(seconds);
    emit viewChanged();  // also while paused: the frozen moment seen through another window
}

void SessionController::setPaused(bool paused)
{
    if (paused == paused_)
        return;
    paused_ = paused;
    frozenEnd_ = latest_;
    refresh_.stop();
    emit pausedChanged(paused);
    if (!paused)
        emit viewChanged();
}

double SessionController::viewEnd() const
{
    return paused_ ? frozenEnd_ : latest_;
}

TimeRange SessionController::visibleRange() const
{
    TimeRange range;
    range.lastSample = viewEnd();
    range.start = range.lastSample - windowSeconds_;
    if (haveOrigin_)
        range.start = std::max(range.start, labeler_.origin());
    range.end = std::max(range.lastSample, range.start + std::min(kMinimumSpan, windowSeconds_));
    return range;
}

}  // namespace kinsight::gui
