// SPDX-License-Identifier: GPL-3.0-or-later
// SRT links through the impairment proxy: loss, delay, FEC, blackouts and a peer that keeps
// dying. Traffic is counted end to end by the sequence-numbered sender and receiver.
// SRTDESK_LONG_TESTS=1 runs the long variants (30 s of traffic, 20 peer restarts in full).
#include "ImpairmentProxy.h"

#include "core/ServiceManager.h"
#include "core/engine/SrtRuntime.h"
#include "core/store/ServiceStore.h"
#include "tests/tools/UdpSequenceReceiver.h"
#include "tests/tools/UdpSequenceSender.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk;
using srtdesk::test::ImpairmentProfile;
using srtdesk::test::ImpairmentProxy;
using srtdesk::testtools::UdpSequenceReceiver;
using srtdesk::testtools::UdpSequenceSender;

namespace {

bool longRun()
{
    return qEnvironmentVariableIntValue("SRTDESK_LONG_TESTS") == 1;
}

// Ports of this suite: 26000-26999.
int nextPort()
{
    static int port = 26000;
    return port += 3;
}

int threadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// A TX listener and an RX caller whose SRT path goes through an impairment proxy.
struct ImpairedPair
{
    int srtPort = nextPort();
    int proxyPort = nextPort();
    int udpIn = nextPort();
    int udpOut = nextPort();
    ServiceConfig tx = ServiceConfig::defaults(ServiceKind::Tx);
    ServiceConfig rx = ServiceConfig::defaults(ServiceKind::Rx);

    explicit ImpairedPair(int latencyMs)
    {
        tx.serviceName = QStringLiteral("tx-%1").arg(srtPort);
        tx.listenPort = srtPort;
        tx.udpAddress = QStringLiteral("127.0.0.1:%1").arg(udpIn);
        tx.latency = latencyMs;
        rx.serviceName = QStringLiteral("rx-%1").arg(srtPort);
        rx.mode = SrtMode::Caller;
        rx.peerIp = QStringLiteral("127.0.0.1");
        rx.listenPort = proxyPort;
        rx.udpAddress = QStringLiteral("127.0.0.1:%1").arg(udpOut);
        rx.latency = latencyMs;
    }
    void setFec(FecLayout layout, FecArq arq)
    {
        for (ServiceConfig *c : {&tx, &rx}) {
            c->fec = true;
            c->fecCols = 10;
            c->fecRows = 5;
            c->fecLayout = layout;
            c->fecArq = arq;
        }
        // FEC's row and column packets (here 1/10 + 1/5 of the data) and the retransmissions
        // must fit in the bandwidth the TX allows over its input, or packets wait and drop.
        tx.overHead = 100;
    }
};

} // namespace

class TestImpairedLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void proxyImpairsAsConfigured();
    void randomLossIsRepairedByRetransmission();
    void heavyLossIsRepairedByFecAndArq();
    void blackoutLongerThanIdleTimeoutReconnects();
    void peerKilledAndRestartedRepeatedly();

private:
    struct Running
    {
        qint64 tx = 0;
        qint64 rx = 0;
    };
    Running startPair(const ImpairedPair &pair);
    LinkStats stats(qint64 id) const { return m_manager->get(id)->stats; }
    // Sends `seconds` of traffic at `mbps` and waits until the receiver stops gaining.
    void carryTraffic(const ImpairedPair &pair, double mbps, int seconds, UdpSequenceReceiver &receiver,
                      qint64 *sent);

    std::unique_ptr<SrtRuntime> m_runtime;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServiceStore> m_store;
    std::unique_ptr<ServiceManager> m_manager;
};

void TestImpairedLinks::initTestCase()
{
    m_runtime = std::make_unique<SrtRuntime>();
}

void TestImpairedLinks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ServiceStore>();
    QVERIFY(m_store->open(m_dir->path()));
    m_manager = std::make_unique<ServiceManager>(*m_store, *m_runtime);
}

void TestImpairedLinks::cleanup()
{
    m_manager.reset();
    m_store.reset();
    m_dir.reset();
}

