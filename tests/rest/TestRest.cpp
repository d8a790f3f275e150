// SPDX-License-Identifier: GPL-3.0-or-later
// The /v1 REST API over real TCP: the original's sample bodies, a full TX -> RX lifecycle
// with traffic on loopback, every error code, token attacks, login throttling, HTTPS with a
// certificate made by openssl, and the srtdeskd binary itself.

#include "RestClient.h"
#include "SampleBodies.h"

#include "core/ServiceManager.h"
#include "core/engine/SrtRuntime.h"
#include "core/model/ServiceSerializer.h"
#include "core/rest/AuthStore.h"
#include "core/rest/PasswordHasher.h"
#include "core/alarms/AlarmSystem.h"
#include "core/rest/RestServer.h"
#include "core/rest/TokenCodec.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ServiceStore.h"
#include "tests/tools/UdpSequenceReceiver.h"
#include "tests/tools/UdpSequenceSender.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <memory>
#include <sys/stat.h>

using namespace srtdesk;
using srtdesk::test::RestClient;

namespace {

constexpr char kPassword[] = "password"; // the original's; set explicitly, never a default

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject jwtPart(const QByteArray &token, int index)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(token.split('.').value(index), QByteArray::Base64UrlEncoding))
        .object();
}

// A token made by hand: header and payload as given, signed with HMAC over `key`.
QByteArray craftToken(const QJsonObject &header, const QJsonObject &payload, const QByteArray &key,
                      QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256)
{
    const QByteArray signingInput = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + b64url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return signingInput + '.' + b64url(QMessageAuthenticationCode::hash(signingInput, key, algorithm));
}

QJsonObject claims(qint64 iat, qint64 nbf, qint64 exp, const QString &sub = QStringLiteral("admin"))
{
    return {{QStringLiteral("iat"), iat}, {QStringLiteral("nbf"), nbf}, {QStringLiteral("exp"), exp},
            {QStringLiteral("sub"), sub}};
}

QJsonObject hs256Header(const QString &alg = QStringLiteral("HS256"))
{
    return {{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
}

quint16 freeUdpPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort();
}

quint16 freeTcpPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QByteArray withFields(const char *sample, const QJsonObject &changes)
{
    QJsonObject object = QJsonDocument::fromJson(sample).object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Every key of `expected` appears in `actual`, in the same relative order.
bool keepsOrder(const QStringList &expected, const QStringList &actual, QString *why)
{
    qsizetype last = -1;
    for (const QString &key : expected) {
        const qsizetype at = actual.indexOf(key);
        if (at < 0) {
            *why = QStringLiteral("missing ") + key;
            return false;
        }
        if (at < last) {
            *why = QStringLiteral("out of order: ") + key;
            return false;
        }
        last = at;
    }
    return true;
}

} // namespace

class TestRest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void healthNeedsNoToken();
    void loginWithOriginalBody();
    void loginRefusesWrongOrMalformed();
    void protectedEndpoint();
    void rxEndpointsWithSampleBodies();
    void txEndpointsWithSampleBodies();
    void putOfAGetBodyKeepsThePassphrase();
    void lifecycleCarriesTraffic();
    void badRequestListsEveryField();
    void notFound();
    void methodNotAllowed();
    void conflicts();
    void payloadTooLarge();
    void hugeDeclaredBodyIsCutOff();
    void userInputNeverGives500();
    void idleAndExcessConnectionsAreClosed();
    void warnsWithoutTlsOffLoopback();
    void tokenAttacksAreRefused();
    void expiredToken();
    void loginThrottling();
    void metricsInPrometheusFormat();
    void openApiDescribesEveryRoute();
    void everyRouteChecksItsPermission();
    void authStoreIsPrivate();
    void https();
    void daemonVersion();
    void daemonRefusesSecondInstance();
    void daemonGeneratesPasswordAndResumesAfterSigterm();

private:
    RestClient::Response loggedIn(RestClient &client) { return client.login(QStringLiteral("admin"), QString::fromLatin1(kPassword)); }
    QUrl baseUrl(quint16 port, bool tls = false) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(tls ? QStringLiteral("https") : QStringLiteral("http")).arg(port));
    }
    qint64 addService(RestClient &client, const QString &kind, const QByteArray &body);
    QJsonObject waitFor(RestClient &client, const QString &path, const std::function<bool(const QJsonObject &)> &done,
                        int timeoutMs);
    QString binary() const { return QStringLiteral(SRTDESK_TEST_BIN_DIR "/srtdeskd"); }

    QTemporaryDir m_dir;
    SecretStore m_secrets;
    ServiceStore m_store;
    std::unique_ptr<SrtRuntime> m_runtime;
    std::unique_ptr<ServiceManager> m_manager;
    std::unique_ptr<AlarmSystem> m_alarms;
    AuthStore m_auth;
    std::unique_ptr<RestServer> m_server;
    std::unique_ptr<RestClient> m_client; // logged in
};

void TestRest::initTestCase()
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
    QVERIFY(!m_auth.hasPassword()); // never a default password
    QVERIFY(m_auth.setPassword(QString::fromLatin1(kPassword)));
    QVERIFY2(m_auth.save(), qPrintable(m_auth.errorString()));
    m_server = std::make_unique<RestServer>(*m_manager, *m_alarms, m_auth);
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    QVERIFY(m_server->serverPort() > 0);
    m_client = std::make_unique<RestClient>(baseUrl(m_server->serverPort()));
    QCOMPARE(loggedIn(*m_client).status, 200);
}

void TestRest::cleanupTestCase()
{
    m_client.reset();
    m_server.reset();
    m_alarms.reset();
    m_manager.reset();
    m_runtime.reset();
}

void TestRest::cleanup()
{
    // Every test starts without services.
    const QList<ServiceStatus> services = m_manager->list();
    for (const ServiceStatus &status : services)
        m_manager->remove(status.config.id);
}

qint64 TestRest::addService(RestClient &client, const QString &kind, const QByteArray &body)
{
    const auto response = client.post(QStringLiteral("/v1/add_") + kind, body);
    if (response.status != 200) {
        qWarning() << "add failed" << response.status << response.body;
        return 0;
    }
    return response.object().value(QStringLiteral("Id")).toInteger();
}

QJsonObject TestRest::waitFor(RestClient &client, const QString &path,
                              const std::function<bool(const QJsonObject &)> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject last;
    while (timer.elapsed() < timeoutMs) {
        const auto response = client.get(path);
        last = response.object();
        if (response.status == 200 && done(last))
            return last;
        QTest::qWait(200);
    }
    return last;
}

