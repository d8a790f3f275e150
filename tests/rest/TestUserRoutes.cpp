// SPDX-License-Identifier: GPL-3.0-or-later
// Users, roles and the audit trail (issue 17) over real HTTP against an in-process RestServer
// with a real SQLite store and history file: every route walked with a token of every role
// against an allowed set written out here, users added, changed and deleted (tokens revoked,
// the last administrator kept), login throttling per user, and the audit trail of every
// change. Then the srtdeskd binary: --add-user, and no secret in its log or its files.
#include "RestClient.h"
#include "SampleBodies.h"

#include "core/ServiceManager.h"
#include "core/alarms/AlarmSystem.h"
#include "core/engine/SrtRuntime.h"
#include "core/model/AlarmRulesJson.h"
#include "core/model/ServiceSerializer.h"
#include "core/model/WebhookJson.h"
#include "core/rest/AuthStore.h"
#include "core/rest/RestServer.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ServiceStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace srtdesk;
using namespace srtdesk::test;

namespace {

constexpr char kAdminPassword[] = "users-admin-password-1";
const QString kOperatorPassword = QStringLiteral("operator-password-1");
const QString kObserverPassword = QStringLiteral("observer-password-1");

// Ports of this suite: 20000-20999 (services from 20100, daemons from 20500).
int nextServicePort()
{
    static int port = 20100;
    return port += 2;
}

QByteArray verbOf(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    default: return "OTHER";
    }
}

QString nameOf(const RestServer::Route &route)
{
    return QString::fromLatin1(verbOf(route.method)) + QLatin1Char(' ') + route.path;
}

QByteArray jwtPayload(const RestClient::Response &login)
{
    const QByteArray jwt = login.object().value(QStringLiteral("jwt")).toString().toLatin1();
    return QByteArray::fromBase64(jwt.split('.').value(1), QByteArray::Base64UrlEncoding);
}

QByteArray filesUnder(const QString &dir, const QStringList &names)
{
    QByteArray bytes;
    for (const QString &name : names) {
        QFile file(QDir(dir).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

// What every role may call, written out independently of the route table: the test fails when
// a route is added without its line here, or when a route's level in its table changes.
const QStringList kPublic = {QStringLiteral("POST /v1/login"), QStringLiteral("GET /v1/health"),
                             QStringLiteral("GET /v1/openapi.json")};
const QStringList kObserver = {
    QStringLiteral("GET /v1/protected"),   QStringLiteral("POST /v1/logout"),      QStringLiteral("GET /v1/metrics"),
    QStringLiteral("GET /v1/get_rx"),      QStringLiteral("GET /v1/get_rx/{id}"),  QStringLiteral("GET /v1/get_tx"),
    QStringLiteral("GET /v1/get_tx/{id}"), QStringLiteral("GET /v1/alarms"),       QStringLiteral("GET /v1/alarm_rules"),
    QStringLiteral("GET /v1/events"),
    QStringLiteral("GET /v1/probe_rx/{id}"), QStringLiteral("GET /v1/probe_tx/{id}"),
    QStringLiteral("GET /v1/thumbnail_rx/{id}"), QStringLiteral("GET /v1/thumbnail_tx/{id}"),
};
const QStringList kOperatorToo = {
    QStringLiteral("POST /v1/add_rx"),           QStringLiteral("PUT /v1/update_rx/{id}"),
    QStringLiteral("DELETE /v1/delete_rx/{id}"), QStringLiteral("POST /v1/start_rx/{id}"),
    QStringLiteral("POST /v1/stop_rx/{id}"),     QStringLiteral("POST /v1/restart_rx/{id}"),
    QStringLiteral("POST /v1/add_tx"),           QStringLiteral("PUT /v1/update_tx/{id}"),
    QStringLiteral("DELETE /v1/delete_tx/{id}"), QStringLiteral("POST /v1/start_tx/{id}"),
    QStringLiteral("POST /v1/stop_tx/{id}"),     QStringLiteral("POST /v1/restart_tx/{id}"),
    QStringLiteral("POST /v1/ack_alarm/{id}"),   QStringLiteral("POST /v1/kick_tx/{id}"),
};
const QStringList kAdminOnly = {
    QStringLiteral("PUT /v1/alarm_rules"), QStringLiteral("GET /v1/webhooks"),         QStringLiteral("PUT /v1/webhooks"),
    QStringLiteral("GET /v1/users"),       QStringLiteral("POST /v1/users"),           QStringLiteral("PUT /v1/users/{name}"),
    QStringLiteral("DELETE /v1/users/{name}"), QStringLiteral("GET /v1/audit"),
};

} // namespace

class TestUserRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyRouteWithEveryRole();
    void usersAreCheckedAndListedWithoutSecrets();
    void changedOrDeletedUsersLoseTheirTokens();
    void lastAdministratorStays();
    void loginThrottledPerUser();
    void auditTrailOfEveryChange();
    void auditQueryIsChecked();
    void daemonAddUserAndNoSecretInLogOrFiles();

private:
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())); }
    std::unique_ptr<RestClient> clientOf(const QString &user, const QString &password);
    QByteArray stateSnapshot() const;
    QJsonArray audit(const QString &query = {}) { return m_admin->get(QStringLiteral("/v1/audit") + query).array(); }
    QString binary() const { return QStringLiteral(SRTDESK_TEST_BIN_DIR "/srtdeskd"); }

    QTemporaryDir m_dir;
    SecretStore m_secrets;
    ServiceStore m_store;
    std::unique_ptr<SrtRuntime> m_runtime;
    std::unique_ptr<ServiceManager> m_manager;
    std::unique_ptr<AlarmSystem> m_alarms;
    AuthStore m_auth;
    std::unique_ptr<RestServer> m_server;
    std::unique_ptr<RestClient> m_admin;
};

