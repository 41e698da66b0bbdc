// Effective settings: precedence module file > ebpf.d.conf > built-in default,
// the origin of every value, Kinsight's and Netdata's defaults, and reading
// Netdata's directories (user, stock, old file name, import).
#include "config/config_sources.h"
#include "config/connection_filter.h"
#include "config/effective_config.h"
#include "config_test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kinsight::config;
using namespace kinsight::config::test;

Q_DECLARE_METATYPE(ValueOrigin::Kind)

namespace {

ConfigValidator fixtureValidator()
{
    return ConfigValidator(ServiceDirectory::fromServicesFile(fixturePath(u"services/services"_s)));
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

SettingsFile documentFile(const QString &path, const FileRole &role, const QByteArray &content)
{
    return {path, role, SourceTree::Kinsight, IniDocument::parse(content)};
}

EffectiveValue valueOf(const EffectiveConfig &config, const QString &module, const QString &section,
                       const QString &key)
{
    const std::optional<EffectiveValue> value = config.value(module, section, key);
    if (!value)
        qFatal("no effective value for %s [%s] %s", qPrintable(module), qPrintable(section), qPrintable(key));
    return *value;
}

}  // namespace

class TestEffectiveConfig : public QObject {
    Q_OBJECT

private slots:
    void kinsightDefaults_data();
    void kinsightDefaults();
    void netdataDefaults_data();
    void netdataDefaults();
    void precedence_data();
    void precedence();
    void invalidValuesFallThrough();
    void serviceNames();
    void keysWithoutEffectAreNotResolved();
    void oldNames();
    void discoverPrefersKinsight();
    void discoverImportsNetdata();
    void netdataLookup();
    void legacyMainFileName();
    void importPlan();
    void connectionFilter_data();
    void connectionFilter();
    void connectionFilterWithHostnames();
};

void TestEffectiveConfig::kinsightDefaults_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("netdataDefault");

    QTest::newRow("update every") << QString() << u"global"_s << u"update every"_s << u"1"_s << u"5"_s;
    QTest::newRow("apps") << QString() << u"global"_s << u"apps"_s << u"yes"_s << u"no"_s;
    QTest::newRow("co-re tracing") << u"process"_s << u"global"_s << u"ebpf co-re tracing"_s << u"auto"_s
                                   << u"trampoline"_s;
    QTest::newRow("socket co-re tracing") << u"socket"_s << u"global"_s << u"ebpf co-re tracing"_s << u"auto"_s
                                          << u"probe"_s;
    QTest::newRow("collect pid") << u"vfs"_s << u"global"_s << u"collect pid"_s << u"all"_s << u"real parent"_s;
    QTest::newRow("oomkill program") << QString() << u"ebpf programs"_s << u"oomkill"_s << u"yes"_s << u"yes"_s;
    QTest::newRow("softirq program") << QString() << u"ebpf programs"_s << u"softirq"_s << u"no"_s << u"yes"_s;
    QTest::newRow("ports") << u"socket"_s << u"network connections"_s << u"ports"_s << u"*"_s << u"*"_s;
    QTest::newRow("fsync") << u"sync"_s << u"syscalls"_s << u"fsync"_s << u"yes"_s << u"yes"_s;
}

void TestEffectiveConfig::kinsightDefaults()
{
    QFETCH(QString, module);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, netdataDefault);

    const EffectiveConfig config = EffectiveConfig::resolve(std::nullopt, {}, DefaultSet::Kinsight, fixtureValidator());
    QVERIFY(config.filesRead().isEmpty());
    QVERIFY(config.diagnostics().isEmpty());
    const EffectiveValue effective = valueOf(config, module, section, key);
    QCOMPARE(effective.value, value);
    QCOMPARE(effective.origin.kind, ValueOrigin::Kind::KinsightDefault);
    QCOMPARE(effective.origin.describe(), u"Kinsight default"_s);
    QCOMPARE(effective.netdataDefault, netdataDefault);
    QCOMPARE(effective.differsFromNetdataDefault(), value != netdataDefault);
}