void TestRest::healthNeedsNoToken()
{
    RestClient anonymous(baseUrl(m_server->serverPort()));
    addService(*m_client, QStringLiteral("rx"), samples::kAddRx);
    const auto response = anonymous.get(QStringLiteral("/v1/health"));
    QCOMPARE(response.status, 200);
    const QJsonObject body = response.object();
    QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(body.value(QStringLiteral("version")).toString(), QStringLiteral(SRTDESK_VERSION));
    QCOMPARE(body.value(QStringLiteral("services")).toObject().value(QStringLiteral("rx")).toInt(), 1);
    QCOMPARE(body.value(QStringLiteral("services")).toObject().value(QStringLiteral("tx")).toInt(), 0);
    // Where secrets are: the keychain of the test session, or the fallback file without one.
    QCOMPARE(body.value(QStringLiteral("secretStore")).toString(),
             qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") ? QStringLiteral("file") : QStringLiteral("keychain"));
    QCOMPARE(body.value(QStringLiteral("secretStore")).toString(), m_secrets.backendName());
    QCOMPARE(response.header("Cache-Control"), QByteArray("no-store"));
}

void TestRest::loginWithOriginalBody()
{
    RestClient client(baseUrl(m_server->serverPort()));
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const auto response = client.post(QStringLiteral("/v1/login"), samples::kLogin);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.orderedKeys(), (QStringList{QStringLiteral("jwt"), QStringLiteral("exp")}));
    const QByteArray jwt = response.object().value(QStringLiteral("jwt")).toString().toLatin1();
    QCOMPARE(jwt.count('.'), 2);
    QCOMPARE(jwtPart(jwt, 0).value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    const QJsonObject payload = jwtPart(jwt, 1);
    QCOMPARE(payload.value(QStringLiteral("sub")).toString(), QStringLiteral("admin"));
    const qint64 iat = payload.value(QStringLiteral("iat")).toInteger();
    QVERIFY(iat >= before && iat <= before + 5);
    QCOMPARE(payload.value(QStringLiteral("nbf")).toInteger(), iat);
    QCOMPARE(payload.value(QStringLiteral("exp")).toInteger(), iat + 3600);

    // "exp": "Wed, 09 Dec 2020 14:13:37 GMT"
    const QString exp = response.object().value(QStringLiteral("exp")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$"))
                 .match(exp)
                 .hasMatch(),
             qPrintable(exp));
    QDateTime parsed = QLocale::c().toDateTime(exp.chopped(4), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    parsed.setTimeSpec(Qt::UTC);
    QCOMPARE(parsed.toSecsSinceEpoch(), iat + 3600);

    // The token opens the protected endpoints.
    client.setToken(jwt);
    QCOMPARE(client.get(QStringLiteral("/v1/get_rx")).status, 200);
}

void TestRest::loginRefusesWrongOrMalformed()
{
    // A server of its own, so that these failures do not throttle the other tests.
    RestServer server(*m_manager, *m_alarms, m_auth);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    RestClient client(baseUrl(server.serverPort()));

    auto response = client.login(QStringLiteral("admin"), QStringLiteral("wrong-password"));
    QCOMPARE(response.status, 401);
    QVERIFY(response.header("WWW-Authenticate").startsWith("Bearer"));
    QCOMPARE(response.object().value(QStringLiteral("error")).toString(), QStringLiteral("Wrong username or password."));
    QVERIFY(!response.object().contains(QStringLiteral("jwt")));

    response = client.login(QStringLiteral("root"), QString::fromLatin1(kPassword));
    QCOMPARE(response.status, 401);

    response = client.post(QStringLiteral("/v1/login"), "{\"username\": \"admin\", ");
    QCOMPARE(response.status, 400);
    QVERIFY(response.object().value(QStringLiteral("fields")).toObject().contains(QStringLiteral("body")));

    response = client.post(QStringLiteral("/v1/login"), "{\"username\": 5}");
    QCOMPARE(response.status, 400);
    const QJsonObject fields = response.object().value(QStringLiteral("fields")).toObject();
    QVERIFY(fields.contains(QStringLiteral("username")));
    QVERIFY(fields.contains(QStringLiteral("password")));
}

void TestRest::protectedEndpoint()
{
    const auto response = m_client->get(QStringLiteral("/v1/protected"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{\"Granted Access\": \"admin\"}"));

    RestClient anonymous(baseUrl(m_server->serverPort()));
    const auto refused = anonymous.get(QStringLiteral("/v1/protected"));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.header("WWW-Authenticate"), QByteArray("Bearer realm=\"srtdesk\""));
    QVERIFY(!refused.object().value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(refused.object().value(QStringLiteral("fields")).isObject());

    const auto basic = anonymous.call("GET", QStringLiteral("/v1/protected"), {}, {{"Authorization", "Basic YWRtaW46cGFzc3dvcmQ="}});
    QCOMPARE(basic.status, 401);
}

void TestRest::rxEndpointsWithSampleBodies()
{
    // add_rx with the original's body, verbatim.
    auto response = m_client->post(QStringLiteral("/v1/add_rx"), samples::kAddRx);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.orderedKeys(), (QStringList{QStringLiteral("Id"), QStringLiteral("ServiceName"), QStringLiteral("message")}));
    const qint64 id = response.object().value(QStringLiteral("Id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(response.object().value(QStringLiteral("ServiceName")).toString(), QStringLiteral("Test_3"));
    QVERIFY(!response.object().value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(m_manager->config(id)->passPhrase, QStringLiteral("mysecretpassword"));

    // get_rx: the original's element shape, every field, in its order; the passphrase masked.
    response = m_client->get(QStringLiteral("/v1/get_rx"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.array().size(), 1);
    const QByteArray element = QJsonDocument(response.array().first().toObject()).toJson();
    const QByteArray sample(samples::kGetRx);
    const QStringList originalKeys = test::orderedKeysOf(sample.mid(sample.indexOf('{')));
    QCOMPARE(originalKeys.size(), 47); // the scan read the whole sample element
    const QByteArray listBody = response.body;
    const QStringList ourKeys = test::orderedKeysOf(listBody.mid(listBody.indexOf('{')));
    QString why;
    QVERIFY2(keepsOrder(originalKeys, ourKeys, &why), qPrintable(why));
    const QJsonObject rx = response.array().first().toObject();
    QCOMPARE(rx.value(QStringLiteral("Id")).toInteger(), id);
    QCOMPARE(rx.value(QStringLiteral("PassPhrase")).toString(), ServiceSerializer::kMask);
    QCOMPARE(rx.value(QStringLiteral("TxIp")).toString(), QStringLiteral("80.84.129.34"));
    QCOMPARE(rx.value(QStringLiteral("UdpOut")).toString(), QStringLiteral("224.10.10.149:5009"));
    QCOMPARE(rx.value(QStringLiteral("TTL")).toInt(), 24);
    QCOMPARE(rx.value(QStringLiteral("Status")).toInt(), 0);
    QCOMPARE(rx.value(QStringLiteral("ContainerId")).toString(), QString());
    QCOMPARE(rx.value(QStringLiteral("Connected")).toInt(), 0);
    QVERIFY(!listBody.contains("mysecretpassword"));

    // update_rx with the original's body, verbatim, then a partial body.
    response = m_client->put(QStringLiteral("/v1/update_rx/%1").arg(id), samples::kUpdateRx);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(QStringLiteral("Id")).toInteger(), id);
    response = m_client->put(QStringLiteral("/v1/update_rx/%1").arg(id), "{\"Latency\": \"900\", \"Mode\": \"Caller\"}");
    QCOMPARE(response.status, 200);

    // get_one_rx
    response = m_client->get(QStringLiteral("/v1/get_rx/%1").arg(id));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(QStringLiteral("Latency")).toInt(), 900);
    QCOMPARE(response.object().value(QStringLiteral("ServiceName")).toString(), QStringLiteral("Test_3"));
    QCOMPARE(response.object().value(QStringLiteral("Ip1Weight")).toInt(), 60);
    QCOMPARE(m_manager->config(id)->passPhrase, QStringLiteral("mysecretpassword"));

    // start/stop/restart: first point the caller at loopback (no traffic leaves this host).
    const quint16 port = freeUdpPort();
    response = m_client->put(QStringLiteral("/v1/update_rx/%1").arg(id),
                             withFields(samples::kUpdateRx, {{QStringLiteral("TxIp"), QStringLiteral("127.0.0.1")},
                                                             {QStringLiteral("ListenPort"), port},
                                                             {QStringLiteral("UdpOut"), QStringLiteral("127.0.0.1:%1").arg(freeUdpPort())}}));
    QCOMPARE(response.status, 200);
    response = m_client->post(QStringLiteral("/v1/start_rx/%1").arg(id));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(QStringLiteral("ServiceName")).toString(), QStringLiteral("Test_3"));
    auto one = m_client->get(QStringLiteral("/v1/get_rx/%1").arg(id)).object();
    QCOMPARE(one.value(QStringLiteral("Status")).toInt(), 1);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{10}$")).match(one.value(QStringLiteral("ContainerId")).toString()).hasMatch());
    QCOMPARE(one.value(QStringLiteral("Connected")).toInt(), 2); // a caller without its peer keeps trying
    QCOMPARE(m_client->post(QStringLiteral("/v1/restart_rx/%1").arg(id)).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v1/get_rx/%1").arg(id)).object().value(QStringLiteral("Status")).toInt(), 1);
    QCOMPARE(m_client->post(QStringLiteral("/v1/stop_rx/%1").arg(id)).status, 200);
    one = m_client->get(QStringLiteral("/v1/get_rx/%1").arg(id)).object();
    QCOMPARE(one.value(QStringLiteral("Status")).toInt(), 0);
    QCOMPARE(one.value(QStringLiteral("ContainerId")).toString(), QString());

    // delete_rx
    response = m_client->del(QStringLiteral("/v1/delete_rx/%1").arg(id));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(QStringLiteral("ServiceName")).toString(), QStringLiteral("Test_3"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/get_rx/%1").arg(id)).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/v1/get_rx")).array().size(), 0);
}

void TestRest::txEndpointsWithSampleBodies()
{
    auto response = m_client->post(QStringLiteral("/v1/add_tx"), samples::kAddTx);
    QCOMPARE(response.status, 200);
    const qint64 id = response.object().value(QStringLiteral("Id")).toInteger();
    QCOMPARE(response.object().value(QStringLiteral("ServiceName")).toString(), QStringLiteral("TX_2"));

    response = m_client->get(QStringLiteral("/v1/get_tx"));
    QCOMPARE(response.status, 200);
    const QByteArray sample(samples::kGetTx);
    const QStringList originalKeys = test::orderedKeysOf(sample.mid(sample.indexOf('{')));
    QCOMPARE(originalKeys.size(), 38);
    const QStringList ourKeys = test::orderedKeysOf(response.body.mid(response.body.indexOf('{')));
    QString why;
    QVERIFY2(keepsOrder(originalKeys, ourKeys, &why), qPrintable(why));
    const QJsonObject tx = response.array().first().toObject();
    QCOMPARE(tx.value(QStringLiteral("ListenPort")).toInt(), 9001); // sent as "9001"
    QCOMPARE(tx.value(QStringLiteral("Latency")).toInt(), 700);
    QCOMPARE(tx.value(QStringLiteral("SrtBw")).toInt(), 12000);
    QCOMPARE(tx.value(QStringLiteral("UdpIn")).toString(), QStringLiteral("224.10.10.149:5009"));
    QVERIFY(tx.contains(QStringLiteral("RxIp")));
    QVERIFY(!tx.contains(QStringLiteral("TxIp"))); // not the original's get_one_tx slip
    QCOMPARE(tx.value(QStringLiteral("PassPhrase")).toString(), ServiceSerializer::kMask);
    QVERIFY(tx.contains(QStringLiteral("SendPackets")));

    QCOMPARE(m_client->put(QStringLiteral("/v1/update_tx/%1").arg(id), samples::kUpdateTx).status, 200);
    // The original's get_one_tx example (TxIp/UdpOut spelling), sent back as an update.
    QCOMPARE(m_client->put(QStringLiteral("/v1/update_tx/%1").arg(id), samples::kGetOneTxSlip).status, 200);
    QCOMPARE(m_manager->config(id)->latency, 2000);
    QCOMPARE(m_manager->config(id)->inputBw, 6000);
    QCOMPARE(m_manager->config(id)->passPhrase, QString()); // the example's "" clears it

    response = m_client->get(QStringLiteral("/v1/get_tx/%1").arg(id));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(QStringLiteral("PassPhrase")).toString(), QString());

    // start/stop/restart on loopback ports.
    QCOMPARE(m_client->put(QStringLiteral("/v1/update_tx/%1").arg(id),
                           withFields(samples::kUpdateTx, {{QStringLiteral("ListenPort"), QString::number(freeUdpPort())},
                                                           {QStringLiteral("UdpIn"), QStringLiteral("127.0.0.1:%1").arg(freeUdpPort())}}))
                 .status,
             200);
    QCOMPARE(m_client->post(QStringLiteral("/v1/start_tx/%1").arg(id)).status, 200);
    const QJsonObject running = waitFor(*m_client, QStringLiteral("/v1/get_tx/%1").arg(id),
                                        [](const QJsonObject &o) { return o.value(QStringLiteral("Connected")).toInt() == 2; }, 5000);
    QCOMPARE(running.value(QStringLiteral("Status")).toInt(), 1);
    QCOMPARE(running.value(QStringLiteral("Connected")).toInt(), 2); // a listener waits for its caller
    QCOMPARE(m_client->post(QStringLiteral("/v1/restart_tx/%1").arg(id)).status, 200);
    QCOMPARE(m_client->post(QStringLiteral("/v1/stop_tx/%1").arg(id)).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v1/get_tx/%1").arg(id)).object().value(QStringLiteral("Status")).toInt(), 0);
    QCOMPARE(m_client->del(QStringLiteral("/v1/delete_tx/%1").arg(id)).status, 200);
    QCOMPARE(m_manager->count(ServiceKind::Tx), 0);
}

void TestRest::putOfAGetBodyKeepsThePassphrase()
{
    const qint64 id = addService(*m_client, QStringLiteral("rx"), samples::kAddRx);
    QVERIFY(id > 0);
    // A client reads a service, changes one field and sends the whole object back.
    QJsonObject object = m_client->get(QStringLiteral("/v1/get_rx/%1").arg(id)).object();
    QCOMPARE(object.value(QStringLiteral("PassPhrase")).toString(), ServiceSerializer::kMask);
    object.insert(QStringLiteral("ServiceName"), QStringLiteral("Renamed"));
    const auto response = m_client->put(QStringLiteral("/v1/update_rx/%1").arg(id), QJsonDocument(object).toJson());
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(QStringLiteral("ServiceName")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(m_manager->config(id)->passPhrase, QStringLiteral("mysecretpassword"));
    QCOMPARE(m_manager->config(id)->serviceName, QStringLiteral("Renamed"));
}

void TestRest::lifecycleCarriesTraffic()
{
    const quint16 srtPort = freeUdpPort();
    const quint16 udpIn = freeUdpPort();
    const quint16 udpOut = freeUdpPort();

    // The original's bodies, pointed at loopback.
    const qint64 tx = addService(*m_client, QStringLiteral("tx"),
                                 withFields(samples::kAddTx, {{QStringLiteral("ListenPort"), QString::number(srtPort)},
                                                              {QStringLiteral("UdpIn"), QStringLiteral("127.0.0.1:%1").arg(udpIn)},
                                                              {QStringLiteral("Latency"), QStringLiteral("200")}}));
    const qint64 rx = addService(*m_client, QStringLiteral("rx"),
                                 withFields(samples::kAddRx, {{QStringLiteral("TxIp"), QStringLiteral("127.0.0.1")},
                                                              {QStringLiteral("ListenPort"), srtPort},
                                                              {QStringLiteral("UdpOut"), QStringLiteral("127.0.0.1:%1").arg(udpOut)},
                                                              {QStringLiteral("Latency"), 200}}));
    QVERIFY(tx > 0);
    QVERIFY(rx > 0);

    testtools::UdpSequenceReceiver receiver;
    QString error;
    QVERIFY2(receiver.start(QStringLiteral("127.0.0.1"), udpOut, &error), qPrintable(error));

    QCOMPARE(m_client->post(QStringLiteral("/v1/start_tx/%1").arg(tx)).status, 200);
    QCOMPARE(m_client->post(QStringLiteral("/v1/start_rx/%1").arg(rx)).status, 200);

    testtools::UdpSequenceSender::Options options;
    options.port = udpIn;
    options.mbps = 4.0;
    testtools::UdpSequenceSender sender(options);
    QVERIFY2(sender.start(&error), qPrintable(error));

    const auto connectedWithTraffic = [](const char *counter) {
        return [counter](const QJsonObject &o) {
            return o.value(QStringLiteral("Connected")).toInt() == 1 && o.value(QLatin1String(counter)).toInteger() > 0;
        };
    };
    const QJsonObject rx1 = waitFor(*m_client, QStringLiteral("/v1/get_rx/%1").arg(rx), connectedWithTraffic("RecvPackets"), 15000);
    QCOMPARE(rx1.value(QStringLiteral("Connected")).toInt(), 1);
    QVERIFY(rx1.value(QStringLiteral("RecvPackets")).toInteger() > 0);
    const QJsonObject tx1 = waitFor(*m_client, QStringLiteral("/v1/get_tx/%1").arg(tx), connectedWithTraffic("SendPackets"), 5000);
    QCOMPARE(tx1.value(QStringLiteral("Connected")).toInt(), 1);
    QVERIFY(tx1.value(QStringLiteral("SendPackets")).toInteger() > 0);
    QCOMPARE(tx1.value(QStringLiteral("Status")).toInt(), 1);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{10}$")).match(tx1.value(QStringLiteral("ContainerId")).toString()).hasMatch());

    // The counters grow.
    QTest::qWait(1500);
    const QJsonObject rx2 = m_client->get(QStringLiteral("/v1/get_rx/%1").arg(rx)).object();
    const QJsonObject tx2 = m_client->get(QStringLiteral("/v1/get_tx/%1").arg(tx)).object();
    QVERIFY2(rx2.value(QStringLiteral("RecvPackets")).toInteger() > rx1.value(QStringLiteral("RecvPackets")).toInteger(),
             qPrintable(QString::number(rx2.value(QStringLiteral("RecvPackets")).toInteger())));
    QVERIFY(rx2.value(QStringLiteral("RecvBytes")).toInteger() > rx1.value(QStringLiteral("RecvBytes")).toInteger());
    QVERIFY(tx2.value(QStringLiteral("SendPackets")).toInteger() > tx1.value(QStringLiteral("SendPackets")).toInteger());
    QVERIFY(rx2.value(QStringLiteral("RecvMbitRate")).toDouble() > 0);
    QVERIFY(receiver.counts().unique > 0); // the RX's UdpOut really delivers

    // Metrics show the same link.
    const auto metrics = m_client->get(QStringLiteral("/v1/metrics"));
    QCOMPARE(metrics.status, 200);
    const QRegularExpression recv(QStringLiteral("srtdesk_packets_total\\{id=\"%1\",kind=\"rx\",name=\"Test_3\"\\} (\\d+)").arg(rx));
    const auto match = recv.match(QString::fromUtf8(metrics.body));
    QVERIFY2(match.hasMatch(), metrics.body.constData());
    QVERIFY(match.captured(1).toLongLong() > 0);
    QVERIFY(metrics.body.contains(QStringLiteral("srtdesk_link_connected{id=\"%1\",kind=\"tx\",name=\"TX_2\"} 1").arg(tx).toUtf8()));

    sender.stop();
    QCOMPARE(m_client->post(QStringLiteral("/v1/stop_rx/%1").arg(rx)).status, 200);
    QCOMPARE(m_client->post(QStringLiteral("/v1/stop_tx/%1").arg(tx)).status, 200);
    const QJsonObject stopped = m_client->get(QStringLiteral("/v1/get_rx/%1").arg(rx)).object();
    QCOMPARE(stopped.value(QStringLiteral("Status")).toInt(), 0);
    QCOMPARE(stopped.value(QStringLiteral("Connected")).toInt(), 0);
    QCOMPARE(m_client->del(QStringLiteral("/v1/delete_rx/%1").arg(rx)).status, 200);
    QCOMPARE(m_client->del(QStringLiteral("/v1/delete_tx/%1").arg(tx)).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v1/get_rx/%1").arg(rx)).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/v1/get_tx/%1").arg(tx)).status, 404);
    receiver.stop();
}

void TestRest::badRequestListsEveryField()
{
    auto response = m_client->post(QStringLiteral("/v1/add_rx"), "{\"ServiceName\": \"x\", ");
    QCOMPARE(response.status, 400);
    QVERIFY(response.object().value(QStringLiteral("error")).toString().contains(QStringLiteral("JSON")));
    QVERIFY(response.object().value(QStringLiteral("fields")).isObject());

    response = m_client->post(QStringLiteral("/v1/add_rx"), "[1, 2]");
    QCOMPARE(response.status, 400);

    response = m_client->post(QStringLiteral("/v1/add_rx"),
                              withFields(samples::kAddRx, {{QStringLiteral("Latency"), 5},
                                                           {QStringLiteral("ListenPort"), 70000},
                                                           {QStringLiteral("Mode"), QStringLiteral("sideways")},
                                                           {QStringLiteral("PbKeyLen"), QStringLiteral("seventeen")},
                                                           {QStringLiteral("PassPhrase"), QStringLiteral("short")}}));
    QCOMPARE(response.status, 400);
    const QJsonObject fields = response.object().value(QStringLiteral("fields")).toObject();
    for (const QString &field : {QStringLiteral("Latency"), QStringLiteral("ListenPort"), QStringLiteral("Mode"),
                                 QStringLiteral("PbKeyLen"), QStringLiteral("PassPhrase")}) {
        QVERIFY2(fields.contains(field), qPrintable(field + QLatin1Char(' ') + QString::fromUtf8(response.body)));
        QVERIFY(!fields.value(field).toString().isEmpty());
    }
    QCOMPARE(m_manager->count(ServiceKind::Rx), 0);

    // The same on update; nothing changes.
    const qint64 id = addService(*m_client, QStringLiteral("rx"), samples::kAddRx);
    response = m_client->put(QStringLiteral("/v1/update_rx/%1").arg(id), "{\"Latency\": 70000, \"TTL\": 0}");
    QCOMPARE(response.status, 400);
    QVERIFY(response.object().value(QStringLiteral("fields")).toObject().contains(QStringLiteral("Latency")));
    QVERIFY(response.object().value(QStringLiteral("fields")).toObject().contains(QStringLiteral("TTL")));
    QCOMPARE(m_manager->config(id)->latency, 700);
}

void TestRest::notFound()
{
    const qint64 tx = addService(*m_client, QStringLiteral("tx"), samples::kAddTx);
    for (const QString &path : {QStringLiteral("/v1/get_rx/999999"), QStringLiteral("/v1/get_rx/%1").arg(tx),
                                QStringLiteral("/v1/get_rx/abc"), QStringLiteral("/v1/get_rx/-1"), QStringLiteral("/v1/nothing"),
                                QStringLiteral("/"), QStringLiteral("/v2/get_rx")}) {
        const auto response = m_client->get(path);
        QVERIFY2(response.status == 404, qPrintable(path + QStringLiteral(" -> ") + QString::number(response.status)));
        QVERIFY(!response.object().value(QStringLiteral("error")).toString().isEmpty());
    }
    // Mutations of the wrong kind or an unknown id.
    QCOMPARE(m_client->put(QStringLiteral("/v1/update_rx/%1").arg(tx), samples::kUpdateRx).status, 404);
    QCOMPARE(m_client->post(QStringLiteral("/v1/start_rx/%1").arg(tx)).status, 404);
    QCOMPARE(m_client->post(QStringLiteral("/v1/stop_rx/%1").arg(tx)).status, 404);
    QCOMPARE(m_client->post(QStringLiteral("/v1/restart_rx/%1").arg(tx)).status, 404);
    QCOMPARE(m_client->del(QStringLiteral("/v1/delete_rx/%1").arg(tx)).status, 404);
    QCOMPARE(m_client->del(QStringLiteral("/v1/delete_tx/424242")).status, 404);
    QCOMPARE(m_manager->count(ServiceKind::Tx), 1);
}

void TestRest::methodNotAllowed()
{
    auto response = m_client->get(QStringLiteral("/v1/add_rx"));
    QCOMPARE(response.status, 405);
    QCOMPARE(response.header("Allow"), QByteArray("POST"));
    response = m_client->del(QStringLiteral("/v1/login"));
    QCOMPARE(response.status, 405);
    response = m_client->post(QStringLiteral("/v1/get_tx/1"));
    QCOMPARE(response.status, 405);
    QCOMPARE(response.header("Allow"), QByteArray("GET"));
    response = m_client->call("PATCH", QStringLiteral("/v1/update_tx/1"), "{}");
    QCOMPARE(response.status, 405);
    QCOMPARE(response.header("Allow"), QByteArray("PUT"));
}

void TestRest::conflicts()
{
    QVERIFY(addService(*m_client, QStringLiteral("tx"), samples::kAddTx) > 0);
    // The same name again.
    auto response = m_client->post(QStringLiteral("/v1/add_tx"), withFields(samples::kAddTx, {{QStringLiteral("ListenPort"), 9002}}));
    QCOMPARE(response.status, 409);
    QVERIFY(response.object().value(QStringLiteral("fields")).toObject().contains(QStringLiteral("ServiceName")));
    // Another name on the same listening port.
    response = m_client->post(QStringLiteral("/v1/add_tx"), withFields(samples::kAddTx, {{QStringLiteral("ServiceName"), QStringLiteral("TX_3")},
                                                                                        {QStringLiteral("UdpIn"), QStringLiteral("127.0.0.1:5100")}}));
    QCOMPARE(response.status, 409);
    QVERIFY(!response.object().value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(m_manager->count(ServiceKind::Tx), 1);
}

void TestRest::payloadTooLarge()
{
    QByteArray body = samples::kAddRx;
    body.chop(1);
    body += ", \"Padding\": \"" + QByteArray(70 * 1024, 'x') + "\" }";
    const auto response = m_client->post(QStringLiteral("/v1/add_rx"), body);
    QCOMPARE(response.status, 413);
    QVERIFY(response.object().value(QStringLiteral("error")).toString().contains(QStringLiteral("64")));
    QCOMPARE(m_manager->count(ServiceKind::Rx), 0);
    // Just under the limit is fine.
    QByteArray fits = samples::kAddRx;
    fits.chop(1);
    fits += ", \"Padding\": \"" + QByteArray(60 * 1024, 'x') + "\" }";
    QCOMPARE(m_client->post(QStringLiteral("/v1/add_rx"), fits).status, 200);
}

void TestRest::hugeDeclaredBodyIsCutOff()
{
    // A client announcing 50 MB is answered 413 at once and disconnected; the server keeps
    // nothing of it and serves the next client.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /v1/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: 52428800\r\n\r\n{\"username\": \"");
    socket.write(QByteArray(64 * 1024, 'a'));
    // The server runs in this thread: wait with the event loop running.
    QByteArray answer;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { answer += socket.readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 10000);
    answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    QVERIFY(socket.state() != QAbstractSocket::ConnectedState);
    QCOMPARE(m_client->get(QStringLiteral("/v1/health")).status, 200);
}

void TestRest::userInputNeverGives500()
{
    const QList<QByteArray> bodies = {
        "", "null", "0", "\"text\"", "{}", "{\"ServiceName\": null}", "{\"ListenPort\": 1e300}",
        "{\"ListenPort\": -99999999999999999999}", "{\"Latency\": \"12abc\"}", "{\"Mode\": 3}",
        "{\"ServiceName\": {\"nested\": [1, 2]}}", "{\"TTL\": true}", QByteArray("{\"ServiceName\": \"") + QByteArray(500, 'n') + "\"}",
        "{\"ServiceName\": \"\\u0000\\ud800\"}", "\xff\xfe{}", "{\"PassPhrase\": \"********\"}",
    };
    const qint64 id = addService(*m_client, QStringLiteral("rx"), samples::kAddRx);
    for (const QByteArray &body : bodies) {
        for (const QString &path : {QStringLiteral("/v1/add_rx"), QStringLiteral("/v1/add_tx"), QStringLiteral("/v1/update_rx/%1").arg(id),
                                    QStringLiteral("/v1/login")}) {
            const QByteArray method = path.contains(QLatin1String("update")) ? "PUT" : "POST";
            const auto response = m_client->call(method, path, body);
            QVERIFY2(response.status >= 200 && response.status < 500,
                     qPrintable(path + QStringLiteral(" ") + QString::fromLatin1(body.left(60)) + QStringLiteral(" -> ")
                                + QString::number(response.status)));
            QVERIFY(response.isJson());
        }
    }
    // "********" kept the stored passphrase through all of that.
    QCOMPARE(m_manager->config(id)->passPhrase, QStringLiteral("mysecretpassword"));
}

void TestRest::idleAndExcessConnectionsAreClosed()
{
    RestOptions options;
    options.idleTimeoutSecs = 1;
    options.maxConnections = 2;
    RestServer server(*m_manager, *m_alarms, m_auth, options);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket a;
    QTcpSocket b;
    QTcpSocket c;
    for (QTcpSocket *socket : {&a, &b}) {
        socket->connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(socket->waitForConnected(5000));
    }
    QTest::qWait(200); // the server accepts them
    c.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(c.waitForConnected(5000));
    // The third connection is over the limit: closed at once.
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), QAbstractSocket::UnconnectedState, 3000);
    QCOMPARE(a.state(), QAbstractSocket::ConnectedState);
    // A silent connection is closed after the idle timeout.
    QTRY_COMPARE_WITH_TIMEOUT(a.state(), QAbstractSocket::UnconnectedState, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(b.state(), QAbstractSocket::UnconnectedState, 5000);
    // Room again for a client that talks.
    RestClient client(baseUrl(server.serverPort()));
    QCOMPARE(client.get(QStringLiteral("/v1/health")).status, 200);
}

void TestRest::warnsWithoutTlsOffLoopback()
{
    // Listening on every interface without TLS is allowed but warned about (no traffic is sent).
    RestServer server(*m_manager, *m_alarms, m_auth);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("without TLS")));
    QVERIFY(server.listen(QHostAddress::AnyIPv4, 0));
    server.close();
    RestServer loopback(*m_manager, *m_alarms, m_auth);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("without TLS")));
    QVERIFY(loopback.listen(QHostAddress::LocalHost, 0));
}

