// Shared by the settings-model tests: where the fixtures are, and reading them as bytes.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

namespace kinsight::config::test {

inline QString fixturePath(const QString &relative)
{
    return QString::fromUtf8(KINSIGHT_CONFIG_FIXTURES) + u'/' + relative;
}

inline QByteArray readFixture(const QString &relative)
{
    QFile file(fixturePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

// Every *.conf under a fixture directory, as paths relative to the fixtures root.
inline QStringList fixtureFiles(const QString &directory)
{
    QStringList files;
    QDirIterator it(fixturePath(directory), {QStringLiteral("*.conf")}, QDir::Files, QDirIterator::Subdirectories);
    const QDir root(fixturePath(QString()));
    while (it.hasNext())
        files.append(root.relativeFilePath(it.next()));
    files.sort();
    return files;
}

}  // namespace kinsight::config::test