void TestEffectiveConfig::netdataDefaults_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("update every") << QString() << u"update every"_s << u"5"_s;
    QTest::newRow("module inherits") << u"fd"_s << u"update every"_s << u"5"_s;
    QTest::newRow("co-re tracing") << u"process"_s << u"ebpf co-re tracing"_s << u"trampoline"_s;
    QTest::newRow("network.conf's own stock value") << u"socket"_s << u"ebpf co-re tracing"_s << u"probe"_s;
    QTest::newRow("network.conf maps per core") << u"socket"_s << u"maps per core"_s << u"no"_s;
    QTest::newRow("maps per core elsewhere") << u"swap"_s << u"maps per core"_s << u"yes"_s;
}

void TestEffectiveConfig::netdataDefaults()
{
    QFETCH(QString, module);
    QFETCH(QString, key);
    QFETCH(QString, value);

    const EffectiveConfig config = EffectiveConfig::resolve(std::nullopt, {}, DefaultSet::Netdata, fixtureValidator());
    const EffectiveValue effective = valueOf(config, module, u"global"_s, key);
    QCOMPARE(effective.value, value);
    QCOMPARE(effective.origin.kind, ValueOrigin::Kind::NetdataDefault);
    QVERIFY(config.moduleEnabled(u"softirq"));
    QVERIFY(!config.moduleEnabled(u"process"));
}

void TestEffectiveConfig::precedence_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<ValueOrigin::Kind>("origin");
    QTest::addColumn<QString>("file");  // relative to kinsight-etc, empty for defaults
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("overriddenLine");  // main-file line the value overrides, or 0

    using K = ValueOrigin::Kind;
    const QString main = u"ebpf.d.conf"_s;
    const QString process = u"ebpf.d/process.conf"_s;
    const QString network = u"ebpf.d/network.conf"_s;
    QTest::newRow("main file") << QString() << u"global"_s << u"update every"_s << u"2"_s << K::MainFile << main << 4
                               << 0;
    QTest::newRow("main file, old name") << QString() << u"global"_s << u"ebpf load mode"_s << u"return"_s
                                         << K::MainFile << main << 3 << 0;
    QTest::newRow("module file over main file") << u"process"_s << u"global"_s << u"update every"_s << u"7"_s
                                                << K::ModuleFile << process << 2 << 4;
    QTest::newRow("module file over main file, apps") << u"process"_s << u"global"_s << u"apps"_s << u"yes"_s
                                                      << K::ModuleFile << process << 3 << 5;
    QTest::newRow("main file when the module file is silent") << u"process"_s << u"global"_s << u"ebpf load mode"_s
                                                               << u"return"_s << K::MainFile << main << 3 << 0;
    QTest::newRow("main file for a module without a file") << u"fd"_s << u"global"_s << u"apps"_s << u"no"_s
                                                           << K::MainFile << main << 5 << 0;
    QTest::newRow("default when nobody sets it") << u"process"_s << u"global"_s << u"collect pid"_s << u"all"_s
                                                 << K::KinsightDefault << QString() << 0 << 0;
    QTest::newRow("module-only option") << u"socket"_s << u"global"_s << u"socket monitoring table size"_s
                                        << u"2048"_s << K::ModuleFile << network << 3 << 0;
    QTest::newRow("module-only default") << u"socket"_s << u"global"_s << u"udp connection table size"_s << u"4096"_s
                                         << K::KinsightDefault << QString() << 0 << 0;
    QTest::newRow("ports") << u"socket"_s << u"network connections"_s << u"ports"_s << u"1-1024 !22 https"_s
                           << K::ModuleFile << network << 6 << 0;
    QTest::newRow("wrongly documented key has no effect") << u"socket"_s << u"network connections"_s
                                                          << u"resolve hostnames"_s << u"no"_s << K::KinsightDefault
                                                          << QString() << 0 << 0;
    QTest::newRow("program switch, old name") << QString() << u"ebpf programs"_s << u"network connections"_s
                                              << u"yes"_s << K::MainFile << main << 11 << 0;
}

