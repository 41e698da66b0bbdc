#include "check.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kinsight::diagnostics {

QString statusName(Status status)
{
    switch (status) {
    case Status::Ok: return u"ok"_s;
    case Status::Warning: return u"warning"_s;
    case Status::Error: return u"error"_s;
    case Status::Unknown: return u"unknown"_s;
    }
    return {};
}

bool blocksMonitoring(const Check &check)
{
    return check.status == Status::Error;
}

bool anyBlocksMonitoring(const QList<Check> &checks)
{
    return std::any_of(checks.cbegin(), checks.cend(), blocksMonitoring);
}

}  // namespace kinsight::diagnostics
