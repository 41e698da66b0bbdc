// The module catalog: every descriptor is internally consistent, names the
// programs its object really contains, uses the seed's public per-application
// names, and survives the trip to clients (SessionInfo over CBOR). Runs
// without privileges: objects are opened, never loaded.
#include "engine_bridge.h"
#include "module_descriptor.h"

#include <bpf/libbpf.h>

#include <QSet>
#include <QTest>

using namespace kinsight;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(const kinsight::engine::ModuleDescriptor *)

class TestCatalog : public QObject {
    Q_OBJECT

    void eachModule()
    {
        QTest::addColumn<const engine::ModuleDescriptor *>("module");
        for (const auto *m : engine::allModules())
            QTest::newRow(m->name.data()) << m;
        QTest::newRow("tracking") << &engine::trackingModule();
    }

private slots:
    void countersChartsAndMetricsAreConsistent_data() { eachModule(); }
    void countersChartsAndMetricsAreConsistent()
    {
        QFETCH(const engine::ModuleDescriptor *, module);
        const int counters = int(module->counters.size());
        QSet<QString> names;
        for (const auto &c : module->counters) {
            QVERIFY(!c.name.empty());
            QVERIFY2(!names.contains(QString::fromUtf8(c.name.data())), c.name.data());
            names.insert(QString::fromUtf8(c.name.data()));
        }
        for (const auto &chart : module->charts) {
            QVERIFY(!chart.dimensions.empty());
            for (const auto &dim : chart.dimensions)
                for (const auto &[counter, coefficient] : dim.terms) {
                    QVERIFY2(counter >= 0 && counter < counters, chart.id.data());
                    QVERIFY(coefficient != 0);
                    // An error dimension must come from an error chart (drawn only in return mode).
                    if (module->counters[counter].errorCounter)
                        QVERIFY2(chart.returnModeOnly, chart.id.data());
                }
        }
        for (const auto &metric : module->appMetrics) {
            QVERIFY(!metric.counters.empty());
            for (int c : metric.counters) {
                QVERIFY(c >= 0 && c < counters);
                QCOMPARE(module->counters[c].errorCounter, metric.errorMetric);
            }
        }
        for (const auto &hook : module->hooks) {
            QVERIFY2(!hook.candidates.empty(), hook.name.data());
            for (int c : hook.counters)
                QVERIFY(c >= 0 && c < counters);
        }
    }

    void candidatesNameProgramsOfTheObject_data() { eachModule(); }
    void candidatesNameProgramsOfTheObject()
    {
        QFETCH(const engine::ModuleDescriptor *, module);
        engine::OpenedObject opened = module->open();
        QVERIFY(opened.object);
        const auto close = qScopeGuard([&] { opened.destroy(); });
        for (const auto &hook : module->hooks)
            for (const auto &candidate : hook.candidates)
                for (const auto &a : candidate.attachments) {
                    const bpf_program *prog = bpf_object__find_program_by_name(opened.object, std::string(a.program).c_str());
                    QVERIFY2(prog, qPrintable(u"%1: %2"_s.arg(QString::fromUtf8(hook.name.data()),
                                                                   QString::fromUtf8(a.program.data()))));
                    // Every variant is opt-in: nothing loads unless the strategy picks it.
                    QVERIFY(!bpf_program__autoload(prog));
                }
        for (const auto &table : module->tables) {
            const bpf_map *map = bpf_object__find_map_by_name(opened.object, std::string(table.map).c_str());
            QVERIFY2(map, table.map.data());
            QCOMPARE(bpf_map__value_size(map), uint32_t(8 * table.values.size()));
            for (const auto &chart : table.charts)
                QVERIFY(chart.layout == engine::KeyedChartDef::Layout::ChartPerKey
                        || (chart.value >= 0 && chart.value < int(table.values.size())));
        }
    }

    void seedMetricNamesAreAllThere()
    {
        QSet<QString> metrics, charts;
        for (const auto *m : engine::allModules()) {
            for (const auto &a : m->appMetrics) {
                const QString name = QString::fromUtf8(a.name.data());
                QVERIFY2(!metrics.contains(name), qPrintable(name));  // public names are unique
                metrics.insert(name);
            }
            for (const auto &c : m->charts) {
                const QString id = QString::fromUtf8(c.id.data());
                QVERIFY2(!charts.contains(id), qPrintable(id));
                charts.insert(id);
            }
        }
        for (const char *seed : {"process_create", "thread_create", "task_exit", "task_close", "task_error", "file_open",
                                 "open_error", "file_closed", "file_error_closed", "file_deleted", "vfs_write_call",
                                 "vfs_write_error", "vfs_read_call", "vfs_write_bytes", "vfs_read_bytes", "vfs_read_error",
                                 "vfs_fsync", "vfs_fsync_error", "vfs_open", "vfs_open_error", "vfs_create",
                                 "vfs_create_error"})
            QVERIFY2(metrics.contains(QLatin1String(seed)), seed);
        for (const char *chart : {"system.process_thread", "system.exit", "system.process_status", "system.task_error",
                                  "filesystem.file_descriptor", "filesystem.file_error", "filesystem.vfs_io",
                                  "filesystem.vfs_io_bytes", "filesystem.vfs_deleted_objects"})
            QVERIFY2(charts.contains(QLatin1String(chart)), chart);
    }

    void describedModulesSurviveTheWire()
    {
        SessionInfo s;
        for (const auto *m : engine::allModules())
            s.modules.append(describeModule(*m, nullptr));
        const SessionInfo back = SessionInfo::fromCbor(s.toCbor());
        QCOMPARE(back.modules.size(), s.modules.size());
        for (qsizetype i = 0; i < s.modules.size(); ++i) {
            QCOMPARE(back.modules[i].name, s.modules[i].name);
            QCOMPARE(back.modules[i].counters.size(), s.modules[i].counters.size());
            QCOMPARE(back.modules[i].charts.size(), s.modules[i].charts.size());
            for (qsizetype c = 0; c < s.modules[i].charts.size(); ++c)
                QCOMPARE(back.modules[i].charts[c].dimensions.size(), s.modules[i].charts[c].dimensions.size());
            QCOMPARE(back.modules[i].appMetrics.size(), s.modules[i].appMetrics.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
