// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14 over the REST API on real HTTP: a TX added with MaxCallers/AllowedPeers, its
// "Callers" in get_tx (one and all), kick_tx (200, 404 for an unknown peer, 400 for a bad
// body), per-caller Prometheus series and the OpenAPI document; two real libsrt callers.
// Ports 22400-22499.
#include "tests/fanout/FanoutSupport.h"
#include "tests/rest/RestClient.h"

#include "core/ServiceManager.h"
#include "core/alarms/AlarmSystem.h"
#include "core/engine/SrtRuntime.h"
#include "core/rest/AuthStore.h"
#include "core/rest/RestServer.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ServiceStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace srtdesk;
using srtdesk::test::fanoutPort;
using srtdesk::test::plainSrtCaller;
using srtdesk::test::RestClient;
using srtdesk::test::waitUntil;

namespace {
constexpr char kPassword[] = "fanout-password";
}

class TestFanoutRest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SecretStore m_secrets;
    ServiceStore m_store;
    std::unique_ptr<SrtRuntime> m_runtime;
    std::unique_ptr<ServiceManager> m_manager;
    std::unique_ptr<AlarmSystem> m_alarms;
    AuthStore m_auth;
    std::unique_ptr<RestServer> m_server;
    std::unique_ptr<RestClient> m_client;

    QJsonArray callersOf(qint64 id) { return m_client->get(QStringLiteral("/v1/get_tx/%1").arg(id)).object().value(QStringLiteral("Callers")).toArray(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_secrets.open(m_dir.path()), qPrintable(m_secrets.errorString()));
        QVERIFY2(m_store.open(m_dir.path(), m_secrets), qPrintable(m_store.errorString()));
        m_runtime = std::make_unique<SrtRuntime>();
        m_manager = std::make_unique<ServiceManager>(m_store, *m_runtime);
        m_manager->setStatsIntervalMs(200);
        QVERIFY(m_manager->load());
        m_alarms = std::make_unique<AlarmSystem>(*m_manager, m_store, m_dir.path());
        QVERIFY2(m_auth.load(m_secrets), qPrintable(m_auth.errorString()));
        QVERIFY(m_auth.setPassword(QString::fromLatin1(kPassword)));
        QVERIFY(m_auth.save());
        m_server = std::make_unique<RestServer>(*m_manager, *m_alarms, m_auth);
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
        m_client = std::make_unique<RestClient>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())));
        QCOMPARE(m_client->login(QStringLiteral("admin"), QString::fromLatin1(kPassword)).status, 200);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
        m_alarms.reset();
        m_manager.reset();
        m_runtime.reset();
    }

    void callersAndKickOverHttp()
    {
        const int srtPort = fanoutPort(20, 0);
        const QJsonObject body{{QStringLiteral("ServiceName"), QStringLiteral("fanout-rest")},
                               {QStringLiteral("Mode"), QStringLiteral("listener")},
                               {QStringLiteral("ListenPort"), srtPort},
                               {QStringLiteral("UdpIn"), QStringLiteral("127.0.0.1:%1").arg(fanoutPort(20, 1))},
                               {QStringLiteral("Latency"), 400},
                               {QStringLiteral("MaxCallers"), 2},
                               {QStringLiteral("AllowedPeers"), QStringLiteral("127.0.0.0/8, ::1")}};
        auto response = m_client->post(QStringLiteral("/v1/add_tx"), QJsonDocument(body).toJson());
        QCOMPARE(response.status, 200);
        const qint64 id = response.object().value(QStringLiteral("Id")).toInteger();
        // A bad value is refused with the field's name.
        QJsonObject bad = body;
        bad.insert(QStringLiteral("ServiceName"), QStringLiteral("other"));
        bad.insert(QStringLiteral("MaxCallers"), 65);
        response = m_client->post(QStringLiteral("/v1/add_tx"), QJsonDocument(bad).toJson());
        QCOMPARE(response.status, 400);
        QVERIFY(response.body.contains("MaxCallers"));

        QJsonObject tx = m_client->get(QStringLiteral("/v1/get_tx/%1").arg(id)).object();
        QCOMPARE(tx.value(QStringLiteral("MaxCallers")).toInt(), 2);
        QCOMPARE(tx.value(QStringLiteral("AllowedPeers")).toString(), QStringLiteral("127.0.0.0/8, ::1"));
        QVERIFY(tx.value(QStringLiteral("Callers")).isArray());
        QCOMPARE(m_client->post(QStringLiteral("/v1/start_tx/%1").arg(id)).status, 200);
        QVERIFY(waitUntil([&] { return m_manager->get(id)->stats.state == LinkState::Waiting; }, 3000));

        int reason = 0;
        const SRTSOCKET a = plainSrtCaller({}, QStringLiteral("127.0.0.1"), srtPort, QStringLiteral("first"), &reason);
        const SRTSOCKET b = plainSrtCaller({}, QStringLiteral("::1"), srtPort, QStringLiteral("second"), &reason);
        QVERIFY(a != SRT_INVALID_SOCK && b != SRT_INVALID_SOCK);
        QVERIFY(waitUntil([&] { return callersOf(id).size() == 2; }, 3000));
        const QJsonArray callers = callersOf(id);
        QString ipv6Peer;
        for (const QJsonValue &value : callers) {
            const QJsonObject caller = value.toObject();
            QStringList keys = caller.keys();
            keys.sort();
            QCOMPARE(keys, (QStringList{QStringLiteral("ConnectedSince"), QStringLiteral("LinkRtt"), QStringLiteral("Peer"),
                                        QStringLiteral("SendMbitRate"), QStringLiteral("SendPacketsDropped"),
                                        QStringLiteral("SendPacketsLost"), QStringLiteral("SendPacketsRetransmitted"),
                                        QStringLiteral("StreamId")}));
            QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                        .match(caller.value(QStringLiteral("ConnectedSince")).toString())
                        .hasMatch());
            if (caller.value(QStringLiteral("StreamId")).toString() == QLatin1String("second"))
                ipv6Peer = caller.value(QStringLiteral("Peer")).toString();
        }
        QVERIFY2(ipv6Peer.startsWith(QStringLiteral("[::1]:")), qPrintable(ipv6Peer));
        // The list has them too.
        const QJsonArray list = m_client->get(QStringLiteral("/v1/get_tx")).array();
        QCOMPARE(list.first().toObject().value(QStringLiteral("Callers")).toArray().size(), 2);

        // Prometheus: one series per caller, labelled by its address.
        const QByteArray metrics = m_client->get(QStringLiteral("/v1/metrics")).body;
        const QByteArray series = QByteArray("srtdesk_caller_rtt_milliseconds{id=\"") + QByteArray::number(id)
                                  + QByteArray("\",kind=\"tx\",name=\"fanout-rest\",peer=\"") + ipv6Peer.toUtf8()
                                  + QByteArray("\"}");
        QVERIFY2(metrics.contains(series), metrics.constData());

        // kick_tx: bad bodies, an unknown peer, then the IPv6 caller.
        QCOMPARE(m_client->post(QStringLiteral("/v1/kick_tx/%1").arg(id), "{\"Peer\": 7}").status, 400);
        QCOMPARE(m_client->post(QStringLiteral("/v1/kick_tx/%1").arg(id), "not json").status, 400);
        QCOMPARE(m_client->post(QStringLiteral("/v1/kick_tx/%1").arg(id), "{\"Peer\": \"127.0.0.1:1\"}").status, 404);
        QCOMPARE(m_client->post(QStringLiteral("/v1/kick_tx/%1").arg(id + 1000), "{\"Peer\": \"127.0.0.1:1\"}").status, 404);
        response = m_client->post(QStringLiteral("/v1/kick_tx/%1").arg(id),
                                  QJsonDocument(QJsonObject{{QStringLiteral("Peer"), ipv6Peer}}).toJson());
        QCOMPARE(response.status, 200);
        const QJsonArray left = callersOf(id);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value(QStringLiteral("StreamId")).toString(), QStringLiteral("first"));
        QVERIFY(waitUntil([&] { return srt_getsockstate(b) != SRTS_CONNECTED; }, 5000)); // the caller sees it
        QCOMPARE(srt_getsockstate(a), SRTS_CONNECTED);
        // Without a token: refused like start/stop.
        RestClient anonymous(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())));
        QCOMPARE(anonymous.post(QStringLiteral("/v1/kick_tx/%1").arg(id), "{\"Peer\": \"127.0.0.1:1\"}").status, 401);
        // An RX has no kick.
        QCOMPARE(m_client->post(QStringLiteral("/v1/kick_rx/%1").arg(id), "{}").status, 404);
        srt_close(a);
        srt_close(b);
    }

    void openApiDescribesCallersAndKick()
    {
        const QJsonObject document = m_client->get(QStringLiteral("/v1/openapi.json")).object();
        const QJsonObject schemas = document.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject();
        const QJsonObject callers = schemas.value(QStringLiteral("TxService")).toObject().value(QStringLiteral("properties"))
                                        .toObject().value(QStringLiteral("Callers")).toObject();
        QCOMPARE(callers.value(QStringLiteral("$ref")).toString(), QStringLiteral("#/components/schemas/Callers"));
        const QJsonObject array = schemas.value(QStringLiteral("Callers")).toObject();
        QCOMPARE(array.value(QStringLiteral("type")).toString(), QStringLiteral("array"));
        QCOMPARE(array.value(QStringLiteral("items")).toObject().value(QStringLiteral("$ref")).toString(),
                 QStringLiteral("#/components/schemas/Caller"));
        QCOMPARE(schemas.value(QStringLiteral("Caller")).toObject().value(QStringLiteral("properties")).toObject().size(), 8);
        QVERIFY(!schemas.value(QStringLiteral("RxService")).toObject().value(QStringLiteral("properties")).toObject().contains(QStringLiteral("Callers")));
        const QJsonObject kick = document.value(QStringLiteral("paths")).toObject().value(QStringLiteral("/v1/kick_tx/{id}")).toObject().value(QStringLiteral("post")).toObject();
        QVERIFY(kick.contains(QStringLiteral("requestBody")));
        const QJsonObject responses = kick.value(QStringLiteral("responses")).toObject();
        for (const char *status : {"200", "400", "401", "404"})
            QVERIFY2(responses.contains(QLatin1String(status)), status);
        const QJsonObject txBody = schemas.value(QStringLiteral("TxBody")).toObject().value(QStringLiteral("properties")).toObject();
        QVERIFY(txBody.contains(QStringLiteral("MaxCallers")) && txBody.contains(QStringLiteral("AllowedPeers")));
        QVERIFY(schemas.value(QStringLiteral("RxBody")).toObject().value(QStringLiteral("properties")).toObject().contains(QStringLiteral("StreamId")));
    }
};

QTEST_GUILESS_MAIN(TestFanoutRest)
#include "TestFanoutRest.moc"
