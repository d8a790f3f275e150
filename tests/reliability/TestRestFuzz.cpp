// SPDX-License-Identifier: GPL-3.0-or-later
// At least 20 000 random and mutated requests against the real srtdeskd: bodies, types,
// sizes, headers, paths, query strings, methods and tokens, over the services and over alarms,
// acknowledgements, alarm rules, events and webhooks. No crash, no 5xx, and no change of state
// from any rejected request.
#include "DaemonProcess.h"
#include "RawHttpClient.h"

#include "tests/rest/RestClient.h"
#include "tests/rest/SampleBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk::test;

namespace {

const QString kPassword = QStringLiteral("fuzz-test-password-1");

class RequestFuzzer
{
public:
    RequestFuzzer(quint32 seed, QByteArray token, QList<qint64> ids, QList<qint64> alarmIds)
        : m_random(seed), m_token(token), m_ids(ids), m_alarmIds(alarmIds)
    {
    }

    struct Request
    {
        QByteArray bytes;
        bool mutating = false;
        QByteArray description;
    };

    Request next()
    {
        Request r;
        const QByteArray path = randomPath();
        // Mostly the method the path expects, so that bodies reach the parser and validator.
        const QByteArray method = chance(70) ? methodFor(path)
                                             : pick({"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "BREW",
                                                     "get", "P\x01ST"});
        r.mutating = method != "GET" && method != "HEAD" && method != "OPTIONS"
                  && !path.contains("get_") && !path.contains("protected") && !path.contains("health");
        QByteArray body = path.contains("alarm_rules") ? randomRulesBody()
                        : path.contains("webhooks")    ? randomWebhooksBody()
                                                       : randomBody();
        QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        request += authorization();
        if (chance(80))
            request += "Content-Type: " + pick({"application/json", "text/plain", "application/json; charset=utf-8",
                                                "multipart/form-data; boundary=x", "\xff\xfe"}) + "\r\n";
        if (chance(5))
            request += "X-" + randomBytes(10).toHex() + ": " + randomBytes(int(m_random.bounded(200))).toBase64() + "\r\n";
        qsizetype declared = body.size();
        if (chance(5) && declared > 0)
            declared = m_random.bounded(declared); // shorter than the body: the rest reads as garbage
        request += "Content-Length: " + QByteArray::number(declared) + "\r\n\r\n" + body;
        r.bytes = request;
        r.description = method + ' ' + path.left(80) + " body " + QByteArray::number(body.size());
        return r;
    }

    static QByteArray tamper(QByteArray token, int index)
    {
        if (token.isEmpty())
            return token;
        const qsizetype at = index % token.size();
        token[at] = token[at] == 'A' ? 'B' : 'A';
        return token;
    }

private:
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    QByteArray pick(std::initializer_list<const char *> items)
    {
        const auto index = m_random.bounded(int(items.size()));
        return QByteArray(*(items.begin() + index));
    }
    QByteArray randomBytes(int n)
    {
        QByteArray bytes(n, '\0');
        for (char &c : bytes)
            c = char(m_random.bounded(256));
        return bytes;
    }

    static QByteArray methodFor(const QByteArray &path)
    {
        if (path.contains("/get_") || path.contains("protected") || path.contains("health") || path.contains("metrics")
            || path.contains("openapi") || path.startsWith("/v1/alarms") || path.startsWith("/v1/events"))
            return "GET";
        if (path.contains("/update_") || path.contains("alarm_rules") || path.contains("webhooks"))
            return "PUT";
        if (path.contains("/delete_"))
            return "DELETE";
        return "POST";
    }

    QByteArray randomId()
    {
        if (!m_ids.isEmpty() && chance(65))
            return QByteArray::number(m_ids.at(int(m_random.bounded(qint64(m_ids.size())))));
        return pick({"0", "-1", "999999", "99999999999999999999999", "abc", "1.5", "%31", "1e3", "", " 1", "0x10",
                     "%00", "1;DROP TABLE services"});
    }

    QByteArray randomAlarmId()
    {
        if (!m_alarmIds.isEmpty() && chance(70))
            return QByteArray::number(m_alarmIds.at(int(m_random.bounded(qint64(m_alarmIds.size())))));
        return randomId();
    }

