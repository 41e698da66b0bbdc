#include "dbus_types.h"

#include <QDBusMetaType>
#include <QDBusUnixFileDescriptor>

namespace kinsight {

void registerDBusTypes()
{
    // QtDBus matches adaptor slots by type *name*; QDBusUnixFileDescriptor is only
    // registered by name once something mentions it, and until then StartSession
    // (which returns one) is reported as an unknown method.
    qRegisterMetaType<QDBusUnixFileDescriptor>("QDBusUnixFileDescriptor");
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
