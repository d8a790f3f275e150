// SPDX-License-Identifier: GPL-3.0-or-later
// Zero loss, checked hard (issue 13, item 5): TX -> impairment proxy -> RX with random loss
// both ways from the very first datagram (the handshake included), 20 ms each way, latency
// 300 ms, 20 seeds per loss rate, all seeds of one rate at the same time. Every link must
// connect within a bound (no stuck handshake), and every datagram of the measured sequence
// must arrive.
//
// The traffic of a link starts once both of its ends report the link up, and its first half
// second is a warm-up whose losses are counted and bounded (a few) but not required to be 0:
// libsrt 1.5.1's receiver sends its first periodic loss report 300 ms after the connection and
// the next ones (RTT + 4 RTTVar) / 2 apart, from an assumed RTT of 100 +- 50 ms until ACK/ACKACK
// round trips of the data measure it; a packet lost in the first ~150 ms of data whose first
// repair is lost too can miss its 300 ms deadline. srt-live-transmit through the same proxy
// loses those too (docs/RELIABILITY.md, "Zero loss, checked harder"). After it: 0 missing.
//
// Knobs for investigations (docs/RELIABILITY.md): SRTDESK_ZERO_LOSS_SEEDS (20),
// SRTDESK_ZERO_LOSS_PARALLEL (10 links at a time), SRTDESK_ZERO_LOSS_MBPS (2), SRTDESK_ZERO_LOSS_SECONDS (10; 30 with SRTDESK_LONG_TESTS=1),
// SRTDESK_ZERO_LOSS_TRAILER=0 (end the stream with the measured datagrams), SRTDESK_ZERO_LOSS_SRTBW
// (the TX's SrtBw in kbit/s, 0 by default as in the original's bodies), SRTDESK_ZERO_LOSS_START=tx
// (start the traffic when the TX alone reports the link up), SRTDESK_ZERO_LOSS_PEER=srt-live-transmit
// (the same harness and proxy with two srt-live-transmit per link instead of SRT Desk; the
// traffic then starts 500 ms after the TX says "Accepted SRT target connection": the far end
// says nothing).
#include "ImpairmentProxy.h"

#include "core/ServiceManager.h"
#include "core/engine/SrtRuntime.h"
#include "core/store/ServiceStore.h"
#include "tests/tools/UdpSequenceReceiver.h"
#include "tests/tools/UdpSequenceSender.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <vector>

using namespace srtdesk;
using srtdesk::test::ImpairmentProfile;
using srtdesk::test::ImpairmentProxy;
using srtdesk::testtools::UdpSequenceReceiver;
using srtdesk::testtools::UdpSequenceSender;

namespace {

// Ports of this suite: 37000-37999 (4 per link, 20 links per round, each round its own block).
constexpr int kPortBase = 37000;
constexpr int kLatencyMs = 300;
constexpr int kDelayMs = 20;
// Connection bound: libsrt's connect timeout (3 s) twice over plus the engine's first retry.
constexpr int kConnectBoundMs = 10000;
// The warm-up at the start of each link's traffic (see above), and the most it may lose: a
// stuck or late handshake loses everything sent before it completes, hundreds of datagrams.
constexpr int kWarmUpMs = 500;
constexpr int kWarmUpMaxMissing = 5;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

int seedCount()
{
    return std::clamp(envInt("SRTDESK_ZERO_LOSS_SEEDS", 20), 1, 200);
}

double mbps()
{
    return std::max(0.1, qEnvironmentVariable("SRTDESK_ZERO_LOSS_MBPS", QStringLiteral("2")).toDouble());
}

int seconds()
{
    return envInt("SRTDESK_ZERO_LOSS_SECONDS", qEnvironmentVariableIntValue("SRTDESK_LONG_TESTS") == 1 ? 30 : 10);
}

bool withTrailer()
{
    return envInt("SRTDESK_ZERO_LOSS_TRAILER", 1) != 0;
}

bool startWhenBothUp()
{
    return qEnvironmentVariable("SRTDESK_ZERO_LOSS_START") != QLatin1String("tx");
}

bool referencePeer()
{
    return qEnvironmentVariable("SRTDESK_ZERO_LOSS_PEER") == QLatin1String("srt-live-transmit");
}

// Datagrams the kernel dropped on a full receive buffer, per local UDP port, from
// /proc/net/udp: in the private network namespace the tests run in, only this test's sockets.
std::map<int, qint64> udpDropsByPort()
{
    std::map<int, qint64> drops;
    for (const char *path : {"/proc/net/udp", "/proc/net/udp6"}) {
        QFile file(QString::fromLatin1(path));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].simplified().split(' ');
            if (f.size() < 13)
                continue;
            const int port = f[1].split(':').value(1).toInt(nullptr, 16);
            drops[port] += f.last().toLongLong();
        }
    }
    return drops;
}

