// SPDX-License-Identifier: GPL-3.0-or-later
// srtdeskd killed with SIGKILL at random moments during traffic and configuration changes:
// every restart finds the database intact, every acknowledged change present, and what was
// running running again. Drives the real binary over its REST API.
#include "DaemonProcess.h"

#include "tests/rest/RestClient.h"
#include "tests/tools/UdpSequenceReceiver.h"
#include "tests/tools/UdpSequenceSender.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk::test;
using srtdesk::testtools::UdpSequenceReceiver;
using srtdesk::testtools::UdpSequenceSender;

namespace {

const QString kPassword = QStringLiteral("crash-test-password-1");

// Ports of this suite: 27000-27999 (28000-28999 belong to tests/ui).
int nextPort()
{
    static int port = 27000;
    return ++port;
}

struct Expected
{
    QString kind; // "rx" / "tx"
    QString name;
    int latency = 0;
    bool running = false;
};

QString integrityOf(const QString &file)
{
    const QString name = QStringLiteral("integrity-%1").arg(QRandomGenerator::global()->generate());
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery query(db);
        result = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() ? query.value(0).toString()
                                                                                       : QStringLiteral("no answer");
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QByteArray txBody(const QString &name, int srtPort, int udpPort, int latency)
{
    return QStringLiteral(R"({"ServiceName": "%1", "Mode": "listener", "RxIp": "", "ListenPort": %2,
        "UdpIn": "127.0.0.1:%3", "Latency": %4, "SrtBw": 0, "PassPhrase": "", "PbKeyLen": 16, "GroupConnect": 0,
        "InputBw": 0, "OverHead": 25, "FEC": 0, "FecCols": 0, "FecRows": 0, "FecLayOut": "staircase",
        "FecArq": "always", "Congestion": "live", "TransType": "live"})")
        .arg(name)
        .arg(srtPort)
        .arg(udpPort)
        .arg(latency)
        .toUtf8();
}

QByteArray rxBody(const QString &name, int srtPort, int udpPort, int latency)
{
    return QStringLiteral(R"({"ServiceName": "%1", "Mode": "caller", "TxIp": "127.0.0.1", "ListenPort": %2,
        "UdpOut": "127.0.0.1:%3", "Latency": %4, "SrtBw": 0, "PassPhrase": "", "PbKeyLen": 16, "TlpktDrop": 1,
        "TTL": 16, "FEC": 0, "FecCols": 10, "FecRows": 5, "FecLayOut": "staircase", "FecArq": "always",
        "Congestion": "live", "TransType": "live", "GroupConnect": 0, "GroupType": "backup", "GroupIp1": "",
        "GroupIp2": "", "Ip1Weight": 60, "Ip2Weight": 40})")
        .arg(name)
        .arg(srtPort)
        .arg(udpPort)
        .arg(latency)
        .toUtf8();
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void sigkillLosesNothingAcknowledged();
    void sigtermKeepsDesiredState();

private:
    // One acknowledged random change; returns false when the daemon refused it.
    void randomChange(RestClient &client, QMap<qint64, Expected> &expected, const QSet<qint64> &pinned);
    void compareWithDaemon(RestClient &client, const QMap<qint64, Expected> &expected,
                           const QString &uncertainName, qint64 uncertainId);

    QRandomGenerator m_random{20261126};
    int m_serial = 0;
};

