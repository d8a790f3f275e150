// SPDX-License-Identifier: GPL-3.0-or-later
// The engine as a pool (issue 13): services spread over a fixed number of I/O threads, one of
// them stopping while the others keep relaying; callers sharing one local port (one libsrt
// multiplexer) and a caller with SourcePort getting its own; rates over the last interval
// falling to zero when the input stops. Real libsrt sockets on loopback, real UDP traffic.
// Ports 36000-36999 (SRTDESK_ENGINE_POOL_PORT_BASE moves them).
#include "core/engine/RelayEngine.h"
#include "core/engine/RelayWorker.h"
#include "core/engine/SrtRuntime.h"
#include "core/monitor/PayloadTap.h"
#include "tests/tools/UdpSequenceReceiver.h"
#include "tests/tools/UdpSequenceSender.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTest>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace srtdesk;
using srtdesk::testtools::UdpSequenceReceiver;
using srtdesk::testtools::UdpSequenceSender;

namespace {

int port(int offset)
{
    static const int base = qEnvironmentVariableIntValue("SRTDESK_ENGINE_POOL_PORT_BASE") > 0
                                ? qEnvironmentVariableIntValue("SRTDESK_ENGINE_POOL_PORT_BASE")
                                : 36000;
    return base + offset;
}

const QString kLoopback = QStringLiteral("127.0.0.1");

QString udp(int port)
{
    return kLoopback + QLatin1Char(':') + QString::number(port);
}

ServiceConfig tx(int srtPort, int udpIn)
{
    ServiceConfig c = ServiceConfig::defaults(ServiceKind::Tx);
    c.serviceName = QStringLiteral("tx-%1").arg(srtPort);
    c.mode = SrtMode::Listener;
    c.listenPort = srtPort;
    c.udpAddress = udp(udpIn);
    c.latency = 400; // room for a loaded 2-core test machine
    return c;
}

ServiceConfig rx(int srtPort, int udpOut)
{
    ServiceConfig c = ServiceConfig::defaults(ServiceKind::Rx);
    c.serviceName = QStringLiteral("rx-%1").arg(srtPort);
    c.mode = SrtMode::Caller;
    c.peerIp = kLoopback;
    c.listenPort = srtPort;
    c.udpAddress = udp(udpOut);
    c.latency = 400;
    return c;
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

QString describe(const RelayWorker &worker)
{
    const LinkStats s = worker.snapshot();
    return QStringLiteral("%1: state=%2 lastError=\"%3\"").arg(worker.config().serviceName).arg(int(s.state)).arg(s.lastError);
}

QString notConnected(const std::vector<std::unique_ptr<RelayWorker>> &workers)
{
    QStringList states;
    for (const auto &w : workers) {
        if (!isConnected(*w))
            states << describe(*w);
    }
    return states.join(QStringLiteral("; "));
}

bool allConnected(const std::vector<std::unique_ptr<RelayWorker>> &workers)
{
    return notConnected(workers).isEmpty();
}

// One stream of sequence-numbered datagrams into a TX, counted behind its RX.
struct Stream
{
    Stream(int udpIn, int udpOut, double mbps, int durationMs)
    {
        receiver.start(kLoopback, udpOut);
        UdpSequenceSender::Options options;
        options.port = udpIn;
        options.mbps = mbps;
        options.durationMs = durationMs;
        sender = std::make_unique<UdpSequenceSender>(options);
    }
    bool complete() const
    {
        const auto c = receiver.counts();
        const qint64 sent = sender->sent();
        return sent > 0 && c.received == sent && c.unique == sent && c.missing == 0 && c.duplicates == 0
               && c.corrupted == 0;
    }
    QString text() const
    {
        const auto c = receiver.counts();
        return QStringLiteral("sent=%1 received=%2 unique=%3 missing=%4 duplicates=%5 corrupted=%6")
            .arg(sender->sent())
            .arg(c.received)
            .arg(c.unique)
            .arg(c.missing)
            .arg(c.duplicates)
            .arg(c.corrupted);
    }
    UdpSequenceReceiver receiver;
    std::unique_ptr<UdpSequenceSender> sender;
};

// The threads of this process whose name starts with `prefix` (/proc/self/task/*/comm).
int threadsNamed(const QString &prefix)
{
    int count = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && QString::fromLatin1(comm.readAll()).startsWith(prefix))
            ++count;
    }
    return count;
}

