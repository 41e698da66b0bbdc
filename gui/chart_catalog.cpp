#include "chart_catalog.h"

#include "catalog_text.h"

#include "frame.h"
#include "histogram_bins.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kinsight::gui::ChartCatalog", text);
}

// The seed's menu order; sections it does not name follow in session order.
int sectionRank(const QString &section)
{
    static const QStringList order{u"System Overview"_s, u"Memory"_s,      u"MD flush"_s, u"Disk"_s,
                                   u"Disks"_s,           u"Filesystem"_s,  u"VFS"_s,      u"eBPF"_s,
                                   u"Mount Points"_s,    u"Applications"_s};
    const qsizetype i = order.indexOf(section);
    return i < 0 ? int(order.size()) : int(i);
}

// An error chart in `entry` load mode has no data even when the helper did not
// mark its counters: say so rather than draw zeros.
QString entryModeReason(const SessionInfo &session)
{
    return QCoreApplication::translate("kinsight::gui::ChartCatalog",
                                       "errors are counted only in load mode \"return\"; this session uses \"%1\"")
        .arg(session.loadMode);
}

QString notLoadedReason(const ModuleInfo &module)
{
    if (module.loaded)
        return {};
    return module.error.isEmpty()
               ? QCoreApplication::translate("kinsight::gui::ChartCatalog", "module %1 is not loaded").arg(module.name)
               : module.error;
}

CatalogChart catalogChart(const SessionInfo &session, const ModuleInfo &module, const ChartInfo &chart)
{
    CatalogChart out;
    out.module = module.name;
    out.id = chart.id;
    out.title = chart.title;
    out.units = chart.units;
    out.section = chart.section;
    out.family = chart.family;
    const bool errorsMissing = chart.returnModeOnly && session.loadMode != u"return"_s;
    for (const DimensionInfo &d : chart.dimensions) {
        QString reason = module.unavailableReason(d);
        if (reason.isEmpty())
            reason = notLoadedReason(module);
        if (reason.isEmpty() && errorsMissing)
            reason = entryModeReason(session);
        out.dimensions.append({d.id, d.label.isEmpty() ? d.id : d.label, d.gauge, d.isRatio(), reason,
                               int(out.dimensions.size())});
    }
    return out;
}

const QString kKey = u"{key}"_s;

}  // namespace

bool CatalogChart::isGauge() const
{
    bool anyGauge = false;
    for (const CatalogDimension &d : dimensions) {
        if (!d.unavailableReason.isEmpty())
            continue;
        if (!d.gauge)
            return false;
        anyGauge = true;
    }
    return anyGauge;
}

bool CatalogChart::hasMeasuredDimension() const
{
    if (!unavailableReason.isEmpty())
        return false;
    if (kind == Kind::DimensionPerKey)
        return true;  // its dimensions come with the keys
    return std::any_of(dimensions.cbegin(), dimensions.cend(),
                       [](const CatalogDimension &d) { return d.unavailableReason.isEmpty(); });
}

int CatalogSection::chartCount() const
{
    int n = 0;
    for (const CatalogFamily &f : families)
        n += int(f.charts.size());
    return n;
}

const QStringList &ChartCatalog::preferredOverviewCharts()
{
    static const QStringList ids{u"system.process_thread"_s, u"filesystem.file_descriptor"_s,
                                 u"filesystem.vfs_io"_s, u"filesystem.vfs_io_bytes"_s};
    return ids;
}

QString ChartCatalog::overviewSection()
{
    return u"System Overview"_s;
}

