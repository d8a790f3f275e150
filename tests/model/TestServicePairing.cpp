// SPDX-License-Identifier: GPL-3.0-or-later
// ServicePairing: which services of one instance carry the same stream, from their
// configurations, and the order that keeps each group together along the stream.
#include "core/model/ServicePairing.h"

#include <QTest>

using namespace srtdesk;

namespace {

ServiceConfig service(qint64 id, ServiceKind kind, SrtMode mode, const QString &peer, int port, const QString &udp)
{
    ServiceConfig c = ServiceConfig::defaults(kind);
    c.id = id;
    c.serviceName = QStringLiteral("service %1").arg(id);
    c.mode = mode;
    c.peerIp = peer;
    c.listenPort = port;
    c.udpAddress = udp;
    return c;
}

const QList<QHostAddress> kLocal = {QHostAddress(QStringLiteral("192.0.2.10"))};

} // namespace

class TestServicePairing : public QObject
{
    Q_OBJECT

private slots:
    void callerOfALocalListenerPairs();
    void remoteOrOtherPortDoesNot();
    void udpHandOverChains();
    void bindAddressMustAccept();
    void rendezvousOnThisMachine();
    void orderKeepsGroupsTogether();
    void manyServicesStayFast();
};

void TestServicePairing::callerOfALocalListenerPairs()
{
    // TX listener 9000 fed by UDP; RX 2 calls it on loopback, RX 3 on this machine's own address.
    const QList<ServiceConfig> configs = {
        service(1, ServiceKind::Tx, SrtMode::Listener, {}, 9000, QStringLiteral("127.0.0.1:5000")),
        service(2, ServiceKind::Rx, SrtMode::Caller, QStringLiteral("127.0.0.1"), 9000, QStringLiteral("127.0.0.1:6000")),
        service(3, ServiceKind::Rx, SrtMode::Caller, QStringLiteral("192.0.2.10"), 9000, QStringLiteral("127.0.0.1:6001")),
        // An RX listener that a TX caller reaches through "localhost".
        service(4, ServiceKind::Rx, SrtMode::Listener, {}, 9100, QStringLiteral("127.0.0.1:6002")),
        service(5, ServiceKind::Tx, SrtMode::Caller, QStringLiteral("localhost"), 9100, QStringLiteral("127.0.0.1:5001")),
    };
    const ServicePairing pairing = ServicePairing::of(configs, kLocal);
    QCOMPARE(pairing.links().size(), 3);
    QCOMPARE(pairing.partnersOf(1), (QList<qint64>{2, 3}));
    QCOMPARE(pairing.partnersOf(4), QList<qint64>{5});
    for (const ServicePairing::Link &link : pairing.links()) {
        QCOMPARE(link.via, ServicePairing::Via::Srt);
        QVERIFY2(link.from == 1 || link.from == 5, "the stream leaves the TX");
    }
    QCOMPARE(pairing.groupOf(3), qint64(1));
    QCOMPARE(pairing.groupOf(5), qint64(4));
}

void TestServicePairing::remoteOrOtherPortDoesNot()
{
    const QList<ServiceConfig> configs = {
        service(1, ServiceKind::Tx, SrtMode::Listener, {}, 9000, QStringLiteral("127.0.0.1:5000")),
        service(2, ServiceKind::Rx, SrtMode::Caller, QStringLiteral("198.51.100.7"), 9000, QStringLiteral("127.0.0.1:6000")),
        service(3, ServiceKind::Rx, SrtMode::Caller, QStringLiteral("127.0.0.1"), 9001, QStringLiteral("127.0.0.1:6001")),
        // Two TX never pair with each other, whatever their ports.
        service(4, ServiceKind::Tx, SrtMode::Caller, QStringLiteral("127.0.0.1"), 9000, QStringLiteral("127.0.0.1:5002")),
    };
    const ServicePairing pairing = ServicePairing::of(configs, kLocal);
    QVERIFY(pairing.links().isEmpty());
    QCOMPARE(pairing.order(), (QList<qint64>{1, 2, 3, 4}));
    QCOMPARE(pairing.groupOf(2), qint64(2));
}

void TestServicePairing::udpHandOverChains()
{
    // RX 1 receives over SRT and writes UDP 127.0.0.1:7000, which TX 2 reads (as 0.0.0.0:7000);
    // RX 3 writes multicast 239.1.1.1:7100, which TX 4 joins.
    const QList<ServiceConfig> configs = {
        service(1, ServiceKind::Rx, SrtMode::Listener, {}, 9200, QStringLiteral("127.0.0.1:7000")),
        service(2, ServiceKind::Tx, SrtMode::Caller, QStringLiteral("198.51.100.7"), 9300, QStringLiteral("0.0.0.0:7000")),
        service(3, ServiceKind::Rx, SrtMode::Listener, {}, 9201, QStringLiteral("239.1.1.1:7100")),
        service(4, ServiceKind::Tx, SrtMode::Caller, QStringLiteral("198.51.100.8"), 9301, QStringLiteral("239.1.1.1:7100")),
        // Same port, another group: no hand-over.
        service(5, ServiceKind::Tx, SrtMode::Caller, QStringLiteral("198.51.100.9"), 9302, QStringLiteral("239.1.1.2:7100")),
    };
    const ServicePairing pairing = ServicePairing::of(configs, kLocal);
    QCOMPARE(pairing.links().size(), 2);
    QCOMPARE(pairing.links().at(0).from, qint64(1));
    QCOMPARE(pairing.links().at(0).to, qint64(2));
    QCOMPARE(pairing.links().at(0).via, ServicePairing::Via::Udp);
    QCOMPARE(pairing.partnersOf(3), QList<qint64>{4});
    QVERIFY(pairing.partnersOf(5).isEmpty());
}

