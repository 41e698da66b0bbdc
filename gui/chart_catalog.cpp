#include "chart_catalog.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

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

namespace {

// The seed's menu order; sections it does not name follow in session order.
int sectionRank(const QString &section)
{
    static const QStringList order{u"System Overview"_s, u"Memory"_s, u"Disk"_s,  u"Filesystem"_s,
                                   u"Mount Points"_s,    u"VFS"_s,    u"eBPF"_s,  u"Applications"_s};
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

CatalogChart catalogChart(const SessionInfo &session, const ModuleInfo &module, const ChartInfo &chart)
{
    CatalogChart out{module.name, chart.id, chart.title, chart.units, chart.section, chart.family, {}};
    const bool errorsMissing = chart.returnModeOnly && session.loadMode != u"return"_s;
    for (const DimensionInfo &d : chart.dimensions) {
        QString reason = module.unavailableReason(d);
        if (reason.isEmpty() && !module.loaded)
            reason = module.error.isEmpty()
                         ? QCoreApplication::translate("kinsight::gui::ChartCatalog", "module %1 is not loaded")
                               .arg(module.name)
                         : module.error;
        if (reason.isEmpty() && errorsMissing)
            reason = entryModeReason(session);
        out.dimensions.append({d.id, d.label.isEmpty() ? d.id : d.label, d.gauge, reason});
    }
    return out;
}

}  // namespace

ChartCatalog::ChartCatalog(const SessionInfo &session)
{
    for (const ModuleInfo &module : session.modules) {
        for (const ChartInfo &info : module.charts) {
            CatalogChart chart = catalogChart(session, module, info);
            const QString sectionName = chart.section.isEmpty() ? module.name : chart.section;
            const QString familyName = chart.family.isEmpty() ? module.name : chart.family;
            auto section = std::find_if(sections_.begin(), sections_.end(),
                                        [&](const CatalogSection &s) { return s.name == sectionName; });
            if (section == sections_.end())
                section = sections_.insert(sections_.end(), CatalogSection{sectionName, {}});
            auto family = std::find_if(section->families.begin(), section->families.end(),
                                       [&](const CatalogFamily &f) { return f.name == familyName; });
            if (family == section->families.end())
                family = section->families.insert(section->families.end(), CatalogFamily{familyName, {}});
            family->charts.append(chart);
        }
    }
    std::stable_sort(sections_.begin(), sections_.end(), [](const CatalogSection &a, const CatalogSection &b) {
        return sectionRank(a.name) < sectionRank(b.name);
    });
    // Charts with something to draw first; those the mode cannot measure close their family.
    for (CatalogSection &section : sections_)
        for (CatalogFamily &family : section.families)
            std::stable_partition(family.charts.begin(), family.charts.end(),
                                  [](const CatalogChart &c) { return c.hasMeasuredDimension(); });

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

const CatalogChart *ChartCatalog::chart(const QString &id) const
{
    for (const CatalogSection &s : sections_)
        for (const CatalogFamily &f : s.families)
            for (const CatalogChart &c : f.charts)
                if (c.id == id)
                    return &c;
    return nullptr;
}

bool ChartCatalog::sameShape(const ChartCatalog &other) const
{
    auto shape = [](const ChartCatalog &catalog) {
        QStringList keys;
        for (const CatalogSection &s : catalog.sections_)
            for (const CatalogFamily &f : s.families)
                for (const CatalogChart &c : f.charts)
                    for (const CatalogDimension &d : c.dimensions)
                        keys.append(c.id + u'/' + d.id + u'/' + (d.unavailableReason.isEmpty() ? u"1"_s : u"0"_s));
        return keys;
    };
    return shape(*this) == shape(other);
}

}  // namespace kinsight::gui
