// Checks one value against its option's type and range, and gives its
// canonical form ("On" -> "yes", "CO-RE" -> "co-re"). Issue offsets are
// relative to the value's first character.
#pragma once

#include "config/config_diagnostic.h"
#include "config/option_schema.h"
#include "config/service_directory.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace kinsight::config {

struct ValueCheck {
    QString canonical;  // empty when the value is invalid
    QList<ValueIssue> issues;

    bool ok() const { return !hasIssueErrors(issues); }
};

ValueCheck checkValue(const OptionSpec &option, QStringView value, const ServiceDirectory &services);

// Netdata's booleans: yes/no, true/false, on/off and auto (= yes), any case.
std::optional<bool> parseBoolean(QStringView text);

}  // namespace kinsight::config
