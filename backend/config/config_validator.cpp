#include "config_validator.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace kinsight::config {

namespace {

QString quoted(const QString &text)
{
    return u'\'' + text + u'\'';
}

QString fileLabel(const FileRole &role)
{
    if (role.kind == FileRole::Kind::Module) {
        if (const ModuleSpec *module = OptionSchema::instance().module(role.module))
            return module->fileName;
    }
    return OptionSchema::mainFileName();
}

std::optional<QString> portKeyProblem(QStringView key)
{
    bool ok = false;
    const uint port = key.toUInt(&ok);
    bool digitsOnly = !key.isEmpty();
    for (QChar c : key)
        digitsOnly = digitsOnly && c.isDigit() && c.unicode() < 128;
    if (!ok || !digitsOnly || port < 1 || port > 65535)
        return quoted(key.toString()) + u" is not a port number; lines here are '<port> = <label>' with a port from 1 to 65535"_s;
    return std::nullopt;
}

// Why an option known elsewhere has no effect in this file.
QString misplacedMessage(const OptionSpec &option, const FileRole &role)
{
    const OptionSchema &schema = OptionSchema::instance();
    const QString here = fileLabel(role);
    if (role.kind == FileRole::Kind::Module && option.inModuleFiles && !option.modules.isEmpty()) {
        if (option.cascades)
            return u"the "_s + role.module + u" module keeps no per-process data, so "_s + quoted(option.key)
                   + u" has no effect in "_s + here;
        QStringList files;
        for (const QString &id : option.modules) {
            if (const ModuleSpec *module = schema.module(id))
                files.append(module->fileName);
        }
        return quoted(option.key) + u" is read from "_s + files.join(u", "_s) + u" only; it has no effect in "_s + here;
    }
    if (option.inMainFile && !option.inModuleFiles)
        return quoted(option.key) + u" is read from "_s + OptionSchema::mainFileName() + u" only; it has no effect in "_s
               + here;
    if (role.kind == FileRole::Kind::Main && option.inModuleFiles) {
        QStringList files;
        for (const QString &id : option.modules) {
            if (const ModuleSpec *module = schema.module(id))
                files.append(OptionSchema::moduleDirectoryName() + u'/' + module->fileName);
        }
        return quoted(option.key) + u" belongs in "_s + (files.isEmpty() ? u"a module file"_s : files.join(u", "_s))
               + u"; it has no effect in "_s + here;
    }
    return quoted(option.key) + u" has no effect in "_s + here;
}

}  // namespace

ConfigValidator::ConfigValidator(ServiceDirectory services)
    : services_(std::move(services))
{
}

EntryCheck ConfigValidator::checkEntry(const FileRole &role, QStringView section, QStringView key,
                                       QStringView value) const
{
    const OptionSchema &schema = OptionSchema::instance();
    EntryCheck check;
    check.option = schema.findFor(role, section, key);
    if (!check.option) {
        check.alias = schema.alias(role, section, key);
        if (check.alias)
            check.option = schema.findFor(role, section, check.alias->currentKey);
    }
    if (!check.option) {
        QString message;
        if (const OptionSpec *elsewhere = schema.find(section, key); elsewhere && !elsewhere->freeKey) {
            message = misplacedMessage(*elsewhere, role);
        } else if (!schema.isKnownSection(section)) {
            message = u"unknown section ["_s + section.toString() + u']';
            const QString suggestion = schema.suggestSection(role, section);
            if (!suggestion.isEmpty())
                message += u"; did you mean ["_s + suggestion + u"]?"_s;
        } else {
            message = u"unknown key "_s + quoted(key.toString()) + u" in ["_s + section.toString() + u']';
            const QString suggestion = schema.suggestKey(role, section, key);
            if (!suggestion.isEmpty())
                message += u"; did you mean "_s + quoted(suggestion) + u'?';
        }
        check.keyIssues.append({0, int(key.size()), Severity::Error, u"unknown-key"_s, message});
        return check;
    }
    if (check.option->freeKey) {
        if (const std::optional<QString> problem = portKeyProblem(key))
            check.keyIssues.append({0, int(key.size()), Severity::Error, u"bad-port"_s, *problem});
    }
    switch (check.option->status) {
    case KeyStatus::Current:
        break;
    case KeyStatus::NetdataOnly:
        check.keyIssues.append({0, int(key.size()), Severity::Note, u"netdata-only"_s,
                                quoted(check.option->key) + u" is read by Netdata only: "_s
                                    + check.option->statusMessage});
        break;
    case KeyStatus::NoLongerRead:
        check.keyIssues.append({0, int(key.size()), Severity::Warning, u"no-longer-read"_s,
                                quoted(check.option->key) + u" is no longer read: "_s + check.option->statusMessage
                                    + (check.option->replacement.isEmpty()
                                           ? QString()
                                           : u"; use "_s + quoted(check.option->replacement) + u" instead"_s)});
        break;
    case KeyStatus::DocumentedWrongly:
        check.keyIssues.append({0, int(key.size()), Severity::Warning, u"documented-wrongly"_s,
                                check.option->statusMessage + u"; rename it to "_s
                                    + quoted(check.option->replacement)});
        break;
    }
    if (role.kind == FileRole::Kind::Main && check.option->netdataIgnoresInMainFile) {
        check.keyIssues.append({0, int(key.size()), Severity::Note, u"kinsight-only-here"_s,
                                u"Netdata reads "_s + quoted(check.option->key)
                                    + u" from module files only; Kinsight also reads it here as the default for every module"_s});
    }
    check.value = checkValue(*check.option, value, services_);
    return check;
}