ChartCatalog::ChartCatalog(const SessionInfo &session)
{
    for (const ModuleInfo &module : session.modules) {
        for (const ChartInfo &info : module.charts) {
            CatalogChart chart = catalogChart(session, module, info);
            if (chart.section.isEmpty())
                chart.section = module.name;
            if (chart.family.isEmpty())
                chart.family = module.name;
            family(chart.section, chart.family).charts.append(chart);
            for (const CatalogDimension &d : chart.dimensions)
                shape_.append(chart.id + u'/' + d.id + u'/' + (d.unavailableReason.isEmpty() ? u"1"_s : u"0"_s));
        }
        for (const KeyedTableInfo &table : module.tables) {
            QStringList values;
            for (const CounterInfo &v : table.values)
                values.append(v.name);
            for (const KeyedChartInfo &keyed : table.charts) {
                Template t{module.name, table.name, keyed, values, notLoadedReason(module)};
                if (t.chart.section.isEmpty())
                    t.chart.section = module.name;
                if (t.chart.family.isEmpty())
                    t.chart.family = module.name;
                shape_.append(u"keyed/"_s + module.name + u'/' + table.name + u'/' + keyed.id + u'/'
                              + (t.unavailableReason.isEmpty() ? u"1"_s : u"0"_s));
                if (!keyed.chartPerKey) {
                    CatalogChart chart;
                    chart.module = module.name;
                    chart.id = keyed.id;
                    chart.title = keyed.title;
                    chart.units = keyed.units;
                    chart.section = t.chart.section;
                    chart.family = t.chart.family;
                    chart.kind = CatalogChart::Kind::DimensionPerKey;
                    chart.table = table.name;
                    chart.templateId = keyed.id;
                    chart.unavailableReason = t.unavailableReason;
                    family(chart.section, chart.family).charts.append(chart);
                } else {
                    // Nothing to draw before the first key; the section says what will come.
                    const bool familyPerKey = t.chart.family.contains(kKey);
                    if (!familyPerKey)
                        family(t.chart.section, t.chart.family);
                    QString text = t.unavailableReason.isEmpty()
                                       ? tr("%1: a chart for each key of table \"%2\" appears here once the "
                                            "collector has seen one.")
                                             .arg(catalogText(keyed.title).replace(kKey, u"…"_s), table.name)
                                       : tr("%1: not measured in this session: %2")
                                             .arg(catalogText(keyed.title).replace(kKey, u"…"_s), t.unavailableReason);
                    ensureSection(t.chart.section).pending.append(
                        {keyed.id, familyPerKey ? QString() : t.chart.family, text});
                }
                templates_.append(t);
            }
        }
    }
    sortSections();

    for (const QString &id : preferredOverviewCharts())
        if (const CatalogChart *c = chart(id))
            overview_.append(*c);
    if (overview_.isEmpty()) {
        // No known headline: the first measured chart of every module stands in.
        for (const ModuleInfo &module : session.modules) {
            for (const ChartInfo &info : module.charts) {
                const CatalogChart *c = chart(info.id);
                if (c && c->hasMeasuredDimension()) {
                    overview_.append(*c);
                    break;
                }
            }
        }
    }
}

void ChartCatalog::sortSections()
{
    std::stable_sort(sections_.begin(), sections_.end(), [](const CatalogSection &a, const CatalogSection &b) {
        return sectionRank(a.name) < sectionRank(b.name);
    });
    // Charts with something to draw first; those the mode cannot measure close their family.
    for (CatalogSection &section : sections_)
        for (CatalogFamily &family : section.families)
            std::stable_partition(family.charts.begin(), family.charts.end(),
                                  [](const CatalogChart &c) { return c.hasMeasuredDimension(); });
}

CatalogSection &ChartCatalog::ensureSection(const QString &name)
{
    auto section = std::find_if(sections_.begin(), sections_.end(),
                                [&](const CatalogSection &s) { return s.name == name; });
    if (section == sections_.end())
        section = sections_.insert(sections_.end(), CatalogSection{name, {}, {}});
    return *section;
}

CatalogFamily &ChartCatalog::family(const QString &sectionName, const QString &familyName, bool *added)
{
    CatalogSection *section = &ensureSection(sectionName);
    auto family = std::find_if(section->families.begin(), section->families.end(),
                               [&](const CatalogFamily &f) { return f.name == familyName; });
    if (added)
        *added = family == section->families.end();
    if (family == section->families.end())
        family = section->families.insert(section->families.end(), CatalogFamily{familyName, {}});
    return *family;
}

const CatalogSection *ChartCatalog::section(const QString &name) const
{
    for (const CatalogSection &s : sections_)
        if (s.name == name)
            return &s;
    return nullptr;
}