void TestServicePairing::bindAddressMustAccept()
{
    // A listener bound to 127.0.0.2 is not reached by a call to 127.0.0.1.
    ServiceConfig tx = service(1, ServiceKind::Tx, SrtMode::Listener, {}, 9000, QStringLiteral("127.0.0.1:5000"));
    tx.bindIp = QStringLiteral("127.0.0.2");
    const ServiceConfig rx = service(2, ServiceKind::Rx, SrtMode::Caller, QStringLiteral("127.0.0.1"), 9000,
                                     QStringLiteral("127.0.0.1:6000"));
    QVERIFY(ServicePairing::of({tx, rx}, kLocal).links().isEmpty());
    tx.bindIp = QStringLiteral("127.0.0.1");
    QCOMPARE(ServicePairing::of({tx, rx}, kLocal).links().size(), 1);
}

void TestServicePairing::rendezvousOnThisMachine()
{
    const ServiceConfig tx = service(1, ServiceKind::Tx, SrtMode::Rendezvous, QStringLiteral("127.0.0.2"), 9400,
                                     QStringLiteral("127.0.0.1:5000"));
    const ServiceConfig rx = service(2, ServiceKind::Rx, SrtMode::Rendezvous, QStringLiteral("127.0.0.1"), 9400,
                                     QStringLiteral("127.0.0.1:6000"));
    const ServicePairing pairing = ServicePairing::of({rx, tx}, kLocal);
    QCOMPARE(pairing.links().size(), 1);
    QCOMPARE(pairing.links().first().from, qint64(1));
    // A caller does not meet a rendezvous peer.
    ServiceConfig caller = rx;
    caller.mode = SrtMode::Caller;
    QVERIFY(ServicePairing::of({caller, tx}, kLocal).links().isEmpty());
}

void TestServicePairing::orderKeepsGroupsTogether()
{
    // Ids as an operator creates them: unrelated services between the two ends of each pair.
    const QList<ServiceConfig> configs = {
        service(1, ServiceKind::Rx, SrtMode::Caller, QStringLiteral("127.0.0.1"), 9000, QStringLiteral("127.0.0.1:7000")),
        service(2, ServiceKind::Rx, SrtMode::Caller, QStringLiteral("198.51.100.7"), 9500, QStringLiteral("127.0.0.1:6000")),
        service(3, ServiceKind::Tx, SrtMode::Listener, {}, 9600, QStringLiteral("127.0.0.1:5500")),
        service(4, ServiceKind::Tx, SrtMode::Listener, {}, 9000, QStringLiteral("127.0.0.1:5000")),
        service(5, ServiceKind::Tx, SrtMode::Caller, QStringLiteral("198.51.100.8"), 9700, QStringLiteral("127.0.0.1:7000")),
    };
    // TX 4 feeds RX 1 over SRT, RX 1 hands on to TX 5 over UDP: one group, in stream order,
    // placed where its smallest id is.
    const ServicePairing pairing = ServicePairing::of(configs, kLocal);
    QCOMPARE(pairing.order(), (QList<qint64>{4, 1, 5, 2, 3}));
    QCOMPARE(pairing.groupOf(5), qint64(1));
    QCOMPARE(pairing.groupOf(4), qint64(1));
}

void TestServicePairing::manyServicesStayFast()
{
    // 1 000 services in 500 pairs: every pair found, each pair adjacent in the order.
    QList<ServiceConfig> configs;
    for (int i = 0; i < 500; ++i) {
        configs.append(service(2 * i + 1, ServiceKind::Tx, SrtMode::Listener, {}, 10000 + i,
                               QStringLiteral("127.0.0.1:%1").arg(20000 + i)));
        configs.append(service(2 * i + 2, ServiceKind::Rx, SrtMode::Caller, QStringLiteral("127.0.0.1"), 10000 + i,
                               QStringLiteral("127.0.0.1:%1").arg(40000 + i)));
    }
    const ServicePairing pairing = ServicePairing::of(configs, kLocal);
    QCOMPARE(pairing.links().size(), 500);
    QCOMPARE(pairing.order().size(), 1000);
    for (int i = 0; i < 1000; i += 2)
        QCOMPARE(pairing.partnersOf(pairing.order().at(i)), QList<qint64>{pairing.order().at(i + 1)});
}

QTEST_GUILESS_MAIN(TestServicePairing)
#include "TestServicePairing.moc"
