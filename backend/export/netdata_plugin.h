// Netdata's external plugin protocol (CHART / DIMENSION / BEGIN / SET / END),
// so that a Netdata agent can run Kinsight as its eBPF plugin. Chart ids and
// dimensions are Netdata's. Rates stay Netdata's job: counters are sent
// cumulative with the "incremental" algorithm, gauges and ratios "absolute";
// scales become divisors. Unavailable dimensions are not defined at all.
#pragma once

#include "frame.h"
#include "session_info.h"

#include <QSet>
#include <QString>

#include <optional>

namespace kinsight::exporting {

class NetdataPluginWriter {
public:
    NetdataPluginWriter(SessionInfo session, int updateEverySeconds);

    // The protocol text for one frame: chart definitions first (and again when a
    // keyed chart gains keys), then one BEGIN/SET/END block per chart with data.
    QString frame(const Frame &frame);

private:
    QString defineStaticCharts();
    QString chartLine(const QString &id, const QString &title, const QString &units, const QString &family,
                      const QString &context, const QString &module, int priority) const;

    SessionInfo session_;
    int updateEvery_;
    bool defined_ = false;
    QHash<QString, QSet<QString>> definedKeyedDimensions_;  // keyed chart id -> dimensions defined
    std::optional<Frame> previous_;
    int nextPriority_ = 2100;
};

// Netdata's integer multiplier/divisor for a scale factor (1e-6 -> 1/1000000).
std::pair<qint64, qint64> multiplierDivisor(double scale);

}  // namespace kinsight::exporting
