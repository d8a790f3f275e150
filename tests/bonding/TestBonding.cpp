// SPDX-License-Identifier: GPL-3.0-or-later
// Bonding (libsrt socket groups) with the bonding build of libsrt (SRTDESK_BONDED_LIBSRT=ON):
// a TX listener with GroupConnect=1 and an RX that connects a group over two paths.
// Traffic is counted end to end by the sequence-numbered sender and receiver. The two paths
// are 127.0.0.1 and 127.0.0.2 on one port, each through its own impairment proxy to the TX,
// so that one can be cut (blackout) while the other carries on. (Without the proxies, a TX
// listening on 0.0.0.0 answers the 127.0.0.2 path from 127.0.0.1 and that path never connects.)
#include "ImpairmentProxy.h"

#include "core/engine/RelayEngine.h"
#include "core/engine/RelayWorker.h"
#include "core/engine/SrtRuntime.h"
#include "tests/tools/UdpSequenceReceiver.h"
#include "tests/tools/UdpSequenceSender.h"

#include <QElapsedTimer>
#include <QTest>

#include <chrono>
#include <functional>
#include <memory>
#include <thread>

using namespace srtdesk;
using srtdesk::test::ImpairmentProxy;
using srtdesk::testtools::UdpSequenceReceiver;
using srtdesk::testtools::UdpSequenceSender;

namespace {

// Ports of this suite: 29000-29499.
int nextPort()
{
    static int port = 29000;
    return port += 3;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return condition();
        QTest::qWait(20);
    }
    return true;
}

bool isConnected(const RelayWorker &worker)
{
    return worker.snapshot().state == LinkState::Connected;
}

// Watches the receiver's unique count every few milliseconds and keeps the longest stretch
// without a new datagram: the gap the output saw.
class GapMeter
{
public:
    explicit GapMeter(const UdpSequenceReceiver &receiver) : m_receiver(receiver) {}

    // Watches for `durationMs`; returns the longest gap in ms.
    qint64 watch(int durationMs)
    {
        QElapsedTimer timer;
        timer.start();
        qint64 last = m_receiver.counts().unique;
        qint64 lastChange = 0;
        qint64 longest = 0;
        while (timer.elapsed() < durationMs) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            const qint64 unique = m_receiver.counts().unique;
            const qint64 now = timer.elapsed();
            if (unique != last) {
                longest = std::max(longest, now - lastChange);
                last = unique;
                lastChange = now;
            }
        }
        return std::max(longest, timer.elapsed() - lastChange);
    }

private:
    const UdpSequenceReceiver &m_receiver;
};

// A TX listener (GroupConnect 1) on 127.0.0.1:srtPort and an RX (GroupConnect 1) calling
// 127.0.0.1:groupPort (primary, weight 60) and 127.0.0.2:groupPort (secondary, weight 40),
// where two impairment proxies forward to the TX.
struct GroupPair
{
    int srtPort = nextPort();   // the TX listener
    int groupPort = nextPort(); // the port the RX calls on GroupIp1 and GroupIp2
    int udpIn = nextPort();
    int udpOut = nextPort();
    ServiceConfig tx = ServiceConfig::defaults(ServiceKind::Tx);
    ServiceConfig rx = ServiceConfig::defaults(ServiceKind::Rx);
    ImpairmentProxy primary{groupPort, "127.0.0.1", srtPort, 1};
    ImpairmentProxy secondary{groupPort, "127.0.0.1", srtPort, 2};

    explicit GroupPair(GroupType type)
    {
        tx.serviceName = QStringLiteral("bond-tx-%1").arg(srtPort);
        tx.mode = SrtMode::Listener;
        tx.listenPort = srtPort;
        tx.bindIp = QStringLiteral("127.0.0.1");
        tx.udpAddress = QStringLiteral("127.0.0.1:%1").arg(udpIn);
        tx.latency = 200;
        tx.groupConnect = true;
        rx.serviceName = QStringLiteral("bond-rx-%1").arg(srtPort);
        rx.mode = SrtMode::Caller;
        rx.listenPort = groupPort;
        rx.udpAddress = QStringLiteral("127.0.0.1:%1").arg(udpOut);
        rx.latency = 200;
        rx.groupConnect = true;
        rx.groupType = type;
        rx.groupIp1 = QStringLiteral("127.0.0.1");
        rx.groupIp2 = QStringLiteral("127.0.0.2");
        rx.ip1Weight = 60; // path 1 is the primary of a backup group
        rx.ip2Weight = 40;
        primary.setListenHost("127.0.0.1");
        secondary.setListenHost("127.0.0.2");
    }

