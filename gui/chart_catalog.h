// The dashboard's shape, derived from a session's own chart metadata: sections
// (the seed's menus) holding families holding charts, plus the headline charts
// of the System Overview. Nothing here names a collector's charts except the
// overview's preferred headlines, so a new collector shows up by itself.
#pragma once

#include "session_info.h"

#include <QList>
#include <QString>

namespace kinsight::gui {

struct CatalogDimension {
    QString id;
    QString label;
    bool gauge = false;
    QString unavailableReason;  // empty: measured
};

struct CatalogChart {
    QString module;
    QString id;
    QString title;
    QString units;
    QString section;
    QString family;
    QList<CatalogDimension> dimensions;

    bool isGauge() const;  // every measured dimension is a value, not a rate
    bool hasMeasuredDimension() const;
};

struct CatalogFamily {
    QString name;
    QList<CatalogChart> charts;
};

struct CatalogSection {
    QString name;
    QList<CatalogFamily> families;

    int chartCount() const;
};

class ChartCatalog {
public:
    ChartCatalog() = default;
    explicit ChartCatalog(const SessionInfo &session);

    const QList<CatalogSection> &sections() const { return sections_; }
    const QList<CatalogChart> &overviewCharts() const { return overview_; }
    const CatalogChart *chart(const QString &id) const;
    bool isEmpty() const { return sections_.isEmpty(); }

    // Same charts and dimensions: a reconnected session can keep the history.
    bool sameShape(const ChartCatalog &other) const;

    // Headline charts shown on the System Overview when the session has them.
    static const QStringList &preferredOverviewCharts();

private:
    QList<CatalogSection> sections_;
    QList<CatalogChart> overview_;
};

}  // namespace kinsight::gui