void TestRest::tokenAttacksAreRefused()
{
    const QByteArray key = m_auth.signingKey();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray good = craftToken(hs256Header(), claims(now, now, now + 600), key);
    RestClient client(baseUrl(m_server->serverPort()));

    // A token made the right way by hand is accepted: the refusals below are about the attack.
    client.setToken(good);
    QCOMPARE(client.get(QStringLiteral("/v1/protected")).status, 200);

    const auto refused = [&](const QByteArray &token, const char *what) {
        client.setToken(token);
        const auto response = client.get(QStringLiteral("/v1/get_rx"));
        if (response.status != 401 || !response.header("WWW-Authenticate").startsWith("Bearer"))
            qWarning() << what << response.status << response.body;
        return response.status == 401 && response.header("WWW-Authenticate").contains("invalid_token");
    };

    const QList<QByteArray> parts = good.split('.');
    // Tampered payload (sub changed), signature kept.
    const QByteArray otherPayload = b64url(QJsonDocument(claims(now, now, now + 99999, QStringLiteral("admin"))).toJson(QJsonDocument::Compact));
    QVERIFY(refused(parts[0] + '.' + otherPayload + '.' + parts[2], "tampered payload"));
    // Tampered signature.
    QByteArray signature = parts[2];
    signature[5] = signature[5] == 'A' ? 'B' : 'A';
    QVERIFY(refused(parts[0] + '.' + parts[1] + '.' + signature, "tampered signature"));
    // alg none, with and without a signature.
    const QByteArray noneHeader = b64url(QJsonDocument(hs256Header(QStringLiteral("none"))).toJson(QJsonDocument::Compact));
    QVERIFY(refused(noneHeader + '.' + parts[1] + '.', "alg none, empty signature"));
    QVERIFY(refused(noneHeader + '.' + parts[1] + '.' + parts[2], "alg none, signature"));
    const QByteArray noneLower = b64url(QJsonDocument(hs256Header(QStringLiteral("None"))).toJson(QJsonDocument::Compact));
    QVERIFY(refused(noneLower + '.' + parts[1] + '.', "alg None"));
    // RS256 header with an HMAC signature (key confusion), HS512 and HS384 with the right key.
    QVERIFY(refused(craftToken(hs256Header(QStringLiteral("RS256")), claims(now, now, now + 600), key), "RS256"));
    QVERIFY(refused(craftToken(hs256Header(QStringLiteral("HS512")), claims(now, now, now + 600), key, QCryptographicHash::Sha512), "HS512"));
    QVERIFY(refused(craftToken(hs256Header(QStringLiteral("HS384")), claims(now, now, now + 600), key, QCryptographicHash::Sha384), "HS384"));
    // Signed with another key.
    QVERIFY(refused(craftToken(hs256Header(), claims(now, now, now + 600), QByteArray(32, 'k')), "wrong key"));
    // Not yet valid, expired, missing claims, another user.
    QVERIFY(refused(craftToken(hs256Header(), claims(now, now + 600, now + 1200), key), "nbf in the future"));
    QVERIFY(refused(craftToken(hs256Header(), claims(now - 7200, now - 7200, now - 3600), key), "expired"));
    QJsonObject noExp = claims(now, now, now + 600);
    noExp.remove(QStringLiteral("exp"));
    QVERIFY(refused(craftToken(hs256Header(), noExp, key), "no exp"));
    QVERIFY(refused(craftToken(hs256Header(), claims(now, now, now + 600, QStringLiteral("mallory")), key), "other user"));
    // Garbage.
    QVERIFY(refused("not-a-token", "garbage"));
    QVERIFY(refused("a.b.c.d", "four parts"));
    QVERIFY(refused(QByteArray(5000, 'a') + ".b.c", "too long"));

    // Not-yet-valid says so.
    client.setToken(craftToken(hs256Header(), claims(now, now + 600, now + 1200), key));
    QVERIFY(client.get(QStringLiteral("/v1/protected")).object().value(QStringLiteral("error")).toString().contains(QStringLiteral("not valid yet")));
}

