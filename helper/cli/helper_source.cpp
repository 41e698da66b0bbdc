// Without --direct: the session comes from kinsight-helper over the system bus.
#include "helper_client.h"
#include "measurement_source.h"

#include <QEventLoop>
#include <QTimer>

#include <deque>

namespace kinsight::cli {

namespace {

class HelperSource final : public MeasurementSource {
public:
    HelperSource()
    {
        client_.setAutoReconnect(false);
        QObject::connect(&client_, &StreamSource::frameReceived, [this](const Frame &f) {
            frames_.push_back(f);
            loop_.quit();
        });
        QObject::connect(&client_, &StreamSource::stateChanged, [this](StreamSource::State, const QString &) { loop_.quit(); });
    }

    bool start(const SourceRequest &r, QString *error) override
    {
        SessionRequest request;
        request.modules = r.modules;
        request.loadMode = r.loadMode;
        request.attach = r.attach;
        request.intervalSeconds = r.intervalSeconds;
        request.pidTableSize = r.pidTableSize;
        request.treePid = r.treeRoot.value_or(0);
        request.treeFromExec = r.treeFromExec;
        request.perProcess = r.perProcess;
        request.cgroups = r.cgroups;
        request.inspectCgroup = r.inspectCgroup;
        request.inspectHierarchy = r.cgroupHierarchy;
        client_.start(request);
        while (client_.state() == StreamSource::State::Connecting)
            loop_.exec();
        if (client_.state() != StreamSource::State::Running) {
            *error = client_.stateMessage();
            return false;
        }
        return true;
    }

    const SessionInfo &session() const override { return client_.session(); }
    void setCostReporting(bool enabled) override { client_.setCostReporting(enabled); }

    std::optional<Frame> nextFrame(bool, QString *error) override
    {
        while (frames_.empty() && client_.state() == StreamSource::State::Running)
            loop_.exec();
        if (frames_.empty()) {
            *error = client_.stateMessage();
            return std::nullopt;
        }
        Frame f = std::move(frames_.front());
        frames_.pop_front();
        return f;
    }

private:
    HelperClient client_;
    QEventLoop loop_;
    std::deque<Frame> frames_;
};

}  // namespace

std::unique_ptr<MeasurementSource> makeHelperSource()
{
    return std::make_unique<HelperSource>();
}

}  // namespace kinsight::cli