// UDP sockets bound to local `port` in this network namespace, as ss -uan lists them
// (/proc/net/udp: "sl local_address rem_address ...", the port in hex after the colon).
int udpSocketsOnPort(int port)
{
    QFile table(QStringLiteral("/proc/net/udp"));
    if (!table.open(QIODevice::ReadOnly))
        return -1;
    int count = 0;
    const QList<QByteArray> lines = table.readAll().split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 2 && fields[1].split(':').value(1).toInt(nullptr, 16) == port)
            ++count;
    }
    return count;
}

// Counts what the engine hands to stream monitoring.
class CountingTap final : public PayloadTap
{
public:
    void payload(const std::uint8_t *data, std::size_t length, std::int64_t nowUs) override
    {
        if (data && length > 0 && nowUs > 0)
            ++datagrams;
        bytes += qint64(length);
    }
    void linkUp(std::int64_t /*nowUs*/) override { ++links; }

    std::atomic<qint64> datagrams{0};
    std::atomic<qint64> bytes{0};
    std::atomic<int> links{0};
};

// CPU seconds of this process's I/O threads so far (utime + stime of /proc/self/task/*/stat).
double ioThreadCpuSeconds()
{
    double seconds = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        QFile stat(tasks.filePath(task + QStringLiteral("/stat")));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly)
            || !comm.readAll().startsWith("srtdesk-io"))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        seconds += double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    return seconds;
}

} // namespace

class TestEnginePool : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SrtRuntime> m_runtime;

    static std::unique_ptr<RelayWorker> start(RelayEngine &engine, const ServiceConfig &config, int statsMs = 200,
                                              std::shared_ptr<PayloadTap> tap = {})
    {
        auto worker = std::make_unique<RelayWorker>(config, engine, RelayWorker::StateCallback{}, std::move(tap));
        worker->setStatsIntervalMs(statsMs);
        worker->start();
        return worker;
    }