    bool startProxies(std::string *error) { return primary.start(error) && secondary.start(error); }
    // Each path has carried traffic both ways (handshake at least).
    bool bothPathsUp()
    {
        return primary.counters(ImpairmentProxy::UpstreamToClient).forwarded > 0
               && secondary.counters(ImpairmentProxy::UpstreamToClient).forwarded > 0;
    }
};

// After `measured` datagrams: one more second of them (the trailer), then wait until every
// measured one has arrived (or 3 s passed). The trailer keeps the measured part from being the
// end of the stream: a stream that simply stops was seen (in CI) to leave its last ~100 ms in a
// backup group's buffers, which is not what these tests are about (a live source never stops).
void sendTrailerAndWait(int port, double mbps, qint64 measured, const UdpSequenceReceiver &receiver)
{
    UdpSequenceSender::Options options;
    options.port = port;
    options.mbps = mbps;
    options.firstSequence = std::uint64_t(measured);
    options.durationMs = 1000;
    UdpSequenceSender trailer(options);
    trailer.start();
    trailer.wait();
    waitFor([&] { return receiver.counts().highest >= measured - 1 && receiver.counts().missing == 0; }, 3000);
}

// Sends `durationMs` of measured traffic, then the trailer. Returns the number of measured datagrams.
qint64 sendWithTrailer(int port, double mbps, int durationMs, const UdpSequenceReceiver &receiver)
{
    UdpSequenceSender::Options options;
    options.port = port;
    options.mbps = mbps;
    options.durationMs = durationMs;
    UdpSequenceSender sender(options);
    if (!sender.start())
        return -1;
    sender.wait();
    sendTrailerAndWait(port, mbps, sender.sent(), receiver);
    return sender.sent();
}

} // namespace

class TestBonding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupGroupCarriesTraffic();
    void broadcastGroupCarriesTrafficOverBothPaths();
    void primaryCutFailsOverToSecondaryWithinOneSecond();
    void primaryReturningTakesOverAgain();
    void groupRxWithUnreachablePathsReportsWhy();

private:
    std::unique_ptr<SrtRuntime> m_runtime;
    std::unique_ptr<RelayEngine> m_engine;
};

void TestBonding::initTestCase()
{
    m_runtime = std::make_unique<SrtRuntime>();
    m_engine = std::make_unique<RelayEngine>(*m_runtime, 2);
    if (!m_runtime->bondingSupported())
        QFAIL(qPrintable(QStringLiteral("this test needs the bonding build (SRTDESK_BONDED_LIBSRT=ON): ")
                         + m_runtime->bondingUnavailableReason()));
}

void TestBonding::backupGroupCarriesTraffic()
{
    GroupPair pair(GroupType::Backup);
    std::string proxyError;
    QVERIFY2(pair.startProxies(&proxyError), proxyError.c_str());
    RelayWorker tx(pair.tx, *m_engine);
    RelayWorker rx(pair.rx, *m_engine);
    tx.setStatsIntervalMs(200);
    rx.setStatsIntervalMs(200);
    UdpSequenceReceiver receiver;
    QString error;
    QVERIFY2(receiver.start(QStringLiteral("127.0.0.1"), pair.udpOut, &error), qPrintable(error));
    tx.start();
    rx.start();
    QVERIFY2(waitFor([&] { return isConnected(tx) && isConnected(rx); }, 10000),
             qPrintable(rx.snapshot().lastError + QLatin1Char('|') + tx.snapshot().lastError));
    QVERIFY2(waitFor([&] { return pair.bothPathsUp(); }, 5000), "both paths join the group");
    QTest::qWait(500); // let the group settle on its active path (seen once: loss when sending at once, under load)

    const qint64 sent = sendWithTrailer(pair.udpIn, 5, 3000, receiver);
    QTest::qWait(400); // one more statistics sample
    qInfo() << "sent" << sent << "unique" << receiver.counts().unique << "missing" << receiver.counts().missing;

    const auto counts = receiver.counts();
    QVERIFY2(counts.highest >= sent - 1, qPrintable(QString::number(counts.highest)));
    QCOMPARE(counts.missing, 0);
    QCOMPARE(counts.duplicates, 0);
    QCOMPARE(counts.outOfOrder, 0);
    QCOMPARE(counts.corrupted, 0);

    const LinkStats rxStats = rx.snapshot();
    const LinkStats txStats = tx.snapshot();
    qInfo() << "backup RX: packets" << rxStats.packets << "unique" << rxStats.packetsUnique << "rtt"
            << rxStats.linkRtt << "| TX: packets" << txStats.packets << "unique" << txStats.packetsUnique;
    QCOMPARE(rxStats.state, LinkState::Connected);
    QVERIFY(rxStats.packets >= sent);
    QVERIFY(rxStats.packetsUnique >= sent);
    QVERIFY(txStats.packets >= sent);
    QVERIFY(rxStats.bytes > 0);
    tx.stop();
    rx.stop();
}