void TestEffectiveConfig::precedence()
{
    QFETCH(QString, module);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(ValueOrigin::Kind, origin);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, overriddenLine);

    const QString dir = fixturePath(u"kinsight-etc"_s);
    const EffectiveConfig config = EffectiveConfig::resolve(ConfigSources::kinsight(dir), fixtureValidator());
    QCOMPARE(config.filesRead().size(), 3);
    const EffectiveValue effective = valueOf(config, module, section, key);
    QCOMPARE(effective.value, value);
    QCOMPARE(effective.origin.kind, origin);
    QCOMPARE(effective.origin.file, file.isEmpty() ? QString() : dir + u'/' + file);
    QCOMPARE(effective.origin.line, line);
    if (!file.isEmpty()) {
        QCOMPARE(effective.origin.tree, SourceTree::Kinsight);
        QCOMPARE(effective.origin.describe(), dir + u'/' + file + u':' + QString::number(line));
    }
    if (overriddenLine > 0) {
        QCOMPARE(effective.overridden.size(), 1);
        QCOMPARE(effective.overridden.first().kind, ValueOrigin::Kind::MainFile);
        QCOMPARE(effective.overridden.first().line, overriddenLine);
    } else {
        QVERIFY(effective.overridden.isEmpty());
    }
    QVERIFY(!config.moduleEnabled(u"process"));
    QVERIFY(config.moduleEnabled(u"cachestat"));
    QVERIFY(config.moduleEnabled(u"socket"));
}

void TestEffectiveConfig::invalidValuesFallThrough()
{
    const QString dir = fixturePath(u"kinsight-etc"_s);
    const EffectiveConfig config = EffectiveConfig::resolve(ConfigSources::kinsight(dir), fixtureValidator());
    const EffectiveValue pidTable = valueOf(config, {}, u"global"_s, u"pid table size"_s);
    QCOMPARE(pidTable.value, u"32768"_s);
    QCOMPARE(pidTable.origin.kind, ValueOrigin::Kind::KinsightDefault);
    QCOMPARE(pidTable.notes.size(), 1);
    QVERIFY2(pidTable.notes.first().contains(u"banana"_s), qPrintable(pidTable.notes.first()));
    QCOMPARE(valueOf(config, u"vfs"_s, u"global"_s, u"pid table size"_s).value, u"32768"_s);
    QVERIFY(hasErrors(config.diagnostics()));
    const auto bad = std::find_if(config.diagnostics().cbegin(), config.diagnostics().cend(),
                                  [](const Diagnostic &d) { return d.code == u"bad-number"; });
    QVERIFY(bad != config.diagnostics().cend());
    QCOMPARE(bad->file, dir + u"/ebpf.d.conf"_s);
    QCOMPARE(bad->line, 6);

    // An invalid module-file value leaves ebpf.d.conf's value in force.
    const EffectiveConfig layered = EffectiveConfig::resolve(
        documentFile(u"main.conf"_s, FileRole::main(), "[global]\nupdate every = 3\n"),
        {documentFile(u"fd.conf"_s, FileRole::forModule(u"fd"_s), "[global]\nupdate every = soon\n")},
        DefaultSet::Kinsight, fixtureValidator());
    const EffectiveValue interval = valueOf(layered, u"fd"_s, u"global"_s, u"update every"_s);
    QCOMPARE(interval.value, u"3"_s);
    QCOMPARE(interval.origin.kind, ValueOrigin::Kind::MainFile);
    QCOMPARE(interval.notes.size(), 1);
}

