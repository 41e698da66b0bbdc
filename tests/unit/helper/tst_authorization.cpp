// The helper's polkit check against a fake authority on a private bus: only an
// explicit "authorized" grants; denials, challenges, dismissals, errors,
// malformed replies, a missing polkitd and a timeout all deny. The subject is
// always the caller's unique bus name. (The real polkitd is exercised by the
// e2e test.)
#include "authorizer.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace kinsight;
using namespace Qt::StringLiterals;

namespace {

// Answers CheckAuthorization the way it is told to.
class FakeAuthority : public QDBusVirtualObject {
public:
    enum class Answer { Granted, Denied, Challenge, Dismissed, Error, Malformed, Silent };
    Answer answer = Answer::Granted;
    QString lastSubjectKind, lastSubjectName, lastAction;
    uint lastFlags = 0;

    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        if (message.member() != u"CheckAuthorization"_s)
            return false;
        const QDBusArgument subject = message.arguments().at(0).value<QDBusArgument>();
        QVariantMap details;
        subject.beginStructure();
        subject >> lastSubjectKind >> details;
        subject.endStructure();
        lastSubjectName = details.value(u"name"_s).toString();
        lastAction = message.arguments().at(1).toString();
        lastFlags = message.arguments().at(3).toUInt();
        QDBusMessage reply;
        switch (answer) {
        case Answer::Silent:
            return true;  // never replies: the helper must time out and deny
        case Answer::Error:
            reply = message.createErrorReply(u"org.freedesktop.PolicyKit1.Error.Failed"_s, u"backend exploded"_s);
            break;
        case Answer::Malformed:
            reply = message.createReply(QVariantList{true});
            break;
        default: {
            QDBusArgument result;
            QMap<QString, QString> d;
            if (answer == Answer::Dismissed)
                d.insert(u"polkit.dismissed"_s, u"true"_s);
            result.beginStructure();
            result << (answer == Answer::Granted) << (answer == Answer::Challenge) << d;
            result.endStructure();
            reply = message.createReply(QVariantList{QVariant::fromValue(result)});
        }
        }
        connection.send(reply);
        return true;
    }
};

}  // namespace

class TestAuthorization : public QObject {
    Q_OBJECT

    QProcess bus;
    QString address;

    void ask(QDBusConnection &helper, bool interactive, Decision *out)
    {
        PolkitAuthorizer authorizer(helper);
        authorizer.setTimeouts(800, 800);
        std::optional<Decision> decision;
        authorizer.check(u":1.4242"_s, QLatin1String(kActionMonitor), interactive, [&](Decision d) { decision = d; });
        QTRY_VERIFY_WITH_TIMEOUT(decision.has_value(), 20000);
        *out = *decision;
    }

private slots:
    void initTestCase()
    {
        bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY(bus.waitForReadyRead(5000));
        address = QString::fromUtf8(bus.readLine()).trimmed();
    }
    void cleanupTestCase()
    {
        bus.kill();
        bus.waitForFinished();
    }

    void noPolkitdDenies()
    {
        QDBusConnection helper = QDBusConnection::connectToBus(address, u"lonely"_s);
        Decision d;
        ask(helper, false, &d);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!d.allowed);
        QVERIFY2(d.reason.contains(u"ServiceUnknown"_s), qPrintable(d.reason));
    }

    void decisions_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("granted") << int(FakeAuthority::Answer::Granted) << true << QString();
        QTest::newRow("denied") << int(FakeAuthority::Answer::Denied) << false << u"denied"_s;
        QTest::newRow("challenge") << int(FakeAuthority::Answer::Challenge) << false << u"authentication is required"_s;
        QTest::newRow("dismissed") << int(FakeAuthority::Answer::Dismissed) << false << u"dismissed"_s;
        QTest::newRow("polkit error") << int(FakeAuthority::Answer::Error) << false << u"backend exploded"_s;
        QTest::newRow("malformed reply") << int(FakeAuthority::Answer::Malformed) << false << u"unexpected reply"_s;
        QTest::newRow("timeout") << int(FakeAuthority::Answer::Silent) << false << u"NoReply"_s;
    }
    void decisions()
    {
        QFETCH(int, answer);
        QFETCH(bool, allowed);
        QFETCH(QString, reasonContains);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
        QDBusConnection polkit = QDBusConnection::connectToBus(address, u"polkit-"_s + tag);
        FakeAuthority authority;
        authority.answer = FakeAuthority::Answer(answer);
        QVERIFY(polkit.registerVirtualObject(u"/org/freedesktop/PolicyKit1/Authority"_s, &authority));
        QVERIFY(polkit.registerService(u"org.freedesktop.PolicyKit1"_s));
        const auto release = qScopeGuard([&] {
            polkit.unregisterService(u"org.freedesktop.PolicyKit1"_s);
            polkit.unregisterObject(u"/org/freedesktop/PolicyKit1/Authority"_s);
        });
        QDBusConnection helper = QDBusConnection::connectToBus(address, u"helper-"_s + tag);

        Decision d;
        ask(helper, true, &d);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(d.allowed, allowed);
        QVERIFY2(d.reason.contains(reasonContains), qPrintable(d.reason));
        // Always the bus name, never a PID; the action asked for; interactive flag passed on.
        QCOMPARE(authority.lastSubjectKind, u"system-bus-name"_s);
        QCOMPARE(authority.lastSubjectName, u":1.4242"_s);
        QCOMPARE(authority.lastAction, QLatin1String(kActionMonitor));
        QCOMPARE(authority.lastFlags, 1u);
    }
};

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
