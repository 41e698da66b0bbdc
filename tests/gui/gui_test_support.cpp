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

Recording loadFixture()
{
    Recording recording;
    QFile file(fixturePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", qPrintable(fixturePath()));
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

void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"kinsight-tests"_s);
    QCoreApplication::setApplicationName(u"kinsight-gui-tests"_s);
    QSettings().clear();
}

}  // namespace kinsight::guitest
