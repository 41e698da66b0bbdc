// Checks a settings document against the option schema and reports every
// finding with file:line:column. Errors are what Netdata or Kinsight would
// misread or drop (bad values, lines without '='); warnings are what has no
// effect (unknown, misplaced, repeated, no longer read or wrongly documented
// keys); notes are harmless differences worth knowing (old key names,
// Netdata-only keys, CIDR blocks with host bits set).
#pragma once

#include "config/config_diagnostic.h"
#include "config/ini_document.h"
#include "config/option_schema.h"
#include "config/service_directory.h"
#include "config/value_check.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace kinsight::config {

// The check of one proposed "key = value" in a file, as `config set` and the
// settings page need it before writing.
struct EntryCheck {
    const OptionSpec *option = nullptr;  // null when the key is not known in that file
    const KeyAlias *alias = nullptr;     // set when the key is an old name of option
    QList<ValueIssue> keyIssues;         // offsets relative to the key
    ValueCheck value;                    // offsets relative to the value

    bool ok() const { return option && !hasIssueErrors(keyIssues) && value.ok(); }
};

class ConfigValidator {
public:
    explicit ConfigValidator(ServiceDirectory services = ServiceDirectory::system());

    QList<Diagnostic> validate(const IniDocument &document, const FileRole &role, const QString &fileName) const;
    EntryCheck checkEntry(const FileRole &role, QStringView section, QStringView key, QStringView value) const;

    const ServiceDirectory &services() const { return services_; }

private:
    ServiceDirectory services_;
};

}  // namespace kinsight::config