// One impaired link and its traffic. The peers are either SRT Desk services (in this process)
// or two srt-live-transmit processes.
struct Link
{
    int index = 0;
    std::uint32_t seed = 0;
    int srtPort = 0;
    int proxyPort = 0;
    int udpIn = 0;
    int udpOut = 0;
    std::unique_ptr<ImpairmentProxy> proxy;
    UdpSequenceReceiver receiver;
    qint64 txId = 0;
    qint64 rxId = 0;
    std::unique_ptr<QProcess> sltTx;
    std::unique_ptr<QProcess> sltRx;
    QByteArray sltTxOutput;
    qint64 sltAcceptedMs = -1;
    qint64 txUpMs = -1;
    qint64 rxUpMs = -1;
    std::unique_ptr<UdpSequenceSender> sender;
    std::unique_ptr<UdpSequenceSender> trailer;
    qint64 warmUp = 0; // datagrams 0 .. warmUp-1: the warm-up
    qint64 end = 0;    // datagrams warmUp .. end-1: the measured sequence

    Link(int i, int round, double lossPercent) : index(i), seed(std::uint32_t(1000 * round + i + 1))
    {
        const int base = kPortBase + 200 * round + 4 * i;
        srtPort = base;
        proxyPort = base + 1;
        udpIn = base + 2;
        udpOut = base + 3;
        proxy = std::make_unique<ImpairmentProxy>(proxyPort, "127.0.0.1", srtPort, seed);
        ImpairmentProfile profile;
        profile.lossPercent = lossPercent;
        profile.delayMs = kDelayMs;
        proxy->setProfile(profile); // both ways, from the first datagram on
    }
};

} // namespace

class TestZeroLoss : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyDatagramArrives_data();
    void everyDatagramArrives();

private:
    enum class Peer { SrtDesk, SrtLiveTransmit };
    void runRound(Peer peer, int round, double lossPercent);
    void runBatch(Peer peer, int round, double lossPercent, int firstIndex, int count);
    bool startSrtDeskTx(Link &link, ServiceManager &manager, QString *error);
    bool startSrtDeskRx(Link &link, ServiceManager &manager, QString *error);
    bool startSltTx(Link &link, QString *error);
    bool startSltRx(Link &link, QString *error);
    void report(Peer peer, double lossPercent, std::vector<std::unique_ptr<Link>> &links, ServiceManager *manager,
                const std::map<int, qint64> &dropsBefore);

    std::unique_ptr<SrtRuntime> m_runtime;
    QString m_slt;
};

void TestZeroLoss::initTestCase()
{
    m_runtime = std::make_unique<SrtRuntime>();
    m_slt = QStandardPaths::findExecutable(QStringLiteral("srt-live-transmit"));
    QVERIFY2(!referencePeer() || !m_slt.isEmpty(), "srt-live-transmit (Debian's srt-tools) is required");
    qInfo("%s: %d seeds per loss rate, %.1f Mbit/s for %d s per link, trailer %s, latency %d ms, %d ms each way",
          referencePeer() ? "srt-live-transmit" : "SRT Desk", seedCount(), mbps(), seconds(), withTrailer() ? "on" : "off", kLatencyMs, kDelayMs);
}

void TestZeroLoss::everyDatagramArrives_data()
{
    QTest::addColumn<double>("lossPercent");
    QTest::addColumn<int>("round");
    QTest::newRow("5 % loss both ways") << 5.0 << 0;
    QTest::newRow("10 % loss both ways") << 10.0 << 1;
}

void TestZeroLoss::everyDatagramArrives()
{
    QFETCH(double, lossPercent);
    QFETCH(int, round);
    runRound(referencePeer() ? Peer::SrtLiveTransmit : Peer::SrtDesk, round, lossPercent);
}

bool TestZeroLoss::startSrtDeskTx(Link &link, ServiceManager &manager, QString *error)
{
    ServiceConfig tx = ServiceConfig::defaults(ServiceKind::Tx);
    tx.serviceName = QStringLiteral("tx-%1").arg(link.index);
    tx.listenPort = link.srtPort;
    tx.udpAddress = QStringLiteral("127.0.0.1:%1").arg(link.udpIn);
    tx.latency = kLatencyMs;
    tx.srtBw = envInt("SRTDESK_ZERO_LOSS_SRTBW", 0);
    const auto added = manager.add(tx);
    *error = added.message;
    link.txId = added.id;
    return added.ok() && manager.start(link.txId).ok();
}

