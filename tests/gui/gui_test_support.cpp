#include "gui_test_support.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kinsight::guitest {

QString fixturePath()
{
    return QStringLiteral(KINSIGHT_GUI_FIXTURE);
}

QString allModulesFixturePath()
{
    return QStringLiteral(KINSIGHT_GUI_FIXTURE_ALL_MODULES);
}

Recording loadFixture()
{
    return loadFixture(fixturePath());
}

Recording loadFixture(const QString &path)
{
    Recording recording;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", qPrintable(path));
    stream::MessageReader reader;
    reader.append(file.readAll());
    for (auto kind = reader.next(); kind != stream::MessageReader::Kind::None; kind = reader.next()) {
        if (kind == stream::MessageReader::Kind::Header)
            recording.session = reader.header();
        else if (kind == stream::MessageReader::Kind::Frame)
            recording.frames.append(reader.frame());
        else
            break;
    }
    return recording;
}

SessionInfo syntheticSession()
{
    SessionInfo session;
    session.kernelRelease = u"6.1.0-test"_s;
    session.loadMode = u"return"_s;
    session.attachPolicy = u"auto"_s;
    session.intervalSeconds = 1;
    session.pidMode = u"none"_s;

    ModuleInfo demo;
    demo.name = u"demo"_s;
    demo.description = u"Synthetic module for GUI tests"_s;
    demo.loaded = true;
    demo.counters = {{u"reads"_s, u"calls"_s, {}, false},
                     {u"writes"_s, u"calls"_s, {}, false},
                     {u"read_bytes"_s, u"bytes"_s, {}, false},
                     {u"creates"_s, u"calls"_s, {}, false},
                     {u"started"_s, u"calls"_s, {}, false},
                     {u"exited"_s, u"calls"_s, {}, false}};
    demo.unavailable.insert(3, u"no tracepoint tells whether a file was created"_s);
    demo.charts = {
        ChartInfo{u"filesystem.demo_io"_s,
                  u"Demo calls"_s,
                  u"calls/s"_s,
                  u"Filesystem"_s,
                  u"VFS"_s,
                  {DimensionInfo{u"read"_s, u"read"_s, {{0, 1}}, false},
                   DimensionInfo{u"write"_s, u"write"_s, {{1, 1}}, false},
                   DimensionInfo{u"create"_s, u"create"_s, {{3, 1}}, false}},
                  false},
        ChartInfo{u"filesystem.demo_bytes"_s,
                  u"Demo bytes"_s,
                  u"bytes/s"_s,
                  u"Filesystem"_s,
                  u"VFS"_s,
                  {DimensionInfo{u"read"_s, u"read"_s, {{2, 1}}, false}},
                  false},
        ChartInfo{u"system.demo_status"_s,
                  u"Demo not closed"_s,
                  u"tasks"_s,
                  u"eBPF"_s,
                  u"Process"_s,
                  {DimensionInfo{u"open"_s, u"started - exited"_s, {{4, 1}, {5, -1}}, true}},
                  false},
    };
    demo.hooks = {HookAttachInfo{u"read"_s, u"tp_btf sys_exit (read)"_s, u"tracepoint"_s, u"syscalls only"_s,
                                 {Rejection{u"fexit vfs_read"_s, u"load failed: EPERM"_s},
                                  Rejection{u"kretprobe vfs_read"_s, u"no kprobes in this kernel"_s}}},
                  HookAttachInfo{u"create"_s, u"none"_s, u"tracepoint"_s, {},
                                 {Rejection{u"fexit vfs_create"_s, u"load failed: EPERM"_s}}}};
    session.modules = {demo};
    return session;
}

Frame syntheticFrame(quint64 sequence, double seconds, const QList<quint64> &counters)
{
    Frame frame;
    frame.sequence = sequence;
    frame.monotonicNs = quint64(seconds * 1e9);
    ModuleFrame module;
    module.module = u"demo"_s;
    module.global = counters;
    frame.modules = {module};
    return frame;
}

QList<Frame> syntheticFrames(int count, int first, double secondsOffset, qint64 sequenceOffset)
{
    QList<Frame> frames;
    for (int i = first; i < first + count; ++i) {
        const quint64 n = quint64(i);
        frames.append(syntheticFrame(quint64(1 + i + sequenceOffset), 100 + i + secondsOffset,
                                     {10 * n, 3 * n, 4096 * n * n, 0, 5 * n, 4 * n}));
    }
    return frames;
}

QStringList netdataBinNames()
{
    // As ebpf_fill_histogram_dimension() writes them: whole units, truncated.
    auto bound = [](quint64 us) -> QString {
        if (us >= 1000000)
            return QString::number(us / 1000000) + u"s"_s;
        if (us >= 1000)
            return QString::number(us / 1000) + u"ms"_s;
        return QString::number(us) + u"us"_s;
    };
    QStringList names;
    for (int i = 0; i < 24; ++i)
        names.append(bound(i == 0 ? 0 : quint64(1) << (i - 1)) + u"->"_s
                     + (i == 23 ? u"+Inf"_s : bound(quint64(1) << i)));
    return names;
}

