#include "capabilities_source.h"

#include "engine.h"
#include "helper_client.h"
#include "kernel_features.h"

#include <QDBusPendingReply>

namespace kinsight::cli {

Capabilities probeHere(bool returnMode)
{
    auto &kf = engine::KernelFeatures::instance();
    Capabilities c{QString::fromStdString(engine::KernelFeatures::kernelRelease()), kf.hasVmlinuxBtf(),
                   QString::fromStdString(kf.btfError()), {}};
    if (!c.btf)
        return c;
    std::vector<std::string> modules;
    for (const auto *m : engine::allModules())
        modules.emplace_back(m->name);
    for (const auto &[module, families] :
         engine::probeCapabilities(modules, returnMode ? engine::LoadMode::Return : engine::LoadMode::Entry))
        for (const auto &[family, probe] : families)
            c.modules[QString::fromStdString(module)][QString::fromUtf8(engine::toString(family).data())] =
                AttachResult{probe.ok, QString::fromStdString(probe.reason)};
    return c;
}

std::optional<Capabilities> askHelper(const QString &loadMode, QString *error)
{
    HelperClient client;
    QDBusPendingReply<QString, bool, QString, AttachMatrix> reply = client.capabilities(loadMode);
    reply.waitForFinished();
    if (reply.isError()) {
        *error = HelperClient::explain(reply.error());
        return std::nullopt;
    }
    return Capabilities{reply.argumentAt<0>(), reply.argumentAt<1>(), reply.argumentAt<2>(), reply.argumentAt<3>()};
}

}  // namespace kinsight::cli
