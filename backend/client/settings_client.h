// The settings files as the helper keeps them (/etc/kinsight/ebpf.d.conf and
// ebpf.d/<module>.conf), for the Settings page: ReadSettings and WriteSettings
// of org.kinsight.Helper1. Files are named by id ("main" or a module id), and
// content travels as bytes, so a file is edited and saved byte for byte.
//
// SettingsService is what the page needs; SettingsClient is the real one over
// the system bus, and tests give the page a fake.
#pragma once

#include <QByteArray>
#include <QDBusConnection>
#include <QDBusError>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

namespace kinsight {

inline constexpr char kErrorSettingsNotWritten[] = "org.kinsight.Helper1.Error.SettingsNotWritten";

struct SettingsSnapshot {
    QString directory;                // where the helper keeps them (for messages)
    QMap<QString, QByteArray> files;  // file id -> content, for the files that exist
    QString importedFrom;             // Netdata's directory, while sessions use its settings instead
    bool fromHelper = true;           // false: read directly, the helper could not be asked
    QString note;                     // when not from the helper: why
};

class SettingsService : public QObject {
    Q_OBJECT
public:
    enum class Failure {
        HelperMissing,  // kinsight-helper cannot be reached
        NotAuthorized,  // polkit refused (org.kinsight.configure for a write)
        Invalid,        // the helper's validator found errors: nothing was written
        NotWritten,     // valid, but the file system refused (details say why): nothing was written
        Failed,         // anything else
    };
    Q_ENUM(Failure)

    using QObject::QObject;

    virtual void read() = 0;
    virtual void write(const QString &fileId, const QByteArray &content) = 0;

signals:
    void readFinished(const kinsight::SettingsSnapshot &snapshot);
    void writeFinished(const QString &fileId, const QStringList &warnings, const QStringList &applied);
    // message: one sentence for people; details: the helper's lines (file:line:column for Invalid).
    void writeFailed(const QString &fileId, kinsight::SettingsService::Failure failure, const QString &message,
                     const QStringList &details);
};

class SettingsClient : public SettingsService {
    Q_OBJECT
public:
    explicit SettingsClient(QObject *parent = nullptr);
    SettingsClient(const QDBusConnection &bus, QObject *parent);

    // Asks the helper; when it cannot be asked, reads the files directly
    // (they are world-readable) and says so in the snapshot's note.
    void read() override;
    void write(const QString &fileId, const QByteArray &content) override;

    static Failure failureFor(const QDBusError &error);
    static QString explainWriteFailure(const QDBusError &error);
    // The files of a settings directory, read without the helper.
    static SettingsSnapshot readDirectly(const QString &directory = QStringLiteral("/etc/kinsight"));

private:
    QDBusConnection bus_;
};

}  // namespace kinsight
