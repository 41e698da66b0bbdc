#pragma once

#include <QString>

// The chart catalog's strings (titles, units, sections, families, dimension
// labels) arrive in English from the helper; this shows them in the
// application's language (context "Catalog", listed in catalog_strings.cpp).
// Use it only where they are displayed: they stay English as keys.
QString catalogText(const QString &english);
