#include "frame.h"

#include <QCborArray>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace kinsight {

const ModuleFrame *Frame::module(const QString &name) const
{
    for (const ModuleFrame &m : modules)
        if (m.module == name)
            return &m;
    return nullptr;
}

namespace stream {
namespace {

QByteArray withLength(const QByteArray &cbor)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(cbor.size()), out.data());
    return out + cbor;
}

void writeCounters(QCborStreamWriter &w, const QList<quint64> &values)
{
    w.startArray(values.size());
    for (quint64 v : values)
        w.append(v);
    w.endArray();
}

void writeProcesses(QCborStreamWriter &w, const QList<ProcessCounters> &rows)
{
    w.startArray(rows.size());
    for (const ProcessCounters &row : rows) {
        w.startArray(2 + row.counters.size());
        w.append(quint64(row.tgid));
        w.append(quint64(row.group));
        for (quint64 v : row.counters)
            w.append(v);
        w.endArray();
    }
    w.endArray();
}

QList<quint64> readCounters(const QCborValue &value)
{
    QList<quint64> out;
    const QCborArray a = value.toArray();
    out.reserve(a.size());
    for (const QCborValue &v : a)
        out.append(quint64(v.toInteger()));
    return out;
}

QList<ProcessCounters> readProcesses(const QCborValue &value)
{
    QList<ProcessCounters> rows;
    for (const QCborValue &v : value.toArray()) {
        const QCborArray a = v.toArray();
        if (a.size() < 2)
            continue;
        ProcessCounters row{quint32(a.at(0).toInteger()), quint32(a.at(1).toInteger()), {}};
        for (qsizetype i = 2; i < a.size(); ++i)
            row.counters.append(quint64(a.at(i).toInteger()));
        rows.append(row);
    }
    return rows;
}

}  // namespace

QByteArray encodeHeader(const SessionInfo &session)
{
    QCborMap m{{u"type"_s, u"header"_s}, {u"session"_s, session.toCbor()}};
    return withLength(m.toCborValue().toCbor());
}

QByteArray encodeEnd(const QString &reason)
{
    QCborMap m{{u"type"_s, u"end"_s}, {u"reason"_s, reason}};
    return withLength(m.toCborValue().toCbor());
}

