#include "apps_controller.h"

#include "rules_store.h"
#include "session_controller.h"

using namespace Qt::StringLiterals;

namespace kinsight::apps::ui {

AppsController::AppsController(gui::SessionController *session, QObject *parent) : AppsController(parent)
{
    controller_ = session;
    if (!session)
        return;
    connect(session, &gui::SessionController::sessionChanged, this, [this] {
        follow(controller_->source());
        if (controller_->hasSession())
            setSession(controller_->session());
    });
    follow(session->source());
    if (session->hasSession())
        setSession(session->session());
}

AppsController::AppsController(QObject *parent) : QObject(parent)
{
    rulesText_ = RulesStore::load();
    rules_ = AppRules::parse(rulesText_);
}

void AppsController::follow(StreamSource *source)
{
    if (source_ == source)
        return;
    if (source_)
        disconnect(source_, nullptr, this, nullptr);
    source_ = source;
    if (!source)
        return;
    connect(source, &StreamSource::sessionStarted, this, &AppsController::setSession);
    connect(source, &StreamSource::frameReceived, this, &AppsController::addFrame);
}

std::optional<gui::TimeLabeler> AppsController::timeLabeler() const
{
    if (!controller_ || !controller_->hasSession())
        return std::nullopt;
    return controller_->labeler();
}

bool AppsController::isPerProcess() const
{
    return session_.pidMode == u"all"_s || session_.pidMode == u"tracked"_s || session_.pidMode == u"cgroup"_s;
}

bool AppsController::hasCgroups() const
{
    for (const ModuleInfo &m : session_.modules)
        for (const KeyedTableInfo &t : m.tables)
            if (t.name == u"cgroup"_s)
                return true;
    return false;
}

void AppsController::readCollectPid()
{
    collectPidOrigin_.clear();
    for (const SessionSetting &s : session_.settings) {
        if (s.name != u"collect pid"_s)
            continue;
        if (const std::optional<CollectPid> mode = parseCollectPid(s.value)) {
            collectPidOrigin_ = s.origin;
            if (!collectPidChosen_)
                collectPid_ = *mode;
        }
    }
}

void AppsController::restart()
{
    aggregator_ = std::make_unique<AppsAggregator>(session_, rules_);
    aggregator_->setCollectPid({}, collectPid_);
    latest_.reset();
    lastFrame_.reset();
    recent_.clear();
    activity_.clear();
}

void AppsController::setSession(const SessionInfo &session)
{
    session_ = session;
    readCollectPid();
    restart();
    emit sessionChanged();
    emit snapshotChanged();
}

void AppsController::addFrame(const Frame &frame)
{
    if (!aggregator_)
        return;
    latest_ = aggregator_->push(frame);
    activity_.add(*latest_);
    recent_.push_back(latest_);
    while (recent_.size() > size_t(kRecent))
        recent_.pop_front();
    lastFrame_ = frame;
    emit snapshotChanged();
}

void AppsController::setRulesText(const QString &text)
{
    rulesText_ = text;
    rules_ = AppRules::parse(text);
    if (aggregator_) {
        aggregator_->setRules(rules_);
        regroupNow();
    }
    emit rulesChanged();
}

void AppsController::regroupNow()
{
    if (!lastFrame_ || !latest_)
        return;
    // The aggregator regroups at its next frame; a recording that ended has
    // none, so the last frame goes again without its final records (already
    // counted). It carries no new interval: rates of rows that kept their
    // name are carried over, others read 0 until the next frame.
    Frame again = *lastFrame_;
    for (ModuleFrame &m : again.modules)
        m.exited.clear();
    const AppsSnapshotPtr before = latest_;
    auto now = std::make_shared<AppsSnapshot>(*aggregator_->push(again));
    now->interval = before->interval;
    QHash<QString, const Totals *> apps;
    for (const ApplicationRow &r : before->applications)
        apps.insert(r.name, &r.totals);
    for (ApplicationRow &r : now->applications)
        if (const Totals *t = apps.value(r.name))
            r.totals.perSecond = t->perSecond;
    for (qsizetype i = 0; i < now->cgroups.size() && i < before->cgroups.size(); ++i)
        if (now->cgroups[i].path == before->cgroups[i].path)
            now->cgroups[i].totals.perSecond = before->cgroups[i].totals.perSecond;
    for (qsizetype i = 0; i < now->processes.size() && i < before->processes.size(); ++i)
        if (now->processes[i].identity.tgid == before->processes[i].identity.tgid)
            now->processes[i].totals.perSecond = before->processes[i].totals.perSecond;
    latest_ = now;
    if (!recent_.empty())
        recent_.back() = now;
    emit snapshotChanged();
}

void AppsController::setCollectPid(CollectPid mode)
{
    collectPidChosen_ = true;
    if (mode == collectPid_)
        return;
    collectPid_ = mode;
    // Counts so far stay where they went; from now on they follow the new mode.
    if (aggregator_)
        aggregator_->setCollectPid({}, collectPid_);
    emit collectPidChanged();
}

}  // namespace kinsight::apps::ui