bool TestZeroLoss::startSrtDeskRx(Link &link, ServiceManager &manager, QString *error)
{
    ServiceConfig rx = ServiceConfig::defaults(ServiceKind::Rx);
    rx.serviceName = QStringLiteral("rx-%1").arg(link.index);
    rx.mode = SrtMode::Caller;
    rx.peerIp = QStringLiteral("127.0.0.1");
    rx.listenPort = link.proxyPort;
    rx.udpAddress = QStringLiteral("127.0.0.1:%1").arg(link.udpOut);
    rx.latency = kLatencyMs;
    const auto added = manager.add(rx);
    *error = added.message;
    link.rxId = added.id;
    return added.ok() && manager.start(link.rxId).ok();
}

bool TestZeroLoss::startSltTx(Link &link, QString *error)
{
    link.sltTx = std::make_unique<QProcess>();
    link.sltTx->setProcessChannelMode(QProcess::MergedChannels);
    // -v: it says "Accepted SRT target connection" when its listener has a peer.
    link.sltTx->start(m_slt, {QStringLiteral("-v"), QStringLiteral("udp://127.0.0.1:%1").arg(link.udpIn),
                              QStringLiteral("srt://:%1?mode=listener&latency=%2").arg(link.srtPort).arg(kLatencyMs)});
    *error = QStringLiteral("srt-live-transmit did not start");
    return link.sltTx->waitForStarted();
}

bool TestZeroLoss::startSltRx(Link &link, QString *error)
{
    link.sltRx = std::make_unique<QProcess>();
    link.sltRx->setProcessChannelMode(QProcess::MergedChannels);
    link.sltRx->start(m_slt, {QStringLiteral("srt://127.0.0.1:%1?mode=caller&latency=%2").arg(link.proxyPort).arg(kLatencyMs),
                              QStringLiteral("udp://127.0.0.1:%1").arg(link.udpOut)});
    *error = QStringLiteral("srt-live-transmit did not start");
    return link.sltRx->waitForStarted();
}

void TestZeroLoss::runRound(Peer peer, int round, double lossPercent)
{
    // The seeds run in batches of links at the same time: all twenty at once kept the
    // machine's two cores busy with the test's own proxies and traffic threads.
    const int batch = std::clamp(envInt("SRTDESK_ZERO_LOSS_PARALLEL", 10), 1, 50);
    for (int first = 0; first < seedCount() && !QTest::currentTestFailed(); first += batch)
        runBatch(peer, round, lossPercent, first, std::min(batch, seedCount() - first));
}