    QByteArray randomQueryValue()
    {
        return pick({"1", "0", "", "2", "true", "-5", "10001", "abc", "2026-01-31T08:00:00Z", "2026-13-45T99:00:00",
                     "1970-01-01T00:00:00+01:00", "%00", "%FF%FE", "1e9", "9999999999999999999"});
    }

    // The routes of issue 15: alarms, acknowledgements, rules, events, webhooks.
    QByteArray randomAlarmPath()
    {
        switch (m_random.bounded(6)) {
        case 0:
            return "/v1/alarms" + (chance(50) ? "?all=" + randomQueryValue() : QByteArray())
                 + (chance(30) ? "&limit=" + randomQueryValue() : QByteArray());
        case 1:
            return "/v1/ack_alarm/" + randomAlarmId();
        case 2:
            return "/v1/alarm_rules";
        case 3:
            return "/v1/events" + (chance(60) ? "?since=" + randomQueryValue() : QByteArray())
                 + (chance(40) ? "&limit=" + randomQueryValue() : QByteArray())
                 + (chance(10) ? "&" + randomBytes(6).toPercentEncoding() + "=1" : QByteArray());
        case 4:
            return "/v1/webhooks";
        default:
            return pick({"/v1/alarm", "/v1/ack_alarm", "/v1/ack_alarm/", "/v1/alarms/1", "/v1/events/", "/v1/webhooks/1"});
        }
    }

    QByteArray randomPath()
    {
        static const char *const kActions[] = {"add", "update", "delete", "get", "start", "stop", "restart"};
        QByteArray path;
        const int shape = int(m_random.bounded(13));
        if (shape >= 10) {
            path = randomAlarmPath();
        } else if (shape < 6) {
            path = QByteArray("/v1/") + kActions[m_random.bounded(7)] + (chance(50) ? "_rx" : "_tx");
            if (!path.contains("add") && (chance(85)))
                path += '/' + randomId();
        } else if (shape == 6) {
            path = pick({"/v1/login", "/v1/protected", "/v1/health", "/v1/metrics", "/v1/openapi.json", "/", "/v2/get_rx",
                         "/v1/", "/v1//get_rx", "/V1/GET_RX"});
        } else if (shape == 7) {
            path = "/v1/" + randomBytes(int(m_random.bounded(40))).toPercentEncoding();
        } else if (shape == 8) {
            path = "/v1/get_rx/../../etc/passwd";
        } else {
            path = "/v1/get_rx?" + QByteArray(int(m_random.bounded(6000)), 'q');
        }
        if (chance(5))
            path += '/';
        return path;
    }

    QByteArray authorization()
    {
        const int kind = int(m_random.bounded(20));
        if (kind < 12)
            return "Authorization: Bearer " + m_token + "\r\n";
        if (kind == 12)
            return {};
        if (kind == 13)
            return "Authorization: Bearer " + tamper(m_token, int(m_random.bounded(1000))) + "\r\n";
        if (kind == 14) // alg none with the same claims
            return "Authorization: Bearer "
                 + QByteArray(R"({"alg":"none","typ":"JWT"})").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                 + '.' + m_token.split('.').value(1) + ".\r\n";
        if (kind == 15)
            return "Authorization: Basic YWRtaW46cGFzc3dvcmQ=\r\n";
        if (kind == 16)
            return "Authorization: Bearer " + m_token.left(int(m_random.bounded(qint64(m_token.size())))) + "\r\n";
        if (kind == 17)
            return "Authorization: " + randomBytes(int(m_random.bounded(100))).toBase64() + "\r\n";
        return "Authorization: Bearer " + m_token + "\r\n";
    }

    QJsonValue randomValue()
    {
        switch (m_random.bounded(12)) {
        case 0: return QJsonValue(qint64(m_random.bounded(200000)) - 100000);
        case 1: return QJsonValue(1e300);
        case 2: return QJsonValue(-0.5);
        case 3: return QJsonValue(QString::number(m_random.bounded(70000)));
        case 4: return QJsonValue(QString());
        case 5: return QJsonValue(QString(int(m_random.bounded(5000)), QChar(0x00F1)));
        case 6: return QJsonValue(QJsonValue::Null);
        case 7: return QJsonValue(m_random.bounded(2) == 1);
        case 8: return QJsonArray{1, QStringLiteral("x")};
        case 9: return QJsonObject{{QStringLiteral("a"), 1}};
        case 10: return QJsonValue(QStringLiteral("caller"));
        default: return QJsonValue(QStringLiteral("224.1.1.1:%1").arg(m_random.bounded(70000)));
        }
    }

