// One sample of a session: the cumulative counters of every module at one
// moment (system-wide, per inspected tree, per process), and the stream codec:
// length-delimited CBOR messages (a 4-byte big-endian length, then the CBOR).
#pragma once

#include "session_info.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace kinsight {

struct ProcessCounters {
    quint32 tgid = 0;
    quint32 group = 0;  // inspected tree, 0 = none
    QList<quint64> counters;
};

// One key of a keyed table: its label and its cumulative values, and for tables
// whose keys are more than a name (connections), named text fields: addresses,
// ports, process, state... Empty for most tables.
struct KeyedCounters {
    QString label;
    QList<quint64> values;
    QMap<QString, QString> fields = {};
};

struct ModuleFrame {
    QString module;
    QList<quint64> global;               // system-wide, cumulative
    QMap<int, QList<quint64>> trees;     // inspected tree -> its totals, cumulative
    QList<ProcessCounters> processes;    // live processes with a row
    QList<ProcessCounters> exited;       // final counters of processes gone since the last frame
    quint64 pidTableFull = 0;
    quint64 exitsDropped = 0;
    QMap<QString, QList<KeyedCounters>> keyed;  // table -> its keys
};

// What measuring costs, sampled with the frame when the session asked for it:
// run counts and time of every BPF program (kernel BPF statistics, switched on
// only while some session wants them), kernel memory of every map, the
// helper's own CPU time and memory, and how full the process table is.
struct ProgramCost {
    QString module;
    QString program;
    quint64 runCount = 0;
    quint64 runTimeNs = 0;
};

struct MapCost {
    QString module;
    QString map;
    quint64 memlockBytes = 0;
    quint32 maxEntries = 0;
};

struct CollectorCost {
    bool statsEnabled = false;   // false: run counts and times are not being recorded
    QList<ProgramCost> programs;
    QList<MapCost> maps;
    quint64 helperCpuNs = 0;     // user + system CPU of the measuring process, cumulative
    quint64 helperRssBytes = 0;
    quint32 processRows = 0;     // rows in the per-process tables (largest module)
    quint32 pidTableSize = 0;
};

// Progress of an inspected tree.
struct TreeState {
    qint64 liveProcesses = 0;
    bool finished = false;        // no process left and every count folded in
    quint64 untrackedForks = 0;   // processes the bounded tracking table could not take
};

// Who a process is, for grouping processes into applications. Read from /proc
// by the helper while the process lives, or from its final record when it was
// gone before anyone looked (then only the name and sometimes the parent).
struct ProcessIdentity {
    quint32 tgid = 0;
    quint32 ppid = 0;          // real parent; 0 = unknown
    quint32 tracer = 0;        // ptrace parent while traced, else 0
    qint64 uid = -1;           // -1 = unknown
    QString comm;              // the kernel's task name (at most 15 characters)
    QString exe;               // executable path; empty when unknown
    QString cgroup;            // path in the session's cgroup hierarchy; empty when unknown
    quint64 startTicks = 0;    // start time after boot in clock ticks: tells reused PIDs apart

    bool operator==(const ProcessIdentity &) const = default;
};

struct Frame {
    quint64 sequence = 0;  // consecutive; a jump means frames were dropped
    quint64 monotonicNs = 0;
    QList<ModuleFrame> modules;
    QMap<int, TreeState> trees;
    std::optional<CollectorCost> cost = std::nullopt;
    // Every process with a row or a final record in this frame (per-process sessions).
    QList<ProcessIdentity> identities = {};

    const ModuleFrame *module(const QString &name) const;
};

namespace stream {

// Larger messages are refused by readers (a bounded stream, whatever the peer sends).
constexpr quint32 kMaxMessageBytes = 16u << 20;

QByteArray encodeHeader(const SessionInfo &session);
QByteArray encodeFrame(const Frame &frame);
QByteArray encodeEnd(const QString &reason);

// Splits a byte stream into messages. Feed it whatever arrived; take messages
// with next() until it returns None.
class MessageReader {
public:
    enum class Kind { None, Header, Frame, End, Error };

    void append(const QByteArray &bytes);
    Kind next();

    const SessionInfo &header() const { return header_; }
    const Frame &frame() const { return frame_; }
    const QString &text() const { return text_; }  // end reason or error

private:
    QByteArray buffer_;
    SessionInfo header_;
    Frame frame_;
    QString text_;
    bool failed_ = false;
};

}  // namespace stream
}  // namespace kinsight
