// Per-application totals from per-process frames: grouping, exits, exec,
// collect pid, regrouping, cgroups, and totals that only grow.
#include "apps_aggregator.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kinsight;
using namespace kinsight::apps;
using namespace Qt::StringLiterals;

namespace {

// One module "vfs" with counters (reads, bytes) and per-app metrics on each.
SessionInfo session()
{
    ModuleInfo vfs;
    vfs.name = u"vfs"_s;
    vfs.loaded = true;
    vfs.counters = {{u"vfs_read_call"_s, u"calls"_s, {}, false}, {u"vfs_read_bytes"_s, u"bytes"_s, {}, false}};
    vfs.appMetrics = {{u"vfs_read_call"_s, u"vfs"_s, u"calls"_s, {0}, false},
                      {u"vfs_read_bytes"_s, u"vfs"_s, u"bytes"_s, {1}, false}};
    SessionInfo s;
    s.modules = {vfs};
    return s;
}

ProcessIdentity who(quint32 tgid, const QString &comm, quint32 ppid = 1)
{
    ProcessIdentity p;
    p.tgid = tgid;
    p.ppid = ppid;
    p.comm = comm;
    p.exe = u"/usr/bin/"_s + comm;
    p.startTicks = tgid * 10;
    return p;
}

struct FrameBuilder {
    Frame f;
    FrameBuilder(quint64 seq)
    {
        f.sequence = seq;
        f.monotonicNs = seq * 1'000'000'000ull;
        f.modules = {ModuleFrame{}};
        f.modules[0].module = u"vfs"_s;
        f.modules[0].global = {0, 0};
    }
    FrameBuilder &live(const ProcessIdentity &p, quint64 reads)
    {
        f.identities.append(p);
        f.modules[0].processes.append({p.tgid, 0, {reads, reads * 100}});
        return *this;
    }
    FrameBuilder &exit(const ProcessIdentity &p, quint64 reads)
    {
        f.identities.append(p);
        f.modules[0].exited.append({p.tgid, 0, {reads, reads * 100}});
        return *this;
    }
    FrameBuilder &cgroup(const QString &path, quint64 reads)
    {
        f.modules[0].keyed[u"cgroup"_s].append({path, {reads, reads * 100}});
        return *this;
    }
};

quint64 reads(const AppsSnapshotPtr &s, const QString &app)
{
    const ApplicationRow *row = s->application(app);
    return row ? row->totals.cumulative[s->column(u"vfs_read_call"_s)] : 0;
}

}  // namespace

class TestAppsAggregator : public QObject {
    Q_OBJECT
private slots:
    void groupsByExecutableWithRates()
    {
        AppsAggregator a(session(), AppRules());
        a.push(FrameBuilder(1).live(who(10, u"make"_s), 5).live(who(11, u"make"_s), 1).live(who(12, u"bash"_s), 2).f);
        const auto s = a.push(FrameBuilder(2).live(who(10, u"make"_s), 9).live(who(11, u"make"_s), 3).live(who(12, u"bash"_s), 2).f);
        QCOMPARE(reads(s, u"make"_s), 12u);
        QCOMPARE(s->application(u"make"_s)->processes, (QList<quint32>{10, 11}));
        QCOMPARE(s->application(u"make"_s)->totals.perSecond[0], 6.0);  // 12 - 6 over 1 s
        QCOMPARE(s->application(u"make"_s)->totals.cumulative[1], 1200u);
        QCOMPARE(s->application(u"bash"_s)->totals.perSecond[0], 0.0);
        QCOMPARE(s->processes.size(), 3);
        QCOMPARE(s->processes[0].totals.cumulative[0], 9u);
    }

    void exitedProcessesStayCounted()
    {
        AppsAggregator a(session(), AppRules());
        a.push(FrameBuilder(1).live(who(10, u"cc1"_s), 5).f);
        auto s = a.push(FrameBuilder(2).exit(who(10, u"cc1"_s), 7).live(who(11, u"cc1"_s), 1).f);
        QCOMPARE(reads(s, u"cc1"_s), 8u);
        s = a.push(FrameBuilder(3).f);  // a row that vanished without a record keeps its last counts
        QCOMPARE(reads(s, u"cc1"_s), 8u);
        QVERIFY(s->application(u"cc1"_s)->processes.isEmpty());
        QCOMPARE(s->application(u"cc1"_s)->totals.perSecond[0], 0.0);
    }

    void execMovesOnlyNewCounts()
    {
        AppsAggregator a(session(), AppRules());
        a.push(FrameBuilder(1).live(who(10, u"bash"_s), 3).f);
        const auto s = a.push(FrameBuilder(2).live(who(10, u"make"_s), 10).f);  // bash exec'd make
        QCOMPARE(reads(s, u"bash"_s), 3u);
        QCOMPARE(reads(s, u"make"_s), 7u);
    }

