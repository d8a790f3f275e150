// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14 in the engine: one TX listener serving several receivers from one read of its UDP
// input, each caller with its own statistics; callers over MaxCallers or outside AllowedPeers
// refused with a reject reason the caller reads; a kicked caller gone and the others untouched;
// a blacked-out caller (impairment proxy) stalling nobody; StreamId from srt-live-transmit and
// ffmpeg; IPv6 links and UDP on ::1, an IPv4 and an IPv6 caller on one listener. Real libsrt
// sockets, sequence-numbered UDP traffic, independent peers. Ports 22000-22999.
#include "core/engine/RelayEngine.h"
#include "core/engine/RelayWorker.h"
#include "core/engine/SrtRuntime.h"
#include "tests/fanout/FanoutSupport.h"
#include "tests/reliability/ImpairmentProxy.h"
#include "tests/tools/UdpSequenceReceiver.h"
#include "tests/tools/UdpSequenceSender.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <srt/access_control.h>

#include <memory>
#include <vector>

#include <signal.h>

using namespace srtdesk;
using srtdesk::test::fanoutPort;
using srtdesk::test::ImpairmentProxy;
using srtdesk::test::plainSrtCaller;
using srtdesk::test::waitUntil;
using srtdesk::testtools::UdpSequenceReceiver;
using srtdesk::testtools::UdpSequenceSender;

namespace {

const QString kV4 = QStringLiteral("127.0.0.1");
const QString kV6 = QStringLiteral("::1");

QString endpoint(const QString &ip, int port)
{
    return (ip.contains(QLatin1Char(':')) ? QLatin1Char('[') + ip + QLatin1Char(']') : ip) + QLatin1Char(':')
           + QString::number(port);
}

ServiceConfig txListener(int srtPort, const QString &udpIn, int maxCallers)
{
    ServiceConfig c = ServiceConfig::defaults(ServiceKind::Tx);
    c.serviceName = QStringLiteral("fanout-%1").arg(srtPort);
    c.mode = SrtMode::Listener;
    c.listenPort = srtPort;
    c.udpAddress = udpIn;
    c.latency = 400; // room for a loaded 2-core machine
    c.maxCallers = maxCallers;
    return c;
}

ServiceConfig rxCaller(const QString &txIp, int srtPort, const QString &udpOut, const QString &streamId = {})
{
    ServiceConfig c = ServiceConfig::defaults(ServiceKind::Rx);
    c.serviceName = QStringLiteral("rx-%1").arg(udpOut);
    c.mode = SrtMode::Caller;
    c.peerIp = txIp;
    c.listenPort = srtPort;
    c.udpAddress = udpOut;
    c.latency = 400;
    c.streamId = streamId;
    return c;
}

QString describe(const RelayWorker &worker)
{
    const LinkStats s = worker.snapshot();
    QStringList callers;
    for (const CallerStats &c : s.callers)
        callers << c.peer + QLatin1Char('/') + c.streamId;
    return QStringLiteral("%1: state=%2 lastError=\"%3\" callers=[%4]")
        .arg(worker.config().serviceName)
        .arg(int(s.state))
        .arg(s.lastError, callers.join(QStringLiteral(", ")));
}

int callerCount(const RelayWorker &tx)
{
    return int(tx.snapshot().callers.size());
}

std::optional<CallerStats> callerWithStreamId(const RelayWorker &tx, const QString &streamId)
{
    for (const CallerStats &caller : tx.snapshot().callers) {
        if (caller.streamId == streamId)
            return caller;
    }
    return std::nullopt;
}

QString countsText(const UdpSequenceReceiver &receiver, qint64 sent)
{
    const auto c = receiver.counts();
    return QStringLiteral("sent=%1 received=%2 unique=%3 missing=%4 duplicates=%5 corrupted=%6")
        .arg(sent)
        .arg(c.received)
        .arg(c.unique)
        .arg(c.missing)
        .arg(c.duplicates)
        .arg(c.corrupted);
}

bool gotEverything(const UdpSequenceReceiver &receiver, qint64 sent)
{
    const auto c = receiver.counts();
    return sent > 0 && c.unique == sent && c.missing == 0 && c.corrupted == 0;
}

// A sequence-numbered stream into `host`:`port` at `mbps` for `durationMs`.
std::unique_ptr<UdpSequenceSender> makeSender(const QString &host, int port, double mbps, int durationMs)
{
    UdpSequenceSender::Options options;
    options.host = host;
    options.port = port;
    options.mbps = mbps;
    options.durationMs = durationMs;
    return std::make_unique<UdpSequenceSender>(options);
}

QProcess *startSrtLiveTransmit(QObject *parent, const QString &srtUrl, const QString &udpOut)
{
    auto *process = new QProcess(parent);
    process->setProcessChannelMode(QProcess::MergedChannels);
    // -a:no: a caller that is disconnected stays away (a kicked one must not come back).
    process->start(srtdesk::test::tool(QStringLiteral("srt-live-transmit")),
                   {QStringLiteral("-a:no"), srtUrl, QStringLiteral("udp://") + udpOut});
    return process;
}

void stopProcess(QProcess *process)
{
    if (process->state() != QProcess::NotRunning) {
        ::kill(pid_t(process->processId()), SIGCONT);
        process->kill();
        process->waitForFinished(3000);
    }
}

} // namespace