TestImpairedLinks::Running TestImpairedLinks::startPair(const ImpairedPair &pair)
{
    Running ids;
    const auto tx = m_manager->add(pair.tx);
    const auto rx = m_manager->add(pair.rx);
    if (!tx.ok() || !rx.ok())
        qFatal("cannot add the pair: %s %s", qPrintable(tx.message), qPrintable(rx.message));
    ids.tx = tx.id;
    ids.rx = rx.id;
    m_manager->start(ids.tx);
    m_manager->start(ids.rx);
    return ids;
}

void TestImpairedLinks::carryTraffic(const ImpairedPair &pair, double mbps, int seconds,
                                     UdpSequenceReceiver &receiver, qint64 *sent)
{
    UdpSequenceSender::Options options;
    options.port = pair.udpIn;
    options.mbps = mbps;
    options.count = qint64(mbps * 1e6 / 8 / options.datagramBytes * seconds);
    UdpSequenceSender sender(options);
    QString error;
    QVERIFY2(sender.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(sender.isFinished(), seconds * 1000 + 10000);
    *sent = sender.sent();
    // A trailer after the measured datagrams: SRT only learns that a packet is lost when a
    // later one arrives, so the measured stream must not be the end of the stream.
    UdpSequenceSender::Options trailerOptions = options;
    trailerOptions.firstSequence = std::uint64_t(*sent);
    trailerOptions.count = qint64(mbps * 1e6 / 8 / options.datagramBytes);
    UdpSequenceSender trailer(trailerOptions);
    QVERIFY(trailer.start());
    QTRY_VERIFY_WITH_TIMEOUT(trailer.isFinished(), 10000);
    // Let the last datagrams through the latency buffer and any retransmissions: done when
    // nothing more has arrived for a whole second.
    qint64 last = -1;
    int quietPolls = 0;
    QElapsedTimer waited;
    waited.start();
    while (quietPolls < 4 && waited.elapsed() < 15000) {
        QTest::qWait(250);
        const qint64 now = receiver.counts().received;
        quietPolls = now == last ? quietPolls + 1 : 0;
        last = now;
    }
}

void TestImpairedLinks::proxyImpairsAsConfigured()
{
    // The proxy alone, between two UDP sockets: its loss rate and duplicates are what was asked.
    const int upstream = nextPort();
    const int listen = nextPort();
    UdpSequenceReceiver receiver;
    QVERIFY(receiver.start(QStringLiteral("127.0.0.1"), upstream));
    ImpairmentProxy proxy(listen, "127.0.0.1", upstream, 42);
    ImpairmentProfile profile;
    profile.lossPercent = 10;
    profile.duplicatePercent = 5;
    profile.delayMs = 5;
    proxy.setProfile(profile);
    std::string error;
    QVERIFY2(proxy.start(&error), error.c_str());
    UdpSequenceSender::Options options;
    options.port = listen;
    options.count = 5000;
    options.mbps = 20;
    UdpSequenceSender sender(options);
    QVERIFY(sender.start());
    QTRY_VERIFY_WITH_TIMEOUT(sender.isFinished(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(proxy.counters(ImpairmentProxy::ClientToUpstream).received, std::uint64_t(5000), 5000);
    const auto c = proxy.counters(ImpairmentProxy::ClientToUpstream);
    QVERIFY2(c.lost > 350 && c.lost < 650, qPrintable(QString::number(c.lost)));
    QVERIFY(c.duplicated > 100 && c.duplicated < 400);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.counts().received, qint64(5000 - c.lost + c.duplicated), 5000);
    QCOMPARE(receiver.counts().duplicates, qint64(c.duplicated));

    proxy.setBlackout(true);
    UdpSequenceSender::Options more = options;
    more.count = 100;
    more.firstSequence = 100000;
    UdpSequenceSender blackedOut(more);
    QVERIFY(blackedOut.start());
    QTRY_COMPARE_WITH_TIMEOUT(proxy.counters(ImpairmentProxy::ClientToUpstream).blackedOut, std::uint64_t(100), 5000);
    QCOMPARE(receiver.counts().received, qint64(5000 - c.lost + c.duplicated));
}

void TestImpairedLinks::randomLossIsRepairedByRetransmission()
{
    ImpairedPair pair(200);
    ImpairmentProxy proxy(pair.proxyPort, "127.0.0.1", pair.srtPort, 7);
    ImpairmentProfile profile;
    profile.lossPercent = 5;
    profile.delayMs = 20; // 40 ms round trip
    proxy.setProfile(profile);
    QVERIFY(proxy.start());
    UdpSequenceReceiver receiver;
    QVERIFY(receiver.start(QStringLiteral("127.0.0.1"), pair.udpOut));
    const Running ids = startPair(pair);
    QTRY_COMPARE_WITH_TIMEOUT(stats(ids.rx).state, LinkState::Connected, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(stats(ids.tx).state, LinkState::Connected, 15000); // or its first datagrams are discarded

    qint64 sent = 0;
    carryTraffic(pair, 10, longRun() ? 30 : 10, receiver, &sent);
    const auto counts = receiver.counts();
    const LinkStats rx = stats(ids.rx);
    qInfo() << "sent" << sent << "received" << counts.received << "missing" << counts.missing << "retransmitted"
            << rx.packetsRetransmitted << "LineLoss" << rx.lineLoss << "dropped" << rx.packetsDropped;
    QCOMPARE(counts.corrupted, 0);
    QCOMPARE(counts.missing, 0);
    QVERIFY(counts.highest >= sent - 1); // every measured datagram, the last one included
    QVERIFY(rx.packetsRetransmitted > 0);
    QVERIFY2(rx.lineLoss > 3.5 && rx.lineLoss < 6.5, qPrintable(QString::number(rx.lineLoss)));
}

void TestImpairedLinks::heavyLossIsRepairedByFecAndArq()
{
    ImpairedPair pair(1000); // SRT guidance for 10 % loss: generous latency for FEC and repeated ARQ
    pair.setFec(FecLayout::Staircase, FecArq::Always);
    ImpairmentProxy proxy(pair.proxyPort, "127.0.0.1", pair.srtPort, 11);
    ImpairmentProfile profile;
    profile.lossPercent = 10;
    proxy.setProfile(ImpairmentProxy::ClientToUpstream, ImpairmentProfile{});
    proxy.setProfile(ImpairmentProxy::UpstreamToClient, profile); // data flows TX -> RX
    QVERIFY(proxy.start());
    UdpSequenceReceiver receiver;
    QVERIFY(receiver.start(QStringLiteral("127.0.0.1"), pair.udpOut));
    const Running ids = startPair(pair);
    QTRY_COMPARE_WITH_TIMEOUT(stats(ids.rx).state, LinkState::Connected, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(stats(ids.tx).state, LinkState::Connected, 15000); // or its first datagrams are discarded

    qint64 sent = 0;
    carryTraffic(pair, 5, longRun() ? 20 : 8, receiver, &sent);
    const auto counts = receiver.counts();
    const LinkStats rx = stats(ids.rx);
    qInfo() << "sent" << sent << "missing" << counts.missing << "filter supply" << rx.packetsFilterSupply
            << "filter loss" << rx.packetsFilterLoss << "retransmitted" << rx.packetsRetransmitted
            << "dropped" << rx.packetsDropped << "lost" << rx.packetsLost << "tx retrans" << stats(ids.tx).packetsRetransmitted
            << "tx unique" << stats(ids.tx).packetsUnique << "tx dropped" << stats(ids.tx).packetsDropped
            << "corrupted" << counts.corrupted << "rx unique" << rx.packetsUnique;
    QCOMPARE(counts.missing, 0);
    QVERIFY(counts.highest >= sent - 1);
    QVERIFY(rx.packetsFilterSupply > 0);
}

void TestImpairedLinks::blackoutLongerThanIdleTimeoutReconnects()
{
    ImpairedPair pair(120);
    ImpairmentProxy proxy(pair.proxyPort, "127.0.0.1", pair.srtPort, 3);
    QVERIFY(proxy.start());
    UdpSequenceReceiver receiver;
    QVERIFY(receiver.start(QStringLiteral("127.0.0.1"), pair.udpOut));
    const Running ids = startPair(pair);
    QTRY_COMPARE_WITH_TIMEOUT(stats(ids.rx).state, LinkState::Connected, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(stats(ids.tx).state, LinkState::Connected, 15000); // or its first datagrams are discarded
    QCOMPARE(stats(ids.rx).reconnections, 0);

    UdpSequenceSender::Options options;
    options.port = pair.udpIn;
    options.mbps = 2;
    UdpSequenceSender sender(options);
    QVERIFY(sender.start());
    QTRY_VERIFY_WITH_TIMEOUT(receiver.counts().received > 100, 5000);

    proxy.setBlackout(true); // longer than libsrt's 5 s peer idle timeout
    QTRY_VERIFY_WITH_TIMEOUT(stats(ids.rx).state != LinkState::Connected, 12000);
    QTRY_COMPARE_WITH_TIMEOUT(stats(ids.rx).state, LinkState::Waiting, 5000);
    const qint64 beforeReturn = receiver.counts().received;
    proxy.setBlackout(false);
    QTRY_COMPARE_WITH_TIMEOUT(stats(ids.rx).state, LinkState::Connected, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(stats(ids.tx).state, LinkState::Connected, 15000); // or its first datagrams are discarded
    QCOMPARE(stats(ids.rx).reconnections, 1);
    QTRY_VERIFY_WITH_TIMEOUT(receiver.counts().received > beforeReturn + 100, 10000);
    QVERIFY(stats(ids.rx).lastError.isEmpty());
    sender.stop();
}

void TestImpairedLinks::peerKilledAndRestartedRepeatedly()
{
    const QString slt = QStandardPaths::findExecutable(QStringLiteral("srt-live-transmit"));
    QVERIFY2(!slt.isEmpty(), "srt-live-transmit (Debian's srt-tools) is required");
    const int srtPort = nextPort();
    const int peerIn = nextPort();
    const int udpOut = nextPort();
    ServiceConfig rx = ServiceConfig::defaults(ServiceKind::Rx);
    rx.serviceName = QStringLiteral("survivor");
    rx.mode = SrtMode::Caller;
    rx.peerIp = QStringLiteral("127.0.0.1");
    rx.listenPort = srtPort;
    rx.udpAddress = QStringLiteral("127.0.0.1:%1").arg(udpOut);
    const qint64 id = m_manager->add(rx).id;
    QVERIFY(m_manager->start(id).ok());
    UdpSequenceReceiver receiver;
    QVERIFY(receiver.start(QStringLiteral("127.0.0.1"), udpOut));
    UdpSequenceSender::Options options;
    options.port = peerIn;
    options.mbps = 2;
    UdpSequenceSender sender(options);
    QVERIFY(sender.start());

    const int rounds = longRun() ? 20 : 8;
    int threadsAfterFirst = 0;
    qint64 rssAfterFirst = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess peer;
        peer.setProcessChannelMode(QProcess::MergedChannels);
        peer.start(slt, {QStringLiteral("udp://127.0.0.1:%1").arg(peerIn),
                         QStringLiteral("srt://:%1?mode=listener&latency=120").arg(srtPort)});
        QVERIFY(peer.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(stats(id).state, LinkState::Connected, 10000);
        QCOMPARE(stats(id).reconnections, round);
        const qint64 before = receiver.counts().received;
        QTRY_VERIFY_WITH_TIMEOUT(receiver.counts().received > before + 50, 5000);
        if (round == 0) {
            threadsAfterFirst = threadCount();
            rssAfterFirst = residentKiB();
        }
        peer.kill();
        peer.waitForFinished();
        QTRY_VERIFY_WITH_TIMEOUT(stats(id).state != LinkState::Connected, 10000);
    }
    sender.stop();
    qInfo() << "threads" << threadsAfterFirst << "->" << threadCount() << "RSS KiB" << rssAfterFirst << "->"
            << residentKiB();
    QVERIFY(threadCount() <= threadsAfterFirst + 1);
    QVERIFY(residentKiB() < rssAfterFirst + 8 * 1024);
}

QTEST_GUILESS_MAIN(TestImpairedLinks)
#include "TestImpairedLinks.moc"
