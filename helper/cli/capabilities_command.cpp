// kinsight-cli capabilities: which attach families work here, module by module.
#include "capabilities_source.h"
#include "commands.h"

#include <QCommandLineParser>
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
    const QString loadMode = parser.value(QStringLiteral("load-mode"));
    if (loadMode != QLatin1String("entry") && loadMode != QLatin1String("return")) {
        err << "kinsight-cli capabilities: --load-mode must be entry or return\n";
        return kOwnError;
    }
    std::optional<Capabilities> caps;
    if (parser.isSet(QStringLiteral("direct"))) {
        if (geteuid() != 0) {
            err << "kinsight-cli capabilities: --direct loads BPF programs and needs root (run with sudo, or drop "
                   "--direct to ask kinsight-helper)\n";
            return kOwnError;
        }
        caps = probeHere(loadMode == QLatin1String("return"));
    } else {
        QString error;
        caps = askHelper(loadMode, &error);
        if (!caps) {
            err << "kinsight-cli capabilities: " << error << "\n";
            return kOwnError;
        }
    }

    QJsonObject modulesJson;
    for (auto m = caps->modules.begin(); m != caps->modules.end(); ++m) {
        QJsonObject families;
        for (auto f = m.value().begin(); f != m.value().end(); ++f)
            families.insert(f.key(), QJsonObject{{QStringLiteral("ok"), f.value().ok}, {QStringLiteral("reason"), f.value().reason}});
        modulesJson.insert(m.key(), families);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject doc{{QStringLiteral("kernel"), caps->kernel}, {QStringLiteral("btf"), caps->btf},
                        {QStringLiteral("modules"), modulesJson}};
        if (!caps->btf)
            doc.insert(QStringLiteral("btf_error"), caps->btfError);
        out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "kernel " << caps->kernel << ", BTF " << (caps->btf ? "present" : "missing") << "\n";
    if (!caps->btf)
        out << "  " << caps->btfError << "\n";
    for (auto m = caps->modules.begin(); m != caps->modules.end(); ++m) {
        out << "\n" << m.key() << "\n";
        for (const char *familyName : {"trampoline", "tracepoint", "probe"}) {
            const QString family = QLatin1String(familyName);
            const AttachResult r = m.value().value(family);
            out << "  " << qSetFieldWidth(11) << Qt::left << family << qSetFieldWidth(0) << (r.ok ? "ok  " : "NO  ")
                << r.reason << "\n";
        }
    }
    return 0;
}

}  // namespace kinsight::cli
