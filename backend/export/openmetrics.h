// OpenMetrics (Prometheus) text of a session's cumulative counters: one
// counter family per module counter (system-wide, per inspected tree, per
// cgroup), one per keyed-table value (labelled by key), histograms for
// latency tables whose values are log2 microsecond bins, per-application
// totals when the session counts per process, and an info family
// naming what cannot be measured here and why. Label values are bounded: at
// most `maxSeriesPerFamily` label sets per family, the rest summed as "other".
#pragma once

#include "apps_snapshot.h"
#include "frame.h"
#include "session_info.h"

#include <QString>

namespace kinsight::exporting {

struct OpenMetricsOptions {
    // OpenMetrics 1.0.0 (families without "_total", UNIT lines, "# EOF"), or the
    // Prometheus 0.0.4 text that older scrapers and `promtool check metrics` read.
    enum class Format { OpenMetrics, Prometheus };
    Format format = Format::OpenMetrics;
    int maxSeriesPerFamily = 200;
    QString prefix = QStringLiteral("kinsight");
};

// The whole exposition (OpenMetrics: ending with "# EOF"). With `apps` (a
// per-process session), also one family per per-application metric
// ("kinsight_app_file_open_total{app=\"make\"}"), the same bounded labels.
QString toOpenMetrics(const SessionInfo &session, const Frame &frame, const OpenMetricsOptions &options = {},
                      const apps::AppsSnapshot *apps = nullptr);

// "vfs_read_bytes" in unit "bytes" -> "kinsight_vfs_read_bytes_total"; names are sanitised.
// The HTTP Content-Type of each format.
QString contentType(OpenMetricsOptions::Format format);

QString metricName(const QString &prefix, const QString &module, const QString &counter, const QString &unit);

// Log2 microsecond bin names ("0us->1us", "1us->2us", ... "32s->+Inf") -> upper bounds in seconds.
std::optional<QList<double>> histogramBounds(const QList<CounterInfo> &values);

}  // namespace kinsight::exporting