    QByteArray randomBody()
    {
        const int shape = int(m_random.bounded(20));
        if (shape < 12) {
            QJsonObject body = QJsonDocument::fromJson(chance(50) ? srtdesk::samples::kAddRx : srtdesk::samples::kAddTx).object();
            const QStringList keys = body.keys();
            const int mutations = 1 + int(m_random.bounded(4));
            for (int i = 0; i < mutations; ++i) {
                const QString key = keys.at(int(m_random.bounded(qint64(keys.size()))));
                if (chance(20))
                    body.remove(key);
                else if (chance(10))
                    body.insert(key.toLower(), randomValue());
                else
                    body.insert(key, randomValue());
            }
            if (chance(25))
                body.insert(QStringLiteral("Alarms"), randomAlarmsValue());
            // A mutation may leave the body valid: make the name unique so an accepted add is
            // an honest new service rather than a conflict.
            if (chance(50))
                body.insert(QStringLiteral("ServiceName"), QStringLiteral("fz%1").arg(m_random.bounded(1000000)));
            QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
            if (chance(10))
                json.truncate(m_random.bounded(json.size()));
            if (chance(5) && !json.isEmpty())
                json[m_random.bounded(json.size())] = char(m_random.bounded(256));
            return json;
        }
        if (shape < 14)
            return randomBytes(int(m_random.bounded(2000)));
        if (shape == 14)
            return QByteArray(5000, '[') + QByteArray(5000, ']');
        if (shape == 15)
            return "{\"ServiceName\": \"" + QByteArray(70 * 1024, 'x') + "\"}"; // over 64 KiB
        if (shape == 16)
            return "[" + QByteArray(srtdesk::samples::kAddRx) + "]";
        if (shape == 17)
            return R"({"username": "admin", "password": ")" + randomBytes(12).toHex() + "\"}";
        return {};
    }

    // A service's "Alarms" object or a rules body: mostly well-formed, then mutated.
    QJsonValue randomAlarmsValue()
    {
        static const char *const kTypes[] = {"link_down", "no_input", "low_bitrate", "high_bitrate", "loss", "rtt",
                                             "ts_errors", "ts_sync", "LOSS", "jitter", ""};
        static const char *const kFields[] = {"Enabled", "Threshold", "RaiseAfterSeconds", "ClearAfterSeconds",
                                              "WindowSeconds", "Severity", "enabled", "Extra"};
        if (chance(10))
            return randomValue();
        QJsonObject rules;
        const int count = int(m_random.bounded(4));
        for (int i = 0; i < count; ++i) {
            QJsonObject rule;
            const int fields = int(m_random.bounded(4));
            for (int f = 0; f < fields; ++f) {
                const QString field = QLatin1String(kFields[m_random.bounded(8)]);
                QJsonValue value;
                if (field == QLatin1String("Severity") && chance(70))
                    value = QLatin1String(pick({"minor", "major", "critical", "MAJOR", "fatal"}));
                else if (field == QLatin1String("Enabled") && chance(70))
                    value = chance(50);
                else if (chance(60))
                    value = double(m_random.bounded(200)) / (chance(50) ? 1.0 : 7.0);
                else
                    value = randomValue();
                rule.insert(field, value);
            }
            rules.insert(QLatin1String(kTypes[m_random.bounded(11)]), chance(90) ? QJsonValue(rule) : randomValue());
        }
        return rules;
    }

