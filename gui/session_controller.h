// Turns a StreamSource's frames into what the pages draw: rates (computed by
// RateCalculator only), a bounded history, the visible time window and the
// pause state. Pausing freezes the view, not the data: samples keep arriving
// into the history and resuming shows them. New keys of keyed tables grow the
// catalog as frames bring them. Collector cost is asked of the source only
// while someone wants it (it costs ~20 ns per BPF program run).
#pragma once

#include "chart_catalog.h"
#include "cost_history.h"
#include "history.h"
#include "rates.h"
#include "stream_source.h"
#include "time_axis.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>

namespace kinsight::gui {

class SessionController : public QObject {
    Q_OBJECT
public:
    // The longest time window the view offers; the history keeps a little more.
    static constexpr double kMaxWindowSeconds = 60 * 60;

    explicit SessionController(QObject *parent = nullptr);

    // Follows `source` (not owned) from now on; `labels` says how to show its times.
    void follow(StreamSource *source, TimeLabeler::Mode labels);
    StreamSource *source() const { return source_; }

    const SessionInfo &session() const { return session_; }
    const ChartCatalog &catalog() const { return catalog_; }
    const History &history() const { return history_; }
    const TimeLabeler &labeler() const { return labeler_; }
    bool hasSession() const { return !catalog_.isEmpty(); }

    // The length of the interval that ended at a sample time; 0 when unknown.
    double intervalAt(double time) const;

    // Asks the source for collector cost (and every later source), or stops asking.
    void setCostReporting(bool enabled);
    bool isCostReporting() const { return costWanted_; }
    const CostHistory &cost() const { return cost_; }

    quint64 framesReceived() const { return framesReceived_; }
    quint64 droppedFrames() const { return droppedBefore_ + (rates_ ? rates_->droppedFramesTotal() : 0); }
    qsizetype sampleCount() const { return samples_; }

    double windowSeconds() const { return windowSeconds_; }
    void setWindowSeconds(double seconds);
    bool isPaused() const { return paused_; }
    void setPaused(bool paused);

    // The newest sample shown: the latest one, or the last before pausing.
    double viewEnd() const;
    // What the charts show: the window before viewEnd(), never reaching back
    // before the session's first sample (and at least kMinimumSpan wide).
    TimeRange visibleRange() const;
    static constexpr double kMinimumSpan = 10;

signals:
    void sessionChanged();  // a new catalog: pages must be rebuilt
    // Keys seen for the first time added dimensions or charts to the catalog.
    void catalogGrew(const kinsight::gui::CatalogChange &change);
    void viewChanged();     // redraw the visible range
    void statisticsChanged();
    void pausedChanged(bool paused);
    void windowChanged(double seconds);
    void stateChanged(kinsight::StreamSource::State state, const QString &message);

private:
    void onSessionStarted(const SessionInfo &session);
    void onFrame(const Frame &frame);

    QPointer<StreamSource> source_;
    TimeLabeler::Mode labelMode_ = TimeLabeler::Mode::SinceStart;
    SessionInfo session_;
    ChartCatalog catalog_;
    std::unique_ptr<RateCalculator> rates_;
    History history_;
    TimeLabeler labeler_;
    bool haveOrigin_ = false;
    double latest_ = 0;
    double frozenEnd_ = 0;
    double windowSeconds_ = 5 * 60;
    bool paused_ = false;
    quint64 framesReceived_ = 0;
    quint64 droppedBefore_ = 0;  // from sessions before a reconnect
    qsizetype samples_ = 0;
    std::deque<std::pair<double, double>> intervals_;  // sample time -> interval, oldest first
    CostHistory cost_;
    bool costWanted_ = false;
    QTimer refresh_;  // coalesces a burst of frames (a fast replay) into one redraw
};

}  // namespace kinsight::gui
