// The subcommands of kinsight-cli. Each returns the process exit code.
#pragma once

#include "measurement_source.h"

#include <QStringList>
#include <QTextStream>

#include <functional>

namespace kinsight::cli {

// Exit code for Kinsight's own errors (the command's code is passed through).
constexpr int kOwnError = 125;

using SourceFactory = std::function<std::unique_ptr<MeasurementSource>(bool direct)>;

int runCapabilities(const QStringList &args, QTextStream &out, QTextStream &err);
int runStat(const QStringList &args, QTextStream &out, QTextStream &err, const SourceFactory &sources);
int runWatch(const QStringList &args, QTextStream &out, QTextStream &err, const SourceFactory &sources);
int runExport(const QStringList &args, QTextStream &out, QTextStream &err, const SourceFactory &sources);

}  // namespace kinsight::cli