void TestRest::expiredToken()
{
    RestOptions options;
    options.tokenLifetimeSecs = 1;
    RestServer shortLived(*m_manager, *m_alarms, m_auth, options);
    QVERIFY(shortLived.listen(QHostAddress::LocalHost, 0));
    RestClient client(baseUrl(shortLived.serverPort()));
    const auto login = loggedIn(client);
    QCOMPARE(login.status, 200);
    const QJsonObject payload = jwtPart(login.object().value(QStringLiteral("jwt")).toString().toLatin1(), 1);
    QCOMPARE(payload.value(QStringLiteral("exp")).toInteger() - payload.value(QStringLiteral("iat")).toInteger(), 1);
    QCOMPARE(client.get(QStringLiteral("/v1/protected")).status, 200);
    QTest::qWait(2100);
    const auto response = client.get(QStringLiteral("/v1/protected"));
    QCOMPARE(response.status, 401);
    QVERIFY(response.object().value(QStringLiteral("error")).toString().contains(QStringLiteral("expired")));
    QVERIFY(response.header("WWW-Authenticate").contains("invalid_token"));
}

void TestRest::loginThrottling()
{
    RestServer server(*m_manager, *m_alarms, m_auth); // its own throttle
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    RestClient client(baseUrl(server.serverPort()));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client.login(QStringLiteral("admin"), QStringLiteral("guess-%1").arg(i)).status, 401);
    // The sixth attempt within the minute is refused without looking at the password, even the right one.
    auto response = client.login(QStringLiteral("admin"), QStringLiteral("guess-6"));
    QCOMPARE(response.status, 429);
    const int retryAfter = response.header("Retry-After").toInt();
    QVERIFY2(retryAfter > 0 && retryAfter <= 60, response.header("Retry-After").constData());
    response = loggedIn(client);
    QCOMPARE(response.status, 429);
    QVERIFY(!response.object().contains(QStringLiteral("jwt")));
    // Other endpoints and other servers' clients are not affected; tokens keep working.
    QCOMPARE(m_client->get(QStringLiteral("/v1/protected")).status, 200);

    // The throttle's window, tested on the class with an explicit clock.
    LoginThrottle throttle(5, 60);
    const QHostAddress a(QStringLiteral("192.0.2.1"));
    const QHostAddress b(QStringLiteral("192.0.2.2"));
    for (int i = 0; i < 5; ++i)
        throttle.recordFailure(a, 1000 + i * 1000);
    QVERIFY(throttle.retryAfterSecs(a, 6000) > 0);
    QCOMPARE(throttle.retryAfterSecs(b, 6000), 0);
    QCOMPARE(throttle.retryAfterSecs(QHostAddress(QStringLiteral("::ffff:192.0.2.1")), 6000) > 0, true);
    QCOMPARE(throttle.retryAfterSecs(a, 61000), 0); // the first failure left the window
    throttle.recordSuccess(a);
    QCOMPARE(throttle.retryAfterSecs(a, 6000), 0);
}

