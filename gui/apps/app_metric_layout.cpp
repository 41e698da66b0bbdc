#include "app_metric_layout.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kinsight::apps::ui {

namespace {

// The collector that gives each seed group, for the reason shown when it is not running.
const QHash<QString, QString> &groupModules()
{
    static const QHash<QString, QString> modules{
        {u"mem"_s, u"oomkill"_s},         {u"process"_s, u"process"_s},
        {u"swap"_s, u"swap"_s},           {u"network"_s, u"socket"_s},
        {u"file access"_s, u"fd"_s},      {u"vfs"_s, u"vfs"_s},
        {u"page cache"_s, u"cachestat"_s}, {u"directory cache"_s, u"dcstat"_s},
        {u"ipc shm"_s, u"shm"_s}};
    return modules;
}

int columnOf(const QList<MetricColumn> &columns, const QString &name)
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return int(i);
    return -1;
}

// A ratio per application follows from two sums (the helper sends no ratio per
// application): the same formulas as the system-wide charts.
std::optional<LayoutMetric> ratioMetric(const QString &name)
{
    if (name == u"cachestat_ratio")
        return LayoutMetric{name, u"%"_s, -1, {u"cachestat_hits"_s}, {u"cachestat_hits"_s, u"cachestat_misses"_s}, {}};
    if (name == u"dc_hit_ratio")
        return LayoutMetric{name, u"%"_s, -1, {u"dc_reference"_s, u"-dc_not_found"_s}, {u"dc_reference"_s}, {}};
    return std::nullopt;
}

QString stripSign(const QString &term)
{
    return term.startsWith(u'-') ? term.mid(1) : term;
}

}  // namespace

const QList<std::pair<QString, QStringList>> &AppMetricLayout::seedGroups()
{
    static const QList<std::pair<QString, QStringList>> groups{
        {u"mem"_s, {u"oomkills"_s}},
        {u"process"_s, {u"process_create"_s, u"thread_create"_s, u"task_exit"_s, u"task_close"_s, u"task_error"_s}},
        {u"swap"_s, {u"swap_read_call"_s, u"swap_write_call"_s}},
        {u"network"_s,
         {u"total_bandwidth_sent"_s, u"total_bandwidth_recv"_s, u"bandwidth_tcp_send"_s, u"bandwidth_tcp_recv"_s,
          u"bandwidth_tcp_retransmit"_s, u"bandwidth_udp_send"_s, u"bandwidth_udp_recv"_s}},
        {u"file access"_s, {u"file_open"_s, u"open_error"_s, u"file_closed"_s, u"file_error_closed"_s}},
        {u"vfs"_s,
         {u"file_deleted"_s, u"vfs_write_call"_s, u"vfs_write_error"_s, u"vfs_read_call"_s, u"vfs_write_bytes"_s,
          u"vfs_read_bytes"_s, u"vfs_read_error"_s, u"vfs_fsync"_s, u"vfs_fsync_error"_s, u"vfs_open"_s,
          u"vfs_open_error"_s, u"vfs_create"_s, u"vfs_create_error"_s}},
        {u"page cache"_s, {u"cachestat_ratio"_s, u"cachestat_dirties"_s, u"cachestat_hits"_s, u"cachestat_misses"_s}},
        {u"directory cache"_s, {u"dc_hit_ratio"_s, u"dc_reference"_s, u"dc_not_cache"_s, u"dc_not_found"_s}},
        {u"ipc shm"_s, {u"shmget_call"_s, u"shmat_call"_s, u"shmdt_call"_s, u"shmctl_call"_s}},
    };
    return groups;
}

