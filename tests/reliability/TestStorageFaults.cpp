// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk and a read-only data directory under the real srtdeskd: clear errors over the
// API, and nothing already stored is lost. Uses a small tmpfs (needs root, as the set-up does).
#include "DaemonProcess.h"

#include "tests/rest/RestClient.h"

#include <QDir>
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
    QFile filler(m_mount + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'f');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    const QByteArray small(512, 'f');
    while (filler.write(small) == small.size() && filler.flush()) {
    }
    filler.close();

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

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "TestStorageFaults.moc"