void TestZeroLoss::runBatch(Peer peer, int round, double lossPercent, int firstIndex, int count)
{
    const double rate = mbps();
    const qint64 perLink = qint64(rate * 1e6 / 8 / 1316 * seconds());
    const qint64 warmUp = qint64(rate * 1e6 / 8 / 1316 * kWarmUpMs / 1000);
    QTemporaryDir dir;
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceManager manager(store, *m_runtime);
    const auto dropsBefore = udpDropsByPort();

    // Every fixed port first (receivers, then the TX side: UdpIn and the SRT listener), then
    // what binds ephemeral ports (the proxies' upstream sockets, the SRT callers): this suite's
    // ports lie in the kernel's ephemeral range, and an ephemeral socket of one link must not
    // take a fixed port of another.
    std::vector<std::unique_ptr<Link>> links;
    for (int i = firstIndex; i < firstIndex + count; ++i) {
        links.push_back(std::make_unique<Link>(i, round, lossPercent));
        Link &link = *links.back();
        QString error;
        QVERIFY2(link.receiver.start(QStringLiteral("127.0.0.1"), link.udpOut, &error), qPrintable(error));
        const bool started = peer == Peer::SrtDesk ? startSrtDeskTx(link, manager, &error) : startSltTx(link, &error);
        QVERIFY2(started, qPrintable(error));
    }
    if (peer == Peer::SrtDesk) {
        for (auto &link : links) // listening: its SRT port bound, UdpIn bound, no error
            QTRY_VERIFY2_WITH_TIMEOUT(manager.get(link->txId)->stats.lastError.isEmpty()
                                          && manager.get(link->txId)->stats.state == LinkState::Waiting,
                                      qPrintable(manager.get(link->txId)->stats.lastError), 5000);
    }
    QTest::qWait(300); // let every TX bind its ports before anything takes an ephemeral one
    for (auto &l : links) {
        Link &link = *l;
        QString error;
        std::string proxyError;
        QVERIFY2(link.proxy->start(&proxyError), proxyError.c_str());
        const bool started = peer == Peer::SrtDesk ? startSrtDeskRx(link, manager, &error) : startSltRx(link, &error);
        QVERIFY2(started, qPrintable(error));
    }

    // Each link's measured traffic starts as soon as its TX side reports the link up (SRT
    // Desk: Connected; srt-live-transmit: "Accepted SRT target connection"), not once the
    // far end is up too: a live feed does not wait, and nothing accepted may be lost.
    QElapsedTimer clock;
    clock.start();
    const auto txUp = [&](Link &link) {
        if (peer == Peer::SrtDesk)
            return manager.get(link.txId)->stats.state == LinkState::Connected;
        // The far end says nothing when it is up: give it the time an SRT Desk link of this
        // harness takes at most with a lost handshake leg (a few hundred ms).
        link.sltTxOutput += link.sltTx->readAll();
        if (link.sltAcceptedMs < 0 && link.sltTxOutput.contains("Accepted SRT target connection"))
            link.sltAcceptedMs = clock.elapsed();
        return link.sltAcceptedMs >= 0 && (!startWhenBothUp() || clock.elapsed() > link.sltAcceptedMs + 500);
    };
    const auto rxUp = [&](Link &link) {
        if (peer == Peer::SrtDesk)
            return manager.get(link.rxId)->stats.state == LinkState::Connected;
        return link.receiver.counts().received > 0; // srt-live-transmit does not say
    };
    int finished = 0;
    while (finished < count) {
        QTest::qWait(10);
        finished = 0;
        for (auto &l : links) {
            Link &link = *l;
            if (link.rxUpMs < 0 && rxUp(link))
                link.rxUpMs = clock.elapsed();
            const bool bothNeeded = startWhenBothUp() && peer == Peer::SrtDesk;
            if (!link.sender && txUp(link) && (!bothNeeded || rxUp(link))) {
                link.txUpMs = clock.elapsed();
                UdpSequenceSender::Options options;
                options.port = link.udpIn;
                options.mbps = rate;
                options.count = warmUp + perLink;
                link.warmUp = warmUp;
                link.sender = std::make_unique<UdpSequenceSender>(options);
                QVERIFY(link.sender->start());
            }
            if (!link.sender) {
                QVERIFY2(clock.elapsed() < kConnectBoundMs,
                         qPrintable(QStringLiteral("seed %1: TX link not up after %2 ms (stuck handshake)")
                                        .arg(link.seed)
                                        .arg(clock.elapsed())));
                continue;
            }
            if (!link.sender->isFinished())
                continue;
            link.end = link.sender->sent();
            // SRT learns that a packet is lost only when a later one arrives (live mode has no
            // retransmission on timeout while the receiver sends periodic NAKs): a stream that
            // just stops can lose its tail on either system. A live feed does not stop: one
            // second more keeps the measured datagrams from being the end of the stream.
            if (withTrailer() && !link.trailer) {
                UdpSequenceSender::Options options;
                options.port = link.udpIn;
                options.mbps = rate;
                options.count = qint64(rate * 1e6 / 8 / 1316);
                options.firstSequence = std::uint64_t(link.end);
                link.trailer = std::make_unique<UdpSequenceSender>(options);
                QVERIFY(link.trailer->start());
            }
            if (!link.trailer || link.trailer->isFinished())
                ++finished;
        }
    }
    // The far ends get the last datagrams after the latency and any retransmissions: done when
    // no receiver has gained anything for a second.
    qint64 last = -1;
    int quiet = 0;
    QElapsedTimer waited;
    waited.start();
    while (quiet < 4 && waited.elapsed() < 20000) {
        QTest::qWait(250);
        qint64 now = 0;
        for (auto &l : links)
            now += l->receiver.counts().received;
        quiet = now == last ? quiet + 1 : 0;
        last = now;
    }
    report(peer, lossPercent, links, peer == Peer::SrtDesk ? &manager : nullptr, dropsBefore);
    for (auto &l : links) {
        if (l->sltTx) {
            l->sltTx->kill();
            l->sltTx->waitForFinished();
            l->sltRx->kill();
            l->sltRx->waitForFinished();
        }
    }
}

