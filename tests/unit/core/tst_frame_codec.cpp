#include "frame.h"
#include "test_session.h"

#include <QTest>

using namespace kinsight;

class TestFrameCodec : public QObject {
    Q_OBJECT
private slots:
    void headerRoundTrip()
    {
        const SessionInfo in = testSession();
        stream::MessageReader reader;
        reader.append(stream::encodeHeader(in));
        QCOMPARE(reader.next(), stream::MessageReader::Kind::Header);
        const SessionInfo &out = reader.header();
        QCOMPARE(out.kernelRelease, in.kernelRelease);
        QCOMPARE(out.pidTableSize, in.pidTableSize);
        QCOMPARE(out.modules.size(), 1);
        const ModuleInfo &m = out.modules.first();
        QCOMPARE(m.counters.size(), 5);
        QCOMPARE(m.charts.size(), 5);
        QCOMPARE(m.charts[3].dimensions[0].terms, (QList<std::pair<int, int>>{{3, 1}, {4, -1}}));
        QVERIFY(m.charts[3].dimensions[0].gauge);
        QVERIFY(!m.charts[3].dimensions[0].isRatio());
        QCOMPARE(m.charts[4].dimensions[0].denominator, (QList<std::pair<int, int>>{{3, 1}}));
        QCOMPARE(m.unavailable.value(2), u"needs trampoline or probe mode"_s);
        QCOMPARE(m.hooks[0].rejected[0].reason, u"EPERM"_s);
        QCOMPARE(m.tables.size(), 1);
        QCOMPARE(m.tables[0].charts.size(), 2);
        QVERIFY(m.tables[0].charts[1].chartPerKey);
        QCOMPARE(m.tables[0].charts[0].scale, 1e-6);
        QCOMPARE(reader.next(), stream::MessageReader::Kind::None);
    }

    void frameRoundTripFedByteByByte()
    {
        Frame in = testFrame(7, 12.5, {1, 2, 3, 4, 5}, {9, 8, 7, 6, 5});
        in.modules[0].processes = {{4242, 1, {1, 2, 3, 4, 5}}, {17, 0, {0, 0, 0, 0, 0}}};
        in.modules[0].exited = {{99, 1, {5, 4, 3, 2, 1}}};
        in.modules[0].pidTableFull = 3;
        in.trees.insert(1, TreeState{2, false, 1});
        in.modules[0].keyed[u"irq"_s] = {{u"24_eth0"_s, {3, 4}}, {u"local_timer"_s, {5, 6}}};
        in.modules[0].keyed[u"connections"_s] = {
            {u"tcp 127.0.0.1:4000 > 127.0.0.1:80 pid 7"_s, {1000, 0, 2}, {{u"remote_port"_s, u"80"_s}, {u"service"_s, u"http"_s}}},
            {u"other"_s, {5, 6, 7}}};
        // QCborValue decodes integers as qint64: counters stay exact up to 2^63 - 1.
        in.modules[0].exitsDropped = quint64(std::numeric_limits<qint64>::max());
        const QByteArray bytes = stream::encodeFrame(in) + stream::encodeEnd(u"session stopped"_s);

        stream::MessageReader reader;
        QList<stream::MessageReader::Kind> kinds;
        for (char c : bytes) {
            reader.append(QByteArray(1, c));
            for (auto k = reader.next(); k != stream::MessageReader::Kind::None; k = reader.next())
                kinds.append(k);
            if (kinds.size() == 1 && kinds[0] == stream::MessageReader::Kind::Frame) {
                const Frame &out = reader.frame();
                QCOMPARE(out.sequence, 7u);
                QCOMPARE(out.monotonicNs, quint64(12.5e9));
                QCOMPARE(out.modules[0].global, in.modules[0].global);
                QCOMPARE(out.modules[0].trees.value(1), (QList<quint64>{9, 8, 7, 6, 5}));
                QCOMPARE(out.modules[0].processes.size(), 2);
                QCOMPARE(out.modules[0].processes[0].tgid, 4242u);
                QCOMPARE(out.modules[0].processes[0].group, 1u);
                QCOMPARE(out.modules[0].exited[0].counters, (QList<quint64>{5, 4, 3, 2, 1}));
                QCOMPARE(out.modules[0].pidTableFull, 3u);
                QCOMPARE(out.trees.value(1).liveProcesses, 2);
                QCOMPARE(out.modules[0].keyed.value(u"irq"_s).size(), 2);
                QCOMPARE(out.modules[0].keyed.value(u"irq"_s)[1].label, u"local_timer"_s);
                QCOMPARE(out.modules[0].keyed.value(u"irq"_s)[1].values, (QList<quint64>{5, 6}));
                QVERIFY(out.modules[0].keyed.value(u"irq"_s)[1].fields.isEmpty());
                const QList<KeyedCounters> connections = out.modules[0].keyed.value(u"connections"_s);
                QCOMPARE(connections.size(), 2);
                QCOMPARE(connections[0].values, (QList<quint64>{1000, 0, 2}));
                QCOMPARE(connections[0].fields.value(u"service"_s), u"http"_s);
                QCOMPARE(connections[0].fields.size(), 2);
                QCOMPARE(connections[1].values, (QList<quint64>{5, 6, 7}));
                QVERIFY(connections[1].fields.isEmpty());
                QCOMPARE(out.trees.value(1).finished, false);
                QCOMPARE(out.trees.value(1).untrackedForks, 1u);
                QCOMPARE(out.modules[0].exitsDropped, quint64(std::numeric_limits<qint64>::max()));
            }
        }
        QCOMPARE(kinds, (QList<stream::MessageReader::Kind>{stream::MessageReader::Kind::Frame,
                                                            stream::MessageReader::Kind::End}));
        QCOMPARE(reader.text(), u"session stopped"_s);
    }