    void collectPidRealParent()
    {
        AppsAggregator a(session(), AppRules());
        a.setCollectPid({{u"vfs"_s, CollectPid::RealParent}});
        auto s = a.push(FrameBuilder(1).live(who(10, u"make"_s, 1), 1).live(who(11, u"cc1"_s, 10), 50).f);
        // cc1's reads go to its parent's application; make's own would go to pid 1,
        // which was never seen, so make keeps them.
        QCOMPARE(reads(s, u"make"_s), 51u);
        QCOMPARE(reads(s, u"cc1"_s), 0u);
        QCOMPARE(s->application(u"cc1"_s)->processes, (QList<quint32>{11}));  // still listed as a cc1 process
        ProcessIdentity init = who(1, u"systemd"_s, 0);
        a.setCollectPid({}, CollectPid::All);
        s = a.push(FrameBuilder(2).live(init, 0).live(who(10, u"make"_s, 1), 2).live(who(11, u"cc1"_s, 10), 60).f);
        QCOMPARE(reads(s, u"cc1"_s), 10u);    // from now on its own
        QCOMPARE(reads(s, u"make"_s), 52u);   // 50 credited before, +1 of its own
        QCOMPARE(reads(s, u"make"_s) + reads(s, u"cc1"_s), 62u);
    }

    void rulesRegroupEverything()
    {
        AppsAggregator a(session(), AppRules());
        a.push(FrameBuilder(1).live(who(10, u"cc1"_s), 5).live(who(11, u"as"_s), 2).f);
        a.push(FrameBuilder(2).exit(who(10, u"cc1"_s), 6).live(who(11, u"as"_s), 3).f);
        a.setRules(AppRules::parse(u"toolchain: cc1 as\n"_s));
        const auto s = a.push(FrameBuilder(3).live(who(11, u"as"_s), 4).f);
        QCOMPARE(reads(s, u"toolchain"_s), 10u);
        QCOMPARE(s->application(u"toolchain"_s)->rule, 0);
        QVERIFY(!s->application(u"cc1"_s));
    }

    void cgroupRows()
    {
        AppsAggregator a(session(), AppRules());
        const auto s = a.push(FrameBuilder(1).cgroup(u"/system.slice/nginx.service"_s, 4).cgroup(u"/"_s, 1).f);
        QCOMPARE(s->cgroups.size(), 2);
        QCOMPARE(s->cgroups[1].name.name, u"nginx.service"_s);
        QCOMPARE(s->cgroups[1].totals.cumulative[0], 4u);
    }

    void unavailableMetricsSayWhy()
    {
        SessionInfo s = session();
        s.modules[0].unavailable.insert(1, u"needs return mode"_s);
        AppsAggregator a(s, AppRules());
        const auto snap = a.push(FrameBuilder(1).f);
        QCOMPARE(snap->columns[1].unavailable, u"needs return mode"_s);
        QVERIFY(snap->columns[0].unavailable.isEmpty());
    }

    // Random process lives (start, count, exec, exit, vanish): no application's
    // total ever shrinks, and all of them add up to everything counted.
    void totalsOnlyGrowAndAddUp()
    {
        QRandomGenerator rng(7);
        AppsAggregator a(session(), AppRules::parse(u"group: n1 n2\n"_s));
        a.setCollectPid({{u"vfs"_s, CollectPid::RealParent}});
        struct P {
            ProcessIdentity id;
            quint64 reads = 0;
        };
        QHash<quint32, P> live;
        quint64 everything = 0, nextPid = 100;
        QHash<QString, quint64> last;
        for (quint64 seq = 1; seq <= 300; ++seq) {
            FrameBuilder b(seq);
            if (live.size() < 20 || rng.bounded(3) == 0) {
                const quint32 parent = live.isEmpty() ? 1 : live.keys()[rng.bounded(int(live.size()))];
                live.insert(quint32(nextPid), {who(quint32(nextPid), u"n%1"_s.arg(rng.bounded(5)), parent), 0});
                ++nextPid;
            }
            for (auto it = live.begin(); it != live.end();) {
                const quint64 add = rng.bounded(10);
                it->reads += add;
                everything += add;
                const int fate = rng.bounded(20);
                if (fate == 0) {
                    b.exit(it->id, it->reads);
                    it = live.erase(it);
                    continue;
                }
                if (fate == 1) {  // gone, no final record
                    everything -= add;  // the last counts were never seen
                    it = live.erase(it);
                    continue;
                }
                if (fate == 2)
                    it->id.comm = u"n%1"_s.arg(rng.bounded(5));  // exec
                b.live(it->id, it->reads);
                ++it;
            }
            const auto s = a.push(b.f);
            quint64 sum = 0;
            for (const ApplicationRow &row : s->applications) {
                const quint64 v = row.totals.cumulative[0];
                QVERIFY2(v >= last.value(row.name), qPrintable(u"%1 shrank at frame %2"_s.arg(row.name).arg(seq)));
                last[row.name] = v;
                sum += v;
            }
            QCOMPARE(sum, everything);
        }
    }
};

QTEST_APPLESS_MAIN(TestAppsAggregator)
#include "tst_apps_aggregator.moc"
