// Options shared by the commands that measure: --modules, --attach,
// --load-mode, --interval, --direct.
#pragma once

#include "measurement_source.h"

#include <QCommandLineParser>

namespace kinsight::cli {

void addSourceOptions(QCommandLineParser &parser, bool withInterval);
// Fills `request` from the parsed options; false with `error` set when invalid.
bool readSourceOptions(const QCommandLineParser &parser, bool withInterval, SourceRequest &request, QString *error);

}  // namespace kinsight::cli
