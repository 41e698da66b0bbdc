#include "report.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kinsight::diagnostics {

namespace {

struct Tally {
    int ok = 0, warning = 0, error = 0, unknown = 0, needHelper = 0;
    QStringList blocking;
};

Tally tally(const QList<Check> &checks)
{
    Tally t;
    for (const Check &check : checks) {
        switch (check.status) {
        case Status::Ok: ++t.ok; break;
        case Status::Warning: ++t.warning; break;
        case Status::Error: ++t.error; break;
        case Status::Unknown: ++t.unknown; break;
        }
        if (check.status == Status::Unknown && !check.needsHelper.isEmpty())
            ++t.needHelper;
        if (blocksMonitoring(check))
            t.blocking.append(check.id);
    }
    return t;
}

QString verdict(const Tally &t)
{
    if (!t.blocking.isEmpty())
        return u"Monitoring is blocked"_s;
    return u"Monitoring is possible"_s;
}

QString counts(const Tally &t)
{
    QString text = u"%1 ok, %2 warning(s), %3 error(s), %4 unknown"_s
                       .arg(t.ok).arg(t.warning).arg(t.error).arg(t.unknown);
    if (t.needHelper > 0)
        text += u" (%1 need the helper)"_s.arg(t.needHelper);
    return text;
}

QString tableCell(const QString &text)
{
    QString cell = text.simplified();
    cell.replace(u'|', u"\\|"_s);
    return cell;
}

QString fenced(const Snippet &snippet)
{
    const QString fence = snippet.text.contains(u"```"_s) ? u"~~~~"_s : u"```"_s;
    QString body = snippet.text;
    if (!body.endsWith(u'\n'))
        body += u'\n';
    return fence % snippet.language % u'\n' % body % fence % u'\n';
}

}  // namespace

QString toMarkdown(const QList<Check> &checks)
{
    const Tally t = tally(checks);
    QString md = u"# Kinsight diagnostics\n\n"_s;
    md += u"**"_s % verdict(t) % u"**"_s;
    if (!t.blocking.isEmpty()) {
        QStringList ids;
        for (const QString &id : t.blocking)
            ids.append(u'`' % id % u'`');
        md += u" by "_s % ids.join(u", "_s);
    }
    md += u". "_s % counts(t) % u".\n\n"_s;

    md += u"| Status | Check | Summary |\n|---|---|---|\n"_s;
    for (const Check &check : checks)
        md += u"| %1 | `%2` | %3 |\n"_s.arg(statusName(check.status).toUpper(), check.id, tableCell(check.summary));

    bool detailsHeading = false;
    for (const Check &check : checks) {
        if (check.status == Status::Ok)
            continue;
        if (!detailsHeading) {
            md += u"\n## Details\n"_s;
            detailsHeading = true;
        }
        md += u"\n### %1 `%2`: %3\n\n"_s.arg(statusName(check.status).toUpper(), check.id, check.title);
        md += check.summary % u"\n\n"_s;
        if (!check.explanation.isEmpty())
            md += QString(check.explanation).replace(u'\n', u"\n\n"_s) % u"\n\n"_s;
        if (!check.needsHelper.isEmpty())
            md += u"*Needs the helper* (polkit action `%1`).\n\n"_s.arg(check.needsHelper);
        if (!check.fix.isEmpty())
            md += u"**Fix:** "_s % check.fix % u"\n\n"_s;
        if (!check.fixAction.isEmpty())
            md += u"The helper can do this: fix `%1` (polkit action `%2`).\n\n"_s.arg(check.fixAction, fixPolkitAction);
        for (const Snippet &snippet : check.snippets)
            md += snippet.caption % u":\n\n"_s % fenced(snippet) % u'\n';
    }
    return md;
}

QJsonDocument toJson(const QList<Check> &checks)
{
    QJsonArray array;
    for (const Check &check : checks) {
        QJsonObject object{
            {u"id"_s, check.id},
            {u"title"_s, check.title},
            {u"status"_s, statusName(check.status)},
            {u"summary"_s, check.summary},
            {u"explanation"_s, check.explanation},
            {u"fix"_s, check.fix},
        };
        if (!check.fixAction.isEmpty())
            object.insert(u"fixAction"_s, check.fixAction);
        if (!check.needsHelper.isEmpty())
            object.insert(u"needsHelper"_s, check.needsHelper);
        QJsonArray snippets;
        for (const Snippet &snippet : check.snippets)
            snippets.append(QJsonObject{{u"caption"_s, snippet.caption},
                                        {u"language"_s, snippet.language},
                                        {u"text"_s, snippet.text}});
        object.insert(u"snippets"_s, snippets);
        array.append(object);
    }
    return QJsonDocument(QJsonObject{{u"blocksMonitoring"_s, anyBlocksMonitoring(checks)}, {u"checks"_s, array}});
}

QString toPlainText(const QList<Check> &checks)
{
    const Tally t = tally(checks);
    qsizetype idWidth = 0;
    for (const Check &check : checks)
        idWidth = std::max(idWidth, check.id.size());
    QString text = u"Kinsight diagnostics: "_s % verdict(t).toLower() % u" ("_s % counts(t) % u")\n"_s;
    for (const Check &check : checks) {
        text += u"  %1 %2  %3\n"_s.arg(statusName(check.status), -8).arg(check.id, -int(idWidth)).arg(check.summary);
        const QString indent(10 + idWidth + 2, u' ');
        if (check.status != Status::Ok && !check.fix.isEmpty())
            text += indent % u"fix: "_s % check.fix % u'\n';
        if (!check.fixAction.isEmpty() && check.status != Status::Ok)
            text += indent % u"the helper can do it: "_s % check.fixAction % u'\n';
    }
    return text;
}

}  // namespace kinsight::diagnostics
