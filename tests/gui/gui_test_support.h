// Shared by the GUI tests: the recorded fixture, synthetic sessions, and a
// StreamSource the test drives by hand.
#pragma once

#include "frame.h"
#include "session_info.h"
#include "stream_source.h"

#include <QList>

#include <tuple>

namespace kinsight::guitest {

struct Recording {
    SessionInfo session;
    QList<Frame> frames;
};

QString fixturePath();
Recording loadFixture();
// Recorded with every collector of the time (process, fd, vfs, sync, mount,
// shm, hardirq, softirq) and --cost, while make-like load ran.
QString allModulesFixturePath();
Recording loadFixture(const QString &path);

// A small session: module "demo" with a calls chart (one dimension unavailable),
// a bytes chart and a gauge chart, in sections "Filesystem" and "eBPF".
SessionInfo syntheticSession();
// Frames first … first+count-1 of the synthetic session; frame i comes at
// t = 100 + i (+ secondsOffset) with sequence 1 + i (+ sequenceOffset).
// Counters: reads 10*i, writes 3*i, read bytes 4096*i^2 (a growing rate),
// started 5*i and exited 4*i (the gauge started - exited = i).
QList<Frame> syntheticFrames(int count, int first = 0, double secondsOffset = 0, qint64 sequenceOffset = 0);
Frame syntheticFrame(quint64 sequence, double seconds, const QList<quint64> &counters);

// Netdata's 24 latency bins: "0us->1us", "1us->2us", …, "4s->+Inf".
QStringList netdataBinNames();

// A session of keyed tables only:
//  - module "irq", table "irq" (runs, time ns): charts system.hardirq_calls
//    (value 0) and system.hardirq_latency (value 1, ns as ms) with a dimension
//    per IRQ, in System Overview / Interrupts;
//  - module "disk", table "disk" (24 bins): disk_latency_io.{key}, a chart per
//    disk in section "Disk", family "{key}";
//  - module "fs", table "ext4_read" (24 bins): filesystem.{key}_read_latency,
//    a chart per file system in Filesystem / "Latency";
//  - module "mdflush", table "md" (flushes): mdstat.mdstat_flush in MD flush / Flush.
SessionInfo keyedSession();
struct KeyRow {
    QString module;
    QString table;
    QString label;
    QList<quint64> values;
};
// A frame of keyedSession() with the given cumulative rows.
Frame keyedFrame(quint64 sequence, double seconds, const QList<KeyRow> &rows);

// Frames 0 … count-1 of keyedSession(), frame i at t = 200 + i, sequence 1 + i:
//  - IRQs "0_timer" (runs 100 i, time 5,000 i ns) and "9_acpi" (3 i runs,
//    900 i ns) from the start, "57_xhci" (7 (i-3) runs, 700 (i-3) ns) from frame 3;
//  - disk "nvme0n1": per interval 50 events in bin 5 (16–32 µs), 49 in bin 7
//    (64–128 µs), 1 in bin 12 (2.05–4.1 ms); disk "sda" from frame 4: 3 events
//    per interval in bin 10;
//  - ext4 reads: 10 per interval in bin 3; md0: 2 flushes per interval.
QList<Frame> keyedTestFrames(int count);

// A cumulative cost sample: every program of `programs` (module/program ->
// runs, ns), maps (module/map -> bytes).
CollectorCost costSample(bool statsEnabled, const QList<std::tuple<QString, QString, quint64, quint64>> &programs,
                         const QList<std::tuple<QString, QString, quint64>> &maps, quint64 helperCpuNs,
                         quint64 helperRssBytes, quint32 processRows, quint32 pidTableSize);

// Isolated settings for a test process.
void useTestSettings();

class FakeSource : public StreamSource {
    Q_OBJECT
public:
    using StreamSource::StreamSource;

    void start(const SessionRequest &request) override
    {
        ++starts;
        lastRequest = request;
        setState(State::Connecting, QStringLiteral("Starting a session with kinsight-helper; you may be asked to authenticate."));
    }
    void stop() override
    {
        ++stops;
        setState(State::Ended, QStringLiteral("Stopped"));
    }

    void enterState(State state, const QString &message) { setState(state, message); }
    void deliver(const SessionInfo &session) { deliverSession(session); }
    void deliver(const Frame &frame) { emit frameReceived(frame); }
    void setCostReporting(bool enabled) override { costCalls.append(enabled); }

    QList<bool> costCalls;  // every setCostReporting(), in order
    int starts = 0;
    int stops = 0;
    SessionRequest lastRequest;
};

}  // namespace kinsight::guitest
