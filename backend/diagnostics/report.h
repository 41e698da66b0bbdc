// One check list, three renderings: Markdown ("Copy report"), the JSON document
// of `kinsight-cli diagnose --json`, and plain text for a terminal.
#pragma once

#include "check.h"

#include <QJsonDocument>

namespace kinsight::diagnostics {

QString toMarkdown(const QList<Check> &checks);
// {"blocksMonitoring": bool, "checks": [{"id", "title", "status", "summary", "explanation", "fix",
//  "fixAction"?, "needsHelper"?, "snippets": [{"caption", "language", "text"}]}]}
QJsonDocument toJson(const QList<Check> &checks);
QString toPlainText(const QList<Check> &checks);

}  // namespace kinsight::diagnostics