void TestBonding::broadcastGroupCarriesTrafficOverBothPaths()
{
    GroupPair pair(GroupType::Broadcast);
    std::string proxyError;
    QVERIFY2(pair.startProxies(&proxyError), proxyError.c_str());
    RelayWorker tx(pair.tx, *m_engine);
    RelayWorker rx(pair.rx, *m_engine);
    tx.setStatsIntervalMs(200);
    rx.setStatsIntervalMs(200);
    UdpSequenceReceiver receiver;
    QString error;
    QVERIFY2(receiver.start(QStringLiteral("127.0.0.1"), pair.udpOut, &error), qPrintable(error));
    tx.start();
    rx.start();
    QVERIFY2(waitFor([&] { return isConnected(tx) && isConnected(rx); }, 10000),
             qPrintable(rx.snapshot().lastError + QLatin1Char('|') + tx.snapshot().lastError));
    QVERIFY2(waitFor([&] { return pair.bothPathsUp(); }, 5000), "both paths join the group");

    const qint64 sent = sendWithTrailer(pair.udpIn, 4, 2000, receiver);
    QTest::qWait(400);

    const auto counts = receiver.counts();
    QVERIFY2(counts.highest >= sent - 1, qPrintable(QString::number(counts.highest)));
    QCOMPARE(counts.missing, 0);
    QCOMPARE(counts.duplicates, 0); // the group delivers each packet once
    // Every packet went over both paths: the members received about twice the unique count.
    const LinkStats rxStats = rx.snapshot();
    qInfo() << "broadcast RX: packets" << rxStats.packets << "unique" << rxStats.packetsUnique;
    QVERIFY2(rxStats.packets >= rxStats.packetsUnique * 19 / 10,
             qPrintable(QStringLiteral("packets %1, unique %2").arg(rxStats.packets).arg(rxStats.packetsUnique)));
    tx.stop();
    rx.stop();
}

void TestBonding::primaryCutFailsOverToSecondaryWithinOneSecond()
{
    GroupPair pair(GroupType::Backup);
    ImpairmentProxy &primary = pair.primary;
    ImpairmentProxy &secondary = pair.secondary;
    std::string proxyError;
    QVERIFY2(pair.startProxies(&proxyError), proxyError.c_str());

    RelayWorker tx(pair.tx, *m_engine);
    RelayWorker rx(pair.rx, *m_engine);
    tx.setStatsIntervalMs(200);
    rx.setStatsIntervalMs(200);
    UdpSequenceReceiver receiver;
    QString error;
    QVERIFY2(receiver.start(QStringLiteral("127.0.0.1"), pair.udpOut, &error), qPrintable(error));
    tx.start();
    rx.start();
    QVERIFY2(waitFor([&] { return isConnected(tx) && isConnected(rx); }, 10000),
             qPrintable(rx.snapshot().lastError + QLatin1Char('|') + tx.snapshot().lastError));
    QVERIFY2(waitFor([&] { return pair.bothPathsUp(); }, 5000), "both paths join the group");

    UdpSequenceSender::Options options;
    options.port = pair.udpIn;
    options.mbps = 2; // ~190 datagrams/s: one every ~5 ms, fine enough to time a gap
    options.durationMs = 9000;
    UdpSequenceSender sender(options);
    QVERIFY2(sender.start(&error), qPrintable(error));
    QTest::qWait(2500);

    // Before the cut the primary (weight 60) carries the data, the secondary keep-alives only.
    const auto primaryBefore = primary.counters(ImpairmentProxy::UpstreamToClient).forwarded;
    const auto secondaryBefore = secondary.counters(ImpairmentProxy::UpstreamToClient).forwarded;
    qInfo() << "before the cut: primary forwarded" << primaryBefore << "secondary" << secondaryBefore;
    QVERIFY(receiver.counts().unique > 300);
    QVERIFY2(primaryBefore > 4 * secondaryBefore, "the primary path should carry the stream");
    const qint64 packetsBefore = rx.snapshot().packets;

    primary.setBlackout(true); // cut the primary path in both directions
    const qint64 gapMs = GapMeter(receiver).watch(3000);
    const auto secondaryAfter = secondary.counters(ImpairmentProxy::UpstreamToClient).forwarded;
    qInfo() << "longest gap at the UDP output after cutting the primary:" << gapMs << "ms;"
            << "secondary forwarded" << secondaryAfter - secondaryBefore << "datagrams since the cut";
    QVERIFY2(gapMs < 1000, qPrintable(QStringLiteral("gap of %1 ms on failover").arg(gapMs)));
    QVERIFY2(secondaryAfter - secondaryBefore > 300, "the secondary path should carry the stream now");
    QCOMPARE(rx.snapshot().state, LinkState::Connected);
    QCOMPARE(tx.snapshot().state, LinkState::Connected);

    sender.wait();
    sendTrailerAndWait(pair.udpIn, options.mbps, sender.sent(), receiver);
    const auto counts = receiver.counts();
    qInfo() << "sent" << sender.sent() << "unique" << counts.unique << "missing" << counts.missing << "duplicates"
            << counts.duplicates << "out of order" << counts.outOfOrder;
    QVERIFY(counts.highest >= sender.sent() - 1); // the backup path re-sent what the cut path lost
    QCOMPARE(counts.missing, 0);
    QCOMPARE(counts.corrupted, 0);
    // Totals keep the departed path's share: they never go back.
    QTest::qWait(400);
    QVERIFY(rx.snapshot().packets >= packetsBefore);

    tx.stop();
    rx.stop();
}

