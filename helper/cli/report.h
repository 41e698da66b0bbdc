// The CLI's names for the tree report, which lives in kinsight_export so the
// GUI's launch-and-inspect shares it.
#pragma once

#include "stat_report.h"

namespace kinsight::cli {

using kinsight::attachJson;
using kinsight::chartsJson;
using kinsight::formatNumber;
using kinsight::keyedJson;
using kinsight::statJson;
using kinsight::StatRun;
using kinsight::Totals;
using kinsight::treeTotals;

}  // namespace kinsight::cli