void TestUserRoutes::initTestCase()
{
    QVERIFY(m_secrets.open(m_dir.path()));
    QVERIFY(m_store.open(m_dir.path(), m_secrets));
    m_runtime = std::make_unique<SrtRuntime>();
    m_manager = std::make_unique<ServiceManager>(m_store, *m_runtime);
    m_manager->setStatsIntervalMs(200);
    QVERIFY(m_manager->load());
    m_alarms = std::make_unique<AlarmSystem>(*m_manager, m_store, m_dir.path());
    QVERIFY(m_auth.load(m_secrets));
    QVERIFY(m_auth.setPassword(QString::fromLatin1(kAdminPassword)));
    QVERIFY(m_auth.save());
    m_server = std::make_unique<RestServer>(*m_manager, *m_alarms, m_auth);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_admin = clientOf(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword));
    QVERIFY(m_admin);
    const auto op = m_admin->post(QStringLiteral("/v1/users"),
                                  QJsonDocument(QJsonObject{{QStringLiteral("Name"), QStringLiteral("op")},
                                                            {QStringLiteral("Role"), QStringLiteral("operator")},
                                                            {QStringLiteral("Password"), kOperatorPassword}})
                                      .toJson());
    QCOMPARE(op.status, 200);
    const auto obs = m_admin->post(QStringLiteral("/v1/users"),
                                   QJsonDocument(QJsonObject{{QStringLiteral("Name"), QStringLiteral("obs")},
                                                             {QStringLiteral("Role"), QStringLiteral("observer")},
                                                             {QStringLiteral("Password"), kObserverPassword}})
                                       .toJson());
    QCOMPARE(obs.status, 200);
}

void TestUserRoutes::cleanupTestCase()
{
    m_admin.reset();
    m_server.reset();
    m_alarms.reset();
    m_manager.reset();
    m_runtime.reset();
}

std::unique_ptr<RestClient> TestUserRoutes::clientOf(const QString &user, const QString &password)
{
    auto client = std::make_unique<RestClient>(baseUrl());
    const auto login = client->login(user, password);
    if (login.status != 200) {
        qWarning() << "login of" << user << "failed:" << login.status << login.body;
        return nullptr;
    }
    return client;
}

// Everything a request could change: services (passphrases included), users and roles, rules,
// webhooks (secrets included) and acknowledgements.
QByteArray TestUserRoutes::stateSnapshot() const
{
    QByteArray state;
    for (const ServiceStatus &status : m_manager->list())
        state += ServiceSerializer::config(status.config, ServiceSerializer::Passphrase::Included).toJson();
    for (const AuthStore::User &user : m_auth.users())
        state += user.name.toUtf8() + ':' + toWire(user.role).toUtf8() + ':' + user.passwordHash + ';';
    state += AlarmRulesJson::rules(m_alarms->rules()).toJson();
    for (const Webhook &hook : m_alarms->webhooks())
        state += hook.url.toUtf8() + hook.secret.toUtf8();
    for (const Alarm &alarm : m_alarms->alarms().all(1000))
        state += QByteArray::number(alarm.id) + (alarm.acknowledged ? "a" : "-");
    return state;
}

// Every route that needs a token, with a token of each role: refused with 403 exactly where the
// role is below the route's level, and a refused call changes nothing even with a valid body.
void TestUserRoutes::everyRouteWithEveryRole()
{
    const qint64 rxId = m_admin->post(QStringLiteral("/v1/add_rx"), samples::kAddRx).object().value(QStringLiteral("Id")).toInteger();
    const qint64 txId = m_admin->post(QStringLiteral("/v1/add_tx"), samples::kAddTx).object().value(QStringLiteral("Id")).toInteger();
    QVERIFY(rxId > 0 && txId > 0);

    // Every route is in exactly one of the lists.
    QStringList all = kPublic + kObserver + kOperatorToo + kAdminOnly;
    QStringList routes;
    for (const RestServer::Route &route : m_server->routes())
        routes << nameOf(route);
    all.sort();
    routes.sort();
    QCOMPARE(routes, all);

    struct Role
    {
        QString name;
        QString password;
        QStringList allowed;
    };
    const QList<Role> roles = {
        {QStringLiteral("obs"), kObserverPassword, kObserver},
        {QStringLiteral("op"), kOperatorPassword, kObserver + kOperatorToo},
        {QStringLiteral("admin"), QString::fromLatin1(kAdminPassword), kObserver + kOperatorToo + kAdminOnly},
    };
    const QByteArray before = stateSnapshot();
    QMap<QString, QStringList> admitted;
    for (const Role &role : roles) {
        std::unique_ptr<RestClient> client = clientOf(role.name, role.password);
        QVERIFY(client);
        const QString roleWord = toWire(m_auth.user(role.name)->role);
        for (const RestServer::Route &route : m_server->routes()) {
            if (!route.needsToken())
                continue;
            const QString name = nameOf(route);
            const bool rx = route.path.contains(QLatin1String("_rx"));
            if (!role.allowed.contains(name)) {
                // A real request: an existing service, user or alarm rule and a valid body.
                QByteArray body = rx ? QByteArray(samples::kUpdateRx) : QByteArray(samples::kUpdateTx);
                if (route.path.contains(QLatin1String("alarm_rules")))
                    body = "{\"rtt\": {\"Threshold\": 321}}";
                else if (route.path.contains(QLatin1String("webhooks")))
                    body = "[{\"Url\": \"http://127.0.0.1:20999/h\", \"Secret\": \"a-walk-webhook-secret\"}]";
                else if (route.path.contains(QLatin1String("users")))
                    body = "{\"Name\": \"mallory\", \"Role\": \"admin\", \"Password\": \"mallory-password\"}";
                const QString path = QString(route.path)
                                         .replace(QStringLiteral("{id}"), QString::number(rx ? rxId : txId))
                                         .replace(QStringLiteral("{name}"), QStringLiteral("op"));
                const auto refused = client->call(verbOf(route.method), path, route.path.contains(QLatin1String("/v1/users/"))
                                                                                  ? QByteArray("{\"Role\": \"admin\"}")
                                                                                  : body);
                QVERIFY2(refused.status == 403, qPrintable(role.name + QLatin1Char(' ') + name + QStringLiteral(" -> ")
                                                           + QString::number(refused.status)));
                const QString message = refused.object().value(QStringLiteral("error")).toString();
                QVERIFY2(message.contains(roleWord) && message.contains(route.path) && message.contains(role.name),
                         qPrintable(message));
                QCOMPARE(stateSnapshot(), before);
                continue;
            }
            // Allowed: past the check; a malformed body and unknown ids keep it from changing anything.
            const QString path = QString(route.path)
                                     .replace(QStringLiteral("{id}"), QStringLiteral("999999"))
                                     .replace(QStringLiteral("{name}"), QStringLiteral("nobody-here"));
            const auto response = client->call(verbOf(route.method), path, "not json");
            QVERIFY2(response.status >= 200 && response.status < 500 && response.status != 401 && response.status != 403,
                     qPrintable(role.name + QLatin1Char(' ') + name + QStringLiteral(" -> ") + QString::number(response.status)
                                + QLatin1Char(' ') + QString::fromUtf8(response.body)));
            admitted[role.name] << name;
            if (route.path == QLatin1String("/v1/logout")) { // it revoked this role's token
                QCOMPARE(client->get(QStringLiteral("/v1/protected")).status, 401);
                client = clientOf(role.name, role.password);
                QVERIFY(client);
            }
        }
        QStringList expected = role.allowed;
        expected.sort();
        admitted[role.name].sort();
        QCOMPARE(admitted[role.name], expected);
    }
    QCOMPARE(stateSnapshot(), before);
    m_admin = clientOf(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword)); // the walk's logout revoked it
    QVERIFY(m_admin);
    QVERIFY(m_manager->remove(rxId).ok());
    QVERIFY(m_manager->remove(txId).ok());
}

