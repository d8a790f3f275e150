// SPDX-License-Identifier: GPL-3.0-or-later
// ts_errors and ts_sync from the real TS analyser: MPEG-TS made by ffmpeg (tests/monitor's
// fixtures), edited, fed through a StreamMonitor as the engine would, and its StreamHealth handed
// to AlarmEvaluator once a second, as ServiceManager's tick will once the engine taps payload.
#include "core/alarms/AlarmEvaluator.h"
#include "core/monitor/StreamMonitor.h"
#include "tests/monitor/TsFixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk;
using namespace tsfixtures;

namespace {

constexpr std::int64_t kStartUs = 1'000'000'000;

// Feeds `ts` through a monitor and evaluates a tick at every second of stream time.
class StreamRun
{
public:
    QList<AlarmEvaluator::Transition> feedAll(const QByteArray &ts)
    {
        QList<AlarmEvaluator::Transition> out;
        m_now = feed(m_monitor, ts, m_now, 7 * kPacket, [&](std::int64_t nowUs) {
            if (nowUs - m_lastTickUs < 1000000)
                return;
            m_lastTickUs = nowUs;
            ServiceTick tick;
            tick.serviceId = 1;
            tick.nowMs = nowUs / 1000;
            tick.intervalMs = 1000;
            tick.stats.state = LinkState::Connected;
            tick.inputMbitRate = 4;
            tick.packets = 1000;
            tick.health = m_monitor.health(nowUs);
            m_formats.append(tick.health->format);
            out.append(m_evaluator.evaluate(tick, AlarmRules::defaults()));
        });
        return out;
    }
    const StreamHealth health() const { return m_monitor.health(m_now); }
    QList<StreamFormat> formats() const { return m_formats; } // at each tick

private:
    StreamMonitor m_monitor;
    AlarmEvaluator m_evaluator;
    std::int64_t m_now = kStartUs;
    std::int64_t m_lastTickUs = kStartUs;
    QList<StreamFormat> m_formats;
};

QList<AlarmType> raisedTypes(const QList<AlarmEvaluator::Transition> &transitions)
{
    QList<AlarmType> types;
    for (const auto &t : transitions) {
        if (t.raised)
            types.append(t.type);
    }
    return types;
}

} // namespace

class TestStreamAlarms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanStreamRaisesNothing();
    void continuityErrorsRaiseTsErrors();
    void garbageAfterTsRaisesSyncLoss();
    void neverTsRaisesNoSyncLoss();

private:
    QTemporaryDir m_dir;
    QByteArray m_ts;
};

void TestStreamAlarms::initTestCase()
{
    const QString path = makeTwoProgramStream(m_dir.path(), 6.0);
    QVERIFY2(!path.isEmpty(), "ffmpeg could not make the stream");
    m_ts = readFile(path);
    QVERIFY(m_ts.size() > 1000 * kPacket);
}

void TestStreamAlarms::cleanStreamRaisesNothing()
{
    StreamRun run;
    QVERIFY(raisedTypes(run.feedAll(m_ts)).isEmpty());
    QVERIFY(run.formats().size() >= 5);
    QCOMPARE(run.formats().last(), StreamFormat::MpegTs);
}

void TestStreamAlarms::continuityErrorsRaiseTsErrors()
{
    // 25 video packets with a wrong continuity counter: 25 priority 1 errors within a minute,
    // above the default 10.
    QByteArray ts = m_ts;
    int corrupted = 0;
    int sinceLast = 0;
    for (int i = 0; i < ts.size() / kPacket && corrupted < 25; ++i) {
        std::uint8_t *p = packetAt(ts, i);
        if (pidOf(ts, i) != 0x100 || !hasPayload(p) || hasDiscontinuityIndicator(p) || ++sinceLast < 40)
            continue;
        p[3] = std::uint8_t((p[3] & 0xF0) | ((p[3] + 8) & 0x0F));
        ++corrupted;
        sinceLast = 0;
    }
    QCOMPARE(corrupted, 25);
    StreamRun run;
    const auto transitions = run.feedAll(ts);
    QCOMPARE(raisedTypes(transitions), QList<AlarmType>{AlarmType::TsErrors});
    QCOMPARE(run.health().total.ccErrors, 25);
}

void TestStreamAlarms::garbageAfterTsRaisesSyncLoss()
{
    StreamRun run;
    QVERIFY(raisedTypes(run.feedAll(m_ts)).isEmpty());
    // Then three seconds of bytes that are not TS at the same rate.
    QByteArray garbage(3 * kMuxRate / 8, '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 131 + 7) % 251);
    const QList<AlarmType> raised = raisedTypes(run.feedAll(garbage));
    QVERIFY2(raised.contains(AlarmType::TsSync), qPrintable(QString::number(raised.size())));
    QVERIFY(run.health().total.syncLosses >= 1);
}

void TestStreamAlarms::neverTsRaisesNoSyncLoss()
{
    const QString raw = makeRawH264(m_dir.path(), 3.0);
    QVERIFY(!raw.isEmpty());
    // Repeated to five seconds at the feeding rate, so that five ticks see it.
    const QByteArray once = readFile(raw);
    QVERIFY(!once.isEmpty());
    QByteArray payload;
    while (payload.size() < 5 * kMuxRate / 8)
        payload += once;
    StreamRun run;
    QVERIFY(raisedTypes(run.feedAll(payload)).isEmpty());
    QVERIFY(run.formats().size() >= 4);
    QCOMPARE(run.formats().last(), StreamFormat::Other);
}

QTEST_GUILESS_MAIN(TestStreamAlarms)
#include "TestStreamAlarms.moc"