void TestEffectiveConfig::serviceNames()
{
    const EffectiveConfig config =
        EffectiveConfig::resolve(ConfigSources::kinsight(fixturePath(u"kinsight-etc"_s)), fixtureValidator());
    QStringList names;
    for (const EffectiveValue &value : config.moduleValues(u"socket")) {
        if (value.section == u"service name")
            names.append(value.key + u'=' + value.value);
    }
    QCOMPARE(names, (QStringList{u"19999=Netdata"_s, u"8080=Dev server"_s}));

    const EffectiveConfig repeated = EffectiveConfig::resolve(
        std::nullopt,
        {documentFile(u"network.conf"_s, FileRole::forModule(u"socket"_s),
                      "[service name]\n80 = a\nweb = b\n80 = c\n")},
        DefaultSet::Kinsight, fixtureValidator());
    QCOMPARE(valueOf(repeated, u"socket"_s, u"service name"_s, u"80"_s).value, u"c"_s);
    QVERIFY(!repeated.value(u"socket", u"service name", u"web"));
}

void TestEffectiveConfig::keysWithoutEffectAreNotResolved()
{
    const EffectiveConfig config = EffectiveConfig::resolve(std::nullopt, {}, DefaultSet::Kinsight, fixtureValidator());
    QVERIFY(!config.value(u"socket", u"global", u"bandwidth table size"));
    QVERIFY(!config.value(u"socket", u"network connections", u"resolve hostname ips"));
    QVERIFY(!config.value(u"disk", u"global", u"apps"));  // disk keeps no per-process data
    QVERIFY(config.value(u"process", u"global", u"apps"));
    QVERIFY(!config.value(u"process", u"global", u"btf path"));
    QVERIFY(config.value({}, u"global", u"btf path"));
    // Netdata-only keys are resolved (shown) but marked.
    const EffectiveValue backlog = valueOf(config, {}, u"ipc"_s, u"backlog"_s);
    QCOMPARE(backlog.option->status, KeyStatus::NetdataOnly);
    QCOMPARE(backlog.origin.kind, ValueOrigin::Kind::NotSet);
}

void TestEffectiveConfig::oldNames()
{
    auto resolveMain = [](const QByteArray &content) {
        return EffectiveConfig::resolve(documentFile(u"ebpf.d.conf"_s, FileRole::main(), content), {},
                                        DefaultSet::Kinsight, fixtureValidator());
    };
    const EffectiveValue inverted = valueOf(resolveMain("[global]\ndisable apps = yes\n"), {}, u"global"_s, u"apps"_s);
    QCOMPARE(inverted.value, u"no"_s);
    QCOMPARE(inverted.written, u"yes"_s);
    QCOMPARE(inverted.origin.writtenKey, u"disable apps"_s);
    QCOMPARE(valueOf(resolveMain("[global]\ndisable apps = no\n"), {}, u"global"_s, u"apps"_s).value, u"yes"_s);

    // Netdata reads 'load' before 'ebpf load mode'; so does Kinsight.
    const EffectiveValue both =
        valueOf(resolveMain("[global]\nebpf load mode = entry\nload = return\n"), {}, u"global"_s, u"ebpf load mode"_s);
    QCOMPARE(both.value, u"return"_s);
    QCOMPARE(both.origin.line, 3);
    // For 'apps' the current name wins.
    QCOMPARE(valueOf(resolveMain("[global]\napps = yes\ndisable apps = yes\n"), {}, u"global"_s, u"apps"_s).value,
             u"yes"_s);
    // 'network viewer' switches the socket module.
    const EffectiveConfig viewer = resolveMain("[ebpf programs]\nsocket = no\n");
    QVERIFY(!viewer.moduleEnabled(u"socket"));
    QVERIFY(resolveMain("[ebpf programs]\nnetwork viewer = yes\n").moduleEnabled(u"socket"));
    QVERIFY(resolveMain("[ebpf programs]\nsocket = no\nnetwork connections = yes\n").moduleEnabled(u"socket"));
}