const QList<TableMetric> &AppMetricLayout::tableMetrics()
{
    static const QList<TableMetric> metrics{
        {u"file_open"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Opens"), u"calls"_s, {u"file_open"_s}},
        {u"vfs_bytes"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "VFS bytes"), u"bytes"_s, {u"vfs_read_bytes"_s, u"vfs_write_bytes"_s}},
        {u"network_bytes"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Network bytes"), u"bytes"_s, {u"total_bandwidth_sent"_s, u"total_bandwidth_recv"_s}},
        {u"process_create"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Forks"), u"calls"_s, {u"process_create"_s}},
        {u"cachestat_misses"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Page-cache misses"), u"pages"_s, {u"cachestat_misses"_s}},
        {u"oomkills"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "OOM kills"), u"kills"_s, {u"oomkills"_s}},
    };
    return metrics;
}

QString AppMetricLayout::title(const TableMetric &metric)
{
    return QCoreApplication::translate("AppMetricLayout", metric.title);
}

QString AppMetricLayout::description(const QString &metric)
{
    // The seed's words for each chart ("Integration Dashboard Elements").
    static const QHash<QString, const char *> descriptions{
        {u"oomkills"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Processes killed due to out of memory")},
        {u"process_create"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Processes created with do_fork")},
        {u"thread_create"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Threads created with do_fork or clone(2)")},
        {u"task_exit"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to do_exit")},
        {u"task_close"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to release_task")},
        {u"task_error"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Errors creating a thread or process")},
        {u"swap_read_call"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to swap_readpage")},
        {u"swap_write_call"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to swap_writepage")},
        {u"total_bandwidth_sent"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Bytes sent")},
        {u"total_bandwidth_recv"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Bytes received")},
        {u"bandwidth_tcp_send"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to tcp_sendmsg")},
        {u"bandwidth_tcp_recv"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to tcp_cleanup_rbuf")},
        {u"bandwidth_tcp_retransmit"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to tcp_retransmit_skb")},
        {u"bandwidth_udp_send"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to udp_sendmsg")},
        {u"bandwidth_udp_recv"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to udp_recvmsg")},
        {u"file_open"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to open files")},
        {u"open_error"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to open files that returned errors")},
        {u"file_closed"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Files closed")},
        {u"file_error_closed"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to close files that returned errors")},
        {u"file_deleted"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to vfs_unlink")},
        {u"vfs_write_call"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to vfs_write")},
        {u"vfs_write_error"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to write a file that returned errors")},
        {u"vfs_read_call"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to vfs_read")},
        {u"vfs_write_bytes"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Bytes written with vfs_write")},
        {u"vfs_read_bytes"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Bytes read with vfs_read")},
        {u"vfs_read_error"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to read a file that returned errors")},
        {u"vfs_fsync"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to vfs_fsync")},
        {u"vfs_fsync_error"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to sync a file that returned errors")},
        {u"vfs_open"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to vfs_open")},
        {u"vfs_open_error"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to vfs_open that returned errors")},
        {u"vfs_create"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to vfs_create")},
        {u"vfs_create_error"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to vfs_create that returned errors")},
        {u"cachestat_ratio"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Ratio of pages accessed that were in the page cache")},
        {u"cachestat_dirties"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Modified (dirty) pages")},
        {u"cachestat_hits"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Accessed pages")},
        {u"cachestat_misses"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Pages brought from disk")},
        {u"dc_hit_ratio"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Ratio of files available in the directory cache")},
        {u"dc_reference"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Files accessed")},
        {u"dc_not_cache"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Files accessed that were not in the cache")},
        {u"dc_not_found"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Files not found")},
        {u"shmget_call"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to shmget")},
        {u"shmat_call"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to shmat")},
        {u"shmdt_call"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to shmdt")},
        {u"shmctl_call"_s, QT_TRANSLATE_NOOP("AppMetricLayout", "Calls to shmctl")}};
    const char *text = descriptions.value(metric);
    return text ? QCoreApplication::translate("AppMetricLayout", text) : metric;
}

QList<LayoutGroup> AppMetricLayout::dashboard(const QList<MetricColumn> &columns)
{
    QList<LayoutGroup> groups;
    QSet<QString> placed;
    auto missingReason = [&](const QString &group) {
        return tr("not collected in this session (the %1 collector is not running)").arg(groupModules().value(group));
    };
    for (const auto &[group, names] : seedGroups()) {
        LayoutGroup g{group, {}};
        for (const QString &name : names) {
            placed.insert(name);
            if (std::optional<LayoutMetric> r = ratioMetric(name)) {
                QStringList parts = r->denominator;
                for (const QString &term : r->numerator)
                    parts.append(stripSign(term));
                r->unavailable = unavailableReason(columns, parts);
                if (!r->unavailable.isEmpty() && columnOf(columns, parts.first()) < 0)
                    r->unavailable = missingReason(group);
                g.metrics.append(*r);
                continue;
            }
            const int c = columnOf(columns, name);
            if (c < 0) {
                g.metrics.append({name, {}, -1, {}, {}, missingReason(group)});
                continue;
            }
            g.metrics.append({name, columns[c].unit, c, {}, {}, columns[c].unavailable});
        }
        groups.append(g);
    }
    // What the session offers beyond the seed, in the session's own groups and order.
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const MetricColumn &column = columns[c];
        if (placed.contains(column.name))
            continue;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const LayoutGroup &g) { return g.name == column.group; });
        if (it == groups.end())
            it = groups.insert(groups.end(), LayoutGroup{column.group, {}});
        it->metrics.append({column.name, column.unit, int(c), {}, {}, column.unavailable});
    }
    return groups;
}

std::optional<double> AppMetricLayout::sum(const QList<MetricColumn> &columns, const QList<double> &values,
                                           const QStringList &metrics)
{
    double total = 0;
    for (const QString &term : metrics) {
        const int c = columnOf(columns, stripSign(term));
        if (c < 0 || c >= values.size() || !columns[c].unavailable.isEmpty())
            return std::nullopt;
        total += term.startsWith(u'-') ? -values[c] : values[c];
    }
    return total;
}

std::optional<double> AppMetricLayout::ratio(const QList<MetricColumn> &columns, const QList<double> &values,
                                             const LayoutMetric &metric)
{
    const std::optional<double> top = sum(columns, values, metric.numerator);
    const std::optional<double> bottom = sum(columns, values, metric.denominator);
    if (!top || !bottom || *bottom <= 0)
        return std::nullopt;
    return 100.0 * *top / *bottom;
}

QString AppMetricLayout::unavailableReason(const QList<MetricColumn> &columns, const QStringList &metrics)
{
    for (const QString &term : metrics) {
        const QString name = stripSign(term);
        const int c = columnOf(columns, name);
        if (c < 0)
            return tr("%1 is not collected in this session").arg(name);
        if (!columns[c].unavailable.isEmpty())
            return columns[c].unavailable;
    }
    return {};
}

}  // namespace kinsight::apps::ui
