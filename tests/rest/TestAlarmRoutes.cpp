// SPDX-License-Identifier: GPL-3.0-or-later
// The REST routes of alarms, events, alarm rules and webhooks, and the "Alarms" object of a
// service, over real HTTP against an in-process RestServer with real services on loopback, a
// real SQLite store and history file, and a real webhook receiver.
#include "RestClient.h"

#include "core/ServiceManager.h"
#include "core/alarms/AlarmSystem.h"
#include "core/engine/SrtRuntime.h"
#include "core/rest/AuthStore.h"
#include "core/rest/RestServer.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ServiceStore.h"
#include "tests/common/WebhookReceiver.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk;
using namespace srtdesk::test;

namespace {

constexpr char kPassword[] = "alarm-routes-password-1";
const QString kSecret = QStringLiteral("route-test-webhook-secret");

// Ports of this suite: 39300-39399.
int nextPort()
{
    static int port = 39300;
    return port += 2;
}

QByteArray txBody(const QString &name, const QByteArray &alarms = {})
{
    const int srt = nextPort();
    QByteArray body = QStringLiteral(R"({"ServiceName": "%1", "Mode": "listener", "ListenPort": %2, "UdpIn": "127.0.0.1:%3",
                                        "Latency": 120)")
                          .arg(name)
                          .arg(srt)
                          .arg(srt + 1)
                          .toUtf8();
    if (!alarms.isEmpty())
        body += ", \"Alarms\": " + alarms;
    return body + '}';
}

QStringList fieldsOf(const RestClient::Response &response)
{
    return response.object().value(QStringLiteral("fields")).toObject().keys();
}

} // namespace

class TestAlarmRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void globalRulesGetAndPut();
    void serviceAlarmsObject();
    void alarmsListAndAcknowledge();
    void eventsSinceAndLimit();
    void webhooksMaskedCheckedAndDelivered();
    void openApiListsTheNewRoutes();

private:
    QJsonArray activeAlarms() { return m_client->get(QStringLiteral("/v1/alarms")).array(); }

    QTemporaryDir m_dir;
    SecretStore m_secrets;
    ServiceStore m_store;
    std::unique_ptr<SrtRuntime> m_runtime;
    std::unique_ptr<ServiceManager> m_manager;
    std::unique_ptr<AlarmSystem> m_alarms;
    AuthStore m_auth;
    std::unique_ptr<RestServer> m_server;
    std::unique_ptr<RestClient> m_client;
};

void TestAlarmRoutes::initTestCase()
{
    QVERIFY(m_secrets.open(m_dir.path()));
    QVERIFY(m_store.open(m_dir.path(), m_secrets));
    m_runtime = std::make_unique<SrtRuntime>();
    m_manager = std::make_unique<ServiceManager>(m_store, *m_runtime);
    QVERIFY(m_manager->load());
    m_alarms = std::make_unique<AlarmSystem>(*m_manager, m_store, m_dir.path());
    QVERIFY(m_auth.load(m_secrets));
    QVERIFY(m_auth.setPassword(QString::fromLatin1(kPassword)));
    QVERIFY(m_auth.save());
    m_server = std::make_unique<RestServer>(*m_manager, *m_alarms, m_auth);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_client = std::make_unique<RestClient>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())));
    QCOMPARE(m_client->login(QStringLiteral("admin"), QString::fromLatin1(kPassword)).status, 200);
}

void TestAlarmRoutes::cleanupTestCase()
{
    m_client.reset();
    m_server.reset();
    m_alarms.reset();
    m_manager.reset();
}

void TestAlarmRoutes::cleanup()
{
    const QList<ServiceStatus> services = m_manager->list();
    for (const ServiceStatus &status : services)
        m_manager->remove(status.config.id);
}