void TestCrashRecovery::randomChange(RestClient &client, QMap<qint64, Expected> &expected, const QSet<qint64> &pinned)
{
    QList<qint64> free;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!pinned.contains(it.key()))
            free.append(it.key());
    }
    const int action = free.isEmpty() ? 0 : int(m_random.bounded(5));
    if (action == 0) { // add
        const bool tx = m_random.bounded(2) == 0;
        const QString name = QStringLiteral("svc-%1").arg(++m_serial);
        const int latency = 100 + int(m_random.bounded(900));
        const auto response = tx ? client.post(QStringLiteral("/v1/add_tx"), txBody(name, nextPort(), nextPort(), latency))
                                 : client.post(QStringLiteral("/v1/add_rx"), rxBody(name, nextPort(), nextPort(), latency));
        QCOMPARE(response.status, 200);
        const qint64 id = response.object().value(QStringLiteral("Id")).toInteger();
        QVERIFY(id > 0);
        expected.insert(id, {tx ? QStringLiteral("tx") : QStringLiteral("rx"), name, latency, false});
        return;
    }
    const qint64 id = free.at(int(m_random.bounded(qint64(free.size()))));
    Expected &e = expected[id];
    if (action == 1) { // update: only the latency, a partial body
        const int latency = 100 + int(m_random.bounded(900));
        const auto response = client.put(QStringLiteral("/v1/update_%1/%2").arg(e.kind).arg(id),
                                         QStringLiteral(R"({"Latency": "%1"})").arg(latency).toUtf8());
        QCOMPARE(response.status, 200);
        e.latency = latency;
    } else if (action == 2) {
        QCOMPARE(client.post(QStringLiteral("/v1/start_%1/%2").arg(e.kind).arg(id)).status, 200);
        e.running = true;
    } else if (action == 3) {
        QCOMPARE(client.post(QStringLiteral("/v1/stop_%1/%2").arg(e.kind).arg(id)).status, 200);
        e.running = false;
    } else {
        QCOMPARE(client.del(QStringLiteral("/v1/delete_%1/%2").arg(e.kind).arg(id)).status, 200);
        expected.remove(id);
    }
}