void TestUserRoutes::usersAreCheckedAndListedWithoutSecrets()
{
    const auto post = [this](const QJsonObject &body) { return m_admin->post(QStringLiteral("/v1/users"), QJsonDocument(body).toJson()); };
    auto response = post({{QStringLiteral("Name"), QStringLiteral("-bad name")},
                          {QStringLiteral("Role"), QStringLiteral("root")},
                          {QStringLiteral("Password"), 5},
                          {QStringLiteral("Extra"), 1}});
    QCOMPARE(response.status, 400);
    const QJsonObject fields = response.object().value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.keys(), (QStringList{QStringLiteral("Extra"), QStringLiteral("Name"), QStringLiteral("Password"),
                                         QStringLiteral("Role")}));
    QVERIFY(fields.value(QStringLiteral("Role")).toString().contains(QStringLiteral("observer, operator, admin")));
    response = post({{QStringLiteral("Name"), QStringLiteral("weak")}, {QStringLiteral("Role"), QStringLiteral("observer")},
                     {QStringLiteral("Password"), QStringLiteral("short")}});
    QCOMPARE(response.status, 400);
    QVERIFY(response.object().value(QStringLiteral("fields")).toObject().contains(QStringLiteral("Password")));
    QCOMPARE(m_admin->post(QStringLiteral("/v1/users"), "[1, 2]").status, 400);
    // A name taken, however it is written.
    response = post({{QStringLiteral("Name"), QStringLiteral("OP")}, {QStringLiteral("Role"), QStringLiteral("observer")},
                     {QStringLiteral("Password"), QStringLiteral("another-password")}});
    QCOMPARE(response.status, 409);
    QVERIFY(response.object().value(QStringLiteral("error")).toString().contains(QStringLiteral("\"op\"")));
    QVERIFY(!m_auth.user(QStringLiteral("weak")) && !m_auth.user(QStringLiteral("OP")));

    response = m_admin->get(QStringLiteral("/v1/users"));
    QCOMPARE(response.status, 200);
    QJsonArray expected;
    for (const AuthStore::User &user : m_auth.users())
        expected.append(QJsonObject{{QStringLiteral("Name"), user.name}, {QStringLiteral("Role"), toWire(user.role)}});
    QCOMPARE(response.array(), expected);
    QVERIFY(response.array().size() >= 3);
    QVERIFY(!response.body.contains("argon2") && !response.body.contains("assword"));

    // An unknown user; a rename is refused; an empty change too.
    QCOMPARE(m_admin->put(QStringLiteral("/v1/users/ghost"), "{\"Role\": \"admin\"}").status, 404);
    QCOMPARE(m_admin->del(QStringLiteral("/v1/users/ghost")).status, 404);
    response = m_admin->put(QStringLiteral("/v1/users/obs"), "{\"Name\": \"obs2\"}");
    QCOMPARE(response.status, 400);
    QVERIFY(response.object().value(QStringLiteral("fields")).toObject().contains(QStringLiteral("Name")));
    QCOMPARE(m_admin->put(QStringLiteral("/v1/users/obs"), "{}").status, 400);
    QCOMPARE(m_auth.user(QStringLiteral("obs"))->role, UserRole::Observer);
}

