#include "value_check.h"

#include "config/ini_document.h"
#include "config/ip_list.h"
#include "config/port_list.h"
#include "config/simple_pattern.h"

using namespace Qt::StringLiterals;

namespace kinsight::config {

namespace {

QString quoted(QStringView text)
{
    return u'\'' + text.toString() + u'\'';
}

// Netdata has no end-of-line comments; a '#' after white space is almost
// always someone expecting one.
qsizetype inlineCommentAt(QStringView value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'#' && (i == 0 || isNetdataSpace(value.at(i - 1))))
            return i;
    }
    return -1;
}

void checkNumber(const OptionSpec &option, QStringView value, ValueCheck &check)
{
    const int length = int(value.size());
    auto fail = [&](const QString &code, const QString &message) {
        check.issues.append({0, std::max(length, 1), Severity::Error, code, message});
    };
    const QString range = QString::number(option.minimum) + u" to "_s + QString::number(option.maximum)
                          + (option.unit.isEmpty() ? QString() : u' ' + option.unit);
    if (value.isEmpty()) {
        fail(u"empty-value"_s, u"the value is empty; write a number from "_s + range);
        return;
    }
    qsizetype digits = 0;
    while (digits < value.size() && value.at(digits).isDigit() && value.at(digits).unicode() < 128)
        ++digits;
    if (digits < value.size()) {
        const QStringView rest = value.mid(digits);
        if (option.type == ValueType::Seconds && digits > 0 && rest.startsWith(u'.')) {
            fail(u"fractional-seconds"_s,
                 u"whole seconds only: Netdata reads "_s + quoted(value) + u" as "_s + value.left(digits).toString());
        } else if (option.type == ValueType::Seconds && digits > 0
                   && (rest == u"s" || rest == u"sec" || rest == u"m" || rest == u"ms" || rest == u"min")) {
            fail(u"unit-suffix"_s, u"write the number of seconds without a unit, e.g. "_s
                                       + quoted(value.left(digits)));
        } else if (value.startsWith(u"0x") || value.startsWith(u"0X")) {
            fail(u"not-decimal"_s, u"write a decimal number from "_s + range);
        } else {
            fail(u"bad-number"_s, quoted(value) + u" is not a number; write a whole number from "_s + range);
        }
        return;
    }
    if (value.size() > 1 && value.front() == u'0') {
        QStringView significant = value;
        while (significant.size() > 1 && significant.front() == u'0')
            significant = significant.mid(1);
        fail(u"leading-zero"_s, u"a leading zero makes Netdata read "_s + quoted(value)
                                    + u" as an octal number; write "_s + quoted(significant));
        return;
    }
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok || number < option.minimum || number > option.maximum) {
        fail(u"out-of-range"_s, quoted(value) + u" is out of range: '"_s + option.key + u"' takes "_s + range);
        return;
    }
    check.canonical = QString::number(number);
}

}  // namespace

std::optional<bool> parseBoolean(QStringView text)
{
    for (const char16_t *yes : {u"yes", u"true", u"on", u"auto"}) {
        if (text.compare(QStringView(yes), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const char16_t *no : {u"no", u"false", u"off"}) {
        if (text.compare(QStringView(no), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

ValueCheck checkValue(const OptionSpec &option, QStringView value, const ServiceDirectory &services)
{
    ValueCheck check;
    const int length = int(value.size());
    switch (option.type) {
    case ValueType::Boolean: {
        if (const std::optional<bool> parsed = parseBoolean(value)) {
            check.canonical = *parsed ? u"yes"_s : u"no"_s;
        } else {
            check.issues.append({0, std::max(length, 1), Severity::Error, u"bad-boolean"_s,
                                 (value.isEmpty() ? u"the value is empty"_s : quoted(value) + u" is not a boolean"_s)
                                     + u"; write yes or no (true/false, on/off and auto are read too)"_s});
        }
        break;
    }
    case ValueType::Choice: {
        if (const Choice *choice = option.findChoice(value)) {
            check.canonical = choice->value;
            if (!choice->warning.isEmpty())
                check.issues.append({0, length, Severity::Warning, u"discouraged-choice"_s, choice->warning});
        } else {
            QStringList names;
            for (const Choice &candidate : option.choices)
                names.append(quoted(candidate.value));
            check.issues.append({0, std::max(length, 1), Severity::Error, u"bad-choice"_s,
                                 (value.isEmpty() ? u"the value is empty"_s
                                                  : quoted(value) + u" is not a valid value"_s)
                                     + u"; '"_s + option.key + u"' takes one of "_s + names.join(u", "_s)});
        }
        break;
    }
    case ValueType::Integer:
    case ValueType::Seconds:
        checkNumber(option, value, check);
        break;
    case ValueType::Path:
        if (value.isEmpty()) {
            check.issues.append({0, 1, Severity::Error, u"empty-value"_s, u"the path is empty"_s});
        } else if (!value.startsWith(u'/')) {
            check.issues.append({0, length, Severity::Error, u"relative-path"_s,
                                 u"write an absolute path (starting with '/')"_s});
        } else {
            check.canonical = value.toString();
        }
        break;
    case ValueType::Text:
        check.canonical = value.toString();
        break;
    case ValueType::ServiceLabel:
        if (value.isEmpty())
            check.issues.append({0, 1, Severity::Error, u"empty-value"_s,
                                 u"the label is empty; write the name to show for this port"_s});
        else
            check.canonical = value.toString();
        break;
    case ValueType::SimplePattern: {
        const SimplePattern pattern = SimplePattern::parse(value, SimplePattern::Evaluation::ExclusionsFirst);
        check.issues += pattern.issues();
        check.canonical = value.toString();
        break;
    }
    case ValueType::PortList: {
        const PortList ports = PortList::parse(value, services);
        check.issues += ports.issues();
        check.canonical = value.toString();
        break;
    }
    case ValueType::IpList: {
        const IpList ips = IpList::parse(value);
        check.issues += ips.issues();
        check.canonical = value.toString();
        break;
    }
    }

    const qsizetype comment = inlineCommentAt(value);
    if (comment >= 0) {
        check.issues.append({int(comment), int(value.size() - comment), Severity::Warning, u"inline-comment"_s,
                             u"Netdata has no end-of-line comments: "_s + quoted(value.mid(comment))
                                 + u" is part of the value; put the comment on a line of its own"_s});
    }
    if (!check.ok())
        check.canonical.clear();
    return check;
}

}  // namespace kinsight::config
