// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceManager over a real SQLite store and real libsrt relays on loopback.
#include "core/ServiceManager.h"
#include "core/engine/SrtRuntime.h"
#include "core/model/ServiceValidator.h"
#include "core/store/ServiceStore.h"
#include "tests/common/LoopbackServices.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace srtdesk;
using srtdesk::testing::rxCaller;
using srtdesk::testing::txListener;

namespace {

// Ports of this suite: 23000-23999, apart from the other suites' ranges.
int nextPort()
{
    static int port = 23000;
    return port += 2;
}

LinkState linkOf(const ServiceManager &manager, qint64 id)
{
    const auto status = manager.get(id);
    return status ? status->stats.state : LinkState::Disconnected;
}

} // namespace

class TestServiceManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addValidatesAndPersists();
    void addRefusesInvalidWithEveryField();
    void addRefusesConflicts();
    void updateAndRemove();
    void unknownIdsAreNotFound();
    void pairConnectsAndCarriesTraffic();
    void updateOfRunningServiceRestartsIt();
    void desiredStateSurvivesRestart();
    void bondingRefusedWithReason();
    void historyRecordsSamples();

private:
    std::unique_ptr<SrtRuntime> m_runtime;
};

void TestServiceManager::initTestCase()
{
    m_runtime = std::make_unique<SrtRuntime>();
}

void TestServiceManager::addValidatesAndPersists()
{
    QTemporaryDir dir;
    qint64 id = 0;
    {
        ServiceStore store;
        QVERIFY(store.open(dir.path()));
        ServiceManager manager(store, *m_runtime);
        QVERIFY(manager.load());
        QSignalSpy added(&manager, &ServiceManager::serviceAdded);
        const auto result = manager.add(txListener(QStringLiteral("  Studio A  "), 9001, 5001));
        QVERIFY2(result.ok(), qPrintable(result.message));
        id = result.id;
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toLongLong(), id);
        QCOMPARE(manager.get(id)->config.serviceName, QStringLiteral("Studio A"));
        QCOMPARE(manager.get(id)->running, false);
        QCOMPARE(manager.count(ServiceKind::Tx), 1);
        QCOMPARE(manager.count(ServiceKind::Rx), 0);
    }
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceManager manager(store, *m_runtime);
    QVERIFY(manager.load());
    QCOMPARE(manager.list(ServiceKind::Tx).size(), 1);
    QCOMPARE(manager.list().first().config.id, id);
}

void TestServiceManager::addRefusesInvalidWithEveryField()
{
    QTemporaryDir dir;
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceManager manager(store, *m_runtime);
    ServiceConfig bad = rxCaller(QString(), 0, 5000);
    bad.passPhrase = QStringLiteral("short");
    const auto result = manager.add(bad);
    QCOMPARE(result.error, ServiceManager::Error::Invalid);
    QStringList fields;
    for (const auto &e : result.fields)
        fields.append(e.field);
    QCOMPARE(fields, (QStringList{QStringLiteral("ServiceName"), QStringLiteral("ListenPort"), QStringLiteral("PassPhrase")}));
    QVERIFY(result.message.contains(QStringLiteral("PassPhrase")));
    QVERIFY(manager.list().isEmpty());
    QVERIFY(store.loadAll()->isEmpty()); // nothing stored
}

void TestServiceManager::addRefusesConflicts()
{
    QTemporaryDir dir;
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceManager manager(store, *m_runtime);
    QVERIFY(manager.add(txListener(QStringLiteral("one"), 9001, 5001)).ok());
    const auto sameName = manager.add(txListener(QStringLiteral("ONE"), 9002, 5002));
    QCOMPARE(sameName.error, ServiceManager::Error::Conflict);
    QCOMPARE(sameName.fields.first().field, QStringLiteral("ServiceName"));
    const auto samePort = manager.add(txListener(QStringLiteral("two"), 9001, 5002));
    QCOMPARE(samePort.error, ServiceManager::Error::Conflict);
    QCOMPARE(samePort.fields.first().field, QStringLiteral("ListenPort"));
    QCOMPARE(manager.list().size(), 1);
    QCOMPARE(store.loadAll()->size(), 1);
}