void TestAlarmRoutes::globalRulesGetAndPut()
{
    auto response = m_client->get(QStringLiteral("/v1/alarm_rules"));
    QCOMPARE(response.status, 200);
    const QJsonObject defaults = response.object();
    QCOMPARE(defaults.keys().size(), 8);
    QCOMPARE(response.orderedKeys().first(), QStringLiteral("link_down"));
    QCOMPARE(defaults.value(QStringLiteral("no_input")).toObject().value(QStringLiteral("RaiseAfterSeconds")).toInt(), 2);

    response = m_client->put(QStringLiteral("/v1/alarm_rules"), R"({"rtt": {"Threshold": 250, "Severity": "major"}})");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(QStringLiteral("rtt")).toObject().value(QStringLiteral("Threshold")).toDouble(), 250.0);
    QCOMPARE(response.object().value(QStringLiteral("loss")), defaults.value(QStringLiteral("loss")));
    const QJsonObject changed = m_client->get(QStringLiteral("/v1/alarm_rules")).object();
    QCOMPARE(changed, response.object());
    QVERIFY(m_store.setting(AlarmSystem::kRulesSettingKey)->contains(QLatin1String("250")));

    // Refused bodies name their fields and change nothing.
    for (const QByteArray &bad : {QByteArray(R"({"rtt": {"Threshold": "fast"}, "loss": {"WindowSeconds": 0}})"),
                                  QByteArray(R"({"speed": {}})"), QByteArray("[]"), QByteArray("{"),
                                  QByteArray(R"({"no_input": {"Threshold": 1}})")}) {
        response = m_client->put(QStringLiteral("/v1/alarm_rules"), bad);
        QVERIFY2(response.status == 400, bad.constData());
        QVERIFY(!response.object().value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(m_client->get(QStringLiteral("/v1/alarm_rules")).object(), changed);
    }
    QCOMPARE(fieldsOf(m_client->put(QStringLiteral("/v1/alarm_rules"),
                                    R"({"rtt": {"Threshold": "fast"}, "loss": {"WindowSeconds": 0}})")),
             (QStringList{QStringLiteral("loss.WindowSeconds"), QStringLiteral("rtt.Threshold")}));
    QCOMPARE(m_client->put(QStringLiteral("/v1/alarm_rules"), R"({"rtt": {"Threshold": 500, "Severity": "minor"}})").status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v1/alarm_rules")).object(), defaults);
}

void TestAlarmRoutes::serviceAlarmsObject()
{
    auto response = m_client->post(QStringLiteral("/v1/add_tx"),
                                   txBody(QStringLiteral("with-rules"), R"({"rtt": {"Threshold": 80}, "no_input": {"Enabled": false}})"));
    QCOMPARE(response.status, 200);
    const qint64 id = response.object().value(QStringLiteral("Id")).toInteger();
    const QJsonObject expected = QJsonDocument::fromJson(R"({"no_input": {"Enabled": false}, "rtt": {"Threshold": 80.0}})").object();
    response = m_client->get(QStringLiteral("/v1/get_tx/%1").arg(id));
    QCOMPARE(response.object().value(QStringLiteral("Alarms")).toObject(), expected);
    QCOMPARE(m_client->get(QStringLiteral("/v1/get_tx")).array().first().toObject().value(QStringLiteral("Alarms")).toObject(),
             expected);

    // A bad Alarms object: 400 naming the field (with the service's own problems), nothing stored.
    const QByteArray before = m_client->get(QStringLiteral("/v1/get_tx/%1").arg(id)).body;
    response = m_client->put(QStringLiteral("/v1/update_tx/%1").arg(id),
                             R"({"ServiceName": "renamed", "Latency": 5, "Alarms": {"rtt": {"Threshold": -1}}})");
    QCOMPARE(response.status, 400);
    QCOMPARE(fieldsOf(response), (QStringList{QStringLiteral("Alarms.rtt.Threshold"), QStringLiteral("Latency")}));
    response = m_client->put(QStringLiteral("/v1/update_tx/%1").arg(id), R"({"ServiceName": "renamed", "Alarms": []})");
    QCOMPARE(response.status, 400);
    QCOMPARE(fieldsOf(response), QStringList{QStringLiteral("Alarms")});
    QCOMPARE(m_client->get(QStringLiteral("/v1/get_tx/%1").arg(id)).body, before);
    QCOMPARE(m_manager->alarmOverrides(id).rule(AlarmType::Rtt).threshold, std::optional<double>(80));

    // Absent keeps them, null keeps them, {} clears them.
    QCOMPARE(m_client->put(QStringLiteral("/v1/update_tx/%1").arg(id), R"({"Latency": 300})").status, 200);
    QCOMPARE(m_client->put(QStringLiteral("/v1/update_tx/%1").arg(id), R"({"Alarms": null})").status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v1/get_tx/%1").arg(id)).object().value(QStringLiteral("Alarms")).toObject(), expected);
    QCOMPARE(m_client->put(QStringLiteral("/v1/update_tx/%1").arg(id), R"({"Alarms": {}})").status, 200);
    QVERIFY(m_client->get(QStringLiteral("/v1/get_tx/%1").arg(id)).object().value(QStringLiteral("Alarms")).toObject().isEmpty());
    QVERIFY(m_store.loadAll()->first().alarms.isEmpty());

    // An add with a bad Alarms object creates nothing.
    response = m_client->post(QStringLiteral("/v1/add_tx"), txBody(QStringLiteral("refused"), R"({"jitter": {}})"));
    QCOMPARE(response.status, 400);
    QCOMPARE(fieldsOf(response), QStringList{QStringLiteral("Alarms.jitter")});
    QCOMPARE(m_manager->list().size(), 1);
}

void TestAlarmRoutes::alarmsListAndAcknowledge()
{
    QVERIFY(activeAlarms().isEmpty());
    // A listener nobody calls, with link_down raised at once.
    auto response = m_client->post(QStringLiteral("/v1/add_tx"),
                                   txBody(QStringLiteral("alone"), R"({"link_down": {"RaiseAfterSeconds": 0}})"));
    const qint64 id = response.object().value(QStringLiteral("Id")).toInteger();
    QCOMPARE(m_client->post(QStringLiteral("/v1/start_tx/%1").arg(id)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(activeAlarms().size(), 1, 10000);
    QJsonObject alarm = activeAlarms().first().toObject();
    QCOMPARE(alarm.value(QStringLiteral("Kind")).toString(), QStringLiteral("tx"));
    QCOMPARE(alarm.value(QStringLiteral("ServiceId")).toInteger(), id);
    QCOMPARE(alarm.value(QStringLiteral("ServiceName")).toString(), QStringLiteral("alone"));
    QCOMPARE(alarm.value(QStringLiteral("Type")).toString(), QStringLiteral("link_down"));
    QCOMPARE(alarm.value(QStringLiteral("Severity")).toString(), QStringLiteral("critical"));
    QVERIFY(alarm.value(QStringLiteral("ClearedAt")).isNull());
    QCOMPARE(alarm.value(QStringLiteral("Acknowledged")).toBool(), false);
    QVERIFY(alarm.value(QStringLiteral("RaisedAt")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(alarm.value(QStringLiteral("Message")).toString().startsWith(QLatin1String("The SRT link has been down")));
    const qint64 alarmId = alarm.value(QStringLiteral("Id")).toInteger();

    response = m_client->post(QStringLiteral("/v1/ack_alarm/%1").arg(alarmId));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(QStringLiteral("Acknowledged")).toBool(), true);
    QCOMPARE(response.object().value(QStringLiteral("message")).toString(), QStringLiteral("Alarm acknowledged."));
    QCOMPARE(activeAlarms().first().toObject().value(QStringLiteral("Acknowledged")).toBool(), true);
    response = m_client->post(QStringLiteral("/v1/ack_alarm/%1").arg(alarmId));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(QStringLiteral("message")).toString(), QStringLiteral("The alarm was already acknowledged."));
    QCOMPARE(m_client->post(QStringLiteral("/v1/ack_alarm/%1").arg(alarmId + 1000)).status, 404);
    QCOMPARE(m_client->post(QStringLiteral("/v1/ack_alarm/abc")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/v1/ack_alarm/%1").arg(alarmId)).status, 405);

    // Stopped: no active alarm; with all=1 it is there, cleared.
    QCOMPARE(m_client->post(QStringLiteral("/v1/stop_tx/%1").arg(id)).status, 200);
    QVERIFY(activeAlarms().isEmpty());
    const QJsonArray all = m_client->get(QStringLiteral("/v1/alarms?all=1")).array();
    QVERIFY(!all.isEmpty());
    alarm = all.last().toObject();
    QCOMPARE(alarm.value(QStringLiteral("Id")).toInteger(), alarmId);
    QVERIFY(alarm.value(QStringLiteral("ClearedAt")).isString());
    QVERIFY(alarm.value(QStringLiteral("ClearedAt")).toString() >= alarm.value(QStringLiteral("RaisedAt")).toString());
    QCOMPARE(m_client->get(QStringLiteral("/v1/alarms?all=1&limit=1")).array().size(), 1);
    response = m_client->get(QStringLiteral("/v1/alarms?all=yes"));
    QCOMPARE(response.status, 400);
    QCOMPARE(fieldsOf(response), QStringList{QStringLiteral("all")});
    QCOMPARE(m_client->get(QStringLiteral("/v1/alarms?limit=-3")).status, 400);
}

void TestAlarmRoutes::eventsSinceAndLimit()
{
    const QString before = QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs);
    auto response = m_client->post(QStringLiteral("/v1/add_tx"), txBody(QStringLiteral("evented")));
    const qint64 id = response.object().value(QStringLiteral("Id")).toInteger();
    QCOMPARE(m_client->post(QStringLiteral("/v1/start_tx/%1").arg(id)).status, 200);
    QCOMPARE(m_client->post(QStringLiteral("/v1/stop_tx/%1").arg(id)).status, 200);
    QCOMPARE(m_client->del(QStringLiteral("/v1/delete_tx/%1").arg(id)).status, 200);

    response = m_client->get(QStringLiteral("/v1/events?since=%1&limit=1000").arg(before));
    QCOMPARE(response.status, 200);
    QStringList types;
    for (const QJsonValue &value : response.array()) {
        const QJsonObject event = value.toObject();
        if (event.value(QStringLiteral("ServiceId")).toInteger() == id)
            types.append(event.value(QStringLiteral("Type")).toString());
    }
    QCOMPARE(types, (QStringList{QStringLiteral("service_added"), QStringLiteral("service_started"),
                                 QStringLiteral("service_stopped"), QStringLiteral("service_deleted")}));
    const QJsonObject first = response.array().first().toObject();
    QCOMPARE(first.keys().size(), 10);
    QVERIFY(first.value(QStringLiteral("Time")).toString() >= before);

    QCOMPARE(m_client->get(QStringLiteral("/v1/events?limit=2")).array().size(), 2);
    const QJsonArray latest = m_client->get(QStringLiteral("/v1/events?limit=1")).array();
    QCOMPARE(latest.first().toObject().value(QStringLiteral("Type")).toString(), QStringLiteral("service_deleted"));
    const QString future = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
    QVERIFY(m_client->get(QStringLiteral("/v1/events?since=%1").arg(future)).array().isEmpty());
    response = m_client->get(QStringLiteral("/v1/events?since=last-tuesday"));
    QCOMPARE(response.status, 400);
    QVERIFY(response.object().value(QStringLiteral("error")).toString().contains(QLatin1String("ISO 8601")));
    QCOMPARE(fieldsOf(m_client->get(QStringLiteral("/v1/events?limit=0&order=desc"))),
             (QStringList{QStringLiteral("limit"), QStringLiteral("order")}));
}

void TestAlarmRoutes::webhooksMaskedCheckedAndDelivered()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.listen(quint16(nextPort())));
    QCOMPARE(m_client->get(QStringLiteral("/v1/webhooks")).body, QByteArray("[]"));
    const QByteArray body = QStringLiteral(R"([{"Url": "%1", "Secret": "%2"}])").arg(receiver.url(), kSecret).toUtf8();
    auto response = m_client->put(QStringLiteral("/v1/webhooks"), body);
    QCOMPARE(response.status, 200);
    QVERIFY(!response.body.contains(kSecret.toUtf8()));
    QCOMPARE(response.array().first().toObject().value(QStringLiteral("Secret")).toString(), QStringLiteral("********"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/webhooks")).body, response.body);

    // Refused: named fields, nothing changed.
    response = m_client->put(QStringLiteral("/v1/webhooks"), R"([{"Url": "gopher://x", "Secret": "short"}])");
    QCOMPARE(response.status, 400);
    QCOMPARE(fieldsOf(response), (QStringList{QStringLiteral("[0].Secret"), QStringLiteral("[0].Url")}));
    // The mask sent back keeps the secret.
    QCOMPARE(m_client->put(QStringLiteral("/v1/webhooks"), m_client->get(QStringLiteral("/v1/webhooks")).body).status, 200);
    QCOMPARE(m_alarms->webhooks().first().secret, kSecret);

    // An event reaches the receiver, signed with the secret.
    response = m_client->post(QStringLiteral("/v1/add_tx"), txBody(QStringLiteral("hooked")));
    QCOMPARE(response.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!receiver.requests().isEmpty(), 10000);
    const WebhookReceiver::Request &request = receiver.requests().first();
    const QByteArray signature =
        "sha256=" + QMessageAuthenticationCode::hash(request.body, kSecret.toUtf8(), QCryptographicHash::Sha256).toHex();
    QCOMPARE(request.headers.value("x-srtdesk-signature"), signature);
    QCOMPARE(QJsonDocument::fromJson(request.body).object().value(QStringLiteral("Type")).toString(),
             QStringLiteral("service_added"));
    QCOMPARE(m_client->put(QStringLiteral("/v1/webhooks"), "[]").status, 200);
    QVERIFY(m_alarms->webhooks().isEmpty());
}

void TestAlarmRoutes::openApiListsTheNewRoutes()
{
    const QJsonObject document = m_client->get(QStringLiteral("/v1/openapi.json")).object();
    const QJsonObject paths = document.value(QStringLiteral("paths")).toObject();
    for (const char *path : {"/v1/alarms", "/v1/ack_alarm/{id}", "/v1/alarm_rules", "/v1/events", "/v1/webhooks"})
        QVERIFY2(paths.contains(QLatin1String(path)), path);
    QVERIFY(paths.value(QStringLiteral("/v1/alarm_rules")).toObject().contains(QStringLiteral("put")));
    const QJsonObject schemas = document.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject();
    for (const char *schema : {"Alarm", "Event", "AlarmRule", "AlarmRules", "AlarmOverrides", "Webhook"})
        QVERIFY2(schemas.contains(QLatin1String(schema)), schema);
    const QJsonObject alarm = schemas.value(QStringLiteral("Alarm")).toObject().value(QStringLiteral("properties")).toObject();
    for (const char *field : {"Id", "Kind", "ServiceId", "ServiceName", "Type", "Severity", "RaisedAt", "ClearedAt",
                              "Acknowledged", "Message"})
        QVERIFY2(alarm.contains(QLatin1String(field)), field);
    QVERIFY(schemas.value(QStringLiteral("TxBody")).toObject().value(QStringLiteral("properties")).toObject().contains(
        QStringLiteral("Alarms")));
}

QTEST_GUILESS_MAIN(TestAlarmRoutes)
#include "TestAlarmRoutes.moc"