void TestRest::metricsInPrometheusFormat()
{
    RestClient anonymous(baseUrl(m_server->serverPort()));
    QCOMPARE(anonymous.get(QStringLiteral("/v1/metrics")).status, 401);

    const qint64 rx = addService(*m_client, QStringLiteral("rx"),
                                 withFields(samples::kAddRx, {{QStringLiteral("ServiceName"), QStringLiteral("quote\" back\\slash")}}));
    const qint64 tx = addService(*m_client, QStringLiteral("tx"), samples::kAddTx);
    const auto response = m_client->get(QStringLiteral("/v1/metrics"));
    QCOMPARE(response.status, 200);
    QVERIFY(response.header("Content-Type").startsWith("text/plain; version=0.0.4"));
    const QString text = QString::fromUtf8(response.body);
    QVERIFY(text.contains(QStringLiteral("srtdesk_services{kind=\"rx\"} 1\n")));
    QVERIFY(text.contains(QStringLiteral("srtdesk_services{kind=\"tx\"} 1\n")));
    const QString rxLabels = QStringLiteral("{id=\"%1\",kind=\"rx\",name=\"quote\\\" back\\\\slash\"}").arg(rx);
    const QString txLabels = QStringLiteral("{id=\"%1\",kind=\"tx\",name=\"TX_2\"}").arg(tx);
    // Every statistic of the GET shape has a metric for each service of its kind.
    for (const char *metric : {"srtdesk_service_running", "srtdesk_link_connected", "srtdesk_link_rtt_milliseconds",
                               "srtdesk_link_bandwidth_mbps", "srtdesk_link_max_bandwidth_mbps", "srtdesk_packets_total",
                               "srtdesk_packets_unique_total", "srtdesk_packets_lost_total", "srtdesk_packets_dropped_total",
                               "srtdesk_packets_retransmitted_total", "srtdesk_packets_filter_extra_total",
                               "srtdesk_bytes_total", "srtdesk_bytes_unique_total", "srtdesk_bytes_dropped_total",
                               "srtdesk_mbit_rate_mbps", "srtdesk_line_loss_percent", "srtdesk_reconnections_total"}) {
        QVERIFY2(text.contains(QLatin1String(metric) + rxLabels + QLatin1Char(' ')), metric);
        QVERIFY2(text.contains(QLatin1String(metric) + txLabels + QLatin1Char(' ')), metric);
        QVERIFY2(text.contains(QStringLiteral("# TYPE ") + QLatin1String(metric) + QLatin1Char(' ')), metric);
    }
    for (const char *metric : {"srtdesk_packets_belated_total", "srtdesk_packets_filter_supply_total",
                               "srtdesk_packets_filter_loss_total", "srtdesk_bytes_lost_total"}) {
        QVERIFY2(text.contains(QLatin1String(metric) + rxLabels + QLatin1Char(' ')), metric);
        QVERIFY2(!text.contains(QLatin1String(metric) + txLabels), metric);
    }
    // Every sample line is "name{labels} number".
    const QRegularExpression line(QStringLiteral("^[a-z_]+(\\{[^}]*\\})? -?[0-9.e+-]+$"));
    for (const QString &l : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!l.startsWith(QLatin1Char('#')))
            QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
    }
}