QList<Diagnostic> ConfigValidator::validate(const IniDocument &document, const FileRole &role,
                                            const QString &fileName) const
{
    const OptionSchema &schema = OptionSchema::instance();
    QList<Diagnostic> diagnostics;
    auto report = [&](int line, int column, Severity severity, const QString &code, const QString &message) {
        diagnostics.append({fileName, line, column, severity, code, message});
    };

    if (document.startsWithByteOrderMark()) {
        report(1, 1, Severity::Warning, u"byte-order-mark"_s,
               u"the file starts with a UTF-8 byte-order mark, which Netdata reads as part of the first line; "
               u"save the file without it"_s);
    }

    QHash<QString, int> firstHeaderLine;
    const QStringList allowedSections = schema.sectionsFor(role);
    for (const IniLine &line : document.lines()) {
        switch (line.kind) {
        case IniLine::Kind::Blank:
        case IniLine::Kind::Comment:
            break;
        case IniLine::Kind::Invalid:
            report(line.number, line.keyColumn, Severity::Error,
                   line.section.isEmpty() ? u"outside-section"_s : u"syntax"_s, line.problem);
            break;
        case IniLine::Kind::Section: {
            if (const auto it = firstHeaderLine.constFind(line.section); it != firstHeaderLine.cend()) {
                report(line.number, line.keyColumn, Severity::Note, u"repeated-section"_s,
                       u"["_s + line.section + u"] appears again (first on line "_s + QString::number(it.value())
                           + u"); its keys are read as one section"_s);
                break;
            }
            firstHeaderLine.insert(line.section, line.number);
            if (allowedSections.contains(line.section))
                break;
            if (schema.isKnownSection(line.section) && role.kind != FileRole::Kind::Unknown) {
                report(line.number, line.keyColumn, Severity::Warning, u"misplaced-section"_s,
                       u"["_s + line.section + u"] is not read from "_s + fileLabel(role)
                           + u"; everything in it has no effect here"_s);
                break;
            }
            QString message = u"unknown section ["_s + line.section + u"]; everything in it is ignored"_s;
            const QString suggestion = schema.suggestSection(role, line.section);
            if (!suggestion.isEmpty())
                message += u"; did you mean ["_s + suggestion + u"]?"_s;
            report(line.number, line.keyColumn, Severity::Warning, u"unknown-section"_s, message);
            break;
        }
        case IniLine::Kind::Entry: {
            if (!allowedSections.contains(line.section))
                break;  // reported once, on the section header
            const EntryCheck check = checkEntry(role, line.section, line.key, line.value);
            if (!check.option) {
                // Unknown or misplaced keys have no effect; that is a warning, not an error,
                // because Netdata versions add keys Kinsight may not know yet.
                for (const ValueIssue &issue : check.keyIssues)
                    report(line.number, line.keyColumn, Severity::Warning,
                           schema.find(line.section, line.key) ? u"misplaced-key"_s : issue.code, issue.message);
                break;
            }
            if (check.alias) {
                const QList<qsizetype> current = document.entryIndexes(line.section, check.alias->currentKey);
                if (current.isEmpty()) {
                    report(line.number, line.keyColumn, Severity::Note, u"old-key-name"_s,
                           quoted(line.key) + u" is the old name of "_s + quoted(check.alias->currentKey)
                               + (check.alias->invertsBoolean ? u" (with the opposite meaning)"_s : QString())
                               + u"; Netdata and Kinsight still read it"_s);
                } else {
                    const IniLine &other = document.lines().at(current.last());
                    const QString winner = check.alias->netdataPrefersOld ? line.key : check.alias->currentKey;
                    report(line.number, line.keyColumn, Severity::Warning, u"old-and-new-key"_s,
                           u"both "_s + quoted(line.key) + u" and its new name "_s + quoted(check.alias->currentKey)
                               + u" (line "_s + QString::number(other.number) + u") are set; "_s + quoted(winner)
                               + u" wins, as in Netdata; keep only one"_s);
                }
            }
            for (const ValueIssue &issue : check.keyIssues)
                report(line.number, line.keyColumn + issue.offset, issue.severity, issue.code, issue.message);
            for (const ValueIssue &issue : check.value.issues)
                report(line.number, line.valueColumn + issue.offset, issue.severity, issue.code,
                       quoted(line.key) + u": "_s + issue.message);

            const QList<qsizetype> repeats = document.entryIndexes(line.section, line.key);
            if (repeats.size() > 1 && document.lines().at(repeats.last()).number != line.number) {
                report(line.number, line.keyColumn, Severity::Warning, u"repeated-key"_s,
                       quoted(line.key) + u" is set again on line "_s
                           + QString::number(document.lines().at(repeats.last()).number)
                           + u", which wins; this line has no effect"_s);
            }

            if (check.option->type == ValueType::SimplePattern && line.key == u"hostnames"
                && line.value.trimmed() != u"*") {
                const IniLine *resolve = document.entry(line.section, u"resolve hostnames");
                const std::optional<bool> resolving = resolve ? parseBoolean(resolve->value) : std::optional<bool>(false);
                if (!resolving.value_or(false)) {
                    report(line.number, line.keyColumn, Severity::Note, u"hostnames-unused"_s,
                           u"'hostnames' is only applied when 'resolve hostnames = yes'"_s);
                }
            }
            break;
        }
        }
    }
    return diagnostics;
}

}  // namespace kinsight::config
