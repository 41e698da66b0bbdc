// kinsight-cli capabilities: which attach families work here, module by module.
#include "commands.h"
#include "source_options.h"

#include "engine.h"
#include "kernel_features.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace kinsight::cli {

int runCapabilities(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Loads and attaches every module in each attach family (trampoline, tracepoint, probe) and reports what "
        "works on this kernel and why the rest does not."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("direct"), QStringLiteral("Probe in this process (root) instead of kinsight-helper.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({QStringLiteral("load-mode"), QStringLiteral("entry or return."), QStringLiteral("mode"),
                      QStringLiteral("entry")});
    if (!parser.parse(QStringList{QStringLiteral("kinsight-cli capabilities")} + args)) {
        err << "kinsight-cli capabilities: " << parser.errorText() << "\n";
        return kOwnError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.isSet(QStringLiteral("direct"))) {
        err << "kinsight-cli capabilities: the path through kinsight-helper is not available in this build; use --direct as root\n";
        return kOwnError;
    }
    if (geteuid() != 0) {
        err << "kinsight-cli capabilities: --direct loads BPF programs and needs root (run with sudo)\n";
        return kOwnError;
    }
    auto &kf = engine::KernelFeatures::instance();
    std::vector<std::string> modules;
    for (const auto *m : engine::allModules())
        modules.emplace_back(m->name);
    const auto mode = parser.value(QStringLiteral("load-mode")) == QLatin1String("return") ? engine::LoadMode::Return
                                                                                           : engine::LoadMode::Entry;
    const auto probes = kf.hasVmlinuxBtf() ? engine::probeCapabilities(modules, mode)
                                           : std::map<std::string, std::map<engine::Family, engine::FamilyProbe>>{};
    QJsonObject modulesJson;
    for (const auto &[module, families] : probes) {
        QJsonObject f;
        for (const auto &[family, probe] : families)
            f.insert(QString::fromUtf8(engine::toString(family).data()),
                     QJsonObject{{QStringLiteral("ok"), probe.ok}, {QStringLiteral("reason"), QString::fromStdString(probe.reason)}});
        modulesJson.insert(QString::fromStdString(module), f);
    }
    const QString kernel = QString::fromStdString(engine::KernelFeatures::kernelRelease());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject doc{{QStringLiteral("kernel"), kernel}, {QStringLiteral("btf"), kf.hasVmlinuxBtf()},
                        {QStringLiteral("modules"), modulesJson}};
        if (!kf.hasVmlinuxBtf())
            doc.insert(QStringLiteral("btf_error"), QString::fromStdString(kf.btfError()));
        out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "kernel " << kernel << ", BTF " << (kf.hasVmlinuxBtf() ? "present" : "missing") << "\n";
    if (!kf.hasVmlinuxBtf())
        out << "  " << QString::fromStdString(kf.btfError()) << "\n";
    for (auto it = modulesJson.begin(); it != modulesJson.end(); ++it) {
        out << "\n" << it.key() << "\n";
        const QJsonObject f = it.value().toObject();
        for (const char *family : {"trampoline", "tracepoint", "probe"}) {
            const QJsonObject p = f.value(QLatin1String(family)).toObject();
            out << "  " << qSetFieldWidth(11) << Qt::left << QLatin1String(family) << qSetFieldWidth(0)
                << (p.value(QStringLiteral("ok")).toBool() ? "ok  " : "NO  ") << p.value(QStringLiteral("reason")).toString()
                << "\n";
        }
    }
    return 0;
}

}  // namespace kinsight::cli
