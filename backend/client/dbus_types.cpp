#include "dbus_types.h"

#include <QDBusMetaType>

namespace kinsight {

void registerDBusTypes()
{
    qDBusRegisterMetaType<AttachResult>();
    qDBusRegisterMetaType<QMap<QString, AttachResult>>();
    qDBusRegisterMetaType<AttachMatrix>();
}

}  // namespace kinsight

QDBusArgument &operator<<(QDBusArgument &argument, const kinsight::AttachResult &result)
{
    argument.beginStructure();
    argument << result.ok << result.reason;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, kinsight::AttachResult &result)
{
    argument.beginStructure();
    argument >> result.ok >> result.reason;
    argument.endStructure();
    return argument;
}