QByteArray encodeFrame(const Frame &frame)
{
    QByteArray cbor;
    QCborStreamWriter w(&cbor);
    w.startMap(5 + (frame.cost ? 1 : 0) + (frame.identities.isEmpty() ? 0 : 1));
    w.append("type"_L1);
    w.append("frame"_L1);
    w.append("seq"_L1);
    w.append(frame.sequence);
    w.append("t"_L1);
    w.append(frame.monotonicNs);
    w.append("modules"_L1);
    w.startArray(frame.modules.size());
    for (const ModuleFrame &m : frame.modules) {
        w.startMap(8);
        w.append("m"_L1);
        w.append(m.module);
        w.append("g"_L1);
        writeCounters(w, m.global);
        w.append("trees"_L1);
        w.startMap(m.trees.size());
        for (auto it = m.trees.begin(); it != m.trees.end(); ++it) {
            w.append(qint64(it.key()));
            writeCounters(w, it.value());
        }
        w.endMap();
        w.append("pids"_L1);
        writeProcesses(w, m.processes);
        w.append("exits"_L1);
        writeProcesses(w, m.exited);
        w.append("full"_L1);
        w.append(m.pidTableFull);
        w.append("dropped"_L1);
        w.append(m.exitsDropped);
        w.append("keyed"_L1);
        w.startMap(m.keyed.size());
        for (auto table = m.keyed.begin(); table != m.keyed.end(); ++table) {
            w.append(table.key());
            w.startArray(table.value().size());
            // [label, values..., {fields}]: the map comes last and only when there are fields.
            for (const KeyedCounters &row : table.value()) {
                w.startArray(1 + row.values.size() + (row.fields.isEmpty() ? 0 : 1));
                w.append(row.label);
                for (quint64 v : row.values)
                    w.append(v);
                if (!row.fields.isEmpty()) {
                    w.startMap(row.fields.size());
                    for (auto field = row.fields.begin(); field != row.fields.end(); ++field) {
                        w.append(field.key());
                        w.append(field.value());
                    }
                    w.endMap();
                }
                w.endArray();
            }
            w.endArray();
        }
        w.endMap();
        w.endMap();
    }
    w.endArray();
    w.append("trees"_L1);
    w.startMap(frame.trees.size());
    for (auto it = frame.trees.begin(); it != frame.trees.end(); ++it) {
        w.append(qint64(it.key()));
        w.startArray(3);
        w.append(it.value().liveProcesses);
        w.append(it.value().finished);
        w.append(it.value().untrackedForks);
        w.endArray();
    }
    w.endMap();
    if (!frame.identities.isEmpty()) {
        w.append("procs"_L1);
        w.startArray(frame.identities.size());
        for (const ProcessIdentity &p : frame.identities) {
            w.startArray(8);
            w.append(quint64(p.tgid));
            w.append(quint64(p.ppid));
            w.append(quint64(p.tracer));
            w.append(p.uid);
            w.append(p.comm);
            w.append(p.exe);
            w.append(p.cgroup);
            w.append(p.startTicks);
            w.endArray();
        }
        w.endArray();
    }
    if (const auto &c = frame.cost) {
        w.append("cost"_L1);
        w.startMap(7);
        w.append("stats"_L1);
        w.append(c->statsEnabled);
        w.append("programs"_L1);
        w.startArray(c->programs.size());
        for (const ProgramCost &p : c->programs) {
            w.startArray(4);
            w.append(p.module);
            w.append(p.program);
            w.append(p.runCount);
            w.append(p.runTimeNs);
            w.endArray();
        }
        w.endArray();
        w.append("maps"_L1);
        w.startArray(c->maps.size());
        for (const MapCost &m : c->maps) {
            w.startArray(4);
            w.append(m.module);
            w.append(m.map);
            w.append(m.memlockBytes);
            w.append(quint64(m.maxEntries));
            w.endArray();
        }
        w.endArray();
        w.append("cpu"_L1);
        w.append(c->helperCpuNs);
        w.append("rss"_L1);
        w.append(c->helperRssBytes);
        w.append("rows"_L1);
        w.append(quint64(c->processRows));
        w.append("table"_L1);
        w.append(quint64(c->pidTableSize));
        w.endMap();
    }
    w.endMap();
    return withLength(cbor);
}

void MessageReader::append(const QByteArray &bytes)
{
    buffer_.append(bytes);
}

