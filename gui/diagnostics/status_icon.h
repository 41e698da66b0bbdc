// How a check's status looks on the Diagnostics page: an icon that carries a
// glyph as well as a colour (so it reads without colour too), and the word.
// The icons are painted, not taken from a theme, so they look the same on
// every desktop and in offscreen screenshots.
#pragma once

#include "diagnostics/check.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace kinsight::gui {

QIcon statusIcon(diagnostics::Status status);
QColor statusColor(diagnostics::Status status);
QString statusWord(diagnostics::Status status);  // "OK", "Warning", "Error", "Unknown", translated

// Order in which problems deserve attention: errors first, OK last.
int statusSeverity(diagnostics::Status status);

}  // namespace kinsight::gui
