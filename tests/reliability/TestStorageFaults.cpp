// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk and a read-only data directory under the real srtdeskd: clear errors over the
// API, nothing already stored is lost, and a full disk never stops relaying (events wait in
// memory for the history file). Uses a small tmpfs (needs root, as the set-up does).
#include "DaemonProcess.h"

#include "tests/rest/RestClient.h"
#include "tests/tools/UdpSequenceReceiver.h"
#include "tests/tools/UdpSequenceSender.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk::test;

namespace {

const QString kPassword = QStringLiteral("storage-test-password");

int runCommand(const QString &program, const QStringList &arguments)
{
    return QProcess::execute(program, arguments);
}

QByteArray txBody(int index)
{
    return QStringLiteral(R"({"ServiceName": "svc-%1", "Mode": "listener", "ListenPort": %2, "UdpIn": "127.0.0.1:%3",
        "Latency": 200, "PassPhrase": "", "FEC": 0})")
        .arg(index)
        .arg(29700 + 2 * index)
        .arg(29701 + 2 * index)
        .toUtf8();
}

// Fills the file system of `path` to the last byte.
bool fillDisk(const QString &path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(64 * 1024, 'f');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    const QByteArray small(512, 'f');
    while (filler.write(small) == small.size() && filler.flush()) {
    }
    return true;
}

QList<qint64> eventIdsSince(RestClient &client, const QString &since)
{
    QList<qint64> ids;
    for (const QJsonValue &event : client.get(QStringLiteral("/v1/events?since=%1&limit=10000").arg(since)).array())
        ids.append(event.toObject().value(QStringLiteral("Id")).toInteger());
    return ids;
}

QStringList namesOf(RestClient &client)
{
    QStringList names;
    for (const QJsonValue &v : client.get(QStringLiteral("/v1/get_tx")).array())
        names.append(v.toObject().value(QStringLiteral("ServiceName")).toString());
    return names;
}

} // namespace

class TestStorageFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullDiskRefusesCleanlyAndLosesNothing();
    void readOnlyDataDirRefusesCleanlyAndLosesNothing();
    void fullDiskNeverStopsRelaying();

private:
    QTemporaryDir m_root;
    QString m_mount;
};

void TestStorageFaults::initTestCase()
{
    m_mount = m_root.filePath(QStringLiteral("mnt"));
    QVERIFY(QDir().mkpath(m_mount));
    QVERIFY2(runCommand(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                  QStringLiteral("size=3m"), QStringLiteral("tmpfs"), m_mount})
                 == 0,
             "this test mounts a small tmpfs and needs root, as scripts/setup does");
}

void TestStorageFaults::cleanupTestCase()
{
    runCommand(QStringLiteral("umount"), {m_mount});
}