    void oversizedMessageIsRefused()
    {
        stream::MessageReader reader;
        reader.append(QByteArray::fromHex("7fffffff") + QByteArray(16, 'x'));
        QCOMPARE(reader.next(), stream::MessageReader::Kind::Error);
        QVERIFY(reader.text().contains(u"exceeds"_s));
        reader.append(stream::encodeEnd(u"x"_s));
        QCOMPARE(reader.next(), stream::MessageReader::Kind::Error);  // a broken stream stays broken
    }

    void garbageIsAnError()
    {
        stream::MessageReader reader;
        reader.append(QByteArray::fromHex("00000003ffffff"));
        QCOMPARE(reader.next(), stream::MessageReader::Kind::Error);
    }

    void badCounterIndicesFromTheWireAreDropped()
    {
        SessionInfo s = testSession();
        s.modules[0].charts[0].dimensions[0].terms = {{0, 1}, {99, 1}, {-3, 1}};
        stream::MessageReader reader;
        reader.append(stream::encodeHeader(s));
        QCOMPARE(reader.next(), stream::MessageReader::Kind::Header);
        QCOMPARE(reader.header().modules[0].charts[0].dimensions[0].terms, (QList<std::pair<int, int>>{{0, 1}}));
    }

    void processIdentitiesRoundTrip()
    {
        Frame in = testFrame(3, 1.0, {1, 2, 3, 4, 5}, {1, 2, 3, 4, 5});
        in.identities = {{4242, 1, 0, 1000, u"make"_s, u"/usr/bin/make"_s, u"/user.slice/user-1000.slice"_s, 123456},
                         {4250, 4242, 4300, -1, u"cc1plus"_s, {}, {}, 0}};
        stream::MessageReader reader;
        reader.append(stream::encodeFrame(in));
        QCOMPARE(reader.next(), stream::MessageReader::Kind::Frame);
        QCOMPARE(reader.frame().identities, in.identities);
        // A frame without identities sends none and reads none.
        reader.append(stream::encodeFrame(testFrame(4, 2.0, {1, 2, 3, 4, 5}, {1, 2, 3, 4, 5})));
        QCOMPARE(reader.next(), stream::MessageReader::Kind::Frame);
        QVERIFY(reader.frame().identities.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestFrameCodec)
#include "tst_frame_codec.moc"