MessageReader::Kind MessageReader::next()
{
    if (failed_)
        return Kind::Error;
    if (buffer_.size() < 4)
        return Kind::None;
    const quint32 length = qFromBigEndian<quint32>(buffer_.constData());
    if (length > kMaxMessageBytes) {
        failed_ = true;
        text_ = u"stream message of %1 bytes exceeds the limit of %2 bytes"_s.arg(length).arg(kMaxMessageBytes);
        return Kind::Error;
    }
    if (quint32(buffer_.size()) < 4 + length)
        return Kind::None;
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(buffer_.mid(4, length), &error);
    buffer_.remove(0, 4 + length);
    if (error.error != QCborError::NoError || !value.isMap()) {
        failed_ = true;
        text_ = u"malformed stream message: %1"_s.arg(error.errorString());
        return Kind::Error;
    }
    const QCborMap m = value.toMap();
    const QString type = m[u"type"_s].toString();
    if (type == u"header"_s) {
        header_ = SessionInfo::fromCbor(m[u"session"_s].toMap());
        return Kind::Header;
    }
    if (type == u"end"_s) {
        text_ = m[u"reason"_s].toString();
        return Kind::End;
    }
    if (type == u"frame"_s) {
        frame_ = Frame{quint64(m[u"seq"_s].toInteger()), quint64(m[u"t"_s].toInteger()), {}, {}, std::nullopt};
        for (const QCborValue &mv : m[u"modules"_s].toArray()) {
            const QCborMap mm = mv.toMap();
            ModuleFrame module;
            module.module = mm[u"m"_s].toString();
            module.global = readCounters(mm[u"g"_s]);
            const QCborMap trees = mm[u"trees"_s].toMap();
            for (auto it = trees.begin(); it != trees.end(); ++it)
                module.trees.insert(int(it.key().toInteger()), readCounters(it.value()));
            module.processes = readProcesses(mm[u"pids"_s]);
            module.exited = readProcesses(mm[u"exits"_s]);
            module.pidTableFull = quint64(mm[u"full"_s].toInteger());
            module.exitsDropped = quint64(mm[u"dropped"_s].toInteger());
            const QCborMap keyed = mm[u"keyed"_s].toMap();
            for (auto table = keyed.begin(); table != keyed.end(); ++table) {
                QList<KeyedCounters> rows;
                for (const QCborValue &rv : table.value().toArray()) {
                    const QCborArray a = rv.toArray();
                    if (a.isEmpty())
                        continue;
                    KeyedCounters row{a.at(0).toString(), {}};
                    qsizetype end = a.size();
                    if (end > 1 && a.at(end - 1).isMap()) {
                        const QCborMap fields = a.at(--end).toMap();
                        for (auto field = fields.begin(); field != fields.end(); ++field)
                            row.fields.insert(field.key().toString(), field.value().toString());
                    }
                    for (qsizetype i = 1; i < end; ++i)
                        row.values.append(quint64(a.at(i).toInteger()));
                    rows.append(row);
                }
                module.keyed.insert(table.key().toString(), rows);
            }
            frame_.modules.append(module);
        }
        if (m.contains(u"cost"_s)) {
            const QCborMap c = m[u"cost"_s].toMap();
            CollectorCost cost;
            cost.statsEnabled = c[u"stats"_s].toBool();
            for (const QCborValue &v : c[u"programs"_s].toArray()) {
                const QCborArray a = v.toArray();
                cost.programs.append({a.at(0).toString(), a.at(1).toString(), quint64(a.at(2).toInteger()),
                                      quint64(a.at(3).toInteger())});
            }
            for (const QCborValue &v : c[u"maps"_s].toArray()) {
                const QCborArray a = v.toArray();
                cost.maps.append({a.at(0).toString(), a.at(1).toString(), quint64(a.at(2).toInteger()),
                                  quint32(a.at(3).toInteger())});
            }
            cost.helperCpuNs = quint64(c[u"cpu"_s].toInteger());
            cost.helperRssBytes = quint64(c[u"rss"_s].toInteger());
            cost.processRows = quint32(c[u"rows"_s].toInteger());
            cost.pidTableSize = quint32(c[u"table"_s].toInteger());
            frame_.cost = cost;
        }
        for (const QCborValue &v : m[u"procs"_s].toArray()) {
            const QCborArray a = v.toArray();
            if (a.size() < 8)
                continue;
            frame_.identities.append({quint32(a.at(0).toInteger()), quint32(a.at(1).toInteger()),
                                      quint32(a.at(2).toInteger()), a.at(3).toInteger(), a.at(4).toString(),
                                      a.at(5).toString(), a.at(6).toString(), quint64(a.at(7).toInteger())});
        }
        const QCborMap trees = m[u"trees"_s].toMap();
        for (auto it = trees.begin(); it != trees.end(); ++it) {
            const QCborArray a = it.value().toArray();
            frame_.trees.insert(int(it.key().toInteger()),
                                TreeState{a.at(0).toInteger(), a.at(1).toBool(), quint64(a.at(2).toInteger())});
        }
        return Kind::Frame;
    }
    // Unknown message types are skipped: a newer helper may send more.
    return next();
}

}  // namespace stream
}  // namespace kinsight
