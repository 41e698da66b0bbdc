// A small session description shared by the core tests.
#pragma once

#include "session_info.h"

using namespace Qt::StringLiterals;

inline kinsight::SessionInfo testSession()
{
    using namespace kinsight;
    ModuleInfo vfs;
    vfs.name = u"vfs"_s;
    vfs.loaded = true;
    vfs.counters = {{u"vfs_read_call"_s, u"calls"_s, {}, false},
                    {u"vfs_read_bytes"_s, u"bytes"_s, {}, false},
                    {u"vfs_create"_s, u"calls"_s, {}, false},
                    {u"task_exit"_s, u"calls"_s, {}, false},
                    {u"task_close"_s, u"calls"_s, {}, false}};
    vfs.charts = {
        {u"filesystem.vfs_io"_s, u"Calls to IO"_s, u"calls/s"_s, u"Filesystem"_s, u"VFS"_s,
         {{u"read"_s, u"read"_s, {{0, 1}}, false}}, false},
        {u"filesystem.vfs_io_bytes"_s, u"Bytes"_s, u"bytes/s"_s, u"Filesystem"_s, u"VFS"_s,
         {{u"read"_s, u"read"_s, {{1, 1}}, false}}, false},
        {u"filesystem.vfs_create"_s, u"Create"_s, u"calls/s"_s, u"Filesystem"_s, u"VFS"_s,
         {{u"create"_s, u"create"_s, {{2, 1}}, false}}, false},
        {u"system.process_status"_s, u"Status"_s, u"tasks"_s, u"eBPF"_s, u"Process"_s,
         {{u"zombie"_s, u"zombie"_s, {{3, 1}, {4, -1}}, true}}, false},
        // read calls per exit, as a stand-in for a hit ratio
        {u"test.ratio"_s, u"Ratio"_s, u"%"_s, u"eBPF"_s, u"Process"_s,
         {{u"ratio"_s, u"ratio"_s, {{0, 1}}, false, {{3, 1}}}}, false},
    };
    vfs.appMetrics = {{u"vfs_read_call"_s, u"vfs"_s, u"calls"_s, {0}, false},
                      {u"vfs_read_bytes"_s, u"vfs"_s, u"bytes"_s, {1}, false},
                      {u"vfs_create"_s, u"vfs"_s, u"calls"_s, {2}, false}};
    vfs.unavailable.insert(2, u"needs trampoline or probe mode"_s);
    vfs.tables = {{u"irq"_s,
                   {{u"runs"_s, u"calls"_s, {}, false}, {u"time"_s, u"ns"_s, {}, false}},
                   {{false, u"system.hardirq_latency"_s, u"IRQ"_s, u"milliseconds"_s, u"System Overview"_s, u"Interrupts"_s, 1, 1e-6},
                    {true, u"disk_latency_io.{key}"_s, u"Per key"_s, u"calls/s"_s, u"Disks"_s, u"Latency"_s, 0, 1.0}}}};
    vfs.hooks = {{u"read"_s, u"tp_btf sys_exit (read)"_s, u"tracepoint"_s, {}, {{u"fexit vfs_read"_s, u"EPERM"_s}}}};
    SessionInfo s;
    s.kernelRelease = u"6.18.0-test"_s;
    s.loadMode = u"entry"_s;
    s.attachPolicy = u"auto"_s;
    s.intervalSeconds = 1;
    s.pidTableSize = 32768;
    s.pidMode = u"tracked"_s;
    s.modules = {vfs};
    return s;
}

inline kinsight::Frame testFrame(quint64 seq, double seconds, QList<quint64> global, QList<quint64> tree = {})
{
    kinsight::ModuleFrame m;
    m.module = u"vfs"_s;
    m.global = global;
    if (!tree.isEmpty())
        m.trees.insert(1, tree);
    return kinsight::Frame{seq, quint64(seconds * 1e9), {m}, {}};
}