    QByteArray randomRulesBody()
    {
        if (chance(15))
            return randomBody();
        QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("x"), randomAlarmsValue()}}).toJson(QJsonDocument::Compact);
        json = json.mid(5, json.size() - 6); // the value alone
        if (chance(10) && !json.isEmpty())
            json.truncate(m_random.bounded(json.size()));
        return json;
    }

    // Webhooks point at loopback ports nobody listens on: accepted ones only produce failure events.
    QByteArray randomWebhooksBody()
    {
        if (chance(15))
            return randomBody();
        QJsonArray hooks;
        const int count = chance(10) ? 20 : int(m_random.bounded(3));
        for (int i = 0; i < count; ++i) {
            QJsonObject hook;
            if (chance(90))
                hook.insert(QStringLiteral("Url"), chance(70) ? QStringLiteral("http://127.0.0.1:%1/h%2").arg(1 + m_random.bounded(9)).arg(i)
                                                              : QString::fromLatin1(pick({"ftp://127.0.0.1/", "https://u:p@127.0.0.1/",
                                                                                          "http://", "not a url", ""})));
            if (chance(90))
                hook.insert(QStringLiteral("Secret"), chance(60) ? QStringLiteral("fuzz-webhook-secret-%1").arg(m_random.bounded(100))
                                                  : chance(50)   ? QStringLiteral("********")
                                                                 : randomValue().toString());
            if (chance(5))
                hook.insert(QStringLiteral("Extra"), 1);
            hooks.append(chance(95) ? QJsonValue(hook) : randomValue());
        }
        QByteArray json = QJsonDocument(hooks).toJson(QJsonDocument::Compact);
        if (chance(10) && !json.isEmpty())
            json.truncate(m_random.bounded(json.size()));
        return json;
    }

    QRandomGenerator m_random;
    QByteArray m_token;
    QList<qint64> m_ids;
    QList<qint64> m_alarmIds;
};

