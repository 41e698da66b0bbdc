// What a session measures, sent once at the start of every stream: the modules
// with their counters, charts and per-application metrics, and how each was
// attached on this kernel (or why not). Clients need nothing else to draw or
// export a stream, so a new collector in the helper needs no client change.
#pragma once

#include <QCborMap>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kinsight {

struct CounterInfo {
    QString name;
    QString unit;
    QString description;
    bool errorCounter = false;
};

struct DimensionInfo {
    QString id;
    QString label;
    QList<std::pair<int, int>> terms;  // (counter index, coefficient)
    bool gauge = false;                // the sum itself, not its rate
    QList<std::pair<int, int>> denominator = {};  // non-empty: 100 * Δterms / Δdenominator
    bool isRatio() const { return !denominator.isEmpty(); }
};

struct ChartInfo {
    QString id;
    QString title;
    QString units;
    QString section;
    QString family;
    QList<DimensionInfo> dimensions;
    bool returnModeOnly = false;
    double scale = 1.0;  // multiplier of the values drawn
};

struct AppMetricInfo {
    QString name;
    QString group;
    QString unit;
    QList<int> counters;
    bool errorMetric = false;
};

// A chart over a keyed table: one dimension per key, or one chart per key whose
// id contains "{key}" (replaced by the key's label).
struct KeyedChartInfo {
    bool chartPerKey = false;
    QString id;
    QString title;
    QString units;
    QString section;
    QString family;
    int value = 0;       // dimension per key: the value charted
    double scale = 1.0;  // multiplier of the charted values

    QString chartId(const QString &key) const { return QString(id).replace(QLatin1String("{key}"), key); }
    // True for this chart's id (dimension per key) or one of its per-key ids.
    bool matches(const QString &chartIdSeen) const
    {
        if (!chartPerKey)
            return chartIdSeen == id;
        const qsizetype at = id.indexOf(QLatin1String("{key}"));
        return at >= 0 && chartIdSeen.size() > id.size() - 5 && chartIdSeen.startsWith(id.left(at))
               && chartIdSeen.endsWith(id.mid(at + 5));
    }
};

struct KeyedTableInfo {
    QString name;
    QList<CounterInfo> values;
    QList<KeyedChartInfo> charts;
};

struct Rejection {
    QString candidate;
    QString reason;
};

struct HookAttachInfo {
    QString hook;
    QString chosen;  // empty: not attached
    QString family;  // trampoline / tracepoint / probe
    QString note;
    QList<Rejection> rejected;
};

struct ModuleInfo {
    QString name;
    QString description;
    QList<CounterInfo> counters;
    QList<ChartInfo> charts;
    QList<AppMetricInfo> appMetrics;
    bool loaded = false;
    QString error;
    QList<HookAttachInfo> hooks;
    QMap<int, QString> unavailable;  // counter index -> reason
    QList<KeyedTableInfo> tables;

    // Why a chart dimension or metric cannot be measured; empty when it can.
    QString unavailableReason(const QList<int> &counters) const;
    QString unavailableReason(const DimensionInfo &dimension) const;
};

// One setting a live session runs with and where its value comes from:
// "client" (a StartSession argument), a settings file and line, or a default.
// After a settings change the helper restarts a session in place and sends a
// new header, so the list always describes the frames that follow it.
struct SessionSetting {
    QString name;   // the settings key: "ebpf load mode", "ebpf programs", "sync [syscalls]", ...
    QString value;
    QString origin;
};

struct SessionInfo {
    QString kernelRelease;
    QString loadMode;      // entry / return
    QString attachPolicy;  // auto / trampoline / tracepoint / probe / tp_btf / raw_tp / classic
    double intervalSeconds = 1.0;
    quint32 pidTableSize = 0;
    QString pidMode;  // none / all / tracked
    QList<ModuleInfo> modules;
    QList<SessionSetting> settings;  // empty for streams that do not say (recordings from before)
    QStringList settingsNotes;       // settings that could not apply as written, and why

    const ModuleInfo *module(const QString &name) const;
    QCborMap toCbor() const;
    static SessionInfo fromCbor(const QCborMap &map);
};

}  // namespace kinsight
