// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15's acceptance of alarms, end to end: the real srtdeskd runs a TX→RX pair on loopback
// fed by a UDP sender. The TX's input stops: a "no input" alarm within 5 s, as events, posted to
// a real HTTP receiver with a signature that verifies, acknowledged through the API; the input
// comes back: cleared. After srtdeskd restarts, all of it is still listed.
#include "DaemonProcess.h"

#include "tests/common/IndependentHmac.h"
#include "tests/common/WebhookReceiver.h"
#include "tests/rest/RestClient.h"
#include "tests/tools/UdpSequenceReceiver.h"
#include "tests/tools/UdpSequenceSender.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk::test;
using srtdesk::testtools::UdpSequenceReceiver;
using srtdesk::testtools::UdpSequenceSender;

namespace {

const QString kPassword = QStringLiteral("alarm-acceptance-password");
const QString kSecret = QStringLiteral("acceptance-webhook-secret-9");
// Ports of this test: 39400-39499.
constexpr int kApiPort = 39400;
constexpr int kSrtPort = 39402;
constexpr int kUdpIn = 39403;
constexpr int kUdpOut = 39404;
constexpr int kReceiverPort = 39405;

qint64 msecsOf(const QJsonValue &isoTime)
{
    return QDateTime::fromString(isoTime.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

std::optional<QJsonObject> findAlarm(const QJsonArray &alarms, qint64 serviceId, const QString &type)
{
    for (const QJsonValue &value : alarms) {
        const QJsonObject alarm = value.toObject();
        if (alarm.value(QStringLiteral("ServiceId")).toInteger() == serviceId
            && alarm.value(QStringLiteral("Type")).toString() == type)
            return alarm;
    }
    return std::nullopt;
}

QList<QJsonObject> eventsOfAlarm(const QJsonArray &events, qint64 alarmId)
{
    QList<QJsonObject> found;
    for (const QJsonValue &value : events) {
        if (value.toObject().value(QStringLiteral("AlarmId")).toInteger() == alarmId)
            found.append(value.toObject());
    }
    return found;
}

std::unique_ptr<UdpSequenceSender> startSender()
{
    UdpSequenceSender::Options options;
    options.port = kUdpIn;
    options.mbps = 2.0;
    auto sender = std::make_unique<UdpSequenceSender>(options);
    QString error;
    if (!sender->start(&error))
        qWarning() << "sender:" << error;
    return sender;
}

} // namespace

class TestAlarmAcceptance : public QObject
{
    Q_OBJECT

private slots:
    void noInputAlarmEndToEnd();
};

void TestAlarmAcceptance::noInputAlarmEndToEnd()
{
    QTemporaryDir dir;
    WebhookReceiver receiver;
    QVERIFY(receiver.listen(kReceiverPort));
    UdpSequenceReceiver output;
    QString error;
    QVERIFY2(output.start(QStringLiteral("127.0.0.1"), kUdpOut, &error), qPrintable(error));

    auto daemon = std::make_unique<DaemonProcess>(dir.path(), kApiPort, kPassword);
    QVERIFY2(daemon->start(&error), qPrintable(error));
    RestClient client{QUrl(daemon->baseUrl())};
    QCOMPARE(client.login(QStringLiteral("admin"), kPassword).status, 200);
    const QString testStart = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QCOMPARE(client.put(QStringLiteral("/v1/webhooks"),
                        QStringLiteral(R"([{"Url": "%1", "Secret": "%2"}])").arg(receiver.url(), kSecret).toUtf8())
                 .status,
             200);

    auto added = client.post(QStringLiteral("/v1/add_tx"),
                             QStringLiteral(R"({"ServiceName": "Studio TX", "Mode": "listener", "ListenPort": %1,
                                               "UdpIn": "127.0.0.1:%2", "Latency": 120})")
                                 .arg(kSrtPort)
                                 .arg(kUdpIn)
                                 .toUtf8());
    QCOMPARE(added.status, 200);
    const qint64 tx = added.object().value(QStringLiteral("Id")).toInteger();
    added = client.post(QStringLiteral("/v1/add_rx"),
                        QStringLiteral(R"({"ServiceName": "Studio RX", "Mode": "caller", "TxIp": "127.0.0.1",
                                          "ListenPort": %1, "UdpOut": "127.0.0.1:%2", "Latency": 120})")
                            .arg(kSrtPort)
                            .arg(kUdpOut)
                            .toUtf8());
    QCOMPARE(added.status, 200);
    const qint64 rx = added.object().value(QStringLiteral("Id")).toInteger();
    auto sender = startSender();
    QCOMPARE(client.post(QStringLiteral("/v1/start_tx/%1").arg(tx)).status, 200);
    QCOMPARE(client.post(QStringLiteral("/v1/start_rx/%1").arg(rx)).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(output.counts().received > 500, 15000); // the pair relays
    QTest::qWait(3000);
    QVERIFY2(client.get(QStringLiteral("/v1/alarms")).array().isEmpty(), client.get(QStringLiteral("/v1/alarms")).body.constData());

    // The input stops.
    sender->stop();
    const qint64 stoppedAt = QDateTime::currentMSecsSinceEpoch();
    std::optional<QJsonObject> alarm;
    QElapsedTimer polling;
    polling.start();
    while (!alarm && polling.elapsed() < 15000) {
        alarm = findAlarm(client.get(QStringLiteral("/v1/alarms")).array(), tx, QStringLiteral("no_input"));
        if (!alarm)
            QTest::qWait(100);
    }
    QVERIFY2(alarm, "no \"no input\" alarm on the TX");
    const qint64 latency = msecsOf(alarm->value(QStringLiteral("RaisedAt"))) - stoppedAt;
    qInfo() << "no input raised" << latency << "ms after the TX's input stopped";
    QVERIFY2(latency <= 5000, qPrintable(QString::number(latency)));
    QCOMPARE(alarm->value(QStringLiteral("Kind")).toString(), QStringLiteral("tx"));
    QCOMPARE(alarm->value(QStringLiteral("ServiceName")).toString(), QStringLiteral("Studio TX"));
    QCOMPARE(alarm->value(QStringLiteral("Severity")).toString(), QStringLiteral("critical"));
    QVERIFY(alarm->value(QStringLiteral("ClearedAt")).isNull());
    QVERIFY(alarm->value(QStringLiteral("Message")).toString().contains(QLatin1String("UDP input")));
    const qint64 alarmId = alarm->value(QStringLiteral("Id")).toInteger();

    // Acknowledged through the API.
    const auto ack = client.post(QStringLiteral("/v1/ack_alarm/%1").arg(alarmId));
    QCOMPARE(ack.status, 200);
    QCOMPARE(ack.object().value(QStringLiteral("Acknowledged")).toBool(), true);

    // The input comes back: cleared.
    sender = startSender();
    QTRY_VERIFY_WITH_TIMEOUT(!findAlarm(client.get(QStringLiteral("/v1/alarms")).array(), tx, QStringLiteral("no_input")),
                             15000);
    const QJsonObject cleared = *findAlarm(client.get(QStringLiteral("/v1/alarms?all=1")).array(), tx, QStringLiteral("no_input"));
    QCOMPARE(cleared.value(QStringLiteral("Id")).toInteger(), alarmId);
    QVERIFY(msecsOf(cleared.value(QStringLiteral("ClearedAt"))) > msecsOf(cleared.value(QStringLiteral("RaisedAt"))));
    QCOMPARE(cleared.value(QStringLiteral("Acknowledged")).toBool(), true);

    // As events.
    const QJsonArray events = client.get(QStringLiteral("/v1/events?since=%1&limit=1000").arg(testStart)).array();
    const QList<QJsonObject> alarmEvents = eventsOfAlarm(events, alarmId);
    QStringList types;
    for (const QJsonObject &event : alarmEvents)
        types.append(event.value(QStringLiteral("Type")).toString());
    QCOMPARE(types, (QStringList{QStringLiteral("alarm_raised"), QStringLiteral("alarm_acknowledged"),
                                 QStringLiteral("alarm_cleared")}));

    // Posted to the webhook, each signed.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::count_if(receiver.requests().cbegin(), receiver.requests().cend(),
                      [&](const WebhookReceiver::Request &r) {
                          return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("AlarmId")).toInteger() == alarmId;
                      }) == 3,
        10000);
    int verified = 0;
    QStringList posted;
    for (const WebhookReceiver::Request &request : receiver.requests()) {
        QCOMPARE(request.headers.value("x-srtdesk-signature"), "sha256=" + hmacSha256Hex(request.body, kSecret.toUtf8()));
        ++verified;
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value(QStringLiteral("AlarmId")).toInteger() == alarmId)
            posted.append(body.value(QStringLiteral("Type")).toString());
    }
    QCOMPARE(posted, types);
    qInfo() << verified << "webhook POSTs received, every signature verified";

    // srtdeskd restarts: everything is still listed.
    QVERIFY(daemon->terminate());
    daemon = std::make_unique<DaemonProcess>(dir.path(), kApiPort, kPassword);
    QVERIFY2(daemon->start(&error), qPrintable(error));
    QCOMPARE(client.login(QStringLiteral("admin"), kPassword).status, 200);
    const QJsonObject afterRestart = *findAlarm(client.get(QStringLiteral("/v1/alarms?all=1")).array(), tx, QStringLiteral("no_input"));
    QCOMPARE(afterRestart, cleared);
    const QJsonArray eventsAfter = client.get(QStringLiteral("/v1/events?since=%1&limit=1000").arg(testStart)).array();
    QVERIFY(eventsAfter.size() >= events.size());
    for (qsizetype i = 0; i < events.size(); ++i)
        QCOMPARE(eventsAfter.at(i).toObject(), events.at(i).toObject());
    // The webhook and its secret (in the secret store) came back too: a new event is signed.
    QCOMPARE(client.get(QStringLiteral("/v1/webhooks")).array().first().toObject().value(QStringLiteral("Secret")).toString(),
             QStringLiteral("********"));
    QCOMPARE(client.put(QStringLiteral("/v1/update_tx/%1").arg(tx), R"({"Latency": 140})").status, 200);
    const auto changedPost = [&]() -> const WebhookReceiver::Request * {
        for (const WebhookReceiver::Request &request : receiver.requests()) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            if (body.value(QStringLiteral("Type")).toString() == QLatin1String("service_changed")
                && body.value(QStringLiteral("ServiceId")).toInteger() == tx)
                return &request;
        }
        return nullptr;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(changedPost() != nullptr, daemon->output().constData(), 15000);
    QCOMPARE(changedPost()->headers.value("x-srtdesk-signature"),
             "sha256=" + hmacSha256Hex(changedPost()->body, kSecret.toUtf8()));
    sender->stop();
    QVERIFY(daemon->terminate());
}

QTEST_GUILESS_MAIN(TestAlarmAcceptance)
#include "TestAlarmAcceptance.moc"