void TestEffectiveConfig::discoverPrefersKinsight()
{
    QTemporaryDir kinsight;
    QVERIFY(kinsight.isValid());
    const QString netdata = fixturePath(u"netdata-1.37"_s);

    // Nothing in either: Kinsight's directory, nothing read.
    const ConfigSources none = ConfigSources::discover(kinsight.path(), kinsight.path() + u"/no-netdata"_s);
    QCOMPARE(none.userDir, kinsight.path());
    QCOMPARE(none.userTree, SourceTree::Kinsight);
    QVERIFY(EffectiveConfig::resolve(none, fixtureValidator()).filesRead().isEmpty());

    // One Kinsight module file is enough for Kinsight's directory to win.
    QVERIFY(writeFile(kinsight.path() + u"/ebpf.d/fd.conf"_s, "[global]\nupdate every = 4\n"));
    const ConfigSources sources = ConfigSources::discover(kinsight.path(), netdata);
    QCOMPARE(sources.userDir, kinsight.path());
    QCOMPARE(sources.userTree, SourceTree::Kinsight);
    const EffectiveConfig config = EffectiveConfig::resolve(sources, fixtureValidator());
    QCOMPARE(config.filesRead(), QStringList{kinsight.path() + u"/ebpf.d/fd.conf"_s});
    QCOMPARE(valueOf(config, u"fd"_s, u"global"_s, u"update every"_s).value, u"4"_s);
    QCOMPARE(valueOf(config, {}, u"global"_s, u"apps"_s).origin.kind, ValueOrigin::Kind::KinsightDefault);
}

void TestEffectiveConfig::discoverImportsNetdata()
{
    QTemporaryDir kinsight;
    QVERIFY(kinsight.isValid());
    const QString netdata = fixturePath(u"netdata-1.37"_s);
    const ConfigSources sources = ConfigSources::discover(kinsight.path(), netdata);
    QCOMPARE(sources.userDir, netdata);
    QCOMPARE(sources.userTree, SourceTree::NetdataUser);
    QCOMPARE(sources.defaults, DefaultSet::Kinsight);

    const EffectiveConfig config = EffectiveConfig::resolve(sources, fixtureValidator());
    QCOMPARE(config.filesRead().size(), 17);
    QVERIFY(!hasErrors(config.diagnostics()));
    const EffectiveValue apps = valueOf(config, {}, u"global"_s, u"apps"_s);
    QCOMPARE(apps.value, u"yes"_s);
    QCOMPARE(apps.origin.file, netdata + u"/ebpf.d.conf"_s);
    QCOMPARE(apps.origin.line, 20);
    QCOMPARE(apps.origin.tree, SourceTree::NetdataUser);
    QVERIFY(apps.origin.describe().endsWith(u"(Netdata settings)"_s));
    const EffectiveValue interval = valueOf(config, u"socket"_s, u"global"_s, u"update every"_s);
    QCOMPARE(interval.value, u"5"_s);
    QCOMPARE(interval.origin.kind, ValueOrigin::Kind::MainFile);  // network.conf has it commented out
    QCOMPARE(valueOf(config, u"cachestat"_s, u"global"_s, u"collect pid"_s).value, u"real parent"_s);
    // What Netdata's files leave unset takes Kinsight's defaults.
    const EffectiveValue collect = valueOf(config, u"process"_s, u"global"_s, u"collect pid"_s);
    QCOMPARE(collect.value, u"all"_s);
    QCOMPARE(collect.origin.kind, ValueOrigin::Kind::KinsightDefault);
    QVERIFY(config.moduleEnabled(u"hardirq"));
    QVERIFY(!config.moduleEnabled(u"cachestat"));
}