SessionInfo keyedSession()
{
    SessionInfo session;
    session.kernelRelease = u"6.1.0-test"_s;
    session.loadMode = u"entry"_s;
    session.attachPolicy = u"auto"_s;
    session.intervalSeconds = 1;
    session.pidMode = u"none"_s;

    QList<CounterInfo> bins;
    for (const QString &name : netdataBinNames())
        bins.append({name, u"calls"_s, {}, false});

    ModuleInfo irq;
    irq.name = u"irq"_s;
    irq.loaded = true;
    irq.tables = {{u"irq"_s,
                   {{u"runs"_s, u"calls"_s, {}, false}, {u"time"_s, u"ns"_s, {}, false}},
                   {{false, u"system.hardirq_latency"_s, u"Hardware IRQ latency"_s, u"milliseconds"_s,
                     u"System Overview"_s, u"Interrupts"_s, 1, 1e-6},
                    {false, u"system.hardirq_calls"_s, u"Hardware IRQ handler runs"_s, u"calls/s"_s,
                     u"System Overview"_s, u"Interrupts"_s, 0, 1.0}}}};
    ModuleInfo disk;
    disk.name = u"disk"_s;
    disk.loaded = true;
    disk.tables = {{u"disk"_s, bins,
                    {{true, u"disk_latency_io.{key}"_s, u"Disk latency of {key}"_s, u"calls/s"_s, u"Disk"_s,
                      u"{key}"_s, 0, 1.0}}}};
    ModuleInfo fs;
    fs.name = u"fs"_s;
    fs.loaded = true;
    fs.tables = {{u"ext4_read"_s, bins,
                  {{true, u"filesystem.{key}_read_latency"_s, u"Read latency"_s, u"calls/s"_s, u"Filesystem"_s,
                    u"Latency"_s, 0, 1.0}}}};
    ModuleInfo md;
    md.name = u"mdflush"_s;
    md.loaded = true;
    md.tables = {{u"md"_s,
                  {{u"flushes"_s, u"flushes"_s, {}, false}},
                  {{false, u"mdstat.mdstat_flush"_s, u"MD flushes"_s, u"flushes"_s, u"MD flush"_s, u"Flush"_s, 0,
                    1.0}}}};
    session.modules = {irq, disk, fs, md};
    return session;
}

Frame keyedFrame(quint64 sequence, double seconds, const QList<KeyRow> &rows)
{
    Frame frame;
    frame.sequence = sequence;
    frame.monotonicNs = quint64(seconds * 1e9);
    for (const QString &name : {u"irq"_s, u"disk"_s, u"fs"_s, u"mdflush"_s}) {
        ModuleFrame module;
        module.module = name;
        for (const KeyRow &row : rows)
            if (row.module == name)
                module.keyed[row.table].append(KeyedCounters{row.label, row.values});
        frame.modules.append(module);
    }
    return frame;
}

QList<Frame> keyedTestFrames(int count)
{
    QList<Frame> frames;
    for (int i = 0; i < count; ++i) {
        const quint64 n = quint64(i);
        QList<KeyRow> rows{{u"irq"_s, u"irq"_s, u"0_timer"_s, {100 * n, 5000 * n}},
                           {u"irq"_s, u"irq"_s, u"9_acpi"_s, {3 * n, 900 * n}}};
        if (i >= 3)
            rows.append({u"irq"_s, u"irq"_s, u"57_xhci"_s, {7 * (n - 3), 700 * (n - 3)}});
        QList<quint64> nvme(24, 0);
        nvme[5] = 50 * n;
        nvme[7] = 49 * n;
        nvme[12] = n;
        rows.append({u"disk"_s, u"disk"_s, u"nvme0n1"_s, nvme});
        if (i >= 4) {
            QList<quint64> sda(24, 0);
            sda[10] = 3 * (n - 4);
            rows.append({u"disk"_s, u"disk"_s, u"sda"_s, sda});
        }
        QList<quint64> ext4(24, 0);
        ext4[3] = 10 * n;
        rows.append({u"fs"_s, u"ext4_read"_s, u"ext4"_s, ext4});
        rows.append({u"mdflush"_s, u"md"_s, u"md0"_s, {2 * n}});
        frames.append(keyedFrame(1 + n, 200 + i, rows));
    }
    return frames;
}

CollectorCost costSample(bool statsEnabled, const QList<std::tuple<QString, QString, quint64, quint64>> &programs,
                         const QList<std::tuple<QString, QString, quint64>> &maps, quint64 helperCpuNs,
                         quint64 helperRssBytes, quint32 processRows, quint32 pidTableSize)
{
    CollectorCost cost;
    cost.statsEnabled = statsEnabled;
    for (const auto &[module, program, runs, ns] : programs)
        cost.programs.append(ProgramCost{module, program, runs, ns});
    for (const auto &[module, map, bytes] : maps)
        cost.maps.append(MapCost{module, map, bytes, 1024});
    cost.helperCpuNs = helperCpuNs;
    cost.helperRssBytes = helperRssBytes;
    cost.processRows = processRows;
    cost.pidTableSize = pidTableSize;
    return cost;
}

void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"kinsight-tests"_s);
    QCoreApplication::setApplicationName(u"kinsight-gui-tests"_s);
    QSettings().clear();
}

}  // namespace kinsight::guitest