private slots:
    void initTestCase() { m_runtime = std::make_unique<SrtRuntime>(); }
    void cleanupTestCase() { m_runtime.reset(); }

    void everyShardRunsServicesAndOneStopsWhileOthersRelay()
    {
        const int shards = 3;
        RelayEngine engine(*m_runtime, shards);
        QCOMPARE(engine.ioThreads(), shards);
        // Three pairs: the engine gives each new service the least loaded I/O thread.
        std::vector<std::unique_ptr<RelayWorker>> workers;
        for (int pair = 0; pair < shards; ++pair) {
            workers.push_back(start(engine, tx(port(10 * pair), port(10 * pair + 1))));
            workers.push_back(start(engine, rx(port(10 * pair), port(10 * pair + 2))));
        }
        QSet<int> used;
        for (const auto &w : workers)
            used.insert(w->ioThread());
        QCOMPARE(used, (QSet<int>{0, 1, 2}));
        QVERIFY2(waitFor([&] { return allConnected(workers); }, 10000), qPrintable(notConnected(workers)));
        // Threads by cores, not by services: six services, three I/O threads. (Polled: libsrt
        // names a thread it creates by renaming its creator for a moment, an I/O thread too.)
        QVERIFY2(waitFor([&] { return threadsNamed(QStringLiteral("srtdesk-io")) == shards; }, 2000),
                 qPrintable(QString::number(threadsNamed(QStringLiteral("srtdesk-io")))));

        std::vector<std::unique_ptr<Stream>> streams;
        for (int pair = 0; pair < shards; ++pair)
            streams.push_back(std::make_unique<Stream>(port(10 * pair + 1), port(10 * pair + 2), 4.0, 3000));
        for (auto &s : streams)
            QVERIFY(s->sender->start());
        QTest::qWait(700);
        // Pair 0 stops (RX first, then TX) in the middle of the traffic, on its threads...
        QElapsedTimer timer;
        timer.start();
        workers[1]->stop();
        workers[0]->stop();
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("two stops took %1 ms").arg(timer.elapsed())));
        QCOMPARE(workers[0]->snapshot().state, LinkState::Disconnected);
        QCOMPARE(workers[0]->ioThread(), -1);
        // ...and the other pairs, sharing those threads, carry every datagram.
        for (auto &s : streams)
            s->sender->wait();
        for (int pair = 1; pair < shards; ++pair) {
            const Stream &s = *streams[std::size_t(pair)];
            QVERIFY2(waitFor([&] { return s.complete(); }, 3000), qPrintable(QStringLiteral("pair %1: ").arg(pair) + s.text()));
        }
        for (std::size_t i = 2; i < workers.size(); ++i) {
            QVERIFY2(isConnected(*workers[i]), qPrintable(describe(*workers[i])));
            QCOMPARE(workers[i]->snapshot().reconnections, 0);
        }
        // The stopped pair starts again on the same engine and connects.
        workers[0]->start();
        workers[1]->start();
        QVERIFY2(waitFor([&] { return isConnected(*workers[0]) && isConnected(*workers[1]); }, 8000),
                 qPrintable(describe(*workers[0]) + QStringLiteral("; ") + describe(*workers[1])));
    }

    void fiftyCallersShareOneLocalPortAndSourcePortGetsItsOwn()
    {
        const int callers = 50;
        // The listeners (one port each, as in the original API) on an engine of their own; the
        // callers on a one-thread engine: one shared port for all of them.
        RelayEngine listeners(*m_runtime, 2);
        RelayEngine callerEngine(*m_runtime, 1);
        std::vector<std::unique_ptr<RelayWorker>> txs;
        std::vector<std::unique_ptr<RelayWorker>> rxs;
        for (int i = 0; i < callers; ++i)
            txs.push_back(start(listeners, tx(port(100 + i), port(200 + i)), 1000));
        for (int i = 0; i < callers; ++i)
            rxs.push_back(start(callerEngine, rx(port(100 + i), port(300 + i)), 1000));
        // One more pair whose RX leaves from a port of its own.
        txs.push_back(start(listeners, tx(port(400), port(401)), 1000));
        ServiceConfig own = rx(port(400), port(402));
        own.sourcePort = port(403);
        rxs.push_back(start(callerEngine, own, 1000));
        QVERIFY2(waitFor([&] { return allConnected(rxs) && allConnected(txs); }, 20000),
                 qPrintable(notConnected(rxs) + notConnected(txs)));

        const int shared = rxs.front()->snapshot().localPort;
        QVERIFY(shared > 0);
        for (int i = 0; i < callers; ++i)
            QCOMPARE(rxs[std::size_t(i)]->snapshot().localPort, shared);
        QCOMPARE(rxs.back()->snapshot().localPort, port(403));
        // The kernel agrees: one UDP socket on the shared port (one multiplexer), one on SourcePort.
        QCOMPARE(udpSocketsOnPort(shared), 1);
        QCOMPARE(udpSocketsOnPort(port(403)), 1);
        // Each listener still has its own port, and each TX sees its caller coming from the shared one.
        for (int i = 0; i < callers; ++i)
            QCOMPARE(txs[std::size_t(i)]->snapshot().localPort, port(100 + i));

        std::vector<std::unique_ptr<Stream>> streams;
        for (int i = 0; i < callers; ++i)
            streams.push_back(std::make_unique<Stream>(port(200 + i), port(300 + i), 0.5, 2000));
        streams.push_back(std::make_unique<Stream>(port(401), port(402), 0.5, 2000));
        for (auto &s : streams)
            QVERIFY(s->sender->start());
        for (auto &s : streams)
            s->sender->wait();
        for (std::size_t i = 0; i < streams.size(); ++i) {
            const Stream &s = *streams[i];
            QVERIFY2(waitFor([&] { return s.complete(); }, 4000), qPrintable(QStringLiteral("stream %1: ").arg(i) + s.text()));
        }
        for (const auto &w : rxs)
            QCOMPARE(w->snapshot().reconnections, 0);
    }

    void ratesFollowTheInputAndFallToZeroWhenItStops()
    {
        const int intervalMs = 250;
        RelayEngine engine(*m_runtime, 2);
        ServiceConfig txConfig = tx(port(500), port(501));
        ServiceConfig rxConfig = rx(port(500), port(502));
        txConfig.latency = rxConfig.latency = 80;
        // A cap well above the input: with SrtBw 0 libsrt paces at its own estimate of the
        // input rate, which lags for a second when the input starts unevenly on a busy machine.
        txConfig.srtBw = 20000;
        auto txWorker = start(engine, txConfig, intervalMs);
        auto rxWorker = start(engine, rxConfig, intervalMs);
        QVERIFY2(waitFor([&] { return isConnected(*txWorker) && isConnected(*rxWorker); }, 8000),
                 qPrintable(describe(*txWorker) + QStringLiteral("; ") + describe(*rxWorker)));
        Stream stream(port(501), port(502), 8.0, 60000);
        QVERIFY(stream.sender->start());
        // While the input flows: the SRT rates (with libsrt's 44 header bytes per packet) and the
        // UDP rates (payload) near 8 Mbit/s.
        const auto near8 = [](double rate) { return rate > 6.5 && rate < 10.0; };
        QVERIFY2(waitFor(
                     [&] {
                         const LinkStats t = txWorker->snapshot();
                         const LinkStats r = rxWorker->snapshot();
                         return near8(t.mbitRate) && near8(t.inputMbitRate) && near8(r.mbitRate)
                                && near8(r.outputMbitRate);
                     },
                     5000),
                 qPrintable(QStringLiteral("tx %1 in %2, rx %3 out %4")
                                .arg(txWorker->snapshot().mbitRate)
                                .arg(txWorker->snapshot().inputMbitRate)
                                .arg(rxWorker->snapshot().mbitRate)
                                .arg(rxWorker->snapshot().outputMbitRate)));
        QCOMPARE(rxWorker->snapshot().inputMbitRate, 0.0); // an RX has no UDP input
        QCOMPARE(txWorker->snapshot().outputMbitRate, 0.0);

        // The input stops; once the last datagram is out of the RX, two intervals later (plus
        // one pass of the I/O thread) every rate is below 0.05 Mbit/s, the link still up.
        stream.sender->stop();
        const qint64 sent = stream.sender->sent();
        QVERIFY2(waitFor([&] { return stream.receiver.counts().received >= sent; }, 3000), qPrintable(stream.text()));
        QElapsedTimer timer;
        timer.start();
        const auto quiet = [&] {
            const LinkStats t = txWorker->snapshot();
            const LinkStats r = rxWorker->snapshot();
            return t.mbitRate < 0.05 && t.inputMbitRate < 0.05 && r.mbitRate < 0.05 && r.outputMbitRate < 0.05;
        };
        QVERIFY2(waitFor(quiet, 2 * intervalMs + 100),
                 qPrintable(QStringLiteral("after %1 ms: tx %2 in %3, rx %4 out %5")
                                .arg(timer.elapsed())
                                .arg(txWorker->snapshot().mbitRate)
                                .arg(txWorker->snapshot().inputMbitRate)
                                .arg(rxWorker->snapshot().mbitRate)
                                .arg(rxWorker->snapshot().outputMbitRate)));
        QVERIFY(isConnected(*txWorker)); // link up, no media: visible as such
        QVERIFY(isConnected(*rxWorker));
        QTest::qWait(3 * intervalMs);
        QVERIFY(quiet()); // and it stays there
    }

    void payloadTapSeesEveryDatagramAndEachLink()
    {
        RelayEngine engine(*m_runtime, 2);
        auto txTap = std::make_shared<CountingTap>();
        auto rxTap = std::make_shared<CountingTap>();
        auto txWorker = start(engine, tx(port(600), port(601)), 200, txTap);
        QVERIFY(waitFor([&] { return txWorker->snapshot().state == LinkState::Waiting; }, 3000));
        QTest::qWait(100); // the UDP input is open once the listener is
        // No peer yet: the TX still reads its input, and the tap sees every datagram.
        {
            Stream before(port(601), port(602), 2.0, -1);
            UdpSequenceSender::Options options;
            options.port = port(601);
            options.count = 50;
            UdpSequenceSender sender(options);
            QVERIFY(sender.start());
            sender.wait();
        }
        QVERIFY2(waitFor([&] { return txTap->datagrams == 50; }, 2000), qPrintable(QString::number(txTap->datagrams)));
        QCOMPARE(txTap->links.load(), 0);

        auto rxWorker = start(engine, rx(port(600), port(602)), 200, rxTap);
        QVERIFY2(waitFor([&] { return isConnected(*txWorker) && isConnected(*rxWorker); }, 8000),
                 qPrintable(describe(*txWorker) + QStringLiteral("; ") + describe(*rxWorker)));
        QVERIFY(waitFor([&] { return txTap->links == 1; }, 1000)); // TX: when its peer connects
        QCOMPARE(rxTap->links.load(), 0);                          // RX: with its first message

        Stream stream(port(601), port(602), 4.0, 1000);
        QVERIFY(stream.sender->start());
        stream.sender->wait();
        QVERIFY2(waitFor([&] { return stream.complete(); }, 4000), qPrintable(stream.text()));
        const qint64 sent = stream.sender->sent();
        QVERIFY(waitFor([&] { return rxTap->datagrams == sent; }, 1000));
        QCOMPARE(txTap->datagrams.load(), 50 + sent);
        QCOMPARE(rxTap->bytes.load(), sent * 1316);
        QCOMPARE(rxTap->links.load(), 1);
        QCOMPARE(txTap->links.load(), 1);
    }

    // Issue 13: a tap that does nothing costs nothing measurable. The same 3 s at 40 Mbit/s
    // with and without a counting tap; both deliver everything, the I/O threads' CPU is
    // reported (not asserted: the machine's load decides it).
    void payloadTapCost()
    {
        double cpu[2] = {0, 0};
        for (int withTap = 0; withTap < 2; ++withTap) {
            RelayEngine engine(*m_runtime, 2);
            auto tap = withTap ? std::make_shared<CountingTap>() : nullptr;
            auto txWorker = start(engine, tx(port(700 + withTap * 10), port(701 + withTap * 10)), 1000, tap);
            auto rxWorker = start(engine, rx(port(700 + withTap * 10), port(702 + withTap * 10)), 1000, tap);
            QVERIFY(waitFor([&] { return isConnected(*txWorker) && isConnected(*rxWorker); }, 8000));
            Stream stream(port(701 + withTap * 10), port(702 + withTap * 10), 40.0, 3000);
            const double before = ioThreadCpuSeconds();
            QVERIFY(stream.sender->start());
            stream.sender->wait();
            QVERIFY2(waitFor([&] { return stream.complete(); }, 4000), qPrintable(stream.text()));
            cpu[withTap] = ioThreadCpuSeconds() - before;
            if (tap)
                QCOMPARE(tap->datagrams.load(), 2 * stream.sender->sent()); // TX read + RX written
        }
        qInfo().noquote() << QStringLiteral("I/O threads' CPU for 3 s at 40 Mbit/s: %1 s without a tap, %2 s with a counting tap")
                                 .arg(cpu[0], 0, 'f', 2)
                                 .arg(cpu[1], 0, 'f', 2);
    }
};

QTEST_GUILESS_MAIN(TestEnginePool)
#include "TestEnginePool.moc"