void TestServiceManager::updateAndRemove()
{
    QTemporaryDir dir;
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceManager manager(store, *m_runtime);
    const qint64 a = manager.add(rxCaller(QStringLiteral("a"), 7001, 5001)).id;
    const qint64 b = manager.add(rxCaller(QStringLiteral("b"), 7002, 5002)).id;
    QSignalSpy updated(&manager, &ServiceManager::serviceUpdated);
    QSignalSpy removed(&manager, &ServiceManager::serviceRemoved);

    ServiceConfig changed = *manager.config(a);
    changed.latency = 2000;
    changed.kind = ServiceKind::Tx; // the kind of a service never changes
    QVERIFY(manager.update(a, changed).ok());
    QCOMPARE(manager.config(a)->latency, 2000);
    QCOMPARE(manager.config(a)->kind, ServiceKind::Rx);
    QCOMPARE(updated.count(), 1);

    changed.serviceName = QStringLiteral("b"); // taken
    QCOMPARE(manager.update(a, changed).error, ServiceManager::Error::Conflict);
    changed.serviceName = QStringLiteral("a");
    changed.latency = 1;
    QCOMPARE(manager.update(a, changed).error, ServiceManager::Error::Invalid);
    QCOMPARE(manager.config(a)->latency, 2000); // unchanged by refused updates
    QCOMPARE(store.loadAll()->first().config.latency, 2000);

    QVERIFY(manager.remove(b).ok());
    QCOMPARE(removed.count(), 1);
    QVERIFY(!manager.get(b));
    QCOMPARE(store.loadAll()->size(), 1);
}

void TestServiceManager::unknownIdsAreNotFound()
{
    QTemporaryDir dir;
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceManager manager(store, *m_runtime);
    QCOMPARE(manager.start(99).error, ServiceManager::Error::NotFound);
    QCOMPARE(manager.stop(99).error, ServiceManager::Error::NotFound);
    QCOMPARE(manager.restart(99).error, ServiceManager::Error::NotFound);
    QCOMPARE(manager.remove(99).error, ServiceManager::Error::NotFound);
    QCOMPARE(manager.update(99, rxCaller(QStringLiteral("x"), 7000, 5000)).error, ServiceManager::Error::NotFound);
    QVERIFY(manager.start(99).message.contains(QStringLiteral("99")));
}

void TestServiceManager::pairConnectsAndCarriesTraffic()
{
    QTemporaryDir dir;
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceManager manager(store, *m_runtime);
    const int srtPort = nextPort();
    const int inPort = nextPort();
    const int outPort = nextPort();
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, quint16(outPort)));

    const qint64 tx = manager.add(txListener(QStringLiteral("tx"), srtPort, inPort)).id;
    const qint64 rx = manager.add(rxCaller(QStringLiteral("rx"), srtPort, outPort)).id;
    QSignalSpy stateChanged(&manager, &ServiceManager::serviceStateChanged);
    QVERIFY(manager.start(tx).ok());
    QVERIFY(manager.start(rx).ok());
    QVERIFY(manager.get(tx)->running);
    QTRY_COMPARE_WITH_TIMEOUT(linkOf(manager, rx), LinkState::Connected, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(linkOf(manager, tx), LinkState::Connected, 10000);
    QVERIFY(stateChanged.count() >= 2);
    QCOMPARE(manager.get(tx)->stats.linkId.size(), 10);

    QUdpSocket sender;
    int received = 0;
    int corrupted = 0;
    auto drain = [&] {
        while (receiver.hasPendingDatagrams()) {
            const QByteArray data = receiver.receiveDatagram().data();
            corrupted += data == QByteArray(1316, char('a' + received % 26)) ? 0 : 1;
            ++received;
        }
    };
    for (int i = 0; i < 200; ++i) {
        sender.writeDatagram(QByteArray(1316, char('a' + i % 26)), QHostAddress::LocalHost, quint16(inPort));
        QTest::qWait(2);
        drain();
    }
    QTRY_VERIFY_WITH_TIMEOUT((drain(), received >= 200), 5000);
    QCOMPARE(received, 200);
    QCOMPARE(corrupted, 0);
    QTRY_VERIFY_WITH_TIMEOUT(manager.get(rx)->stats.packets >= 200, 5000);

    QVERIFY(manager.stop(rx).ok());
    QVERIFY(!manager.get(rx)->running);
    QCOMPARE(manager.get(rx)->stats.state, LinkState::Disconnected);
    QVERIFY(manager.get(rx)->stats.linkId.isEmpty());
    QVERIFY(manager.remove(tx).ok()); // removing a running service stops it
    QVERIFY(!manager.get(tx));
}