void TestZeroLoss::report(Peer peer, double lossPercent, std::vector<std::unique_ptr<Link>> &links,
                          ServiceManager *manager, const std::map<int, qint64> &dropsBefore)
{
    const auto dropsAfter = udpDropsByPort();
    qint64 sent = 0;
    qint64 missing = 0;
    qint64 warmUpMissing = 0;
    qint64 slowest = 0;
    QStringList failures;
    for (auto &l : links) {
        Link &link = *l;
        std::vector<std::uint64_t> first;
        const qint64 early = link.receiver.missingIn(0, std::uint64_t(link.warmUp), &first);
        const qint64 lost = link.receiver.missingIn(std::uint64_t(link.warmUp), std::uint64_t(link.end), &first);
        const auto counts = link.receiver.counts();
        sent += link.end - link.warmUp;
        missing += lost;
        warmUpMissing += early;
        slowest = std::max({slowest, link.txUpMs, link.rxUpMs});
        QString line = QStringLiteral("seed %1: TX up %2 ms, RX up %3 ms, warm-up %4 missing of %5, measured %6 "
                                      "missing of %7, %8 corrupted")
                           .arg(link.seed)
                           .arg(link.txUpMs)
                           .arg(link.rxUpMs)
                           .arg(early)
                           .arg(link.warmUp)
                           .arg(lost)
                           .arg(link.end - link.warmUp)
                           .arg(counts.corrupted);
        if (!first.empty()) {
            QStringList sequences;
            for (std::uint64_t s : first)
                sequences << QString::number(s);
            line += QStringLiteral(" (missing: %1)").arg(sequences.join(QLatin1Char(',')));
        }
        if (manager) {
            const LinkStats tx = manager->get(link.txId)->stats;
            const LinkStats rx = manager->get(link.rxId)->stats;
            line += QStringLiteral("; TX retransmitted %1, dropped %2; RX lost %3, retransmitted %4, dropped %5, "
                                   "belated %6, reconnections %7")
                        .arg(tx.packetsRetransmitted)
                        .arg(tx.packetsDropped)
                        .arg(rx.packetsLost)
                        .arg(rx.packetsRetransmitted)
                        .arg(rx.packetsDropped)
                        .arg(rx.packetsBelated)
                        .arg(rx.reconnections);
        }
        const auto toListener = link.proxy->counters(ImpairmentProxy::ClientToUpstream);
        const auto toCaller = link.proxy->counters(ImpairmentProxy::UpstreamToClient);
        line += QStringLiteral("; proxy lost %1 of %2 to TX, %3 of %4 to RX")
                    .arg(toListener.lost)
                    .arg(toListener.received)
                    .arg(toCaller.lost)
                    .arg(toCaller.received);
        // The proxy itself must lose nothing it did not mean to: what it received is what it
        // forwarded or dropped on purpose (a keepalive or two may still be in its delay queue).
        const auto unaccounted = [](const ImpairmentProxy::Counters &c) {
            return qint64(c.received + c.duplicated) - qint64(c.forwarded + c.lost + c.blackedOut);
        };
        const qint64 proxyLeak = std::max(unaccounted(toListener), unaccounted(toCaller));
        if (proxyLeak > 2)
            line += QStringLiteral("; the proxy failed to forward %1").arg(proxyLeak);
        if (lost > 0 || early > kWarmUpMaxMissing || counts.corrupted > 0 || link.rxUpMs < 0
            || link.rxUpMs > kConnectBoundMs || proxyLeak > 2)
            failures << line;
        else
            qInfo().noquote() << line;
    }
    QStringList overflowing;
    for (const auto &[port, count] : dropsAfter) {
        const auto before = dropsBefore.find(port);
        const qint64 grew = count - (before == dropsBefore.end() ? 0 : before->second);
        if (grew > 0)
            overflowing << QStringLiteral("port %1: %2").arg(port).arg(grew);
    }
    qInfo().noquote() << (peer == Peer::SrtDesk ? "SRT Desk" : "srt-live-transmit") << lossPercent
                      << "% loss:" << links.size() << "links," << sent << "datagrams measured," << missing
                      << "missing; warm-up:" << warmUpMissing << "missing; slowest link up after" << slowest << "ms; UDP receive-buffer drops:"
                      << (overflowing.isEmpty() ? QStringLiteral("none") : overflowing.join(QStringLiteral(", ")));
    for (const QString &failure : failures)
        qWarning().noquote() << failure;
    QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 of %2 links lost datagrams or connected late")
                                                .arg(failures.size())
                                                .arg(links.size())));
}

QTEST_GUILESS_MAIN(TestZeroLoss)
#include "TestZeroLoss.moc"
