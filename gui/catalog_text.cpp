#include "catalog_text.h"

#include <QCoreApplication>

QString catalogText(const QString &english)
{
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate("Catalog", english.toUtf8().constData());
}