void TestRest::openApiDescribesEveryRoute()
{
    RestClient anonymous(baseUrl(m_server->serverPort()));
    const auto response = anonymous.get(QStringLiteral("/v1/openapi.json"));
    QCOMPARE(response.status, 200);
    const QJsonObject document = response.object();
    QCOMPARE(document.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.0.3"));
    const QJsonObject paths = document.value(QStringLiteral("paths")).toObject();
    QCOMPARE(m_server->routes().size(), 28); // 21 of the original and the node, 7 of alarms, events and webhooks
    for (const RestServer::Route &route : m_server->routes()) {
        QVERIFY2(paths.contains(route.path), qPrintable(route.path));
        QVERIFY(!paths.value(route.path).toObject().isEmpty());
    }
    const QJsonObject schemas = document.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject();
    for (const char *schema : {"Error", "Login", "Token", "RxBody", "TxBody", "RxService", "TxService", "Mutation", "Health"})
        QVERIFY2(schemas.contains(QLatin1String(schema)), schema);
    const QJsonObject rxBody = schemas.value(QStringLiteral("RxBody")).toObject().value(QStringLiteral("properties")).toObject();
    for (const QString &key : QJsonDocument::fromJson(samples::kAddRx).object().keys())
        QVERIFY2(rxBody.contains(key), qPrintable(key));
    const QJsonObject txService = schemas.value(QStringLiteral("TxService")).toObject().value(QStringLiteral("properties")).toObject();
    QCOMPARE(txService.value(QStringLiteral("LineLoss")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("number"));
    QCOMPARE(txService.value(QStringLiteral("SendPackets")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("integer"));
    const QJsonObject addRx = paths.value(QStringLiteral("/v1/add_rx")).toObject().value(QStringLiteral("post")).toObject();
    for (const char *code : {"200", "400", "401", "409", "413"})
        QVERIFY2(addRx.value(QStringLiteral("responses")).toObject().contains(QLatin1String(code)), code);
}

// Every route of the table, without a token and with one: the permission each route declares
// is checked before its handler runs, and a refused call changes nothing.
void TestRest::everyRouteChecksItsPermission()
{
    const qint64 rxId = addService(*m_client, QStringLiteral("rx"), samples::kAddRx);
    const qint64 txId = addService(*m_client, QStringLiteral("tx"), samples::kAddTx);
    QVERIFY(rxId > 0 && txId > 0);
    const auto snapshot = [this] {
        QByteArray state;
        for (const ServiceStatus &status : m_manager->list())
            state += ServiceSerializer::status(status, ServiceSerializer::Passphrase::Included).toJson();
        return state;
    };
    const QByteArray before = snapshot();
    const auto verb = [](QHttpServerRequest::Method method) -> QByteArray {
        switch (method) {
        case QHttpServerRequest::Method::Get: return "GET";
        case QHttpServerRequest::Method::Post: return "POST";
        case QHttpServerRequest::Method::Put: return "PUT";
        case QHttpServerRequest::Method::Delete: return "DELETE";
        default: return "OTHER";
        }
    };

    RestClient anonymous(baseUrl(m_server->serverPort()));
    QStringList publicRoutes;
    for (const RestServer::Route &route : m_server->routes()) {
        const bool rx = route.path.contains(QLatin1String("_rx"));
        const QByteArray body = rx ? QByteArray(samples::kUpdateRx) : QByteArray(samples::kUpdateTx);
        const QString existing = QString(route.path).replace(QStringLiteral("{id}"), QString::number(rx ? rxId : txId));
        const QString name = QString::fromLatin1(verb(route.method)) + QLatin1Char(' ') + route.path;
        const auto refused = anonymous.call(verb(route.method), existing, body);
        if (!route.needsToken()) {
            publicRoutes.append(name);
            QVERIFY2(refused.status != 401, qPrintable(name));
            continue;
        }
        QVERIFY2(refused.status == 401, qPrintable(name + QStringLiteral(" without a token: ") + QString::number(refused.status)));
        QVERIFY2(refused.header("WWW-Authenticate").startsWith("Bearer"), qPrintable(name));
        // With a token the call gets past the check (a malformed body and an unknown Id keep
        // the handlers from changing anything).
        const QString unknown = QString(route.path).replace(QStringLiteral("{id}"), QStringLiteral("999999"));
        const auto admitted = m_client->call(verb(route.method), unknown, "not json");
        QVERIFY2(admitted.status != 401 && admitted.status != 0,
                 qPrintable(name + QStringLiteral(" with a token: ") + QString::number(admitted.status)));
    }
    publicRoutes.sort();
    QCOMPARE(publicRoutes, (QStringList{QStringLiteral("GET /v1/health"), QStringLiteral("GET /v1/openapi.json"),
                                        QStringLiteral("POST /v1/login")}));
    QCOMPARE(snapshot(), before);
}

void TestRest::authStoreIsPrivate()
{
    // The hash and the key are in the secret store, not in a file of the data directory
    // (unless the secret store is the 0600 fallback file itself).
    QVERIFY(!QFile::exists(m_dir.filePath(AuthStore::kLegacyFileName)));
    const SecretStore::ReadResult entry = m_secrets.read(AuthStore::kSecretKey);
    QVERIFY(entry.found());
    QVERIFY(!entry.data.contains(QByteArray(QByteArray("\"") + kPassword + "\"")));
    QVERIFY(entry.data.contains("$argon2id$"));
    if (m_secrets.backend() == SecretStore::Backend::File) {
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(m_secrets.filePath()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }
    // Reloading gives the same key and a hash that still verifies.
    AuthStore again;
    QVERIFY(again.load(m_secrets));
    QCOMPARE(again.signingKey(), m_auth.signingKey());
    QCOMPARE(again.signingKey().size(), 32);
    QVERIFY(again.checkCredentials(QStringLiteral("admin"), QString::fromLatin1(kPassword)));
    QVERIFY(!again.checkCredentials(QStringLiteral("admin"), QStringLiteral("Password")));
    // A damaged entry is refused with a message, never silently replaced.
    QTemporaryDir other;
    SecretStore otherSecrets;
    QVERIFY(otherSecrets.open(other.path()));
    QVERIFY(otherSecrets.write(AuthStore::kSecretKey, "{not json"));
    AuthStore broken;
    QVERIFY(!broken.load(otherSecrets));
    QVERIFY2(broken.errorString().contains(AuthStore::kSecretKey), qPrintable(broken.errorString()));
    QVERIFY(otherSecrets.remove(AuthStore::kSecretKey));
    // A weak password is refused.
    QVERIFY(!broken.setPassword(QStringLiteral("short")));

    // auth.json of an earlier version moves into the secret store and is deleted; a damaged
    // one is refused and left in place.
    QTemporaryDir legacy;
    QJsonObject old{{QStringLiteral("version"), 1},
                    {QStringLiteral("username"), QStringLiteral("admin")},
                    {QStringLiteral("passwordHash"), QString::fromLatin1(PasswordHasher::hash(QString::fromLatin1(kPassword)))},
                    {QStringLiteral("signingKey"), QString::fromLatin1(m_auth.signingKey().toBase64())}};
    QFile oldFile(legacy.filePath(AuthStore::kLegacyFileName));
    QVERIFY(oldFile.open(QIODevice::WriteOnly));
    oldFile.write("{not json");
    oldFile.close();
    SecretStore legacySecrets;
    QVERIFY(legacySecrets.open(legacy.path()));
    AuthStore damagedLegacy;
    QVERIFY(!damagedLegacy.load(legacySecrets));
    QVERIFY2(damagedLegacy.errorString().contains(AuthStore::kLegacyFileName), qPrintable(damagedLegacy.errorString()));
    QVERIFY(oldFile.exists());
    QVERIFY(oldFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    oldFile.write(QJsonDocument(old).toJson());
    oldFile.close();
    AuthStore migrated;
    QVERIFY2(migrated.load(legacySecrets), qPrintable(migrated.errorString()));
    QVERIFY(!QFile::exists(legacy.filePath(AuthStore::kLegacyFileName)));
    QCOMPARE(migrated.signingKey(), m_auth.signingKey());
    QVERIFY(migrated.checkCredentials(QStringLiteral("admin"), QString::fromLatin1(kPassword)));
    AuthStore reloaded;
    QVERIFY(reloaded.load(legacySecrets));
    QCOMPARE(reloaded.signingKey(), m_auth.signingKey());
    QVERIFY(legacySecrets.remove(AuthStore::kSecretKey));
}

void TestRest::https()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());

    QSslConfiguration tls;
    QString error;
    QVERIFY2(RestServer::loadTlsConfiguration(cert, key, &tls, &error), qPrintable(error));
    QVERIFY(!RestServer::loadTlsConfiguration(cert, dir.filePath(QStringLiteral("missing.pem")), &tls, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(RestServer::loadTlsConfiguration(cert, key, &tls, &error));

    RestServer server(*m_manager, *m_alarms, m_auth);
    QVERIFY2(server.listenTls(QHostAddress::LocalHost, 0, tls), qPrintable(server.errorString()));
    QVERIFY(server.isTls());

    // The client trusts exactly this certificate and verifies the peer.
    QSslConfiguration client = QSslConfiguration::defaultConfiguration();
    client.setCaCertificates(QSslCertificate::fromPath(cert));
    client.setPeerVerifyMode(QSslSocket::VerifyPeer);
    RestClient secure(baseUrl(server.serverPort(), true));
    secure.setSslConfiguration(client);
    auto response = secure.get(QStringLiteral("/v1/health"));
    QVERIFY2(response.status == 200, qPrintable(response.networkError));
    QCOMPARE(loggedIn(secure).status, 200);
    QCOMPARE(secure.get(QStringLiteral("/v1/protected")).status, 200);
    QCOMPARE(secure.post(QStringLiteral("/v1/add_tx"), samples::kAddTx).status, 200);
    QCOMPARE(secure.get(QStringLiteral("/v1/get_tx")).array().size(), 1);

    // Without trusting the certificate the client refuses the connection: it is real TLS.
    RestClient untrusting(baseUrl(server.serverPort(), true));
    response = untrusting.get(QStringLiteral("/v1/health"));
    QCOMPARE(response.status, 0);
    QVERIFY(!response.networkError.isEmpty());
    // Plain HTTP to the TLS port gets no HTTP answer.
    RestClient plain(baseUrl(server.serverPort(), false));
    QCOMPARE(plain.get(QStringLiteral("/v1/health")).status, 0);
}

void TestRest::daemonVersion()
{
    QProcess daemon;
    daemon.start(binary(), {QStringLiteral("--version")});
    QVERIFY(daemon.waitForFinished(10000));
    QCOMPARE(daemon.exitCode(), 0);
    const QString out = QString::fromUtf8(daemon.readAllStandardOutput());
    QVERIFY2(out.startsWith(QStringLiteral("srtdeskd " SRTDESK_VERSION "\n")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("libsrt ") + SrtRuntime::libraryVersion()));
}

void TestRest::daemonRefusesSecondInstance()
{
    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SRTDESK_ADMIN_PASSWORD"), QStringLiteral("first-password"));
    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(binary(), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--api-port"), QString::number(freeTcpPort())});
    QVERIFY(first.waitForStarted());
    QByteArray firstErr;
    QTRY_VERIFY_WITH_TIMEOUT((firstErr += first.readAllStandardError()).contains("ready"), 15000);

    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(binary(), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--api-port"), QString::number(freeTcpPort())});
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 2);
    const QString message = QString::fromUtf8(second.readAllStandardError());
    QVERIFY2(message.contains(QString::number(first.processId())), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("in use")), qPrintable(message));

    ::kill(pid_t(first.processId()), SIGTERM);
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QCOMPARE(first.exitCode(), 0);
}

void TestRest::daemonGeneratesPasswordAndResumesAfterSigterm()
{
    QTemporaryDir dir;
    const quint16 apiPort = freeTcpPort();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SRTDESK_ADMIN_PASSWORD"));
    const QStringList arguments = {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--api-port"), QString::number(apiPort)};

    QProcess daemon;
    daemon.setProcessEnvironment(environment);
    daemon.start(binary(), arguments);
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += daemon.readAllStandardError()).contains("ready"), 15000);
    // The generated password is printed once, on its own indented line.
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("\n    (\\S{20,})\n")).match(QString::fromUtf8(err));
    QVERIFY2(match.hasMatch(), err.constData());
    const QString generated = match.captured(1);

    RestClient client(baseUrl(apiPort));
    QCOMPARE(client.login(QStringLiteral("admin"), QStringLiteral("password")).status, 401); // no default password
    QCOMPARE(client.login(QStringLiteral("admin"), generated).status, 200);
    const quint16 srtPort = freeUdpPort();
    const qint64 id = addService(client, QStringLiteral("tx"),
                                 withFields(samples::kAddTx, {{QStringLiteral("ListenPort"), QString::number(srtPort)},
                                                              {QStringLiteral("UdpIn"), QStringLiteral("127.0.0.1:%1").arg(freeUdpPort())}}));
    QVERIFY(id > 0);
    QCOMPARE(client.post(QStringLiteral("/v1/start_tx/%1").arg(id)).status, 200);

    ::kill(pid_t(daemon.processId()), SIGTERM);
    QVERIFY(daemon.waitForFinished(10000));
    QCOMPARE(daemon.exitCode(), 0);
    err = daemon.readAllStandardError();
    QVERIFY2(err.contains("SIGTERM"), err.constData());

    // Second start: no new password, the same one works, the running service runs again.
    QProcess again;
    again.setProcessEnvironment(environment);
    again.start(binary(), arguments);
    QByteArray err2;
    QTRY_VERIFY_WITH_TIMEOUT((err2 += again.readAllStandardError()).contains("ready"), 15000);
    QVERIFY(!err2.contains(generated.toUtf8()));
    QCOMPARE(client.get(QStringLiteral("/v1/protected")).status, 200); // the token survives a restart
    const QJsonObject tx = client.get(QStringLiteral("/v1/get_tx/%1").arg(id)).object();
    QCOMPARE(tx.value(QStringLiteral("Status")).toInt(), 1);

    // --set-admin-password refuses while the daemon holds the directory, then works.
    QProcess setter;
    setter.setProcessEnvironment(environment);
    setter.start(binary(), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--set-admin-password")});
    setter.write("another-password\n");
    setter.closeWriteChannel();
    QVERIFY(setter.waitForFinished(10000));
    QCOMPARE(setter.exitCode(), 2);

    ::kill(pid_t(again.processId()), SIGINT);
    QVERIFY(again.waitForFinished(10000));
    QCOMPARE(again.exitCode(), 0);

    setter.start(binary(), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--set-admin-password")});
    setter.write("another-password\n");
    setter.closeWriteChannel();
    QVERIFY(setter.waitForFinished(20000));
    QVERIFY2(setter.exitCode() == 0, setter.readAllStandardError().constData());

    SecretStore secrets; // the same data directory: the same keychain namespace as srtdeskd's
    QVERIFY2(secrets.open(dir.path()), qPrintable(secrets.errorString()));
    AuthStore auth;
    QVERIFY2(auth.load(secrets), qPrintable(auth.errorString()));
    QVERIFY(auth.checkCredentials(QStringLiteral("admin"), QStringLiteral("another-password")));
    QVERIFY(!auth.checkCredentials(QStringLiteral("admin"), generated));
}

QTEST_GUILESS_MAIN(TestRest)
#include "TestRest.moc"