void TestEffectiveConfig::netdataLookup()
{
    QTemporaryDir user;
    QVERIFY(user.isValid());
    const QString stock = fixturePath(u"netdata-2.x"_s);

    // No user files: the stock tree, Netdata's defaults for the rest.
    const EffectiveConfig stockOnly =
        EffectiveConfig::resolve(ConfigSources::netdata(user.path(), stock), fixtureValidator());
    QCOMPARE(stockOnly.defaults(), DefaultSet::Netdata);
    QCOMPARE(stockOnly.filesRead().size(), 2);
    const EffectiveValue interval = valueOf(stockOnly, {}, u"global"_s, u"update every"_s);
    QCOMPARE(interval.value, u"5"_s);
    QCOMPARE(interval.origin.tree, SourceTree::NetdataStock);
    QCOMPARE(interval.origin.line, 28);
    QCOMPARE(valueOf(stockOnly, u"socket"_s, u"global"_s, u"ebpf co-re tracing"_s).origin.kind,
             ValueOrigin::Kind::ModuleFile);
    const EffectiveValue tracing = valueOf(stockOnly, u"process"_s, u"global"_s, u"ebpf co-re tracing"_s);
    QCOMPARE(tracing.value, u"trampoline"_s);
    QCOMPARE(tracing.origin.kind, ValueOrigin::Kind::NetdataDefault);
    QCOMPARE(valueOf(stockOnly, {}, u"ipc"_s, u"backlog"_s).value, u"20"_s);

    // A user file replaces the stock file of the same name, whole.
    QVERIFY(writeFile(user.path() + u"/ebpf.d/network.conf"_s, "[global]\nupdate every = 9\n"));
    const EffectiveConfig withUser =
        EffectiveConfig::resolve(ConfigSources::netdata(user.path(), stock), fixtureValidator());
    QCOMPARE(valueOf(withUser, u"socket"_s, u"global"_s, u"update every"_s).value, u"9"_s);
    QCOMPARE(valueOf(withUser, u"socket"_s, u"global"_s, u"update every"_s).origin.tree, SourceTree::NetdataUser);
    const EffectiveValue tracingNow = valueOf(withUser, u"socket"_s, u"global"_s, u"ebpf co-re tracing"_s);
    QCOMPARE(tracingNow.origin.kind, ValueOrigin::Kind::NetdataDefault);  // the stock network.conf is not read
    QCOMPARE(tracingNow.value, u"probe"_s);
}

void TestEffectiveConfig::legacyMainFileName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.path() + u"/ebpf.conf"_s, "[global]\nupdate every = 8\n"));
    const EffectiveConfig netdata =
        EffectiveConfig::resolve(ConfigSources::netdata(dir.path(), QString()), fixtureValidator());
    QCOMPARE(valueOf(netdata, {}, u"global"_s, u"update every"_s).value, u"8"_s);
    const EffectiveConfig kinsight = EffectiveConfig::resolve(ConfigSources::kinsight(dir.path()), fixtureValidator());
    QVERIFY(kinsight.filesRead().isEmpty());
    QVERIFY(ConfigSources::holdsSettings(dir.path(), true));
    QVERIFY(!ConfigSources::holdsSettings(dir.path(), false));
}

void TestEffectiveConfig::importPlan()
{
    const QString netdata = fixturePath(u"netdata-1.37"_s);
    const ImportPlan plan = planNetdataImport(netdata);
    QCOMPARE(plan.files.size(), 17);
    QVERIFY(plan.skipped.isEmpty());
    for (const ImportedFile &file : plan.files) {
        QFile source(file.sourcePath);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(file.content, source.readAll());
    }
    QCOMPARE(plan.files.first().targetRelativePath, u"ebpf.d.conf"_s);
    QCOMPARE(plan.files.at(1).targetRelativePath, u"ebpf.d/cachestat.conf"_s);

    QTemporaryDir dir;
    QVERIFY(writeFile(dir.path() + u"/ebpf.conf"_s, "[global]\n"));
    QVERIFY(writeFile(dir.path() + u"/ebpf.d/functions.conf"_s, "#[global]\n"));
    QVERIFY(writeFile(dir.path() + u"/ebpf.d/network.conf"_s, "[global]\n"));
    const ImportPlan old = planNetdataImport(dir.path());
    QCOMPARE(old.files.size(), 2);
    QCOMPARE(old.files.first().targetRelativePath, u"ebpf.d.conf"_s);
    QCOMPARE(old.files.first().sourcePath, dir.path() + u"/ebpf.conf"_s);
    QCOMPARE(old.skipped.size(), 1);
    QVERIFY(old.skipped.first().contains(u"functions.conf"_s));
}