void TestUserRoutes::changedOrDeletedUsersLoseTheirTokens()
{
    const QString create = QStringLiteral("{\"Name\": \"carol\", \"Role\": \"operator\", \"Password\": \"carol-password-1\"}");
    QCOMPARE(m_admin->post(QStringLiteral("/v1/users"), create.toUtf8()).status, 200);
    auto carol = std::make_unique<RestClient>(baseUrl());
    auto login = carol->login(QStringLiteral("carol"), QStringLiteral("carol-password-1"));
    QCOMPARE(login.status, 200);
    // The token carries the role and the generation.
    const QJsonObject claims = QJsonDocument::fromJson(jwtPayload(login)).object();
    QCOMPARE(claims.value(QStringLiteral("role")).toString(), QStringLiteral("operator"));
    QCOMPARE(claims.value(QStringLiteral("gen")).toInteger(), 0);
    QCOMPARE(carol->get(QStringLiteral("/v1/protected")).body,
             QByteArray("{\"Granted Access\": \"carol\", \"Role\": \"operator\"}"));
    auto second = std::make_unique<RestClient>(baseUrl());
    QCOMPARE(second->login(QStringLiteral("carol"), QStringLiteral("carol-password-1")).status, 200);

    // A new role: the old tokens stop at once; a new login carries the new role.
    QCOMPARE(m_admin->put(QStringLiteral("/v1/users/carol"), "{\"Role\": \"observer\"}").status, 200);
    auto refused = carol->get(QStringLiteral("/v1/protected"));
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.object().value(QStringLiteral("error")).toString().contains(QStringLiteral("revoked")));
    QCOMPARE(second->get(QStringLiteral("/v1/get_rx")).status, 401);
    QCOMPARE(carol->login(QStringLiteral("carol"), QStringLiteral("carol-password-1")).status, 200);
    QCOMPARE(carol->post(QStringLiteral("/v1/add_rx"), samples::kAddRx).status, 403);

    // A new password: the old one and the tokens got with it stop working.
    QCOMPARE(m_admin->put(QStringLiteral("/v1/users/carol"), "{\"Password\": \"carol-password-2\"}").status, 200);
    QCOMPARE(carol->get(QStringLiteral("/v1/protected")).status, 401);
    RestClient anyone(baseUrl());
    QCOMPARE(anyone.login(QStringLiteral("carol"), QStringLiteral("carol-password-1")).status, 401);
    QCOMPARE(carol->login(QStringLiteral("carol"), QStringLiteral("carol-password-2")).status, 200);

    // Logout revokes every token of the caller, and only theirs.
    QCOMPARE(second->login(QStringLiteral("carol"), QStringLiteral("carol-password-2")).status, 200);
    QCOMPARE(carol->post(QStringLiteral("/v1/logout")).status, 200);
    QCOMPARE(carol->get(QStringLiteral("/v1/protected")).status, 401);
    QCOMPARE(second->get(QStringLiteral("/v1/protected")).status, 401);
    QCOMPARE(m_admin->get(QStringLiteral("/v1/protected")).status, 200);

    // Deleted: its tokens stop, its password too.
    QCOMPARE(carol->login(QStringLiteral("carol"), QStringLiteral("carol-password-2")).status, 200);
    QCOMPARE(m_admin->del(QStringLiteral("/v1/users/carol")).status, 200);
    refused = carol->get(QStringLiteral("/v1/protected"));
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.object().value(QStringLiteral("error")).toString().contains(QStringLiteral("no longer exists")));
    QCOMPARE(anyone.login(QStringLiteral("carol"), QStringLiteral("carol-password-2")).status, 401);

    // The users are in the secret store, as hashes, and survive a reload.
    AuthStore reloaded;
    QVERIFY(reloaded.load(m_secrets));
    QVERIFY(reloaded.user(QStringLiteral("op")).has_value());
    QCOMPARE(reloaded.user(QStringLiteral("op"))->role, UserRole::Operator);
    QVERIFY(!reloaded.user(QStringLiteral("carol")));
    const QByteArray stored = m_secrets.read(AuthStore::kSecretKey).data;
    QVERIFY(stored.contains("$argon2id$"));
    QVERIFY(!stored.contains(kOperatorPassword.toUtf8()) && !stored.contains("carol-password"));
}

void TestUserRoutes::lastAdministratorStays()
{
    QCOMPARE(m_auth.adminCount(), 1);
    auto response = m_admin->del(QStringLiteral("/v1/users/admin"));
    QCOMPARE(response.status, 409);
    QVERIFY(response.object().value(QStringLiteral("error")).toString().contains(QStringLiteral("last administrator")));
    response = m_admin->put(QStringLiteral("/v1/users/admin"), "{\"Role\": \"operator\"}");
    QCOMPARE(response.status, 409);
    QVERIFY(response.object().value(QStringLiteral("error")).toString().contains(QStringLiteral("last administrator")));
    QCOMPARE(m_auth.user(QStringLiteral("admin"))->role, UserRole::Admin);
    QCOMPARE(m_admin->get(QStringLiteral("/v1/protected")).status, 200); // nothing was revoked

    // With a second administrator, the first may go; the second then is the last.
    QCOMPARE(m_admin->post(QStringLiteral("/v1/users"), "{\"Name\": \"dana\", \"Role\": \"admin\", \"Password\": \"dana-password-1\"}").status, 200);
    std::unique_ptr<RestClient> dana = clientOf(QStringLiteral("dana"), QStringLiteral("dana-password-1"));
    QVERIFY(dana);
    QCOMPARE(dana->put(QStringLiteral("/v1/users/admin"), "{\"Role\": \"operator\"}").status, 200);
    QCOMPARE(dana->del(QStringLiteral("/v1/users/dana")).status, 409);
    QCOMPARE(dana->put(QStringLiteral("/v1/users/admin"), "{\"Role\": \"admin\"}").status, 200);
    m_admin = clientOf(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword));
    QVERIFY(m_admin);
    QCOMPARE(m_admin->del(QStringLiteral("/v1/users/dana")).status, 200);
    QCOMPARE(dana->get(QStringLiteral("/v1/protected")).status, 401);
    QCOMPARE(m_auth.adminCount(), 1);
}

