// SPDX-License-Identifier: GPL-3.0-or-later
// The SRT engine with real traffic: real libsrt sockets on loopback, the UDP sequence tools
// as source and sink, srt-live-transmit and ffmpeg/ffprobe as independent peers.
#include "core/engine/RelayEngine.h"
#include "core/engine/RelayWorker.h"
#include "core/engine/RetryBackoff.h"
#include "core/engine/SrtRuntime.h"
#include "tests/tools/UdpSequenceReceiver.h"
#include "tests/tools/UdpSequenceSender.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

using namespace srtdesk;
using srtdesk::testtools::UdpSequenceReceiver;
using srtdesk::testtools::UdpSequenceSender;

namespace {

// Every test owns a block of 20 ports from here (below Linux's ephemeral range, and apart
// from the other areas' tests). SRTDESK_ENGINE_TEST_PORT_BASE moves the whole range.
int portBase()
{
    static const int base = qEnvironmentVariableIntValue("SRTDESK_ENGINE_TEST_PORT_BASE") > 0
                                ? qEnvironmentVariableIntValue("SRTDESK_ENGINE_TEST_PORT_BASE")
                                : 24000;
    return base;
}

int port(int block, int offset)
{
    return portBase() + block * 20 + offset;
}

const QString kLoopback = QStringLiteral("127.0.0.1");

QString udp(int port)
{
    return kLoopback + QLatin1Char(':') + QString::number(port);
}

ServiceConfig makeTx(SrtMode mode, const QString &peer, int srtPort, int udpIn)
{
    ServiceConfig c = ServiceConfig::defaults(ServiceKind::Tx);
    c.serviceName = QStringLiteral("tx-%1").arg(srtPort);
    c.mode = mode;
    c.peerIp = mode == SrtMode::Listener ? QString() : peer;
    c.listenPort = srtPort;
    c.udpAddress = udp(udpIn);
    c.latency = 400; // room for a loaded 2-core test machine
    return c;
}

ServiceConfig makeRx(SrtMode mode, const QString &peer, int srtPort, int udpOut)
{
    ServiceConfig c = ServiceConfig::defaults(ServiceKind::Rx);
    c.serviceName = QStringLiteral("rx-%1").arg(srtPort);
    c.mode = mode;
    c.peerIp = mode == SrtMode::Listener ? QString() : peer;
    c.listenPort = srtPort;
    c.udpAddress = udp(udpOut);
    c.latency = 400; // room for a loaded 2-core test machine
    return c;
}

QString describe(const RelayWorker &worker)
{
    const LinkStats s = worker.snapshot();
    return QStringLiteral("%1: state=%2 reconnections=%3 lastError=\"%4\"")
        .arg(worker.config().serviceName)
        .arg(int(s.state))
        .arg(s.reconnections)
        .arg(s.lastError);
}

bool isConnected(const RelayWorker &worker)
{
    return worker.snapshot().state == LinkState::Connected;
}

// Polls `condition` (processing events) until it holds or `timeoutMs` passes.
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

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Transfer
{
    qint64 sent = 0;
    UdpSequenceReceiver::Counts counts;
};

QString describe(const Transfer &t)
{
    return QStringLiteral("sent=%1 received=%2 unique=%3 missing=%4 duplicates=%5 outOfOrder=%6 corrupted=%7")
        .arg(t.sent)
        .arg(t.counts.received)
        .arg(t.counts.unique)
        .arg(t.counts.missing)
        .arg(t.counts.duplicates)
        .arg(t.counts.outOfOrder)
        .arg(t.counts.corrupted);
}

bool everythingArrived(const Transfer &t)
{
    return t.sent > 0 && t.counts.received == t.sent && t.counts.unique == t.sent && t.counts.missing == 0
           && t.counts.duplicates == 0 && t.counts.outOfOrder == 0 && t.counts.corrupted == 0;
}

QString findTool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

// Records every log line (from any thread, libsrt's included) while it exists.
class LogCapture
{
public:
    LogCapture()
    {
        std::lock_guard lock(s_mutex);
        s_lines = &m_lines;
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        std::lock_guard lock(s_mutex);
        s_lines = nullptr;
    }
    QStringList lines() const
    {
        std::lock_guard lock(s_mutex);
        return m_lines;
    }

private:
    static void handler(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        std::lock_guard lock(s_mutex);
        if (s_lines)
            s_lines->append(QLatin1String(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }

    static inline std::mutex s_mutex;
    static inline QStringList *s_lines = nullptr;
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestRelayEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SrtRuntime> m_runtime;
    std::unique_ptr<RelayEngine> m_engine; // two I/O threads: services spread over both

    std::unique_ptr<RelayWorker> startWorker(const ServiceConfig &config)
    {
        auto worker = std::make_unique<RelayWorker>(config, *m_engine);
        worker->setStatsIntervalMs(200);
        worker->start();
        return worker;
    }

    // Sends `durationMs` of sequence-numbered traffic into udpIn and collects it at udpOut.
    void transfer(int udpIn, int udpOut, double mbps, int durationMs, Transfer *result)
    {
        UdpSequenceReceiver receiver;
        QString error;
        QVERIFY2(receiver.start(kLoopback, udpOut, &error), qPrintable(error));
        UdpSequenceSender::Options options;
        options.port = udpIn;
        options.mbps = mbps;
        options.durationMs = durationMs;
        UdpSequenceSender sender(options);
        QVERIFY2(sender.start(&error), qPrintable(error));
        sender.wait();
        result->sent = sender.sent();
        // Latency 400 ms plus scheduling slack; then a little longer to catch duplicates.
        waitFor([&] { return receiver.counts().received >= result->sent; }, 3000);
        QTest::qWait(100);
        result->counts = receiver.counts();
        QCOMPARE(sender.sendErrors(), 0);
    }

    void waitBothConnected(const RelayWorker &a, const RelayWorker &b, int timeoutMs = 8000)
    {
        QVERIFY2(waitFor([&] { return isConnected(a) && isConnected(b); }, timeoutMs),
                 qPrintable(describe(a) + QStringLiteral("; ") + describe(b)));
    }

private slots:
    void initTestCase()
    {
        m_runtime = std::make_unique<SrtRuntime>();
        m_engine = std::make_unique<RelayEngine>(*m_runtime, 2);
        QCOMPARE(SrtRuntime::libraryVersion(), QStringLiteral("1.5.1"));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_runtime.reset();
    }

    void retryBackOffGrowsToFiveSeconds()
    {
        RetryBackoff backoff;
        QList<int> delays;
        for (int i = 0; i < 7; ++i)
            delays << backoff.nextDelayMs();
        QCOMPARE(delays, (QList<int>{500, 1000, 2000, 4000, 5000, 5000, 5000}));
        backoff.reset();
        QCOMPARE(backoff.nextDelayMs(), 500);
    }

    // --- carrying traffic ------------------------------------------------------------------

    void relayPairDeliversEverything_data()
    {
        QTest::addColumn<int>("block");
        QTest::addColumn<int>("txMode");
        QTest::addColumn<int>("rxMode");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<bool>("rendezvous");
        QTest::newRow("tx listener, rx caller") << 0 << int(SrtMode::Listener) << int(SrtMode::Caller) << kLoopback
                                                << false;
        QTest::newRow("tx caller, rx listener") << 1 << int(SrtMode::Caller) << int(SrtMode::Listener) << kLoopback
                                                << false;
        QTest::newRow("rendezvous both") << 2 << int(SrtMode::Rendezvous) << int(SrtMode::Rendezvous) << QString()
                                         << true;
        QTest::newRow("rx caller by host name") << 3 << int(SrtMode::Listener) << int(SrtMode::Caller)
                                                << QStringLiteral("localhost") << false;
    }

    void relayPairDeliversEverything()
    {
        QFETCH(int, block);
        QFETCH(int, txMode);
        QFETCH(int, rxMode);
        QFETCH(QString, peer);
        QFETCH(bool, rendezvous);
        const int srtPort = port(block, 0);
        ServiceConfig tx = makeTx(SrtMode(txMode), peer, srtPort, port(block, 1));
        ServiceConfig rx = makeRx(SrtMode(rxMode), peer, srtPort, port(block, 2));
        tx.srtBw = 20000;
        if (rendezvous) {
            // One host, two addresses: each end binds ListenPort on its own and calls the other.
            tx.bindIp = QStringLiteral("127.0.0.1");
            tx.peerIp = QStringLiteral("127.0.0.2");
            rx.bindIp = QStringLiteral("127.0.0.2");
            rx.peerIp = QStringLiteral("127.0.0.1");
        }
        auto txWorker = startWorker(tx);
        auto rxWorker = startWorker(rx);
        waitBothConnected(*txWorker, *rxWorker);
        QVERIFY(QTest::currentTestFailed() == false);

        const LinkStats fresh = txWorker->snapshot();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{10}$")).match(fresh.linkId).hasMatch(),
                 qPrintable(fresh.linkId));
        QVERIFY(rxWorker->snapshot().linkId != fresh.linkId);

        Transfer t;
        transfer(port(block, 1), port(block, 2), 10.0, 3000, &t);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(everythingArrived(t), qPrintable(describe(t)));
        QVERIFY2(t.sent > 2700, qPrintable(describe(t))); // 10 Mbit/s of 1316-byte datagrams ≈ 950/s

        // Statistics are totals since the link connected, with libsrt's 44 header bytes.
        QVERIFY(waitFor([&] { return rxWorker->snapshot().packetsUnique >= t.sent; }, 2000));
        QVERIFY(waitFor([&] { return txWorker->snapshot().packetsUnique >= t.sent; }, 2000));
        const LinkStats txs = txWorker->snapshot();
        const LinkStats rxs = rxWorker->snapshot();
        QCOMPARE(txs.packetsUnique, t.sent);
        QCOMPARE(rxs.packetsUnique, t.sent);
        QVERIFY(txs.packets >= txs.packetsUnique);
        QCOMPARE(txs.bytesUnique, t.sent * (1316 + 44));
        QCOMPARE(rxs.bytesUnique, t.sent * (1316 + 44));
        QVERIFY2(rxs.linkRtt > 0 && rxs.linkRtt < 200, qPrintable(QString::number(rxs.linkRtt)));
        QVERIFY(txs.linkBandwidth > 0);
        QCOMPARE(txs.linkMaxBandwidth, 20.0);
        QCOMPARE(rxs.packetsLost, 0);
        QCOMPARE(rxs.lineLoss, 0.0);
        QCOMPARE(txs.reconnections, 0);
        QCOMPARE(rxs.reconnections, 0);
        QVERIFY(txs.lastError.isEmpty());
        QVERIFY(rxs.lastError.isEmpty());
        QCOMPARE(txs.oversizedDatagrams, 0);
        QCOMPARE(txs.encryption, EncryptionState::Off);
        QCOMPARE(rxs.encryption, EncryptionState::Off);

        txWorker->stop();
        rxWorker->stop();
        QCOMPARE(txWorker->snapshot().state, LinkState::Disconnected);
        QVERIFY(txWorker->snapshot().linkId.isEmpty());
    }

    void ratesAreReportedWhileTrafficFlows()
    {
        const int block = 4;
        auto tx = startWorker(makeTx(SrtMode::Listener, {}, port(block, 0), port(block, 1)));
        auto rx = startWorker(makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 2)));
        waitBothConnected(*tx, *rx);
        UdpSequenceReceiver receiver;
        QVERIFY(receiver.start(kLoopback, port(block, 2)));
        UdpSequenceSender::Options options;
        options.port = port(block, 1);
        options.mbps = 8.0;
        options.durationMs = 2500;
        UdpSequenceSender sender(options);
        QVERIFY(sender.start());
        // Instantaneous rates: SendMbitRate/RecvMbitRate near the input rate (with headers).
        QVERIFY2(waitFor([&] { return tx->snapshot().mbitRate > 6.0 && rx->snapshot().mbitRate > 6.0; }, 2400),
                 qPrintable(QStringLiteral("tx %1 rx %2").arg(tx->snapshot().mbitRate).arg(rx->snapshot().mbitRate)));
        QVERIFY(tx->snapshot().mbitRate < 12.0);
        sender.wait();
        // LineLoss is lost ÷ packets × 100.
        const LinkStats s = rx->snapshot();
        QCOMPARE(s.lineLoss, s.packets > 0 ? double(s.packetsLost) * 100.0 / double(s.packets) : 0.0);
    }