void TestEffectiveConfig::connectionFilter_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("explanationStart");

    // kinsight-etc/ebpf.d/network.conf: ports = 1-1024 !22 https, ips = 10.0.0.0/8 !10.1.0.0/16
    QTest::newRow("kept") << 80 << u"10.2.3.4"_s << QString() << true << u"kept: port 80 is included by '1-1024'"_s;
    QTest::newRow("excluded port") << 22 << u"10.2.3.4"_s << QString() << false
                                   << u"ports: port 22 is excluded by '!22' (rule 2)"_s;
    QTest::newRow("port outside") << 8080 << u"10.2.3.4"_s << QString() << false
                                  << u"ports: no rule includes port 8080"_s;
    QTest::newRow("excluded address") << 80 << u"10.1.0.5"_s << QString() << false
                                      << u"ips: 10.1.0.5 is excluded by '!10.1.0.0/16' (rule 2)"_s;
    QTest::newRow("address outside") << 443 << u"192.168.1.1"_s << QString() << false
                                     << u"ips: no rule includes 192.168.1.1"_s;
    QTest::newRow("host names not resolved, so not applied") << 80 << u"10.2.3.4"_s << u"anything"_s << true
                                                             << u"kept:"_s;
}

void TestEffectiveConfig::connectionFilter()
{
    QFETCH(int, port);
    QFETCH(QString, address);
    QFETCH(QString, hostname);
    QFETCH(bool, accepted);
    QFETCH(QString, explanationStart);

    const ServiceDirectory services = ServiceDirectory::fromServicesFile(fixturePath(u"services/services"_s));
    const EffectiveConfig config =
        EffectiveConfig::resolve(ConfigSources::kinsight(fixturePath(u"kinsight-etc"_s)), ConfigValidator(services));
    const ConnectionFilter filter = ConnectionFilter::fromConfig(config, services);
    QVERIFY(!filter.resolvesHostnames());
    QCOMPARE(filter.ports().rules().size(), 3);
    const ConnectionFilter::Decision decision = filter.decide(quint16(port), *IpAddress::parse(address), hostname);
    QCOMPARE(decision.accepted, accepted);
    QVERIFY2(decision.explanation.startsWith(explanationStart), qPrintable(decision.explanation));
    QVERIFY(!decision.hostname);
}

void TestEffectiveConfig::connectionFilterWithHostnames()
{
    const ConnectionFilter filter =
        ConnectionFilter::fromValues(u"*", u"*", u"*.lan !printer.lan", true, ServiceDirectory());
    const IpAddress address = *IpAddress::parse(u"10.0.0.1");
    const ConnectionFilter::Decision printer = filter.decide(80, address, u"printer.lan");
    QVERIFY(!printer.accepted);
    QVERIFY(printer.hostname);
    QCOMPARE(printer.hostname->ruleIndex, 1);
    QVERIFY(printer.explanation.startsWith(u"hostnames: rejected by '!printer.lan'"_s));
    QVERIFY(filter.decide(80, address, u"nas.lan").accepted);
    QVERIFY(!filter.decide(80, address, u"example.com").accepted);
    QVERIFY(filter.decide(80, address).accepted);  // no name known: ports and addresses decide
}

QTEST_GUILESS_MAIN(TestEffectiveConfig)
#include "tst_config_effective.moc"
