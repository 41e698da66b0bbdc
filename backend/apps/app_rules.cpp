#include "app_rules.h"

namespace kinsight::apps {

namespace {

const char *kDefaultText =
    "# Processes are grouped by executable name; these rules merge names into one\n"
    "# application. Patterns are shell globs on the task or executable name, or on\n"
    "# the executable's path when they contain a '/'. The first matching rule wins.\n"
    "compilers: cc1 cc1plus cc1obj collect2 lto1 lto-wrapper gcc gcc-* g++ g++-* c++ cc clang clang-* clang++ "
    "ld ld.* as rustc\n"
    "build tools: make gmake ninja cmake ctest meson scons bazel\n"
    "package manager: apt apt-get dpkg dpkg-* http https gpgv dnf rpm\n"
    "web browser: firefox* Web?Content Isolated?Web?Co* RDD?Process Socket?Process chromium* chrome "
    "/opt/google/chrome/*\n";

}  // namespace

AppRules AppRules::parse(const QString &text, QStringList *errors)
{
    AppRules r;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = colon > 0 ? line.left(colon).trimmed() : QString();
        const QStringList patterns = colon > 0 ? line.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                               : QStringList();
        if (name.isEmpty() || patterns.isEmpty()) {
            if (errors)
                errors->append(QStringLiteral("line %1: expected \"application: pattern pattern ...\"").arg(i + 1));
            continue;
        }
        QList<Compiled> compiled;
        bool ok = true;
        for (const QString &pattern : patterns) {
            Compiled c{QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                           pattern, QRegularExpression::UnanchoredWildcardConversion)),
                       pattern.contains(QLatin1Char('/'))};
            c.regex.setPattern(QStringLiteral("\\A(?:%1)\\z").arg(c.regex.pattern()));
            if (!c.regex.isValid()) {
                if (errors)
                    errors->append(QStringLiteral("line %1: the pattern \"%2\" is not a valid glob").arg(i + 1).arg(pattern));
                ok = false;
                break;
            }
            c.regex.optimize();
            compiled.append(c);
        }
        if (!ok)
            continue;
        r.rules_.append({name, patterns, int(i + 1)});
        r.compiled_.append(compiled);
    }
    return r;
}

AppRules AppRules::defaults()
{
    return parse(defaultText());
}

QString AppRules::defaultText()
{
    return QString::fromLatin1(kDefaultText);
}

QString AppRules::toText() const
{
    QString out;
    for (const AppRule &rule : rules_)
        out += rule.application + QStringLiteral(": ") + rule.patterns.join(QLatin1Char(' ')) + QLatin1Char('\n');
    return out;
}

QString AppRules::executableName(const ProcessIdentity &process)
{
    if (!process.exe.isEmpty()) {
        QString name = process.exe.mid(process.exe.lastIndexOf(QLatin1Char('/')) + 1);
        // A replaced or deleted binary reads "/usr/bin/foo (deleted)".
        if (name.endsWith(QLatin1String(" (deleted)")))
            name.chop(10);
        if (!name.isEmpty())
            return name;
    }
    if (!process.comm.isEmpty())
        return process.comm;
    // Pid 0 is the idle task: what it counts ran in interrupt context, not in a process.
    if (process.tgid == 0)
        return QStringLiteral("kernel (idle CPU interrupts)");
    // Counted, but gone before its name could be read: one application, not one per pid
    // (the counts are keyed by name anyway, and a pid says nothing once it is gone).
    return QStringLiteral("(unidentified processes)");
}

int AppRules::ruleFor(const ProcessIdentity &process) const
{
    const QString exeName = process.exe.isEmpty() ? QString() : executableName(process);
    for (qsizetype r = 0; r < compiled_.size(); ++r) {
        for (const Compiled &c : compiled_[r]) {
            if (c.onPath) {
                if (!process.exe.isEmpty() && c.regex.match(process.exe).hasMatch())
                    return int(r);
            } else if ((!process.comm.isEmpty() && c.regex.match(process.comm).hasMatch())
                       || (!exeName.isEmpty() && c.regex.match(exeName).hasMatch())) {
                return int(r);
            }
        }
    }
    return -1;
}

QString AppRules::applicationOf(const ProcessIdentity &process) const
{
    const int rule = ruleFor(process);
    return rule >= 0 ? rules_[rule].application : executableName(process);
}

}  // namespace kinsight::apps