QByteArray stateOf(RestClient &client)
{
    // The configuration, Status and Alarms object of every service, the alarm rules, the webhooks
    // and which alarms are acknowledged: what a request could change. Statistics move by
    // themselves, and so do alarms rising and clearing.
    QJsonArray state;
    for (const QString &kind : {QStringLiteral("rx"), QStringLiteral("tx")}) {
        const auto response = client.get(QStringLiteral("/v1/get_%1").arg(kind));
        for (const QJsonValue &value : response.array()) {
            QJsonObject o = value.toObject();
            for (const QString &key : o.keys()) {
                if (key.startsWith(QLatin1String("Recv")) || key.startsWith(QLatin1String("Send"))
                    || key.startsWith(QLatin1String("Link")) || key == QLatin1String("LineLoss")
                    || key == QLatin1String("Connected") || key == QLatin1String("Reconnections")
                    || key == QLatin1String("LastError") || key == QLatin1String("ContainerId")) {
                    o.remove(key);
                }
            }
            state.append(o);
        }
    }
    state.append(client.get(QStringLiteral("/v1/alarm_rules")).object());
    state.append(client.get(QStringLiteral("/v1/webhooks")).array());
    QJsonArray acknowledged;
    for (const QJsonValue &alarm : client.get(QStringLiteral("/v1/alarms?all=1")).array()) {
        if (alarm.toObject().value(QStringLiteral("Acknowledged")).toBool())
            acknowledged.append(alarm.toObject().value(QStringLiteral("Id")));
    }
    state.append(acknowledged);
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRestFuzz : public QObject
{
    Q_OBJECT

private slots:
    void twentyThousandHostileRequests();
};

void TestRestFuzz::twentyThousandHostileRequests()
{
    QTemporaryDir dir;
    const int port = 29500;
    DaemonProcess daemon(dir.path(), port, kPassword);
    QString error;
    QVERIFY2(daemon.start(&error), qPrintable(error));
    RestClient client{QUrl(daemon.baseUrl())};
    const auto login = client.login(QStringLiteral("admin"), kPassword);
    QCOMPARE(login.status, 200);
    const QByteArray token = login.object().value(QStringLiteral("jwt")).toString().toUtf8();
    QList<qint64> ids;
    for (const char *body : {srtdesk::samples::kAddRx, srtdesk::samples::kAddTx}) {
        const auto added = client.post(QString::fromLatin1(QByteArray(body).contains("UdpIn") ? "/v1/add_tx" : "/v1/add_rx"), body);
        QCOMPARE(added.status, 200);
        ids.append(added.object().value(QStringLiteral("Id")).toInteger());
    }

    // A loopback listener nobody calls, its link_down raised at once: alarms to acknowledge.
    const auto lonely = client.post(QStringLiteral("/v1/add_tx"),
                                    R"({"ServiceName": "fuzz-lonely", "Mode": "listener", "ListenPort": 39610,
                                        "UdpIn": "127.0.0.1:39611", "Alarms": {"link_down": {"RaiseAfterSeconds": 0}}})");
    QCOMPARE(lonely.status, 200);
    const qint64 lonelyId = lonely.object().value(QStringLiteral("Id")).toInteger();
    ids.append(lonelyId);
    QCOMPARE(client.post(QStringLiteral("/v1/start_tx/%1").arg(lonelyId)).status, 200);
    QList<qint64> alarmIds;
    QTRY_VERIFY_WITH_TIMEOUT(!client.get(QStringLiteral("/v1/alarms")).array().isEmpty(), 10000);
    for (const QJsonValue &alarm : client.get(QStringLiteral("/v1/alarms")).array())
        alarmIds.append(alarm.toObject().value(QStringLiteral("Id")).toInteger());
    QCOMPARE(client.post(QStringLiteral("/v1/stop_tx/%1").arg(lonelyId)).status, 200);
    QCOMPARE(client.post(QStringLiteral("/v1/start_tx/%1").arg(lonelyId)).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!client.get(QStringLiteral("/v1/alarms")).array().isEmpty(), 10000);
    for (const QJsonValue &alarm : client.get(QStringLiteral("/v1/alarms")).array())
        alarmIds.append(alarm.toObject().value(QStringLiteral("Id")).toInteger());

    RequestFuzzer fuzzer(20261126, token, ids, alarmIds);
    RawHttpClient raw{quint16(port)};
    const int total = qEnvironmentVariableIntValue("SRTDESK_FUZZ_REQUESTS") > 0
                        ? qEnvironmentVariableIntValue("SRTDESK_FUZZ_REQUESTS") : 20000;
    const int batch = 50;
    QByteArray baseline = stateOf(client);
    QMap<int, int> statuses;
    QMap<int, int> alarmRouteStatuses; // alarms, ack_alarm, alarm_rules, events, webhooks
    int accepted = 0;
    int unanswered = 0;
    for (int sent = 0; sent < total;) {
        bool acceptedInBatch = false;
        for (int i = 0; i < batch && sent < total; ++i, ++sent) {
            const auto request = fuzzer.next();
            const auto answer = raw.send(request.bytes);
            if (answer.status == 0) {
                ++unanswered; // the server may drop a connection whose bytes are not HTTP
                QVERIFY2(daemon.isRunning(), request.description.constData());
                continue;
            }
            ++statuses[answer.status];
            if (request.description.contains("alarm") || request.description.contains("/v1/events")
                || request.description.contains("webhooks"))
                ++alarmRouteStatuses[answer.status];
            QVERIFY2(answer.status < 500, QByteArray(QByteArray::number(answer.status) + ' ' + request.description + ' ' + answer.body.left(200)).constData());
            if (request.mutating && answer.status >= 200 && answer.status < 300) {
                acceptedInBatch = true;
                ++accepted;
            }
        }
        const QByteArray now = stateOf(client);
        if (!acceptedInBatch)
            QVERIFY2(now == baseline, "a rejected request changed the services");
        baseline = now;
    }
    qInfo() << "requests" << total << "accepted changes" << accepted << "unanswered" << unanswered << "statuses" << statuses;
    qInfo() << "of which alarms, events, rules and webhooks:" << alarmRouteStatuses;
    QVERIFY(daemon.isRunning());
    QCOMPARE(client.get(QStringLiteral("/v1/health")).status, 200);
    QVERIFY(statuses.value(400) > 0 && statuses.value(401) > 0 && statuses.value(404) > 0);
    QVERIFY(alarmRouteStatuses.value(200) > 0 && alarmRouteStatuses.value(400) > 0);
    QVERIFY(unanswered < total / 10);
    QVERIFY(daemon.terminate());
}

QTEST_GUILESS_MAIN(TestRestFuzz)
#include "TestRestFuzz.moc"
