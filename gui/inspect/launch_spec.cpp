#include "launch_spec.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace kinsight::inspect {

std::optional<QStringList> splitArguments(const QString &line)
{
    // POSIX shell words without expansion: '...' is literal, "..." keeps \" \\ \$ \`
    // escapes, a backslash outside quotes escapes the next character.
    QStringList words;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'\'') {
            const qsizetype end = line.indexOf(u'\'', i + 1);
            if (end < 0)
                return std::nullopt;
            word += line.mid(i + 1, end - i - 1);
            i = end;
            inWord = true;
        } else if (c == u'"') {
            ++i;
            for (; i < line.size() && line[i] != u'"'; ++i) {
                if (line[i] == u'\\' && i + 1 < line.size() && QStringView(u"\"\\$`").contains(line[i + 1]))
                    ++i;
                word += line[i];
            }
            if (i >= line.size())
                return std::nullopt;
            inWord = true;
        } else if (c == u'\\') {
            if (i + 1 < line.size())
                word += line[++i];
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    return words;
}

QStringList LaunchSpec::argumentList() const
{
    return splitArguments(arguments).value_or(QStringList{});
}

QProcessEnvironment LaunchSpec::processEnvironment(const QProcessEnvironment &base) const
{
    QProcessEnvironment env = base;
    for (const EnvironmentEdit &e : environment) {
        if (e.name.isEmpty())
            continue;
        if (e.unset)
            env.remove(e.name);
        else
            env.insert(e.name, e.value);
    }
    return env;
}

SessionRequest LaunchSpec::sessionRequest() const
{
    SessionRequest r;
    r.modules = modules;
    r.loadMode = loadMode;
    r.intervalSeconds = intervalSeconds;
    r.treeFromExec = true;
    return r;
}

namespace {

QString shellQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    return QLatin1Char('\'') + QString(word).replace(QLatin1String("'"), QLatin1String("'\\''")) + QLatin1Char('\'');
}

}  // namespace

QString LaunchSpec::displayCommand() const
{
    QStringList words;
    for (const QString &w : command())
        words << shellQuote(w);
    return words.join(QLatin1Char(' '));
}

QString LaunchSpec::cliEquivalent() const
{
    QStringList words{QStringLiteral("kinsight-cli"), QStringLiteral("stat")};
    const LaunchSpec defaults;
    if (modules != QStringList{QStringLiteral("process"), QStringLiteral("fd"), QStringLiteral("vfs")})
        words << QStringLiteral("--modules") << modules.join(QLatin1Char(','));
    if (loadMode != QLatin1String("entry"))
        words << QStringLiteral("--load-mode") << loadMode;
    QStringList prefix;
    if (!workingDirectory.isEmpty())
        prefix << QStringLiteral("cd") << shellQuote(workingDirectory) << QStringLiteral("&&");
    QStringList env;
    for (const EnvironmentEdit &e : environment) {
        if (e.name.isEmpty())
            continue;
        env << (e.unset ? QStringLiteral("-u ") + shellQuote(e.name) : shellQuote(e.name + QLatin1Char('=') + e.value));
    }
    words << QStringLiteral("--");
    if (!env.isEmpty())
        words << QStringLiteral("env") << env;
    for (const QString &w : command())
        words << shellQuote(w);
    return (prefix + words).join(QLatin1Char(' '));
}

LaunchSpec LaunchSpec::load()
{
    QSettings s;
    s.beginGroup(QStringLiteral("inspect"));
    LaunchSpec spec;
    spec.program = s.value(QStringLiteral("program")).toString();
    spec.arguments = s.value(QStringLiteral("arguments")).toString();
    spec.workingDirectory = s.value(QStringLiteral("workingDirectory")).toString();
    const int n = s.beginReadArray(QStringLiteral("environment"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        spec.environment.append({s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("value")).toString(),
                                 s.value(QStringLiteral("unset")).toBool()});
    }
    s.endArray();
    if (s.contains(QStringLiteral("modules")))
        spec.modules = s.value(QStringLiteral("modules")).toStringList();
    spec.loadMode = s.value(QStringLiteral("loadMode"), spec.loadMode).toString();
    if (spec.loadMode != QLatin1String("entry") && spec.loadMode != QLatin1String("return"))
        spec.loadMode = QStringLiteral("return");
    spec.intervalSeconds = qBound(0.1, s.value(QStringLiteral("interval"), spec.intervalSeconds).toDouble(), 60.0);
    return spec;
}

void LaunchSpec::save() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("inspect"));
    s.setValue(QStringLiteral("program"), program);
    s.setValue(QStringLiteral("arguments"), arguments);
    s.setValue(QStringLiteral("workingDirectory"), workingDirectory);
    s.beginWriteArray(QStringLiteral("environment"), int(environment.size()));
    for (int i = 0; i < environment.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), environment[i].name);
        s.setValue(QStringLiteral("value"), environment[i].value);
        s.setValue(QStringLiteral("unset"), environment[i].unset);
    }
    s.endArray();
    s.setValue(QStringLiteral("modules"), modules);
    s.setValue(QStringLiteral("loadMode"), loadMode);
    s.setValue(QStringLiteral("interval"), intervalSeconds);
}

QString LaunchCheck::resolveProgram(const LaunchSpec &spec)
{
    const QString program = spec.program.trimmed();
    if (program.isEmpty())
        return {};
    if (program.contains(QLatin1Char('/'))) {
        // A relative path is relative to the working directory the program will run in.
        const QDir base(spec.workingDirectory.isEmpty() ? QDir::currentPath() : spec.workingDirectory);
        const QFileInfo info(base.absoluteFilePath(program));
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    const QString path = spec.processEnvironment(QProcessEnvironment::systemEnvironment()).value(QStringLiteral("PATH"));
    return QStandardPaths::findExecutable(program, path.split(QLatin1Char(':'), Qt::SkipEmptyParts));
}

QString LaunchCheck::problem(const LaunchSpec &spec)
{
    const QString program = spec.program.trimmed();
    if (program.isEmpty())
        return tr("Enter the program to run.");
    if (!spec.workingDirectory.isEmpty() && !QFileInfo(spec.workingDirectory).isDir())
        return tr("The working directory “%1” does not exist. Choose an existing folder, or leave the field empty.")
            .arg(spec.workingDirectory);
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (const EnvironmentEdit &e : spec.environment)
        if (!e.name.isEmpty() && !name.match(e.name).hasMatch())
            return tr("“%1” is not a valid environment variable name (letters, digits and _, not starting with a digit).")
                .arg(e.name);
    if (!splitArguments(spec.arguments))
        return tr("The arguments have an unterminated quote. Close it, or put a backslash before a quote that is "
                  "part of an argument.");
    if (spec.modules.isEmpty())
        return tr("Choose at least one module to measure with (for example process, fd, vfs).");
    if (resolveProgram(spec).isEmpty()) {
        if (program.contains(QLatin1Char('/'))) {
            const QFileInfo info(QDir(spec.workingDirectory.isEmpty() ? QDir::currentPath() : spec.workingDirectory)
                                     .absoluteFilePath(program));
            if (!info.exists())
                return tr("Command not found: “%1” does not exist. Check the path.").arg(info.absoluteFilePath());
            return tr("“%1” is not an executable file. Make it executable (chmod +x) or choose another program.")
                .arg(info.absoluteFilePath());
        }
        return tr("Command not found: “%1” is not in PATH. Check the spelling, give its full path, or install it.")
            .arg(program);
    }
    return {};
}

}  // namespace kinsight::inspect