void TestUserRoutes::loginThrottledPerUser()
{
    // A server of its own, so that these failures throttle no other test. The address limit is
    // high: what stops the guesses here is the per-user one.
    RestOptions options;
    options.maxFailedLogins = 1000;
    options.maxFailedLoginsPerUser = 3;
    RestServer server(*m_manager, *m_alarms, m_auth, options);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    RestClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.login(i == 1 ? QStringLiteral("OP") : QStringLiteral("op"), QStringLiteral("guess-%1").arg(i)).status, 401);
    auto response = client.login(QStringLiteral("op"), kOperatorPassword); // even the right password
    QCOMPARE(response.status, 429);
    QVERIFY(response.object().value(QStringLiteral("error")).toString().contains(QStringLiteral("for this user")));
    QVERIFY(response.header("Retry-After").toInt() > 0);
    // Another user from the same address is not held up.
    QCOMPARE(client.login(QStringLiteral("obs"), kObserverPassword).status, 200);
    QCOMPARE(client.login(QStringLiteral("op"), kOperatorPassword).status, 429);
}

void TestUserRoutes::auditTrailOfEveryChange()
{
    std::unique_ptr<RestClient> op = clientOf(QStringLiteral("op"), kOperatorPassword);
    QVERIFY(op);
    const qint64 firstId = audit(QStringLiteral("?limit=1")).first().toObject().value(QStringLiteral("Id")).toInteger();

    // A service added, changed (its passphrase too), started, stopped and deleted by the operator.
    const int srt = nextServicePort();
    const QByteArray add = QStringLiteral("{\"ServiceName\": \"Audited\", \"Mode\": \"listener\", \"ListenPort\": %1,\n"
        "        \"UdpIn\": \"127.0.0.1:%2\", \"Latency\": 120, \"PassPhrase\": \"first-secret-passphrase\",\n"
        "        \"Alarms\": {\"link_down\": {\"RaiseAfterSeconds\": 0}}}").arg(srt).arg(srt + 1).toUtf8();
    auto response = op->post(QStringLiteral("/v1/add_tx"), add);
    QCOMPARE(response.status, 200);
    const qint64 id = response.object().value(QStringLiteral("Id")).toInteger();
    QCOMPARE(op->put(QStringLiteral("/v1/update_tx/%1").arg(id),
                     "{\"Latency\": 400, \"PassPhrase\": \"second-secret-passphrase\"}").status, 200);
    QCOMPARE(op->post(QStringLiteral("/v1/start_tx/%1").arg(id)).status, 200);
    // Its link_down alarm (raised at once: nobody calls), acknowledged by the operator.
    QTRY_VERIFY_WITH_TIMEOUT(!m_admin->get(QStringLiteral("/v1/alarms")).array().isEmpty(), 10000);
    const qint64 alarmId = m_admin->get(QStringLiteral("/v1/alarms")).array().first().toObject().value(QStringLiteral("Id")).toInteger();
    QCOMPARE(op->post(QStringLiteral("/v1/ack_alarm/%1").arg(alarmId)).status, 200);
    QCOMPARE(op->post(QStringLiteral("/v1/stop_tx/%1").arg(id)).status, 200);
    QCOMPARE(op->del(QStringLiteral("/v1/delete_tx/%1").arg(id)).status, 200);
    // Rules, webhooks and users by the administrator; a refused change is not in the trail.
    const double rtt = m_alarms->rules().rule(AlarmType::Rtt).threshold;
    QCOMPARE(m_admin->put(QStringLiteral("/v1/alarm_rules"), QStringLiteral("{\"rtt\": {\"Threshold\": %1}}").arg(rtt + 11).toUtf8()).status, 200);
    QCOMPARE(m_admin->put(QStringLiteral("/v1/webhooks"), "[{\"Url\": \"http://127.0.0.1:20998/hook\", \"Secret\": \"audit-webhook-secret-1\"}]").status, 200);
    QCOMPARE(m_admin->put(QStringLiteral("/v1/webhooks"), "[]").status, 200);
    QCOMPARE(m_admin->post(QStringLiteral("/v1/users"), "{\"Name\": \"erin\", \"Role\": \"observer\", \"Password\": \"erin-password-1\"}").status, 200);
    QCOMPARE(m_admin->put(QStringLiteral("/v1/users/erin"), "{\"Role\": \"operator\", \"Password\": \"erin-password-2\"}").status, 200);
    QCOMPARE(m_admin->del(QStringLiteral("/v1/users/erin")).status, 200);
    QCOMPARE(op->put(QStringLiteral("/v1/alarm_rules"), "{\"rtt\": {\"Threshold\": 1}}").status, 403);
    // Logins: a failure of a known user, of an unknown name (that may be a mistyped password:
    // it is not written), and a success.
    RestClient anyone(baseUrl());
    QCOMPARE(anyone.login(QStringLiteral("obs"), QStringLiteral("obs-wrong-password")).status, 401);
    QCOMPARE(anyone.login(QStringLiteral("typed-password-as-name"), QStringLiteral("x-wrong-password")).status, 401);
    QCOMPARE(anyone.login(QStringLiteral("obs"), kObserverPassword).status, 200);

    const QJsonArray entries = audit(QStringLiteral("?limit=1000"));
    QList<QJsonObject> mine;
    for (const QJsonValue &value : entries) {
        if (value.toObject().value(QStringLiteral("Id")).toInteger() > firstId)
            mine.append(value.toObject());
    }
    QStringList actions;
    for (const QJsonObject &entry : mine)
        actions << entry.value(QStringLiteral("User")).toString() + QLatin1Char(' ') + entry.value(QStringLiteral("Action")).toString();
    QCOMPARE(actions, (QStringList{QStringLiteral("op service_added"), QStringLiteral("op service_changed"),
                                   QStringLiteral("op service_started"), QStringLiteral("op alarm_acknowledged"),
                                   QStringLiteral("op service_stopped"), QStringLiteral("op service_deleted"),
                                   QStringLiteral("admin alarm_rules_changed"), QStringLiteral("admin webhooks_changed"),
                                   QStringLiteral("admin webhooks_changed"), QStringLiteral("admin user_added"),
                                   QStringLiteral("admin user_changed"), QStringLiteral("admin user_deleted"),
                                   QStringLiteral("obs login_failed"), QStringLiteral(" login_failed"),
                                   QStringLiteral("obs login")}));
    const auto changeOf = [](const QJsonObject &entry, const QString &field) {
        for (const QJsonValue &change : entry.value(QStringLiteral("Changes")).toArray()) {
            if (change.toObject().value(QStringLiteral("Field")).toString() == field)
                return change.toObject();
        }
        return QJsonObject();
    };
    for (const QJsonObject &entry : mine) {
        QCOMPARE(entry.value(QStringLiteral("Source")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(!entry.value(QStringLiteral("Time")).toString().isEmpty());
    }
    QCOMPARE(mine.at(0).value(QStringLiteral("Target")).toString(), QStringLiteral("tx %1 Audited").arg(id));
    QCOMPARE(changeOf(mine.at(0), QStringLiteral("ListenPort")).value(QStringLiteral("New")).toString(), QString::number(srt));
    QCOMPARE(changeOf(mine.at(0), QStringLiteral("PassPhrase")).value(QStringLiteral("New")).toString(), QStringLiteral("changed"));
    QVERIFY(changeOf(mine.at(0), QStringLiteral("Alarms")).value(QStringLiteral("New")).toString().contains(QStringLiteral("link_down")));
    const QJsonObject latency = changeOf(mine.at(1), QStringLiteral("Latency"));
    QCOMPARE(latency.value(QStringLiteral("Old")).toString(), QStringLiteral("120"));
    QCOMPARE(latency.value(QStringLiteral("New")).toString(), QStringLiteral("400"));
    QCOMPARE(changeOf(mine.at(1), QStringLiteral("PassPhrase")).value(QStringLiteral("Old")).toString(), QString());
    QCOMPARE(mine.at(1).value(QStringLiteral("Changes")).toArray().size(), 2); // nothing else changed
    QVERIFY(mine.at(3).value(QStringLiteral("Target")).toString().startsWith(QStringLiteral("alarm %1 link_down").arg(alarmId)));
    QCOMPARE(changeOf(mine.at(5), QStringLiteral("ServiceName")).value(QStringLiteral("Old")).toString(), QStringLiteral("Audited"));
    const QJsonObject rule = changeOf(mine.at(6), QStringLiteral("rtt.Threshold"));
    QCOMPARE(rule.value(QStringLiteral("New")).toString().toDouble(), rtt + 11);
    QCOMPARE(changeOf(mine.at(7), QStringLiteral("http://127.0.0.1:20998/hook")).value(QStringLiteral("New")).toString(), QStringLiteral("added"));
    QCOMPARE(changeOf(mine.at(8), QStringLiteral("http://127.0.0.1:20998/hook")).value(QStringLiteral("New")).toString(), QStringLiteral("removed"));
    QCOMPARE(changeOf(mine.at(10), QStringLiteral("Role")).value(QStringLiteral("Old")).toString(), QStringLiteral("observer"));
    QCOMPARE(changeOf(mine.at(10), QStringLiteral("Role")).value(QStringLiteral("New")).toString(), QStringLiteral("operator"));
    QCOMPARE(changeOf(mine.at(10), QStringLiteral("Password")).value(QStringLiteral("New")).toString(), QStringLiteral("changed"));
    QCOMPARE(mine.at(13).value(QStringLiteral("Target")).toString(), QStringLiteral("unknown user"));

    // No secret in any answer of the trail, nor in the history file.
    const QByteArray body = m_admin->get(QStringLiteral("/v1/audit?limit=10000")).body;
    QVERIFY(m_alarms->history().flush());
    const QByteArray file = filesUnder(m_dir.path(), {QStringLiteral("history.sqlite"), QStringLiteral("history.sqlite-wal")});
    QVERIFY(file.contains("Audited")); // the file was read
    for (const QByteArray &secret : {QByteArray("first-secret-passphrase"), QByteArray("second-secret-passphrase"),
                                    QByteArray("audit-webhook-secret-1"), QByteArray("erin-password"),
                                    QByteArray("obs-wrong-password"), QByteArray("typed-password-as-name"),
                                    kObserverPassword.toUtf8(), kOperatorPassword.toUtf8()}) {
        QVERIFY2(!body.contains(secret), secret.constData());
        QVERIFY2(!file.contains(secret), secret.constData());
    }
}

void TestUserRoutes::auditQueryIsChecked()
{
    const auto refused = [this](const QString &query, const QString &field) {
        const auto response = m_admin->get(QStringLiteral("/v1/audit") + query);
        const QJsonObject fields = response.object().value(QStringLiteral("fields")).toObject();
        if (response.status != 400 || !fields.contains(field) || fields.value(field).toString().isEmpty())
            qWarning() << query << response.status << response.body;
        return response.status == 400 && fields.contains(field);
    };
    QVERIFY(refused(QStringLiteral("?since=yesterday"), QStringLiteral("since")));
    QVERIFY(refused(QStringLiteral("?since=2026-13-45T99:00:00"), QStringLiteral("since")));
    QVERIFY(refused(QStringLiteral("?limit=0"), QStringLiteral("limit")));
    QVERIFY(refused(QStringLiteral("?limit=10001"), QStringLiteral("limit")));
    QVERIFY(refused(QStringLiteral("?limit=abc"), QStringLiteral("limit")));
    QVERIFY(refused(QStringLiteral("?user=%20bad%20name"), QStringLiteral("user")));
    QVERIFY(refused(QStringLiteral("?user=") + QString(65, QLatin1Char('u')), QStringLiteral("user")));
    QVERIFY(refused(QStringLiteral("?who=op"), QStringLiteral("who")));

    // since, user and limit: oldest first from since, the latest N without it.
    const QJsonArray ops = m_admin->get(QStringLiteral("/v1/audit?user=op&limit=10000")).array();
    QVERIFY(ops.size() >= 6);
    for (const QJsonValue &entry : ops)
        QCOMPARE(entry.toObject().value(QStringLiteral("User")).toString(), QStringLiteral("op"));
    const QJsonArray latest = m_admin->get(QStringLiteral("/v1/audit?user=op&limit=2")).array();
    QCOMPARE(latest.size(), 2);
    QCOMPARE(latest.last().toObject().value(QStringLiteral("Id")), ops.last().toObject().value(QStringLiteral("Id")));
    const QString since = ops.at(1).toObject().value(QStringLiteral("Time")).toString();
    const QJsonArray from = m_admin->get(QStringLiteral("/v1/audit?user=op&limit=1&since=") + since).array();
    QCOMPARE(from.size(), 1);
    QVERIFY(from.first().toObject().value(QStringLiteral("Id")).toInteger() <= ops.at(1).toObject().value(QStringLiteral("Id")).toInteger());
    QVERIFY(m_admin->get(QStringLiteral("/v1/audit?since=2999-01-01T00:00:00Z")).array().isEmpty());
    QVERIFY(m_admin->get(QStringLiteral("/v1/audit?user=nobody")).array().isEmpty());
}

// The real srtdeskd: users added on its command line (password from standard input), recorded
// as the local user, and no password, passphrase or webhook secret in its log (debug included)
// nor in its history file, while they pass through every route.
void TestUserRoutes::daemonAddUserAndNoSecretInLogOrFiles()
{
    QTemporaryDir dir;
    const int apiPort = 20500;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SRTDESK_ADMIN_PASSWORD"), QStringLiteral("daemon-admin-password"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("srtdesk.*=true"));
    const QStringList dataDir = {QStringLiteral("--data-dir"), dir.path()};
    QByteArray log;
    // Starts the daemon and waits for it to be ready, its output going to `log`.
    const auto startDaemon = [&](QProcess &daemon, const QStringList &arguments) {
        daemon.start(binary(), arguments);
        QByteArray started;
        QElapsedTimer timer;
        timer.start();
        while (!started.contains(" ready with ") && timer.elapsed() < 15000) {
            daemon.waitForReadyRead(200);
            started += daemon.readAllStandardError();
        }
        log += started;
        return started.contains(" ready with ");
    };
    const auto run = [&](const QStringList &arguments, const QByteArray &input, QByteArray *err) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(binary(), dataDir + arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(30000);
        *err = process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray err;
    // Usage errors change nothing.
    QCOMPARE(run({QStringLiteral("--add-user"), QStringLiteral("frank")}, "frank-password-1\n", &err), 1);
    QVERIFY2(err.contains("--role"), err.constData());
    QCOMPARE(run({QStringLiteral("--add-user"), QStringLiteral("frank"), QStringLiteral("--role"), QStringLiteral("boss")},
                 "frank-password-1\n", &err), 1);
    QVERIFY2(err.contains("observer, operator, admin"), err.constData());
    QCOMPARE(run({QStringLiteral("--role"), QStringLiteral("admin")}, {}, &err), 1);

    // First start sets the admin password; stop; add a user on the command line.
    QProcess daemon;
    daemon.setProcessEnvironment(environment);
    const QStringList serve = dataDir + QStringList{QStringLiteral("--api-port"), QString::number(apiPort)};
    QVERIFY(startDaemon(daemon, serve));
    ::kill(pid_t(daemon.processId()), SIGTERM);
    QVERIFY(daemon.waitForFinished(10000));
    log += daemon.readAllStandardError();
    QCOMPARE(run({QStringLiteral("--add-user"), QStringLiteral("frank"), QStringLiteral("--role"), QStringLiteral("operator")},
                 "frank-password-1\n", &err), 0);
    log += err;
    QVERIFY2(err.contains("frank"), err.constData());
    QCOMPARE(run({QStringLiteral("--add-user"), QStringLiteral("frank"), QStringLiteral("--role"), QStringLiteral("admin")},
                 "frank-password-2\n", &err), 4); // exists
    QVERIFY2(err.contains("already"), err.constData());
    QCOMPARE(run({QStringLiteral("--add-user"), QStringLiteral("gina"), QStringLiteral("--role"), QStringLiteral("observer")},
                 "tiny1\n", &err), 4); // too weak
    log += err;

    QVERIFY(startDaemon(daemon, serve));
    RestClient frank(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(apiPort)));
    auto login = frank.login(QStringLiteral("frank"), QStringLiteral("frank-password-1"));
    QVERIFY2(login.status == 200, qPrintable(login.networkError + QString::fromUtf8(log.right(1500))));
    QCOMPARE(frank.get(QStringLiteral("/v1/protected")).object().value(QStringLiteral("Role")).toString(), QStringLiteral("operator"));
    QCOMPARE(frank.get(QStringLiteral("/v1/users")).status, 403);
    RestClient admin(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(apiPort)));
    QCOMPARE(admin.login(QStringLiteral("admin"), QStringLiteral("daemon-admin-password")).status, 200);

    // Secrets through every route that takes one.
    const int srt = nextServicePort();
    const auto added = frank.post(QStringLiteral("/v1/add_rx"),
                                  QStringLiteral("{\"ServiceName\": \"Logged\", \"Mode\": \"caller\", \"TxIp\": \"127.0.0.1\",\n"
        "                                      \"ListenPort\": %1, \"UdpOut\": \"127.0.0.1:%2\", \"PassPhrase\": \"daemon-secret-passphrase\"}")
                                      .arg(srt).arg(srt + 1).toUtf8());
    QCOMPARE(added.status, 200);
    const qint64 id = added.object().value(QStringLiteral("Id")).toInteger();
    QCOMPARE(frank.put(QStringLiteral("/v1/update_rx/%1").arg(id), "{\"PassPhrase\": \"daemon-second-passphrase\"}").status, 200);
    QCOMPARE(frank.post(QStringLiteral("/v1/start_rx/%1").arg(id)).status, 200);
    QCOMPARE(frank.post(QStringLiteral("/v1/add_rx"), "{\"ServiceName\": \"Bad\", \"PassPhrase\": \"daemon-bad-passphrase\", \"TTL\": 999}").status, 400);
    QCOMPARE(admin.put(QStringLiteral("/v1/webhooks"), "[{\"Url\": \"http://127.0.0.1:20997/h\", \"Secret\": \"daemon-webhook-secret\"}]").status, 200);
    QCOMPARE(admin.post(QStringLiteral("/v1/users"), "{\"Name\": \"hank\", \"Role\": \"observer\", \"Password\": \"daemon-hank-password\"}").status, 200);
    QCOMPARE(admin.put(QStringLiteral("/v1/users/hank"), "{\"Password\": \"daemon-hank-password-2\"}").status, 200);
    QCOMPARE(admin.post(QStringLiteral("/v1/users"), "{\"Name\": \"ivy\", \"Role\": \"observer\", \"Password\": \"weak\"}").status, 400);
    RestClient guesser(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(apiPort)));
    QCOMPARE(guesser.login(QStringLiteral("hank"), QStringLiteral("daemon-guessed-password")).status, 401);
    QCOMPARE(guesser.login(QStringLiteral("daemon-name-password"), QStringLiteral("daemon-guessed-password")).status, 401);
    QCOMPARE(frank.post(QStringLiteral("/v1/stop_rx/%1").arg(id)).status, 200);

    // The trail: the command line's user as the local account, the API's with their address.
    const QJsonArray entries = admin.get(QStringLiteral("/v1/audit?limit=100")).array();
    QJsonObject cli;
    for (const QJsonValue &entry : entries) {
        if (entry.toObject().value(QStringLiteral("Target")).toString() == QLatin1String("user frank")
            && entry.toObject().value(QStringLiteral("Action")).toString() == QLatin1String("user_added"))
            cli = entry.toObject();
    }
    QCOMPARE(cli.value(QStringLiteral("Action")).toString(), QStringLiteral("user_added"));
    QCOMPARE(cli.value(QStringLiteral("Source")).toString(), QStringLiteral("local"));
    QVERIFY(!cli.value(QStringLiteral("User")).toString().isEmpty());
    QVERIFY(entries.size() >= 12);
    const QByteArray auditBody = QJsonDocument(entries).toJson();

    ::kill(pid_t(daemon.processId()), SIGTERM);
    QVERIFY(daemon.waitForFinished(10000));
    log += daemon.readAllStandardError();
    QVERIFY2(log.contains("srtdesk.audit"), log.right(2000).constData()); // the log was captured, audit lines included
    QVERIFY(log.contains("login_failed"));
    const QByteArray files = filesUnder(dir.path(), {QStringLiteral("history.sqlite"), QStringLiteral("history.sqlite-wal"),
                                                     QStringLiteral("srtdesk.sqlite"), QStringLiteral("srtdesk.sqlite-wal")});
    QVERIFY(files.contains("Logged"));
    for (const QByteArray &secret :
         {QByteArray("daemon-admin-password"), QByteArray("frank-password-1"), QByteArray("daemon-secret-passphrase"),
          QByteArray("daemon-second-passphrase"), QByteArray("daemon-bad-passphrase"), QByteArray("daemon-webhook-secret"),
          QByteArray("daemon-hank-password"), QByteArray("daemon-guessed-password"), QByteArray("daemon-name-password"),
          QByteArray("tiny1")}) {
        QVERIFY2(!log.contains(secret), secret.constData());
        QVERIFY2(!auditBody.contains(secret), secret.constData());
        if (secret != "tiny1")
            QVERIFY2(!files.contains(secret), secret.constData());
    }

    // The trail survives a restart.
    QVERIFY(startDaemon(daemon, serve));
    QCOMPARE(admin.login(QStringLiteral("admin"), QStringLiteral("daemon-admin-password")).status, 200);
    QCOMPARE(admin.get(QStringLiteral("/v1/audit?limit=100")).array().size(), entries.size() + 1); // and this login
    ::kill(pid_t(daemon.processId()), SIGTERM);
    QVERIFY(daemon.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestUserRoutes)
#include "TestUserRoutes.moc"