void TestCrashRecovery::compareWithDaemon(RestClient &client, const QMap<qint64, Expected> &expected,
                                          const QString &uncertainName, qint64 uncertainId)
{
    QMap<qint64, QJsonObject> actual;
    for (const QString &kind : {QStringLiteral("rx"), QStringLiteral("tx")}) {
        const auto response = client.get(QStringLiteral("/v1/get_%1").arg(kind));
        QCOMPARE(response.status, 200);
        for (const QJsonValue &value : response.array()) {
            QJsonObject object = value.toObject();
            object.insert(QStringLiteral("kind"), kind);
            actual.insert(object.value(QStringLiteral("Id")).toInteger(), object);
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (it.key() == uncertainId)
            continue; // the change in flight at the kill may or may not have landed
        QVERIFY2(actual.contains(it.key()), qPrintable(QStringLiteral("acknowledged service %1 is gone").arg(it.key())));
        const QJsonObject &a = actual[it.key()];
        QCOMPARE(a.value(QStringLiteral("kind")).toString(), it->kind);
        QCOMPARE(a.value(QStringLiteral("ServiceName")).toString(), it->name);
        QCOMPARE(a.value(QStringLiteral("Latency")).toInt(), it->latency);
        QCOMPARE(a.value(QStringLiteral("Status")).toInt(), it->running ? 1 : 0);
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (expected.contains(it.key()) || it.key() == uncertainId)
            continue;
        QCOMPARE(it->value(QStringLiteral("ServiceName")).toString(), uncertainName); // only the add in flight
    }
}

void TestCrashRecovery::sigkillLosesNothingAcknowledged()
{
    QTemporaryDir dir;
    const int apiPort = nextPort();
    DaemonProcess daemon(dir.path(), apiPort, kPassword);
    QString error;
    QVERIFY2(daemon.start(&error), qPrintable(error));
    RestClient client{QUrl(daemon.baseUrl())};
    QCOMPARE(client.login(QStringLiteral("admin"), kPassword).status, 200);

    // A pair carrying traffic through every crash.
    const int srtPort = nextPort();
    const int udpIn = nextPort();
    const int udpOut = nextPort();
    const auto tx = client.post(QStringLiteral("/v1/add_tx"), txBody(QStringLiteral("pair-tx"), srtPort, udpIn, 120));
    const auto rx = client.post(QStringLiteral("/v1/add_rx"), rxBody(QStringLiteral("pair-rx"), srtPort, udpOut, 120));
    QCOMPARE(tx.status, 200);
    QCOMPARE(rx.status, 200);
    const qint64 txId = tx.object().value(QStringLiteral("Id")).toInteger();
    const qint64 rxId = rx.object().value(QStringLiteral("Id")).toInteger();
    QCOMPARE(client.post(QStringLiteral("/v1/start_tx/%1").arg(txId)).status, 200);
    QCOMPARE(client.post(QStringLiteral("/v1/start_rx/%1").arg(rxId)).status, 200);
    QMap<qint64, Expected> expected;
    expected.insert(txId, {QStringLiteral("tx"), QStringLiteral("pair-tx"), 120, true});
    expected.insert(rxId, {QStringLiteral("rx"), QStringLiteral("pair-rx"), 120, true});
    const QSet<qint64> pinned{txId, rxId};

    UdpSequenceReceiver receiver;
    QVERIFY(receiver.start(QStringLiteral("127.0.0.1"), udpOut));
    UdpSequenceSender::Options options;
    options.port = udpIn;
    options.mbps = 2;
    UdpSequenceSender sender(options);
    QVERIFY(sender.start());

    QNetworkAccessManager async;
    const int rounds = 20;
    for (int round = 0; round < rounds; ++round) {
        const int changes = 2 + int(m_random.bounded(6));
        for (int i = 0; i < changes; ++i) {
            randomChange(client, expected, pinned);
            if (QTest::currentTestFailed())
                return;
        }
        // One more change goes out and the daemon dies while it is in flight.
        const QString inFlightName = QStringLiteral("svc-%1").arg(++m_serial);
        QNetworkRequest request(QUrl(daemon.baseUrl() + QStringLiteral("/v1/add_tx")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + client.login(QStringLiteral("admin"), kPassword)
                                                              .object().value(QStringLiteral("jwt")).toString().toUtf8());
        QNetworkReply *reply = async.post(request, txBody(inFlightName, nextPort(), nextPort(), 300));
        QTest::qWait(int(m_random.bounded(15)));
        daemon.kill();
        reply->abort();
        reply->deleteLater();

        QCOMPARE(integrityOf(dir.filePath(QStringLiteral("srtdesk.sqlite"))), QStringLiteral("ok"));
        QVERIFY2(daemon.start(&error), qPrintable(error));
        QCOMPARE(client.login(QStringLiteral("admin"), kPassword).status, 200);
        compareWithDaemon(client, expected, inFlightName, -1);
        if (QTest::currentTestFailed())
            return;
        // Adopt the in-flight add if it landed, so the next round knows it.
        const auto all = client.get(QStringLiteral("/v1/get_tx"));
        for (const QJsonValue &value : all.array()) {
            const QJsonObject o = value.toObject();
            if (o.value(QStringLiteral("ServiceName")).toString() == inFlightName)
                expected.insert(o.value(QStringLiteral("Id")).toInteger(), {QStringLiteral("tx"), inFlightName, 300, false});
        }
    }
    // The pair came back every time and still carries traffic.
    QTRY_COMPARE_WITH_TIMEOUT(client.get(QStringLiteral("/v1/get_rx/%1").arg(rxId)).object().value(QStringLiteral("Connected")).toInt(),
                              1, 15000);
    const qint64 before = receiver.counts().received;
    QTRY_VERIFY_WITH_TIMEOUT(receiver.counts().received > before + 100, 10000);
    sender.stop();
    QVERIFY(daemon.terminate());
}

void TestCrashRecovery::sigtermKeepsDesiredState()
{
    QTemporaryDir dir;
    const int apiPort = nextPort();
    DaemonProcess daemon(dir.path(), apiPort, kPassword);
    QString error;
    QVERIFY2(daemon.start(&error), qPrintable(error));
    RestClient client{QUrl(daemon.baseUrl())};
    QCOMPARE(client.login(QStringLiteral("admin"), kPassword).status, 200);
    const auto running = client.post(QStringLiteral("/v1/add_tx"), txBody(QStringLiteral("on"), nextPort(), nextPort(), 200));
    const auto idle = client.post(QStringLiteral("/v1/add_tx"), txBody(QStringLiteral("off"), nextPort(), nextPort(), 200));
    const qint64 onId = running.object().value(QStringLiteral("Id")).toInteger();
    const qint64 offId = idle.object().value(QStringLiteral("Id")).toInteger();
    QCOMPARE(client.post(QStringLiteral("/v1/start_tx/%1").arg(onId)).status, 200);
    QVERIFY(daemon.terminate()); // SIGTERM: clean stop, exit code 0
    QVERIFY2(daemon.start(&error), qPrintable(error));
    QCOMPARE(client.login(QStringLiteral("admin"), kPassword).status, 200);
    QCOMPARE(client.get(QStringLiteral("/v1/get_tx/%1").arg(onId)).object().value(QStringLiteral("Status")).toInt(), 1);
    QCOMPARE(client.get(QStringLiteral("/v1/get_tx/%1").arg(offId)).object().value(QStringLiteral("Status")).toInt(), 0);
    QVERIFY(daemon.terminate());
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "TestCrashRecovery.moc"