void TestStorageFaults::fullDiskRefusesCleanlyAndLosesNothing()
{
    const QString dataDir = m_mount + QStringLiteral("/full");
    DaemonProcess daemon(dataDir, 29690, kPassword);
    QString error;
    QVERIFY2(daemon.start(&error), qPrintable(error));
    RestClient client{QUrl(daemon.baseUrl())};
    QCOMPARE(client.login(QStringLiteral("admin"), kPassword).status, 200);
    QStringList acknowledged;
    QCOMPARE(client.post(QStringLiteral("/v1/add_tx"), txBody(0)).status, 200);
    acknowledged.append(QStringLiteral("svc-0"));

    // Fill the file system to the last byte.
    QVERIFY(fillDisk(m_mount + QStringLiteral("/filler")));

    // SQLite may still have room in pages it holds; keep adding until the disk says no.
    RestClient::Response refused;
    for (int i = 1; i < 200; ++i) {
        const auto response = client.post(QStringLiteral("/v1/add_tx"), txBody(i));
        if (response.status == 200) {
            acknowledged.append(QStringLiteral("svc-%1").arg(i));
            continue;
        }
        refused = response;
        break;
    }
    QVERIFY2(refused.status >= 500, refused.body.constData());
    const QString message = refused.object().value(QStringLiteral("error")).toString();
    QVERIFY2(message.contains(QStringLiteral("full"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(daemon.isRunning());
    QCOMPARE(namesOf(client), acknowledged);

    daemon.kill();
    QVERIFY(QFile::remove(m_mount + QStringLiteral("/filler")));
    QVERIFY2(daemon.start(&error), qPrintable(error));
    QCOMPARE(client.login(QStringLiteral("admin"), kPassword).status, 200);
    QCOMPARE(namesOf(client), acknowledged);
    QCOMPARE(client.post(QStringLiteral("/v1/add_tx"), txBody(500)).status, 200);
    QVERIFY(daemon.terminate());
}

void TestStorageFaults::readOnlyDataDirRefusesCleanlyAndLosesNothing()
{
    // A data directory that turned read-only while the daemon was down (a remounted disk):
    // it must not start as if empty; it must say why, and the data must be intact after.
    const QString dataDir = m_mount + QStringLiteral("/readonly");
    {
        DaemonProcess daemon(dataDir, 29691, kPassword);
        QString error;
        QVERIFY2(daemon.start(&error), qPrintable(error));
        RestClient client{QUrl(daemon.baseUrl())};
        QCOMPARE(client.login(QStringLiteral("admin"), kPassword).status, 200);
        QCOMPARE(client.post(QStringLiteral("/v1/add_tx"), txBody(600)).status, 200);
        QVERIFY(daemon.terminate());
    }
    QCOMPARE(runCommand(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mount}), 0);
    QProcess refused;
    refused.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SRTDESK_ADMIN_PASSWORD"), kPassword);
    refused.setProcessEnvironment(env);
    refused.start(QStringLiteral(SRTDESK_TEST_BIN_DIR "/srtdeskd"),
                  {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--api-port"), QStringLiteral("29692")});
    const bool finished = refused.waitForFinished(15000);
    const QString output = QString::fromUtf8(refused.readAll());
    QCOMPARE(runCommand(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,rw"), m_mount}), 0);
    QVERIFY2(finished, "srtdeskd kept running on a read-only data directory");
    QVERIFY2(refused.exitCode() != 0, qPrintable(output));
    QVERIFY2(output.contains(dataDir) && (output.contains(QStringLiteral("read-only"), Qt::CaseInsensitive)
                                          || output.contains(QStringLiteral("readonly"), Qt::CaseInsensitive)
                                          || output.contains(QStringLiteral("permission"), Qt::CaseInsensitive)),
             qPrintable(output));

    DaemonProcess daemon(dataDir, 29693, kPassword);
    QString error;
    QVERIFY2(daemon.start(&error), qPrintable(error));
    RestClient client{QUrl(daemon.baseUrl())};
    QCOMPARE(client.login(QStringLiteral("admin"), kPassword).status, 200);
    QCOMPARE(namesOf(client), QStringList{QStringLiteral("svc-600")});
    QVERIFY(daemon.terminate());
}

// The history writer cannot write (the disk is full), the services database cannot either: the
// pair keeps relaying every datagram, the API answers, events are listed from memory, and
// once there is room again they reach the file and survive a restart.
void TestStorageFaults::fullDiskNeverStopsRelaying()
{
    using srtdesk::testtools::UdpSequenceReceiver;
    using srtdesk::testtools::UdpSequenceSender;
    // Ports: 39500-39599.
    const QString dataDir = m_mount + QStringLiteral("/relaying");
    DaemonProcess daemon(dataDir, 39500, kPassword);
    QString error;
    QVERIFY2(daemon.start(&error), qPrintable(error));
    RestClient client{QUrl(daemon.baseUrl())};
    QCOMPARE(client.login(QStringLiteral("admin"), kPassword).status, 200);
    const auto add = [&](const char *kind, const QString &body) {
        return client.post(QStringLiteral("/v1/add_%1").arg(QLatin1String(kind)), body.toUtf8())
            .object()
            .value(QStringLiteral("Id"))
            .toInteger();
    };
    const qint64 tx = add("tx", QStringLiteral(R"({"ServiceName": "tx", "Mode": "listener", "ListenPort": 39502,
                                                   "UdpIn": "127.0.0.1:39503", "Latency": 120})"));
    const qint64 rx = add("rx", QStringLiteral(R"({"ServiceName": "rx", "Mode": "caller", "TxIp": "127.0.0.1",
                                                   "ListenPort": 39502, "UdpOut": "127.0.0.1:39504", "Latency": 120})"));
    // A third service, restarted over and over while the disk is full: events without a write
    // to the services database.
    const qint64 spare = add("tx", QStringLiteral(R"({"ServiceName": "spare", "Mode": "listener", "ListenPort": 39506,
                                                      "UdpIn": "127.0.0.1:39507"})"));
    QVERIFY(tx > 0 && rx > 0 && spare > 0);
    UdpSequenceReceiver output;
    QVERIFY2(output.start(QStringLiteral("127.0.0.1"), 39504, &error), qPrintable(error));
    UdpSequenceSender::Options options;
    options.port = 39503;
    options.mbps = 2.0;
    UdpSequenceSender sender(options);
    QVERIFY2(sender.start(&error), qPrintable(error));
    for (const auto &[kind, id] : {std::pair{"tx", tx}, {"rx", rx}, {"tx", spare}})
        QCOMPARE(client.post(QStringLiteral("/v1/start_%1/%2").arg(QLatin1String(kind)).arg(id)).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(output.counts().received > 200, 15000);

    QVERIFY(fillDisk(m_mount + QStringLiteral("/filler")));
    const QString fullSince = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // Restart the spare service until the history writer says it cannot write (it may still
    // find room in pages SQLite holds for a while).
    QByteArray log;
    QElapsedTimer waiting;
    waiting.start();
    int restarts = 0;
    while (!log.contains("cannot write the history file") && waiting.elapsed() < 60000) {
        QCOMPARE(client.post(QStringLiteral("/v1/restart_tx/%1").arg(spare)).status, 200);
        ++restarts;
        QTest::qWait(500);
        log += daemon.output();
    }
    QVERIFY2(log.contains("cannot write the history file"), log.constData());

    // Relaying goes on: five seconds of traffic, every datagram out.
    output.reset(sender.nextSequence());
    const qint64 sentBefore = sender.sent();
    QTest::qWait(5000);
    const qint64 sent = sender.sent() - sentBefore;
    const auto counts = output.counts();
    qInfo() << "while the disk was full:" << sent << "datagrams sent," << counts.unique << "relayed," << counts.missing
            << "missing";
    QVERIFY2(sent > 500, qPrintable(QString::number(sent)));
    QVERIFY2(counts.unique >= sent - 200, qPrintable(QString::number(counts.unique))); // the last 200 ms may be in flight
    QCOMPARE(counts.missing, 0);
    QVERIFY(daemon.isRunning());

    // The events of the full-disk period are listed (from memory).
    const QList<qint64> fullEvents = eventIdsSince(client, fullSince);
    QVERIFY2(fullEvents.size() >= 2 * restarts, qPrintable(QString::number(fullEvents.size()))); // stopped, started

    // Room again: they reach the file (at the latest when srtdeskd stops), and outlive a restart.
    QVERIFY(QFile::remove(m_mount + QStringLiteral("/filler")));
    sender.stop();
    QVERIFY(daemon.terminate());
    QVERIFY2(daemon.start(&error), qPrintable(error));
    QCOMPARE(client.login(QStringLiteral("admin"), kPassword).status, 200);
    const QList<qint64> afterRestart = eventIdsSince(client, fullSince);
    for (const qint64 id : fullEvents)
        QVERIFY2(afterRestart.contains(id), qPrintable(QString::number(id)));
    QVERIFY(daemon.terminate());
}

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "TestStorageFaults.moc"