    void passphraseKeyLengths_data()
    {
        QTest::addColumn<int>("keyLength");
        QTest::newRow("AES-128") << 16;
        QTest::newRow("AES-192") << 24;
        QTest::newRow("AES-256") << 32;
    }

    void passphraseKeyLengths()
    {
        QFETCH(int, keyLength);
        const int block = 5 + keyLength / 8; // 7, 8, 9
        ServiceConfig tx = makeTx(SrtMode::Listener, {}, port(block, 0), port(block, 1));
        ServiceConfig rx = makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 2));
        tx.passPhrase = rx.passPhrase = QStringLiteral("correct horse battery staple");
        tx.pbKeyLen = rx.pbKeyLen = keyLength;
        auto txWorker = startWorker(tx);

        // A peer without the passphrase is refused: the TX really encrypts.
        ServiceConfig plain = makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 3));
        plain.serviceName = QStringLiteral("no-passphrase");
        auto plainWorker = startWorker(plain);
        QVERIFY2(waitFor([&] { return plainWorker->snapshot().lastError.contains(QStringLiteral("passphrase mismatch")); },
                         5000),
                 qPrintable(describe(*plainWorker)));
        QVERIFY(!isConnected(*plainWorker));
        QVERIFY(!isConnected(*txWorker));
        plainWorker->stop();

        auto rxWorker = startWorker(rx);
        waitBothConnected(*txWorker, *rxWorker);
        // libsrt's key material state on both ends: secured, with the configured key length.
        for (const RelayWorker *worker : {txWorker.get(), rxWorker.get()}) {
            const LinkStats s = worker->snapshot();
            QVERIFY2(s.encryption == EncryptionState::Secured,
                     qPrintable(QStringLiteral("%1: encryption state %2").arg(worker->config().serviceName).arg(int(s.encryption))));
            QCOMPARE(s.encryptionKeyBytes, keyLength);
        }
        Transfer t;
        transfer(port(block, 1), port(block, 2), 10.0, 1000, &t);
        QVERIFY2(everythingArrived(t), qPrintable(describe(t)));
        QCOMPARE(txWorker->snapshot().encryption, EncryptionState::Secured);
    }

    void passphraseMismatchIsReported_data()
    {
        QTest::addColumn<int>("block");
        QTest::addColumn<QString>("txPass");
        QTest::addColumn<QString>("rxPass");
        QTest::addColumn<QString>("expected");
        QTest::newRow("different passphrases") << 10 << QStringLiteral("the-tx-passphrase")
                                               << QStringLiteral("another-passphrase") << QStringLiteral("incorrect passphrase");
        QTest::newRow("rx without passphrase") << 11 << QStringLiteral("the-tx-passphrase") << QString()
                                               << QStringLiteral("passphrase mismatch");
    }

    void passphraseMismatchIsReported()
    {
        QFETCH(int, block);
        QFETCH(QString, txPass);
        QFETCH(QString, rxPass);
        QFETCH(QString, expected);
        ServiceConfig tx = makeTx(SrtMode::Listener, {}, port(block, 0), port(block, 1));
        ServiceConfig rx = makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 2));
        tx.passPhrase = txPass;
        rx.passPhrase = rxPass;
        LogCapture log;
        auto txWorker = startWorker(tx);
        auto rxWorker = startWorker(rx);
        QVERIFY2(waitFor([&] { return rxWorker->snapshot().lastError.contains(expected); }, 4000),
                 qPrintable(describe(*rxWorker)));
        const QString error = rxWorker->snapshot().lastError;
        QVERIFY2(error.startsWith(QStringLiteral("Connection to 127.0.0.1:%1 rejected").arg(port(block, 0))),
                 qPrintable(error));
        QVERIFY(!error.contains(txPass));
        // It keeps retrying (with back-off: 0.5 s, 1 s, 2 s...) and never gets through.
        const int attempts = rxWorker->snapshot().connectAttempts;
        QVERIFY(attempts >= 1);
        QVERIFY2(waitFor([&] { return rxWorker->snapshot().connectAttempts >= attempts + 2; }, 6000),
                 qPrintable(QStringLiteral("%1 attempts, then %2").arg(attempts).arg(rxWorker->snapshot().connectAttempts)));
        QVERIFY2(rxWorker->snapshot().lastError.contains(expected), qPrintable(describe(*rxWorker)));
        QVERIFY(!isConnected(*rxWorker));
        QVERIFY(!isConnected(*txWorker));
        QCOMPARE(txWorker->snapshot().state, LinkState::Waiting);
        // Rejections are logged (ours and libsrt's), passphrases never.
        txWorker.reset();
        rxWorker.reset();
        const QStringList lines = log.lines();
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            QVERIFY2(!line.contains(txPass), qPrintable(line));
            QVERIFY2(rxPass.isEmpty() || !line.contains(rxPass), qPrintable(line));
        }
    }

    void fecConfigurations_data()
    {
        QTest::addColumn<int>("block");
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("arq");
        int block = 12;
        for (FecLayout layout : {FecLayout::Even, FecLayout::Staircase}) {
            for (FecArq arq : {FecArq::Always, FecArq::OnRequest, FecArq::Never}) {
                const QString name = toWire(layout) + QLatin1Char('/') + toWire(arq);
                QTest::newRow(qPrintable(name)) << block++ << int(layout) << int(arq);
            }
        }
    }

    void fecConfigurations()
    {
        QFETCH(int, block);
        QFETCH(int, layout);
        QFETCH(int, arq);
        ServiceConfig tx = makeTx(SrtMode::Listener, {}, port(block, 0), port(block, 1));
        ServiceConfig rx = makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 2));
        for (ServiceConfig *c : {&tx, &rx}) {
            c->fec = true;
            c->fecCols = 10;
            c->fecRows = 5;
            c->fecLayout = FecLayout(layout);
            c->fecArq = FecArq(arq);
        }
        auto txWorker = startWorker(tx);
        auto rxWorker = startWorker(rx);
        waitBothConnected(*txWorker, *rxWorker);
        Transfer t;
        transfer(port(block, 1), port(block, 2), 10.0, 1000, &t);
        QVERIFY2(everythingArrived(t), qPrintable(describe(t)));
        // The filter is really there: it sends its control (FEC) packets.
        QVERIFY2(waitFor([&] { return txWorker->snapshot().packetsFilterExtra > 0; }, 1000),
                 qPrintable(QString::number(txWorker->snapshot().packetsFilterExtra)));
    }

    void fecMismatchIsReported()
    {
        const int block = 18;
        ServiceConfig tx = makeTx(SrtMode::Listener, {}, port(block, 0), port(block, 1));
        ServiceConfig rx = makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 2));
        tx.fec = rx.fec = true;
        rx.fecCols = 4; // the matrices differ
        auto txWorker = startWorker(tx);
        auto rxWorker = startWorker(rx);
        QVERIFY2(waitFor([&] { return rxWorker->snapshot().lastError.contains(QStringLiteral("FEC")); }, 4000),
                 qPrintable(describe(*rxWorker)));
        QVERIFY(!isConnected(*rxWorker));
    }

    void fecOnOneEndIsAdoptedByThePeer()
    {
        // libsrt 1.5.1 negotiates the filter: an end without one takes the peer's.
        const int block = 19;
        ServiceConfig tx = makeTx(SrtMode::Listener, {}, port(block, 0), port(block, 1));
        ServiceConfig rx = makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 2));
        tx.fec = true;
        auto txWorker = startWorker(tx);
        auto rxWorker = startWorker(rx);
        waitBothConnected(*txWorker, *rxWorker);
        Transfer t;
        transfer(port(block, 1), port(block, 2), 10.0, 1000, &t);
        QVERIFY2(everythingArrived(t), qPrintable(describe(t)));
        QVERIFY(waitFor([&] { return rxWorker->snapshot().packetsFilterExtra > 0; }, 1000));
    }

    // --- independent peers -----------------------------------------------------------------

    void ourTxToSrtLiveTransmit()
    {
        const QString slt = findTool(QStringLiteral("srt-live-transmit"));
        QVERIFY2(!slt.isEmpty(), "srt-live-transmit is missing: run scripts/setup");
        const int block = 20;
        const QString passphrase = QStringLiteral("interop-passphrase-1");
        QProcess peer;
        peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        peer.start(slt, {QStringLiteral("-q"),
                         QStringLiteral("srt://127.0.0.1:%1?mode=listener&latency=300&passphrase=%2")
                             .arg(port(block, 0))
                             .arg(passphrase),
                         QStringLiteral("udp://127.0.0.1:%1").arg(port(block, 2))});
        QVERIFY(peer.waitForStarted());
        ServiceConfig tx = makeTx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 1));
        tx.passPhrase = passphrase;
        auto txWorker = startWorker(tx);
        QVERIFY2(waitFor([&] { return isConnected(*txWorker); }, 5000), qPrintable(describe(*txWorker)));
        Transfer t;
        transfer(port(block, 1), port(block, 2), 10.0, 2000, &t);
        QVERIFY2(everythingArrived(t), qPrintable(describe(t)));
        txWorker->stop();
        peer.kill();
        peer.waitForFinished(2000);
    }

    void srtLiveTransmitToOurRx()
    {
        const QString slt = findTool(QStringLiteral("srt-live-transmit"));
        QVERIFY2(!slt.isEmpty(), "srt-live-transmit is missing: run scripts/setup");
        const int block = 21;
        const QString passphrase = QStringLiteral("interop-passphrase-2");
        ServiceConfig rx = makeRx(SrtMode::Listener, {}, port(block, 0), port(block, 2));
        rx.passPhrase = passphrase;
        auto rxWorker = startWorker(rx);
        QVERIFY(waitFor([&] { return rxWorker->snapshot().state == LinkState::Waiting; }, 2000));
        QProcess peer;
        peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        peer.start(slt, {QStringLiteral("-q"), QStringLiteral("udp://127.0.0.1:%1").arg(port(block, 1)),
                         QStringLiteral("srt://127.0.0.1:%1?mode=caller&latency=300&passphrase=%2")
                             .arg(port(block, 0))
                             .arg(passphrase)});
        QVERIFY(peer.waitForStarted());
        QVERIFY2(waitFor([&] { return isConnected(*rxWorker); }, 5000), qPrintable(describe(*rxWorker)));
        QTest::qWait(200); // srt-live-transmit reads its UDP input once its output is up
        Transfer t;
        transfer(port(block, 1), port(block, 2), 10.0, 2000, &t);
        QVERIFY2(everythingArrived(t), qPrintable(describe(t)));
        peer.kill();
        peer.waitForFinished(2000);
    }

    void ffmpegThroughOurRxToFfprobe()
    {
        const QString ffmpeg = findTool(QStringLiteral("ffmpeg"));
        const QString ffprobe = findTool(QStringLiteral("ffprobe"));
        QVERIFY2(!ffmpeg.isEmpty() && !ffprobe.isEmpty(), "ffmpeg/ffprobe missing: run scripts/setup");
        const int block = 22;
        auto rxWorker = startWorker(makeRx(SrtMode::Listener, {}, port(block, 0), port(block, 2)));
        QVERIFY(waitFor([&] { return rxWorker->snapshot().state == LinkState::Waiting; }, 2000));

        QProcess probe;
        probe.start(ffprobe, {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_streams"),
                              QStringLiteral("-of"), QStringLiteral("json"),
                              QStringLiteral("udp://127.0.0.1:%1?timeout=15000000").arg(port(block, 2))});
        QVERIFY(probe.waitForStarted());
        QTest::qWait(300); // let ffprobe bind its port before anything arrives

        QProcess source;
        source.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        source.start(ffmpeg, {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                              QStringLiteral("-re"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                              QStringLiteral("testsrc=size=320x240:rate=25"), QStringLiteral("-t"),
                              QStringLiteral("15"), QStringLiteral("-c:v"), QStringLiteral("mpeg2video"),
                              QStringLiteral("-f"), QStringLiteral("mpegts"),
                              QStringLiteral("srt://127.0.0.1:%1?mode=caller&pkt_size=1316").arg(port(block, 0))});
        QVERIFY(source.waitForStarted());
        QVERIFY2(waitFor([&] { return isConnected(*rxWorker); }, 5000), qPrintable(describe(*rxWorker)));

        const bool probed = probe.waitForFinished(20000);
        source.kill();
        source.waitForFinished(2000);
        if (!probed) {
            probe.kill();
            probe.waitForFinished(1000);
        }
        QVERIFY2(probed, "ffprobe did not finish");
        const QByteArray output = probe.readAllStandardOutput();
        const QJsonArray streams = QJsonDocument::fromJson(output).object().value(QStringLiteral("streams")).toArray();
        bool video = false;
        for (const QJsonValue &stream : streams) {
            const QJsonObject s = stream.toObject();
            if (s.value(QStringLiteral("codec_type")).toString() == QStringLiteral("video")) {
                video = true;
                QCOMPARE(s.value(QStringLiteral("codec_name")).toString(), QStringLiteral("mpeg2video"));
                QCOMPARE(s.value(QStringLiteral("width")).toInt(), 320);
                QCOMPARE(s.value(QStringLiteral("height")).toInt(), 240);
            }
        }
        QVERIFY2(video, output.constData());
        QVERIFY(rxWorker->snapshot().packets > 0);
    }

    // --- supervision -----------------------------------------------------------------------

    void killedPeerRestartedReconnects()
    {
        const QString slt = findTool(QStringLiteral("srt-live-transmit"));
        QVERIFY2(!slt.isEmpty(), "srt-live-transmit is missing: run scripts/setup");
        const int block = 23;
        const QStringList args = {QStringLiteral("-q"), QStringLiteral("udp://127.0.0.1:%1").arg(port(block, 1)),
                                  QStringLiteral("srt://127.0.0.1:%1?mode=listener&latency=300").arg(port(block, 0))};
        QProcess peer;
        peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        peer.start(slt, args);
        QVERIFY(peer.waitForStarted());
        auto rxWorker = startWorker(makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 2)));
        QVERIFY2(waitFor([&] { return isConnected(*rxWorker); }, 5000), qPrintable(describe(*rxWorker)));

        UdpSequenceReceiver receiver;
        QVERIFY(receiver.start(kLoopback, port(block, 2)));
        UdpSequenceSender::Options options;
        options.port = port(block, 1);
        options.mbps = 2.0;
        options.durationMs = 30000;
        UdpSequenceSender sender(options);
        QVERIFY(sender.start());
        QVERIFY2(waitFor([&] { return receiver.counts().unique > 100; }, 3000), "no traffic before the kill");

        peer.kill(); // SIGKILL: no shutdown message, the link just goes silent
        QVERIFY(peer.waitForFinished(2000));
        peer.start(slt, args);
        QVERIFY(peer.waitForStarted());

        QVERIFY2(waitFor([&] { return rxWorker->snapshot().reconnections == 1 && isConnected(*rxWorker); }, 15000),
                 qPrintable(describe(*rxWorker)));
        const qint64 before = receiver.counts().unique;
        QVERIFY2(waitFor([&] { return receiver.counts().unique > before + 100; }, 4000),
                 "traffic did not resume after the reconnection");
        const LinkStats s = rxWorker->snapshot();
        QCOMPARE(s.reconnections, 1);
        QVERIFY2(s.lastError.isEmpty(), qPrintable(s.lastError));
        QCOMPARE(receiver.counts().corrupted, 0);
        sender.stop();
        peer.kill();
        peer.waitForFinished(2000);
    }

    void listenerWaitsAgainWhenPeerLeaves()
    {
        const int block = 24;
        auto tx = startWorker(makeTx(SrtMode::Listener, {}, port(block, 0), port(block, 1)));
        auto rx = startWorker(makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 2)));
        waitBothConnected(*tx, *rx);
        rx->stop();
        QVERIFY2(waitFor([&] { return tx->snapshot().state == LinkState::Waiting; }, 3000), qPrintable(describe(*tx)));
        QVERIFY(!tx->snapshot().lastError.isEmpty()); // says the link was lost
        QCOMPARE(tx->snapshot().reconnections, 0);
        rx->start();
        waitBothConnected(*tx, *rx);
        QCOMPARE(tx->snapshot().reconnections, 1);
        QCOMPARE(rx->snapshot().reconnections, 0); // a new run of the RX
        QVERIFY(tx->snapshot().lastError.isEmpty());
        Transfer t;
        transfer(port(block, 1), port(block, 2), 10.0, 1000, &t);
        QVERIFY2(everythingArrived(t), qPrintable(describe(t)));
        // Totals restart with each link.
        QVERIFY(waitFor([&] { return tx->snapshot().packetsUnique == t.sent; }, 1500));
    }

    void stopReturnsQuickly_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("offset"); // each row has its own ports
        QTest::newRow("rx caller connecting") << int(ServiceKind::Rx) << int(SrtMode::Caller) << 0;
        QTest::newRow("tx caller connecting") << int(ServiceKind::Tx) << int(SrtMode::Caller) << 3;
        QTest::newRow("rx rendezvous connecting") << int(ServiceKind::Rx) << int(SrtMode::Rendezvous) << 6;
        QTest::newRow("tx listener waiting") << int(ServiceKind::Tx) << int(SrtMode::Listener) << 9;
        QTest::newRow("rx listener waiting") << int(ServiceKind::Rx) << int(SrtMode::Listener) << 12;
    }

    void stopReturnsQuickly()
    {
        QFETCH(int, kind);
        QFETCH(int, mode);
        QFETCH(int, offset);
        const int block = 25;
        // Nobody listens on port(block, offset): callers and rendezvous stay "connecting".
        ServiceConfig config = ServiceKind(kind) == ServiceKind::Tx
                                   ? makeTx(SrtMode(mode), kLoopback, port(block, offset), port(block, offset + 1))
                                   : makeRx(SrtMode(mode), kLoopback, port(block, offset), port(block, offset + 2));
        if (SrtMode(mode) == SrtMode::Rendezvous)
            config.bindIp = QStringLiteral("127.0.0.2"); // not a rendezvous with itself
        auto worker = startWorker(config);
        QVERIFY(waitFor([&] { return worker->snapshot().state == LinkState::Waiting; }, 2000));
        QTest::qWait(300);
        QCOMPARE(worker->snapshot().state, LinkState::Waiting);
        QElapsedTimer timer;
        timer.start();
        worker->stop();
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("stop took %1 ms").arg(elapsed)));
        QCOMPARE(worker->snapshot().state, LinkState::Disconnected);
    }

    void stopWhileConnectedAndDestructorStops()
    {
        const int block = 26;
        auto tx = startWorker(makeTx(SrtMode::Listener, {}, port(block, 0), port(block, 1)));
        auto rx = startWorker(makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 2)));
        waitBothConnected(*tx, *rx);
        UdpSequenceSender::Options options;
        options.port = port(block, 1);
        options.mbps = 10;
        options.durationMs = 3000;
        UdpSequenceSender sender(options);
        QVERIFY(sender.start());
        QTest::qWait(300);
        QElapsedTimer timer;
        timer.start();
        tx->stop();
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        timer.restart();
        rx.reset(); // the destructor stops a running worker
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        sender.stop();
    }

    void deadPeerCostsNoCpuAndSaysWhy()
    {
        const int block = 27;
        auto rx = startWorker(makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 2)));
        ServiceConfig rendezvous = makeTx(SrtMode::Rendezvous, kLoopback, port(block, 3), port(block, 1));
        rendezvous.bindIp = QStringLiteral("127.0.0.2");
        auto tx = startWorker(rendezvous);
        const double cpuBefore = processCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        // libsrt gives up after the 3 s connection timeout; the reason names the peer.
        QVERIFY2(waitFor([&] { return rx->snapshot().lastError.contains(QStringLiteral("timed out")); }, 5000),
                 qPrintable(describe(*rx)));
        QTest::qWait(1000);
        const double cpu = processCpuSeconds() - cpuBefore;
        const double wall = double(timer.elapsed()) / 1000.0;
        QVERIFY2(cpu < 0.1 * wall, qPrintable(QStringLiteral("%1 s CPU in %2 s").arg(cpu).arg(wall)));
        QVERIFY2(rx->snapshot().lastError.startsWith(QStringLiteral("Connection to 127.0.0.1:%1").arg(port(block, 0))),
                 qPrintable(rx->snapshot().lastError));
        QVERIFY(!isConnected(*rx));
        QVERIFY(!isConnected(*tx));
    }

    void secondCallerIsRefused()
    {
        const int block = 28;
        auto tx = startWorker(makeTx(SrtMode::Listener, {}, port(block, 0), port(block, 1)));
        auto first = startWorker(makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 2)));
        waitBothConnected(*tx, *first);

        UdpSequenceReceiver receiver;
        QVERIFY(receiver.start(kLoopback, port(block, 2)));
        UdpSequenceSender::Options options;
        options.port = port(block, 1);
        options.mbps = 5;
        options.durationMs = 3000;
        UdpSequenceSender sender(options);
        QVERIFY(sender.start());

        ServiceConfig intruder = makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 3));
        intruder.serviceName = QStringLiteral("intruder");
        auto second = startWorker(intruder);
        QVERIFY2(waitFor([&] { return second->snapshot().lastError.contains(QStringLiteral("already has a peer")); },
                         3000),
                 qPrintable(describe(*second)));
        QVERIFY(!isConnected(*second));

        sender.wait();
        QVERIFY(waitFor([&] { return receiver.counts().received >= sender.sent(); }, 3000));
        Transfer t{sender.sent(), receiver.counts()};
        QVERIFY2(everythingArrived(t), qPrintable(describe(t)));
        QVERIFY(isConnected(*first));
        QCOMPARE(tx->snapshot().reconnections, 0);
        QCOMPARE(first->snapshot().reconnections, 0);
        QVERIFY(!isConnected(*second));
    }

    void twentyServicesAtOnce()
    {
        const int pairs = 10;
        std::vector<std::unique_ptr<RelayWorker>> workers;
        for (int i = 0; i < pairs; ++i) {
            const int block = 30 + i;
            // Half the pairs the other way round: TX caller, RX listener.
            const bool txListens = i % 2 == 0;
            workers.push_back(startWorker(makeTx(txListens ? SrtMode::Listener : SrtMode::Caller, kLoopback,
                                                 port(block, 0), port(block, 1))));
            workers.push_back(startWorker(makeRx(txListens ? SrtMode::Caller : SrtMode::Listener, kLoopback,
                                                 port(block, 0), port(block, 2))));
        }
        QVERIFY2(waitFor(
                     [&] {
                         for (const auto &w : workers)
                             if (!isConnected(*w))
                                 return false;
                         return true;
                     },
                     15000),
                 qPrintable([&] {
                     QStringList states;
                     for (const auto &w : workers)
                         if (!isConnected(*w))
                             states << describe(*w);
                     return states.join(QStringLiteral("; "));
                 }()));

        std::vector<std::unique_ptr<UdpSequenceReceiver>> receivers;
        std::vector<std::unique_ptr<UdpSequenceSender>> senders;
        for (int i = 0; i < pairs; ++i) {
            const int block = 30 + i;
            receivers.push_back(std::make_unique<UdpSequenceReceiver>());
            QVERIFY(receivers.back()->start(kLoopback, port(block, 2)));
            UdpSequenceSender::Options options;
            options.port = port(block, 1);
            options.mbps = 2.0;
            options.durationMs = 3000;
            senders.push_back(std::make_unique<UdpSequenceSender>(options));
        }
        for (auto &sender : senders)
            QVERIFY(sender->start());
        for (auto &sender : senders)
            sender->wait();
        for (int i = 0; i < pairs; ++i) {
            const qint64 sent = senders[i]->sent();
            waitFor([&] { return receivers[i]->counts().received >= sent; }, 3000);
            Transfer t{sent, receivers[i]->counts()};
            QVERIFY2(everythingArrived(t), qPrintable(QStringLiteral("pair %1: ").arg(i) + describe(t)));
        }
        for (const auto &w : workers)
            QCOMPARE(w->snapshot().reconnections, 0);
    }

    // --- inputs and errors -----------------------------------------------------------------

    void oversizedDatagramsAreCountedNotCut()
    {
        const int block = 40;
        auto tx = startWorker(makeTx(SrtMode::Listener, {}, port(block, 0), port(block, 1)));
        auto rx = startWorker(makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 2)));
        waitBothConnected(*tx, *rx);
        UdpSequenceReceiver receiver;
        QVERIFY(receiver.start(kLoopback, port(block, 2)));
        UdpSequenceSender::Options big;
        big.port = port(block, 1);
        big.mbps = 5;
        big.count = 20;
        big.datagramBytes = 1400; // > 1316, the live payload size
        UdpSequenceSender bigSender(big);
        QVERIFY(bigSender.start());
        bigSender.wait();
        UdpSequenceSender::Options fits = big;
        fits.datagramBytes = 1316;
        fits.firstSequence = 1000;
        UdpSequenceSender fitSender(fits);
        QVERIFY(fitSender.start());
        fitSender.wait();
        QVERIFY2(waitFor([&] { return tx->snapshot().oversizedDatagrams == 20; }, 2000),
                 qPrintable(QString::number(tx->snapshot().oversizedDatagrams)));
        QVERIFY(waitFor([&] { return receiver.counts().received >= 20; }, 2000));
        QTest::qWait(200);
        const auto counts = receiver.counts();
        QCOMPARE(counts.received, 20); // only the datagrams that fit, none cut
        QCOMPARE(counts.corrupted, 0);
        QCOMPARE(counts.unique, 20);
        QVERIFY(isConnected(*tx));
    }

    void udpPortInUseIsReportedAndRetried()
    {
        const int block = 41;
        const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(quint16(port(block, 1)));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QVERIFY(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0);

        auto tx = startWorker(makeTx(SrtMode::Listener, {}, port(block, 0), port(block, 1)));
        QVERIFY2(waitFor([&] { return tx->snapshot().lastError.contains(QStringLiteral("Cannot receive UDP")); }, 2000),
                 qPrintable(describe(*tx)));
        QCOMPARE(tx->snapshot().state, LinkState::Disconnected);
        QVERIFY2(tx->snapshot().lastError.contains(udp(port(block, 1))), qPrintable(tx->snapshot().lastError));
        ::close(fd);
        // Retried with back-off: once the port is free it listens, and the error is gone.
        QVERIFY2(waitFor([&] { return tx->snapshot().state == LinkState::Waiting; }, 6000), qPrintable(describe(*tx)));
        QVERIFY(tx->snapshot().lastError.isEmpty());
        auto rx = startWorker(makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 2)));
        waitBothConnected(*tx, *rx);
    }

    void stateChangesAreSignalled()
    {
        const int block = 42;
        std::atomic<int> calls{0};
        RelayWorker tx(makeTx(SrtMode::Listener, {}, port(block, 0), port(block, 1)), *m_engine, [&] { ++calls; });
        tx.start();
        QVERIFY(waitFor([&] { return tx.snapshot().state == LinkState::Waiting; }, 2000));
        const int afterStart = calls.load();
        QVERIFY(afterStart >= 1);
        auto rx = startWorker(makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 2)));
        QVERIFY(waitFor([&] { return isConnected(tx); }, 3000));
        QVERIFY(waitFor([&] { return calls.load() > afterStart; }, 1000));
        const int afterConnect = calls.load();
        rx->stop();
        QVERIFY(waitFor([&] { return calls.load() > afterConnect; }, 3000));
        tx.stop();
    }

    void bondingIsUnavailableWithTheSystemLibrary()
    {
        QVERIFY(!m_runtime->bondingSupported()); // Debian's libsrt 1.5.1 is built without bonding
        const QString reason = m_runtime->bondingUnavailableReason();
        QVERIFY(reason.contains(QStringLiteral("SRTDESK_BONDED_LIBSRT")));
        QVERIFY(reason.contains(QStringLiteral("CVE-2026-55868")));
        QVERIFY(reason.contains(QStringLiteral("without bonding")));
        const int block = 43;
        ServiceConfig rx = makeRx(SrtMode::Caller, kLoopback, port(block, 0), port(block, 2));
        rx.groupConnect = true;
        rx.groupIp1 = QStringLiteral("127.0.0.1");
        rx.groupIp2 = QStringLiteral("127.0.0.2");
        auto worker = startWorker(rx);
        QVERIFY(waitFor([&] { return worker->snapshot().lastError == reason; }, 1000));
        QCOMPARE(worker->snapshot().state, LinkState::Disconnected);
        QElapsedTimer timer;
        timer.start();
        worker->stop();
        QVERIFY(timer.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(TestRelayEngine)
#include "TestRelayEngine.moc"