const CatalogChart *ChartCatalog::chart(const QString &id) const
{
    for (const CatalogSection &s : sections_)
        for (const CatalogFamily &f : s.families)
            for (const CatalogChart &c : f.charts)
                if (c.id == id)
                    return &c;
    return nullptr;
}

CatalogChart *ChartCatalog::findChart(const QString &id)
{
    return const_cast<CatalogChart *>(std::as_const(*this).chart(id));
}

int ChartCatalog::keyIndex(const QString &module, const QString &table, const QString &key)
{
    QStringList &keys = tableKeys_[module + u'/' + table];
    qsizetype i = keys.indexOf(key);
    if (i < 0) {
        i = keys.size();
        keys.append(key);
    }
    return int(i);
}

QStringList ChartCatalog::keys(const QString &module, const QString &table) const
{
    return tableKeys_.value(module + u'/' + table);
}

CatalogChart ChartCatalog::chartForKey(const Template &t, const QString &key) const
{
    CatalogChart chart;
    chart.module = t.module;
    chart.id = t.chart.chartId(key);
    // The template is translated before the key goes in ("Festplattenlatenz von sda").
    chart.title = t.chart.title.contains(kKey) ? catalogText(t.chart.title).replace(kKey, key)
                                               : tr("%1 — %2").arg(catalogText(t.chart.title), key);
    chart.units = t.chart.units;
    chart.section = t.chart.section;
    chart.family = QString(t.chart.family).replace(kKey, key);
    chart.kind = CatalogChart::Kind::ChartPerKey;
    chart.table = t.table;
    chart.key = key;
    chart.templateId = t.chart.id;
    for (const QString &value : t.values)
        chart.dimensions.append({value, value, false, false, {}, int(chart.dimensions.size())});
    if (HistogramBins::fromNames(t.values))
        chart.bins = t.values;
    return chart;
}

void ChartCatalog::addKey(const Template &t, const QString &key, CatalogChange &change)
{
    if (!t.chart.chartPerKey) {
        CatalogChart *chart = findChart(t.chart.id);
        if (!chart || std::any_of(chart->dimensions.cbegin(), chart->dimensions.cend(),
                                  [&](const CatalogDimension &d) { return d.id == key; }))
            return;
        const CatalogDimension dimension{key, key, false, false, {}, keyIndex(t.module, t.table, key)};
        chart->dimensions.append(dimension);
        for (CatalogChart &headline : overview_)
            if (headline.id == t.chart.id)
                headline.dimensions.append(dimension);
        change.dimensions.append({t.chart.id, dimension});
        return;
    }
    if (findChart(t.chart.chartId(key)))
        return;
    keyIndex(t.module, t.table, key);
    const CatalogChart chart = chartForKey(t, key);
    bool added = false;
    family(chart.section, chart.family, &added).charts.append(chart);
    change.familiesAdded = change.familiesAdded || added;
    for (CatalogSection &s : sections_)
        if (s.name == chart.section)
            s.pending.removeIf([&](const PendingCharts &p) { return p.templateId == t.chart.id; });
    change.charts.append(chart);
}

CatalogChange ChartCatalog::absorb(const Frame &frame)
{
    CatalogChange change;
    for (const Template &t : std::as_const(templates_)) {
        if (!t.unavailableReason.isEmpty())
            continue;
        const ModuleFrame *module = frame.module(t.module);
        if (!module)
            continue;
        const auto rows = module->keyed.constFind(t.table);
        if (rows == module->keyed.cend())
            continue;
        for (const KeyedCounters &row : *rows)
            addKey(t, row.label, change);
    }
    return change;
}

void ChartCatalog::adoptKeys(const ChartCatalog &other)
{
    CatalogChange ignored;
    for (const Template &t : std::as_const(templates_))
        for (const QString &key : other.keys(t.module, t.table))
            addKey(t, key, ignored);
}

bool ChartCatalog::sameShape(const ChartCatalog &other) const
{
    return shape_ == other.shape_;
}

}  // namespace kinsight::gui
