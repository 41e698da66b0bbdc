// The dashboard's shape, derived from a session's own chart metadata: sections
// (the seed's menus) holding families holding charts, plus the headline charts
// of the System Overview. Nothing here names a collector's charts except the
// overview's preferred headlines, so a new collector shows up by itself.
//
// Keyed tables (per IRQ, per disk, …) add to that shape while the session
// runs: a chart with a dimension per key gains a dimension when a key first
// shows up in a frame, and a chart per key (a disk's latency histogram)
// appears in its section and family when its key does.
#pragma once

#include "session_info.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kinsight {
struct Frame;
}

namespace kinsight::gui {

struct CatalogDimension {
    QString id;
    QString label;
    bool gauge = false;
    bool ratio = false;         // a percentage of a denominator
    QString unavailableReason;  // empty: measured
    int colorIndex = -1;        // stable colour; -1: its place in the chart
};

struct CatalogChart {
    enum class Kind { Static, DimensionPerKey, ChartPerKey };

    QString module;
    QString id;
    QString title;
    QString units;
    QString section;
    QString family;
    QList<CatalogDimension> dimensions;
    Kind kind = Kind::Static;
    QString table;             // keyed: the table it charts
    QString key;               // chart per key: its key
    QString templateId;        // keyed: the id as the session declares it ("disk_latency_io.{key}")
    QStringList bins;          // non-empty: a latency histogram, one value per bin
    QString unavailableReason; // keyed: why the whole chart stays empty

    bool isGauge() const;  // every measured dimension is a value, not a rate
    bool isHistogram() const { return !bins.isEmpty(); }
    // Something can be drawn: a measured dimension, or keys still to come.
    bool hasMeasuredDimension() const;
};

struct CatalogFamily {
    QString name;
    QList<CatalogChart> charts;
};

// A kind of chart that appears once per key, as long as none has appeared.
struct PendingCharts {
    QString templateId;
    QString family;  // empty when the family is named after the key
    QString text;    // what will appear, or why nothing will
};

struct CatalogSection {
    QString name;
    QList<CatalogFamily> families;
    QList<PendingCharts> pending;

    int chartCount() const;
};

// What a frame added to the catalog.
struct CatalogChange {
    QList<std::pair<QString, CatalogDimension>> dimensions;  // chart id -> its new dimension
    QList<CatalogChart> charts;
    bool familiesAdded = false;

    bool isEmpty() const { return dimensions.isEmpty() && charts.isEmpty(); }
};

class ChartCatalog {
public:
    ChartCatalog() = default;
    explicit ChartCatalog(const SessionInfo &session);

    const QList<CatalogSection> &sections() const { return sections_; }
    const CatalogSection *section(const QString &name) const;
    const QList<CatalogChart> &overviewCharts() const { return overview_; }
    const CatalogChart *chart(const QString &id) const;
    bool isEmpty() const { return sections_.isEmpty(); }

    // Takes in the keys of `frame` that were not seen before.
    CatalogChange absorb(const Frame &frame);
    // The keys of a table in the order they were first seen.
    QStringList keys(const QString &module, const QString &table) const;
    // Takes over `other`'s keys (a reconnect to the same helper keeps its charts).
    void adoptKeys(const ChartCatalog &other);

    // Same charts and dimensions: a reconnected session can keep the history.
    bool sameShape(const ChartCatalog &other) const;

    // Headline charts shown on the System Overview when the session has them.
    static const QStringList &preferredOverviewCharts();
    // The section the System Overview page shows under its headlines.
    static QString overviewSection();

private:
    struct Template {
        QString module;
        QString table;
        KeyedChartInfo chart;
        QStringList values;
        QString unavailableReason;
    };
    CatalogChart *findChart(const QString &id);
    CatalogSection &ensureSection(const QString &name);
    CatalogFamily &family(const QString &section, const QString &family, bool *added = nullptr);
    int keyIndex(const QString &module, const QString &table, const QString &key);
    CatalogChart chartForKey(const Template &t, const QString &key) const;
    void addKey(const Template &t, const QString &key, CatalogChange &change);
    void sortSections();

    QList<CatalogSection> sections_;
    QList<CatalogChart> overview_;
    QList<Template> templates_;
    QHash<QString, QStringList> tableKeys_;  // "module/table" -> keys in order of appearance
    QStringList shape_;
};

}  // namespace kinsight::gui
