// Types of org.kinsight.Helper1 that QtDBus cannot marshal by itself.
#pragma once

#include <QDBusArgument>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace kinsight {

struct AttachResult {
    bool ok = false;
    QString reason;
};

// module -> attach family -> result
using AttachMatrix = QMap<QString, QMap<QString, AttachResult>>;

void registerDBusTypes();

// Error names the helper replies with besides org.freedesktop.DBus.Error.*.
inline constexpr char kErrorKernel[] = "org.kinsight.Helper1.Error.Kernel";    // BPF cannot run here
inline constexpr char kErrorLimit[] = "org.kinsight.Helper1.Error.LimitReached";

}  // namespace kinsight

QDBusArgument &operator<<(QDBusArgument &argument, const kinsight::AttachResult &result);
const QDBusArgument &operator>>(const QDBusArgument &argument, kinsight::AttachResult &result);

Q_DECLARE_METATYPE(kinsight::AttachResult)
Q_DECLARE_METATYPE(kinsight::AttachMatrix)