void TestBonding::primaryReturningTakesOverAgain()
{
    // The primary path is down when the RX starts: the group runs on the secondary. When the
    // primary comes back, the RX connects it again by itself and the traffic moves back to it.
    GroupPair pair(GroupType::Backup);
    pair.primary.setBlackout(true);
    std::string proxyError;
    QVERIFY2(pair.startProxies(&proxyError), proxyError.c_str());
    RelayWorker tx(pair.tx, *m_engine);
    RelayWorker rx(pair.rx, *m_engine);
    UdpSequenceReceiver receiver;
    QString error;
    QVERIFY2(receiver.start(QStringLiteral("127.0.0.1"), pair.udpOut, &error), qPrintable(error));
    tx.start();
    rx.start();
    QVERIFY2(waitFor([&] { return isConnected(tx) && isConnected(rx); }, 10000),
             qPrintable(rx.snapshot().lastError + QLatin1Char('|') + tx.snapshot().lastError));

    UdpSequenceSender::Options options;
    options.port = pair.udpIn;
    options.mbps = 2;
    options.durationMs = 12000;
    UdpSequenceSender sender(options);
    QVERIFY2(sender.start(&error), qPrintable(error));
    QTest::qWait(1500);
    pair.primary.setBlackout(false);
    const auto primaryAtReturn = pair.primary.counters(ImpairmentProxy::UpstreamToClient).forwarded;
    const qint64 gapMs = GapMeter(receiver).watch(8000);
    const auto primaryCarried = pair.primary.counters(ImpairmentProxy::UpstreamToClient).forwarded - primaryAtReturn;
    qInfo() << "primary back: it forwarded" << primaryCarried << "datagrams; longest gap" << gapMs << "ms";
    QVERIFY2(primaryCarried > 300, "the returning primary should carry the stream again");
    QVERIFY2(gapMs < 1000, qPrintable(QStringLiteral("gap of %1 ms when the primary took over").arg(gapMs)));
    sender.wait();
    sendTrailerAndWait(pair.udpIn, options.mbps, sender.sent(), receiver);
    const auto counts = receiver.counts();
    qInfo() << "sent" << sender.sent() << "unique" << counts.unique << "missing" << counts.missing;
    QVERIFY(counts.highest >= sender.sent() - 1);
    QCOMPARE(counts.missing, 0);
    tx.stop();
    rx.stop();
}

void TestBonding::groupRxWithUnreachablePathsReportsWhy()
{
    GroupPair pair(GroupType::Backup); // neither proxies nor TX: nobody answers on either path
    RelayWorker rx(pair.rx, *m_engine);
    QElapsedTimer timer;
    timer.start();
    rx.start();
    QVERIFY(waitFor([&] { return !rx.snapshot().lastError.isEmpty(); }, 12000));
    const LinkStats stats = rx.snapshot();
    qInfo() << "after" << timer.elapsed() << "ms:" << stats.lastError;
    QVERIFY(stats.state != LinkState::Connected);
    QVERIFY2(stats.lastError.contains(QStringLiteral("127.0.0.2")), qPrintable(stats.lastError));
    timer.restart();
    rx.stop();
    QVERIFY2(timer.elapsed() < 1000, "stop returns within 1 s");
}

QTEST_GUILESS_MAIN(TestBonding)
#include "TestBonding.moc"
