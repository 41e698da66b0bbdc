// Colours of chart lines. A dimension keeps its colour for the whole session:
// it comes from the dimension's own index (its place in the chart, or the
// order in which its key was first seen), never from how many lines are drawn
// now, so a new IRQ or a hidden line does not repaint the others.
#pragma once

#include <QColor>
#include <QPen>

namespace kinsight::gui {

struct SeriesStyle {
    QColor color;
    Qt::PenStyle penStyle = Qt::SolidLine;
};

// Distinct colours for `index` 0, 1, 2, …; after the palette runs out they
// come again dashed, then dotted, so two lines never look the same.
SeriesStyle seriesStyle(int index, bool darkBackground);

int seriesPaletteSize();

}  // namespace kinsight::gui