class TestFanout : public QObject
{
    Q_OBJECT

    std::unique_ptr<SrtRuntime> m_runtime;
    std::unique_ptr<RelayEngine> m_engine;

    std::unique_ptr<RelayWorker> start(const ServiceConfig &config)
    {
        auto worker = std::make_unique<RelayWorker>(config, *m_engine);
        worker->setStatsIntervalMs(200);
        worker->start();
        return worker;
    }

private slots:
    void initTestCase()
    {
        m_runtime = std::make_unique<SrtRuntime>();
        m_engine = std::make_unique<RelayEngine>(*m_runtime, 2);
        QVERIFY2(!srtdesk::test::tool(QStringLiteral("srt-live-transmit")).isEmpty(),
                 "srt-live-transmit is missing: run scripts/setup");
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_runtime.reset();
    }

    void threeCallersGetEveryDatagramAndAFourthIsRefused()
    {
        const int block = 0;
        auto tx = start(txListener(fanoutPort(block, 0), endpoint(kV4, fanoutPort(block, 1)), 3));
        QVERIFY(waitUntil([&] { return tx->snapshot().state == LinkState::Waiting; }, 3000));
        std::vector<std::unique_ptr<RelayWorker>> rxs;
        std::vector<std::unique_ptr<UdpSequenceReceiver>> receivers;
        for (int i = 0; i < 3; ++i) {
            const int out = fanoutPort(block, 2 + i);
            receivers.push_back(std::make_unique<UdpSequenceReceiver>());
            QVERIFY(receivers.back()->start(kV4, out));
            rxs.push_back(start(rxCaller(kV4, fanoutPort(block, 0), endpoint(kV4, out), QStringLiteral("rx-%1").arg(i))));
        }
        QVERIFY2(waitUntil([&] { return callerCount(*tx) == 3; }, 8000), qPrintable(describe(*tx)));

        // The fourth: a plain libsrt caller reads why it was refused.
        int reason = 0;
        const SRTSOCKET fourth = plainSrtCaller({}, kV4, fanoutPort(block, 0), QStringLiteral("fourth"), &reason);
        QCOMPARE(fourth, SRT_INVALID_SOCK);
        QCOMPARE(reason, SRT_REJX_OVERLOAD);
        QCOMPARE(callerCount(*tx), 3);

        auto source = makeSender(kV4, fanoutPort(block, 1), 8.0, 3000);
        QVERIFY(source->start());
        source->wait();
        for (const auto &receiver : receivers) {
            QVERIFY2(waitUntil([&] { return gotEverything(*receiver, source->sent()); }, 5000),
                     qPrintable(countsText(*receiver, source->sent())));
        }

        // Per-caller statistics: each caller with its stream ID, since, and traffic; the
        // top-level counters are their sums, LinkRtt the worst.
        QVERIFY(waitUntil([&] {
            const LinkStats s = tx->snapshot();
            qint64 packets = 0;
            for (const CallerStats &c : s.callers)
                packets += c.sendPacketsLost >= 0 ? 1 : 0;
            return s.packets >= 3 * source->sent() && packets == 3;
        }, 3000));
        const LinkStats stats = tx->snapshot();
        QStringList ids;
        double worstRtt = 0;
        for (const CallerStats &c : stats.callers) {
            ids << c.streamId;
            QVERIFY(c.connectedSince.isValid());
            QCOMPARE(c.connectedSince.timeSpec(), Qt::UTC);
            QVERIFY(c.peer.startsWith(kV4 + QLatin1Char(':')));
            worstRtt = std::max(worstRtt, c.linkRtt);
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("rx-0"), QStringLiteral("rx-1"), QStringLiteral("rx-2")}));
        QCOMPARE(stats.linkRtt, worstRtt);
        QCOMPARE(stats.state, LinkState::Connected);
    }

    void oneCallerListenerKeepsRefusingWithTheOriginalReason()
    {
        const int block = 1;
        auto tx = start(txListener(fanoutPort(block, 0), endpoint(kV4, fanoutPort(block, 1)), 1));
        int reason = 0;
        const SRTSOCKET first = plainSrtCaller({}, kV4, fanoutPort(block, 0), {}, &reason);
        QVERIFY(first != SRT_INVALID_SOCK);
        QVERIFY(waitUntil([&] { return callerCount(*tx) == 1; }, 3000));
        QCOMPARE(plainSrtCaller({}, kV4, fanoutPort(block, 0), {}, &reason), SRT_INVALID_SOCK);
        QCOMPARE(reason, SRT_REJX_CONFLICT); // 1409, as before issue 14
        srt_close(first);
    }

    void kickedCallerIsGoneAndTheOthersLoseNothing()
    {
        const int block = 2;
        auto tx = start(txListener(fanoutPort(block, 0), endpoint(kV4, fanoutPort(block, 1)), 3));
        std::vector<std::unique_ptr<UdpSequenceReceiver>> receivers;
        std::vector<QProcess *> peers;
        for (int i = 0; i < 3; ++i) {
            const int out = fanoutPort(block, 2 + i);
            receivers.push_back(std::make_unique<UdpSequenceReceiver>());
            QVERIFY(receivers.back()->start(kV4, out));
            peers.push_back(startSrtLiveTransmit(
                this, QStringLiteral("srt://127.0.0.1:%1?latency=400&streamid=slt-%2").arg(fanoutPort(block, 0)).arg(i),
                endpoint(kV4, out)));
        }
        QVERIFY2(waitUntil([&] { return callerCount(*tx) == 3; }, 8000), qPrintable(describe(*tx)));

        auto source = makeSender(kV4, fanoutPort(block, 1), 6.0, 4000);
        QVERIFY(source->start());
        QTest::qWait(1500);
        const auto kicked = callerWithStreamId(*tx, QStringLiteral("slt-0"));
        QVERIFY(kicked);
        QVERIFY(!tx->kick(QStringLiteral("127.0.0.1:1"))); // nobody there
        QVERIFY(tx->kick(kicked->peer));
        QCOMPARE(callerCount(*tx), 2);
        QVERIFY(!callerWithStreamId(*tx, QStringLiteral("slt-0")));
        QVERIFY2(peers[0]->waitForFinished(5000), "the kicked srt-live-transmit did not notice");
        source->wait();
        for (int i = 1; i < 3; ++i) {
            QVERIFY2(waitUntil([&] { return gotEverything(*receivers[i], source->sent()); }, 5000),
                     qPrintable(countsText(*receivers[i], source->sent())));
        }
        const auto cut = receivers[0]->counts();
        QVERIFY2(cut.unique > 0 && cut.unique < source->sent(), qPrintable(countsText(*receivers[0], source->sent())));
        QCOMPARE(callerCount(*tx), 2);
        QCOMPARE(tx->snapshot().state, LinkState::Connected);
        for (QProcess *peer : peers)
            stopProcess(peer);
    }

    void blackedOutCallerStallsNobody()
    {
        const int block = 3;
        const int srtPort = fanoutPort(block, 0);
        auto tx = start(txListener(srtPort, endpoint(kV4, fanoutPort(block, 1)), 3));
        ImpairmentProxy proxy(fanoutPort(block, 10), "127.0.0.1", srtPort, 14);
        std::string proxyError;
        QVERIFY2(proxy.start(&proxyError), proxyError.c_str());
        std::vector<std::unique_ptr<RelayWorker>> rxs;
        std::vector<std::unique_ptr<UdpSequenceReceiver>> receivers;
        for (int i = 0; i < 3; ++i) {
            const int out = fanoutPort(block, 2 + i);
            receivers.push_back(std::make_unique<UdpSequenceReceiver>());
            QVERIFY(receivers.back()->start(kV4, out));
            // The first goes through the proxy.
            rxs.push_back(start(rxCaller(kV4, i == 0 ? fanoutPort(block, 10) : srtPort, endpoint(kV4, out),
                                         QStringLiteral("b-%1").arg(i))));
        }
        QVERIFY2(waitUntil([&] { return callerCount(*tx) == 3; }, 8000), qPrintable(describe(*tx)));
        auto source = makeSender(kV4, fanoutPort(block, 1), 10.0, 5000);
        QVERIFY(source->start());
        QTest::qWait(1000);
        proxy.setBlackout(true); // a cut cable: no data, no ACK, for 3 s (under the peer-idle timeout)
        QTest::qWait(3000);
        proxy.setBlackout(false);
        source->wait();
        for (int i = 1; i < 3; ++i) {
            QVERIFY2(waitUntil([&] { return gotEverything(*receivers[i], source->sent()); }, 5000),
                     qPrintable(countsText(*receivers[i], source->sent())));
        }
        QVERIFY(proxy.counters(ImpairmentProxy::ClientToUpstream).blackedOut > 0);
        // The blacked-out one lost what the blackout ate (libsrt's too-late drop), the others nothing.
        QVERIFY(receivers[0]->counts().unique < source->sent());
        proxy.stop();
    }

    void allowedPeersForIpv4AndIpv6()
    {
        const int block = 4;
        ServiceConfig config = txListener(fanoutPort(block, 0), endpoint(kV4, fanoutPort(block, 1)), 4);
        config.allowedPeers = QStringLiteral("127.0.0.2/32, ::1/128");
        auto tx = start(config);
        QVERIFY(waitUntil([&] { return tx->snapshot().state == LinkState::Waiting; }, 3000));
        int reason = 0;
        QCOMPARE(plainSrtCaller(QStringLiteral("127.0.0.1"), kV4, fanoutPort(block, 0), {}, &reason), SRT_INVALID_SOCK);
        QCOMPARE(reason, SRT_REJX_FORBIDDEN);
        const SRTSOCKET allowed4 = plainSrtCaller(QStringLiteral("127.0.0.2"), kV4, fanoutPort(block, 0), {}, &reason);
        QVERIFY2(allowed4 != SRT_INVALID_SOCK, qPrintable(QString::number(reason)));
        const SRTSOCKET allowed6 = plainSrtCaller(kV6, kV6, fanoutPort(block, 0), {}, &reason);
        QVERIFY2(allowed6 != SRT_INVALID_SOCK, qPrintable(QString::number(reason)));
        QVERIFY(waitUntil([&] { return callerCount(*tx) == 2; }, 3000));
        QStringList peers;
        for (const CallerStats &c : tx->snapshot().callers)
            peers << c.peer.left(c.peer.lastIndexOf(QLatin1Char(':')));
        peers.sort();
        QCOMPARE(peers, (QStringList{QStringLiteral("127.0.0.2"), QStringLiteral("[::1]")}));
        srt_close(allowed4);
        srt_close(allowed6);
        tx->stop();

        // Only ::1: an IPv4 caller is refused, also the one that reaches the dual-stack port.
        config.allowedPeers = QStringLiteral("::1/128");
        tx = start(config);
        QVERIFY(waitUntil([&] { return tx->snapshot().state == LinkState::Waiting; }, 3000));
        QCOMPARE(plainSrtCaller(QStringLiteral("127.0.0.2"), kV4, fanoutPort(block, 0), {}, &reason), SRT_INVALID_SOCK);
        QCOMPARE(reason, SRT_REJX_FORBIDDEN);
        const SRTSOCKET only6 = plainSrtCaller({}, kV6, fanoutPort(block, 0), {}, &reason);
        QVERIFY(only6 != SRT_INVALID_SOCK);
        srt_close(only6);
    }

    void streamIdFromSrtLiveTransmitAndFfmpeg()
    {
        const QString ffmpeg = srtdesk::test::tool(QStringLiteral("ffmpeg"));
        QVERIFY2(!ffmpeg.isEmpty(), "ffmpeg is missing: run scripts/setup");
        const int block = 5;
        const int srtPort = fanoutPort(block, 0);
        auto tx = start(txListener(srtPort, endpoint(kV4, fanoutPort(block, 1)), 4));
        QVERIFY(waitUntil([&] { return tx->snapshot().state == LinkState::Waiting; }, 3000));

        QProcess *slt = startSrtLiveTransmit(
            this, QStringLiteral("srt://127.0.0.1:%1?latency=400&streamid=%2").arg(srtPort).arg(QStringLiteral("#!::r=live/slt,m=request")),
            endpoint(kV4, fanoutPort(block, 2)));
        QTemporaryDir dir;
        const QString received = dir.filePath(QStringLiteral("received.ts"));
        QProcess reader;
        reader.setProcessChannelMode(QProcess::MergedChannels);
        reader.start(ffmpeg, {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                              QStringLiteral("-f"), QStringLiteral("mpegts"), QStringLiteral("-i"),
                              QStringLiteral("srt://127.0.0.1:%1?mode=caller&latency=400000&streamid=ffmpeg-reader").arg(srtPort),
                              QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-f"), QStringLiteral("mpegts"),
                              QStringLiteral("-y"), received});
        QVERIFY(reader.waitForStarted());
        // Real MPEG-TS into the TX while ffmpeg connects (it probes the input before writing).
        QProcess source;
        source.setProcessChannelMode(QProcess::MergedChannels);
        source.start(ffmpeg, {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                              QStringLiteral("-re"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                              QStringLiteral("testsrc=size=320x240:rate=25"), QStringLiteral("-t"), QStringLiteral("8"),
                              QStringLiteral("-c:v"), QStringLiteral("mpeg2video"), QStringLiteral("-f"),
                              QStringLiteral("mpegts"),
                              QStringLiteral("udp://127.0.0.1:%1?pkt_size=1316").arg(fanoutPort(block, 1))});
        QVERIFY(source.waitForStarted());
        QVERIFY2(waitUntil([&] { return callerCount(*tx) == 2; }, 8000), qPrintable(describe(*tx)));
        QVERIFY2(callerWithStreamId(*tx, QStringLiteral("#!::r=live/slt,m=request")), qPrintable(describe(*tx)));
        QVERIFY2(callerWithStreamId(*tx, QStringLiteral("ffmpeg-reader")), qPrintable(describe(*tx)));
        QVERIFY(waitUntil([&] { return QFileInfo(received).size() > 50 * 188; }, 10000));
        source.waitForFinished(15000);
        reader.terminate();
        reader.waitForFinished(5000);
        stopProcess(slt);
    }

    void ipv4AndIpv6CallersOnOneListenerWithIpv6Udp()
    {
        const int block = 6;
        const int srtPort = fanoutPort(block, 0);
        // UDP input on ::1, SRT listener dual-stack, one RX over IPv6 writing to [::1], one over IPv4.
        auto tx = start(txListener(srtPort, endpoint(kV6, fanoutPort(block, 1)), 2));
        QVERIFY2(waitUntil([&] { return tx->snapshot().state == LinkState::Waiting; }, 3000), qPrintable(describe(*tx)));
        UdpSequenceReceiver out6;
        UdpSequenceReceiver out4;
        QString error;
        QVERIFY2(out6.start(kV6, fanoutPort(block, 2), &error), qPrintable(error));
        QVERIFY(out4.start(kV4, fanoutPort(block, 3)));
        auto rx6 = start(rxCaller(kV6, srtPort, endpoint(kV6, fanoutPort(block, 2)), QStringLiteral("over-ipv6")));
        auto rx4 = start(rxCaller(kV4, srtPort, endpoint(kV4, fanoutPort(block, 3)), QStringLiteral("over-ipv4")));
        QVERIFY2(waitUntil([&] { return callerCount(*tx) == 2; }, 8000), qPrintable(describe(*tx) + describe(*rx6)));
        QVERIFY(callerWithStreamId(*tx, QStringLiteral("over-ipv6"))->peer.startsWith(QStringLiteral("[::1]:")));
        QVERIFY(callerWithStreamId(*tx, QStringLiteral("over-ipv4"))->peer.startsWith(QStringLiteral("127.0.0.1:")));

        auto source = makeSender(kV6, fanoutPort(block, 1), 6.0, 2000);
        QVERIFY(source->start());
        source->wait();
        QVERIFY2(waitUntil([&] { return gotEverything(out6, source->sent()); }, 5000), qPrintable(countsText(out6, source->sent())));
        QVERIFY2(waitUntil([&] { return gotEverything(out4, source->sent()); }, 5000), qPrintable(countsText(out4, source->sent())));
    }

    void ipv6BindIpTakesIpv6CallersOnly()
    {
        const int block = 7;
        const int srtPort = fanoutPort(block, 0);
        ServiceConfig config = txListener(srtPort, endpoint(kV4, fanoutPort(block, 1)), 1);
        config.bindIp = kV6; // IPv6 only
        auto tx = start(config);
        QVERIFY2(waitUntil([&] { return tx->snapshot().state == LinkState::Waiting; }, 3000), qPrintable(describe(*tx)));
        int reason = 0;
        QCOMPARE(plainSrtCaller({}, kV4, srtPort, {}, &reason), SRT_INVALID_SOCK); // nobody on 127.0.0.1
        UdpSequenceReceiver out;
        QVERIFY(out.start(kV4, fanoutPort(block, 2)));
        auto rx = start(rxCaller(kV6, srtPort, endpoint(kV4, fanoutPort(block, 2))));
        QVERIFY2(waitUntil([&] { return callerCount(*tx) == 1; }, 8000), qPrintable(describe(*rx)));
        QVERIFY(tx->snapshot().callers.first().peer.startsWith(QStringLiteral("[::1]:")));
        auto source = makeSender(kV4, fanoutPort(block, 1), 4.0, 1000);
        QVERIFY(source->start());
        source->wait();
        QVERIFY2(waitUntil([&] { return gotEverything(out, source->sent()); }, 5000), qPrintable(countsText(out, source->sent())));
    }
};

QTEST_GUILESS_MAIN(TestFanout)
#include "TestFanout.moc"