void TestServiceManager::updateOfRunningServiceRestartsIt()
{
    QTemporaryDir dir;
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceManager manager(store, *m_runtime);
    const int srtPort = nextPort();
    const qint64 tx = manager.add(txListener(QStringLiteral("tx"), srtPort, nextPort())).id;
    QVERIFY(manager.start(tx).ok());
    QTRY_COMPARE_WITH_TIMEOUT(linkOf(manager, tx), LinkState::Waiting, 5000);
    const QString firstLink = manager.get(tx)->stats.linkId;
    ServiceConfig changed = *manager.config(tx);
    changed.listenPort = nextPort();
    const auto result = manager.update(tx, changed);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.message.contains(QStringLiteral("restarted")));
    QVERIFY(manager.get(tx)->running);
    QVERIFY(manager.get(tx)->stats.linkId != firstLink);

    // The new port is live: an RX calling it connects.
    const qint64 rx = manager.add(rxCaller(QStringLiteral("rx"), changed.listenPort, nextPort())).id;
    QVERIFY(manager.start(rx).ok());
    QTRY_COMPARE_WITH_TIMEOUT(linkOf(manager, rx), LinkState::Connected, 10000);
}

void TestServiceManager::desiredStateSurvivesRestart()
{
    QTemporaryDir dir;
    const int srtPort = nextPort();
    qint64 running = 0;
    qint64 stopped = 0;
    {
        ServiceStore store;
        QVERIFY(store.open(dir.path()));
        ServiceManager manager(store, *m_runtime);
        running = manager.add(txListener(QStringLiteral("running"), srtPort, nextPort())).id;
        stopped = manager.add(txListener(QStringLiteral("stopped"), nextPort(), nextPort())).id;
        QVERIFY(manager.start(running).ok());
        QVERIFY(manager.start(stopped).ok());
        QVERIFY(manager.stop(stopped).ok());
        manager.shutdown(); // as on SIGTERM: links stop, desired states stay
        QVERIFY(!manager.get(running)->running);
    }
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceManager manager(store, *m_runtime);
    QVERIFY(manager.load());
    manager.resumeDesired();
    QVERIFY(manager.get(running)->running);
    QVERIFY(!manager.get(stopped)->running);
    QTRY_COMPARE_WITH_TIMEOUT(linkOf(manager, running), LinkState::Waiting, 5000);
}

void TestServiceManager::bondingRefusedWithReason()
{
    QTemporaryDir dir;
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceManager manager(store, *m_runtime);
    ServiceConfig bonded = rxCaller(QStringLiteral("bonded"), nextPort(), nextPort());
    bonded.groupConnect = true;
    bonded.groupIp1 = QStringLiteral("127.0.0.1");
    bonded.groupIp2 = QStringLiteral("127.0.0.2");
    const qint64 id = manager.add(bonded).id;
    QVERIFY(id > 0);
    const auto result = manager.start(id);
    if (m_runtime->bondingSupported()) {
        // The bonding build (SRTDESK_BONDED_LIBSRT): the group service runs.
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(manager.get(id)->running);
        QVERIFY(manager.bondingUnavailableReason().isEmpty());
        return;
    }
    QCOMPARE(result.error, ServiceManager::Error::Engine);
    QVERIFY2(result.message.contains(QStringLiteral("bonding"), Qt::CaseInsensitive), qPrintable(result.message));
    QVERIFY(result.message.contains(QStringLiteral("SRTDESK_BONDED_LIBSRT")));
    QCOMPARE(result.message, manager.bondingUnavailableReason());
    QVERIFY(!manager.get(id)->running);
    QCOMPARE(manager.get(id)->stats.lastError, result.message);
    QCOMPARE(store.loadAll()->first().desiredRunning, false); // a refused start is not remembered
}

void TestServiceManager::historyRecordsSamples()
{
    QTemporaryDir dir;
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceManager manager(store, *m_runtime);
    manager.setStatsIntervalMs(100);
    const qint64 tx = manager.add(txListener(QStringLiteral("tx"), nextPort(), nextPort())).id;
    QVERIFY(manager.start(tx).ok());
    QSignalSpy sampled(&manager, &ServiceManager::statisticsUpdated);
    QTRY_VERIFY_WITH_TIMEOUT(sampled.count() >= 5, 5000);
    const auto points = manager.history(tx, 60000);
    QVERIFY(points.size() >= 5);
    for (int i = 1; i < points.size(); ++i)
        QVERIFY(points[i].msecsSinceEpoch >= points[i - 1].msecsSinceEpoch);
    QVERIFY(manager.history(tx, 0).size() <= 1 + 1);
    QVERIFY(manager.history(12345, 60000).isEmpty());
}

QTEST_GUILESS_MAIN(TestServiceManager)
#include "TestServiceManager.moc"
