// SPDX-License-Identifier: GPL-3.0-or-later
// Stream monitoring with real MPEG-TS made by ffmpeg at test time and ffprobe as the
// independent judge: the TS analyser's programs, PIDs, codecs, rates and TR 101 290
// counters, the probe and the thumbnail.
#include "TsFixtures.h"

#include "core/model/StreamJson.h"
#include "core/monitor/StreamMonitor.h"
#include "core/monitor/TsAnalyzer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace srtdesk;
using namespace tsfixtures;

namespace {

constexpr std::int64_t kStartUs = 1000000000; // an arbitrary steady_clock reading

int hexPid(const QJsonValue &id)
{
    return id.toString().toInt(nullptr, 16);
}

const TsPidInfo *findPid(const StreamHealth &health, int pid)
{
    for (const TsProgramInfo &program : health.programs) {
        for (const TsPidInfo &info : program.pids) {
            if (info.pid == pid)
                return &info;
        }
    }
    return nullptr;
}

QString countersText(const TsErrorCounters &c)
{
    return QStringLiteral("syncLosses %1 syncByteErrors %2 pat %3 cc %4 pmt %5 pid %6 pcrRep %7 pcrDisc %8")
        .arg(c.syncLosses).arg(c.syncByteErrors).arg(c.patErrors).arg(c.ccErrors).arg(c.pmtErrors)
        .arg(c.pidErrors).arg(c.pcrRepetitionErrors).arg(c.pcrDiscontinuities);
}

// Feeds a whole stream through a fresh analyser and returns the health at its end.
StreamHealth analyse(const QByteArray &ts, int datagram = 7 * kPacket)
{
    TsAnalyzer analyzer;
    analyzer.linkUp(kStartUs);
    const std::int64_t end = feed(analyzer, ts, kStartUs, datagram);
    analyzer.publishNow(end);
    return *analyzer.latest();
}

} // namespace

class TestStreamMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void programsPidsAndCodecsMatchFfprobe();
    void healthJsonHasTheRestShape();
    void unalignedDatagramsGiveTheSameCounts();
    void corruptedContinuityCountersCountOncePerPacket();
    void lostPacketsCountOncePerGap();
    void removedPatCountsOnePatErrorPerHalfSecond();
    void patWithWrongTableIdOrScrambledCountsOncePerPacket();
    void syncByteErrorsAndSyncLoss();
    void pcrJumpsAndSparsePcrs();
    void absentPidCountsOncePerFiveSeconds();
    void nonTsPayloadIsOtherWithoutErrors_data();
    void nonTsPayloadIsOtherWithoutErrors();
    void noPayloadIsNone();
    void ringRecordsOnlyWhenAskedAndStaysBounded();
    void probeReportsWhatFfprobeReports();
    void probeWhileTheStreamFlows();
    void thumbnailIsAJpegOfTheRightSize_data();
    void thumbnailIsAJpegOfTheRightSize();
    void thumbnailWithoutVideoOrPayloadSaysWhy();

private:
    QTemporaryDir m_dir;
    QString m_twoPrograms;
    QByteArray m_ts;
    QJsonObject m_probe;
};

void TestStreamMonitor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_twoPrograms = makeTwoProgramStream(m_dir.path(), 6.0);
    QVERIFY2(!m_twoPrograms.isEmpty(), "ffmpeg could not make the two-program stream");
    m_ts = readFile(m_twoPrograms);
    QVERIFY(m_ts.size() > 100 * kPacket);
    QCOMPARE(m_ts.size() % kPacket, 0);
    m_probe = ffprobe(m_twoPrograms);
    QCOMPARE(m_probe.value(QStringLiteral("programs")).toArray().size(), 2);
}

void TestStreamMonitor::programsPidsAndCodecsMatchFfprobe()
{
    TsAnalyzer analyzer;
    analyzer.linkUp(kStartUs);
    const std::int64_t end = feed(analyzer, m_ts, kStartUs);
    const StreamHealth lastSecond = *analyzer.latest(); // the last full interval, for the rates
    analyzer.publishNow(end);
    const StreamHealth health = *analyzer.latest();
    QVERIFY(qAbs(lastSecond.intervalSecs - 1.0) < 0.01);
    QCOMPARE(health.format, StreamFormat::MpegTs);
    QVERIFY2(health.total == TsErrorCounters(), qPrintable(countersText(health.total)));

    const QMap<int, qint64> counts = packetsPerPid(m_ts);
    const double seconds = m_probe.value(QStringLiteral("format")).toObject().value(QStringLiteral("duration")).toString().toDouble();
    const QJsonArray programs = m_probe.value(QStringLiteral("programs")).toArray();
    QCOMPARE(health.programs.size(), programs.size());
    for (int i = 0; i < programs.size(); ++i) {
        const QJsonObject expected = programs.at(i).toObject();
        const TsProgramInfo &program = health.programs.at(i);
        QCOMPARE(program.number, expected.value(QStringLiteral("program_num")).toInt());
        QCOMPARE(program.pmtPid, expected.value(QStringLiteral("pmt_pid")).toInt());
        QCOMPARE(program.pcrPid, expected.value(QStringLiteral("pcr_pid")).toInt());
        const QJsonArray streams = expected.value(QStringLiteral("streams")).toArray();
        QCOMPARE(program.pids.size(), streams.size() + 1); // the PMT PID first
        QCOMPARE(program.pids.first().pid, program.pmtPid);
        QCOMPARE(program.pids.first().kind, PidKind::Psi);
        for (int k = 0; k < streams.size(); ++k) {
            const QJsonObject stream = streams.at(k).toObject();
            const TsPidInfo &pid = program.pids.at(k + 1);
            QCOMPARE(pid.pid, hexPid(stream.value(QStringLiteral("id"))));
            QCOMPARE(pid.codec, stream.value(QStringLiteral("codec_name")).toString());
            QCOMPARE(toWire(pid.kind), stream.value(QStringLiteral("codec_type")).toString());
            QCOMPARE(pid.language, stream.value(QStringLiteral("tags")).toObject().value(QStringLiteral("language")).toString());
            // Every packet of the file counted, and the last second's rate near the file's average.
            QCOMPARE(pid.packets, counts.value(pid.pid));
            const double average = counts.value(pid.pid) * 188.0 * 8 / seconds / 1e6;
            const double tolerance = pid.kind == PidKind::Audio ? 0.15 : 0.5;
            const double rate = findPid(lastSecond, pid.pid)->mbitRate;
            QVERIFY2(qAbs(rate - average) <= tolerance * average,
                     qPrintable(QStringLiteral("PID %1: %2 Mbit/s, file average %3").arg(pid.pid).arg(rate).arg(average)));
        }
    }
    const double ffprobeRate = m_probe.value(QStringLiteral("format")).toObject().value(QStringLiteral("bit_rate")).toString().toDouble() / 1e6;
    QVERIFY2(qAbs(lastSecond.tsMbitRate - ffprobeRate) < 0.02 * ffprobeRate,
             qPrintable(QStringLiteral("%1 against ffprobe's %2").arg(lastSecond.tsMbitRate).arg(ffprobeRate)));
    QCOMPARE(health.tsPackets, qint64(m_ts.size() / kPacket));
}

void TestStreamMonitor::healthJsonHasTheRestShape()
{
    const StreamHealth health = analyse(m_ts);
    const QByteArray json = StreamJson::health(health).toJson();
    const QJsonObject stream = QJsonDocument::fromJson(json).object();
    QCOMPARE(StreamJson::health(health).keys(),
             (QList<QString>{QStringLiteral("Format"), QStringLiteral("TsMbitRate"), QStringLiteral("SyncLosses"),
                             QStringLiteral("SyncByteErrors"), QStringLiteral("PatErrors"), QStringLiteral("CcErrors"),
                             QStringLiteral("PmtErrors"), QStringLiteral("PidErrors"), QStringLiteral("PcrRepetitionErrors"),
                             QStringLiteral("PcrDiscontinuities"), QStringLiteral("Programs")}));
    QCOMPARE(stream.value(QStringLiteral("Format")).toString(), QStringLiteral("mpegts"));
    const QJsonArray programs = stream.value(QStringLiteral("Programs")).toArray();
    QCOMPARE(programs.size(), 2);
    const QJsonObject first = programs.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("Number")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("PmtPid")).toInt(), health.programs.at(0).pmtPid);
    const QJsonObject video = first.value(QStringLiteral("Pids")).toArray().at(1).toObject();
    QCOMPARE(video.keys().size(), 4);
    QCOMPARE(video.value(QStringLiteral("Kind")).toString(), QStringLiteral("video"));
    QCOMPARE(video.value(QStringLiteral("Codec")).toString(), QStringLiteral("mpeg2video"));
    QVERIFY(json.contains("\"Pids\": [{\"Pid\": "));
}

void TestStreamMonitor::unalignedDatagramsGiveTheSameCounts()
{
    const StreamHealth aligned = analyse(m_ts);
    for (int datagram : {1000, 1500, 4096}) {
        const StreamHealth other = analyse(m_ts, datagram);
        QVERIFY2(other.total == TsErrorCounters(), qPrintable(countersText(other.total)));
        QCOMPARE(other.tsPackets, aligned.tsPackets);
        QCOMPARE(other.programs.size(), aligned.programs.size());
        for (const TsProgramInfo &program : aligned.programs) {
            for (const TsPidInfo &pid : program.pids)
                QCOMPARE(findPid(other, pid.pid)->packets, pid.packets);
        }
    }
    // One packet a datagram: sync comes after five of them, then nothing is wrong.
    const StreamHealth single = analyse(m_ts, kPacket);
    QVERIFY2(single.total == TsErrorCounters(), qPrintable(countersText(single.total)));
    QCOMPARE(single.tsPackets, aligned.tsPackets - (TsPacketFramer::kSyncAcquire - 1));
}

void TestStreamMonitor::corruptedContinuityCountersCountOncePerPacket()
{
    // N packets of the MPEG-2 video PID get a wrong counter (+8), each with correct packets of
    // that PID before and after: each is one Continuity_count_error.
    QByteArray ts = m_ts;
    const int videoPid = 0x100;
    int corrupted = 0;
    int sinceLast = 0;
    for (int i = 0; i < ts.size() / kPacket && corrupted < 25; ++i) {
        std::uint8_t *p = packetAt(ts, i);
        if (pidOf(ts, i) != videoPid || !hasPayload(p) || hasDiscontinuityIndicator(p))
            continue;
        if (++sinceLast < 40)
            continue;
        p[3] = std::uint8_t((p[3] & 0xF0) | ((p[3] + 8) & 0x0F));
        ++corrupted;
        sinceLast = 0;
    }
    QCOMPARE(corrupted, 25);
    const StreamHealth health = analyse(ts);
    TsErrorCounters expected;
    expected.ccErrors = corrupted;
    QVERIFY2(health.total == expected, qPrintable(countersText(health.total)));
}

void TestStreamMonitor::lostPacketsCountOncePerGap()
{
    // Gaps of one and of three packets of the AAC PID (replaced by stuffing, so the timing
    // stays): one error per gap.
    QByteArray ts = m_ts;
    const int audioPid = 0x103;
    int gaps = 0;
    int sinceLast = 0;
    int toDrop = 0;
    for (int i = 0; i < ts.size() / kPacket && (gaps < 10 || toDrop > 0); ++i) {
        if (pidOf(ts, i) != audioPid)
            continue;
        if (toDrop > 0) {
            makeNull(packetAt(ts, i));
            --toDrop;
            continue;
        }
        if (++sinceLast < 20)
            continue;
        makeNull(packetAt(ts, i));
        toDrop = gaps % 2 ? 2 : 0;
        ++gaps;
        sinceLast = 0;
    }
    const StreamHealth health = analyse(ts);
    TsErrorCounters expected;
    expected.ccErrors = gaps;
    QVERIFY2(health.total == expected, qPrintable(countersText(health.total)));
    QCOMPARE(findPid(health, audioPid)->packets, packetsPerPid(ts).value(audioPid));
}

void TestStreamMonitor::removedPatCountsOnePatErrorPerHalfSecond()
{
    QByteArray ts = m_ts;
    for (int i = 0; i < ts.size() / kPacket; ++i) {
        if (pidOf(ts, i) == 0)
            makeNull(packetAt(ts, i));
    }
    // One error for each full 0.5 s without a PAT, counted from when sync came (with the
    // first datagram): checked after every datagram, so that the count is right at any time.
    TsAnalyzer analyzer;
    analyzer.linkUp(kStartUs);
    std::int64_t first = 0;
    int wrongAt = 0;
    const std::int64_t last = feed(analyzer, ts, kStartUs, 7 * kPacket, [&](std::int64_t now) {
        if (first == 0)
            first = now;
        analyzer.publishNow(now);
        if (wrongAt == 0 && analyzer.latest()->total.patErrors != (now - first - 1) / TsAnalyzer::kPatPeriodUs)
            wrongAt = int(now - first);
    });
    QCOMPARE(wrongAt, 0);
    const StreamHealth health = *analyzer.latest();
    TsErrorCounters expected;
    expected.patErrors = (last - first - 1) / TsAnalyzer::kPatPeriodUs;
    QVERIFY(expected.patErrors >= 10);
    QVERIFY2(health.total == expected, qPrintable(countersText(health.total)));
    QVERIFY(health.programs.isEmpty()); // without a PAT nothing is known of the programs
    QCOMPARE(health.format, StreamFormat::MpegTs);
}

void TestStreamMonitor::patWithWrongTableIdOrScrambledCountsOncePerPacket()
{
    // Every third PAT packet gets table_id 0x42, every third one (another) is marked
    // scrambled; the PATs left still come more often than every 0.5 s.
    QByteArray ts = m_ts;
    int wrongTable = 0;
    int scrambled = 0;
    int patIndex = 0;
    for (int i = 0; i < ts.size() / kPacket; ++i) {
        if (pidOf(ts, i) != 0)
            continue;
        std::uint8_t *p = packetAt(ts, i);
        QVERIFY(p[1] & 0x40);
        QCOMPARE(p[3] & 0x20, 0); // the offsets below assume no adaptation field
        if (patIndex % 3 == 1) {
            p[5 + p[4]] = 0x42;
            ++wrongTable;
        } else if (patIndex % 3 == 2) {
            p[3] |= 0x80;
            ++scrambled;
        }
        ++patIndex;
    }
    QVERIFY(wrongTable > 10 && scrambled > 10);
    const StreamHealth health = analyse(ts);
    TsErrorCounters expected;
    expected.patErrors = wrongTable + scrambled;
    QVERIFY2(health.total == expected, qPrintable(countersText(health.total)));
    QCOMPARE(health.programs.size(), 2);
}

void TestStreamMonitor::syncByteErrorsAndSyncLoss()
{
    // Five single corrupted sync bytes on stuffing packets (so nothing else is missed), then
    // two consecutive ones at the start of a datagram: sync lost once, found again in the
    // same datagram.
    QByteArray ts = m_ts;
    const int packets = ts.size() / kPacket;
    int single = 0;
    int at = 200;
    for (; at < packets && single < 5; ++at) {
        if (pidOf(ts, at) == 0x1FFF && pidOf(ts, at - 1) != 0x1FFF) {
            packetAt(ts, at)[0] = 0x46;
            ++single;
            at += 50;
        }
    }
    int pairAt = -1;
    for (int datagram = (at / 7) + 2; datagram < packets / 7; ++datagram) {
        if (pidOf(ts, datagram * 7) == 0x1FFF && pidOf(ts, datagram * 7 + 1) == 0x1FFF) {
            pairAt = datagram * 7;
            break;
        }
    }
    QCOMPARE(single, 5);
    QVERIFY(pairAt > 0);
    packetAt(ts, pairAt)[0] = 0x00;
    packetAt(ts, pairAt + 1)[0] = 0x00;
    const StreamHealth health = analyse(ts);
    TsErrorCounters expected;
    expected.syncByteErrors = single + 2;
    expected.syncLosses = 1;
    QVERIFY2(health.total == expected, qPrintable(countersText(health.total)));
}

void TestStreamMonitor::pcrJumpsAndSparsePcrs()
{
    // ffmpeg's PCRs with -pcr_period 60 are 60 ms apart: every continuous pair is a
    // PCR_repetition_error. Then a 1 s jump of every PCR after the middle: one discontinuity.
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("sparse-pcr.ts"));
    QStringList args{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                     QStringLiteral("testsrc=size=320x240:rate=25"), QStringLiteral("-c:v"), QStringLiteral("mpeg2video"),
                     QStringLiteral("-pcr_period"), QStringLiteral("60"), QStringLiteral("-muxrate"),
                     QString::number(kMuxRate), QStringLiteral("-t"), QStringLiteral("4"), QStringLiteral("-f"),
                     QStringLiteral("mpegts"), path};
    QCOMPARE(ffmpeg(args), QString());
    QByteArray ts = readFile(path);
    QVector<int> pcrPackets;
    for (int i = 0; i < ts.size() / kPacket; ++i) {
        const std::uint8_t *p = packetAt(ts, i);
        if ((p[3] & 0x20) && p[4] >= 7 && (p[5] & 0x10))
            pcrPackets.append(i);
    }
    QVERIFY(pcrPackets.size() > 20);
    StreamHealth health = analyse(ts);
    TsErrorCounters expected;
    expected.pcrRepetitionErrors = pcrPackets.size() - 1;
    QVERIFY2(health.total == expected, qPrintable(countersText(health.total)));

    const int jumpFrom = pcrPackets.size() / 2;
    for (int k = jumpFrom; k < pcrPackets.size(); ++k) {
        std::uint8_t *p = packetAt(ts, pcrPackets.at(k));
        std::uint64_t base = (std::uint64_t(p[6]) << 25) | (std::uint64_t(p[7]) << 17) | (std::uint64_t(p[8]) << 9)
            | (std::uint64_t(p[9]) << 1) | (p[10] >> 7);
        base += 90000; // one second of the 90 kHz base
        p[6] = std::uint8_t(base >> 25);
        p[7] = std::uint8_t(base >> 17);
        p[8] = std::uint8_t(base >> 9);
        p[9] = std::uint8_t(base >> 1);
        p[10] = std::uint8_t((p[10] & 0x7F) | ((base & 1) << 7));
    }
    health = analyse(ts);
    expected.pcrRepetitionErrors = pcrPackets.size() - 2; // the jumping pair is a discontinuity instead
    expected.pcrDiscontinuities = 1;
    QVERIFY2(health.total == expected, qPrintable(countersText(health.total)));

    // The same jump announced by discontinuity_indicator is no error.
    packetAt(ts, pcrPackets.at(jumpFrom))[5] |= 0x80;
    health = analyse(ts);
    expected.pcrRepetitionErrors = pcrPackets.size() - 2;
    expected.pcrDiscontinuities = 0;
    QVERIFY2(health.total == expected, qPrintable(countersText(health.total)));
}

void TestStreamMonitor::absentPidCountsOncePerFiveSeconds()
{
    // The stream twice over (12 s), the AAC PID replaced by stuffing from 1 s on: absent for
    // the rest, one PID_error per full 5 s.
    QByteArray ts = m_ts + m_ts;
    const int audioPid = 0x103;
    const int from = int(qint64(kMuxRate) / 8 / kPacket); // packet index at 1 s
    std::int64_t lastSeenStamp = 0;
    for (int i = 0; i < ts.size() / kPacket; ++i) {
        if (pidOf(ts, i) != audioPid)
            continue;
        if (i >= from)
            makeNull(packetAt(ts, i));
        else
            lastSeenStamp = stampOf(qint64(((i / 7) + 1) * 7) * kPacket, kStartUs);
    }
    TsAnalyzer analyzer;
    analyzer.linkUp(kStartUs);
    const std::int64_t end = feed(analyzer, ts, kStartUs);
    analyzer.publishNow(end);
    const StreamHealth health = *analyzer.latest();
    const std::int64_t absentMs = (end - kStartUs) / 1000 - (lastSeenStamp - kStartUs) / 1000;
    QVERIFY(absentMs > 10000);
    // (Where the file starts over, continuity and PCR jump; those counters are not the point here.)
    QCOMPARE(health.total.pidErrors, (absentMs - 1) / std::int64_t(TsAnalyzer::kPidPeriodMs));
    QCOMPARE(health.total.patErrors, 0);
    QCOMPARE(health.total.pmtErrors, 0);
}

void TestStreamMonitor::nonTsPayloadIsOtherWithoutErrors_data()
{
    QTest::addColumn<QByteArray>("payload");
    QByteArray random(2 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(15);
    for (char &c : random)
        c = char(generator.generate() & 0xFF);
    QTest::newRow("random bytes") << random;
    const QString raw = makeRawH264(m_dir.path(), 8.0);
    QVERIFY(!raw.isEmpty());
    QTest::newRow("raw H.264 from ffmpeg") << readFile(raw);
    QTest::newRow("ffprobe's JSON") << QJsonDocument(m_probe).toJson().repeated(50);
}

void TestStreamMonitor::nonTsPayloadIsOtherWithoutErrors()
{
    QFETCH(QByteArray, payload);
    QVERIFY(payload.size() > 20000);
    const StreamHealth health = analyse(payload, 1316);
    QCOMPARE(health.format, StreamFormat::Other);
    QVERIFY2(health.total == TsErrorCounters(), qPrintable(countersText(health.total)));
    QCOMPARE(health.tsPackets, 0);
    QCOMPARE(health.tsMbitRate, 0.0);
    QVERIFY(health.programs.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(StreamJson::health(health).toJson()).object().value(QStringLiteral("Format")).toString(),
             QStringLiteral("other"));
}

void TestStreamMonitor::noPayloadIsNone()
{
    StreamMonitor monitor;
    QCOMPARE(monitor.health(kStartUs).format, StreamFormat::None);
    monitor.linkUp(kStartUs);
    QCOMPARE(monitor.health(kStartUs).format, StreamFormat::None);
    const std::int64_t end = feed(monitor, m_ts.left(1000 * 7 * kPacket), kStartUs); // 2.6 s
    const StreamHealth flowing = monitor.health(end);
    QCOMPARE(flowing.format, StreamFormat::MpegTs);
    QVERIFY(flowing.tsMbitRate > 3.5);
    // The payload stops: after 2.5 intervals without one, none, with the totals kept.
    const StreamHealth stopped = monitor.health(end + 3000000);
    QCOMPARE(stopped.format, StreamFormat::None);
    QCOMPARE(stopped.tsMbitRate, 0.0);
    QCOMPARE(stopped.tsPackets, flowing.tsPackets);
    QCOMPARE(stopped.programs.size(), 2);
    // A new link starts every count again.
    monitor.linkUp(end + 4000000);
    QCOMPARE(monitor.health(end + 4000000).tsPackets, 0);
    QVERIFY(monitor.health(end + 4000000).programs.isEmpty());
}

void TestStreamMonitor::ringRecordsOnlyWhenAskedAndStaysBounded()
{
    StreamMonitor::Options options;
    options.ring.maxBytes = 1024 * 1024;
    options.ring.blockBytes = 64 * 1024;
    StreamMonitor monitor(options);
    const std::int64_t start = StreamMonitor::steadyNowUs();
    feed(monitor, m_ts, start);
    QVERIFY(monitor.recentPayload().isEmpty()); // nobody asked

    monitor.keepRecording(start);
    const std::int64_t end = feed(monitor, m_ts, start);
    const RecentPayload recent = monitor.recentPayload();
    QVERIFY(recent.size() <= options.ring.maxBytes);
    QVERIFY(recent.size() >= options.ring.maxBytes - options.ring.blockBytes);
    QCOMPARE(recent.lastUs(), end);
    // The bytes are the stream's last ones, in order.
    QByteArray copy(int(recent.size()), Qt::Uninitialized);
    QCOMPARE(recent.read(0, reinterpret_cast<std::uint8_t *>(copy.data()), recent.size()), recent.size());
    QVERIFY(copy == m_ts.right(copy.size()));

    // Age bounds it as well: 6 s by default.
    StreamMonitor aged;
    aged.keepRecording(start);
    const std::int64_t later = feed(aged, m_ts + m_ts, start);
    const RecentPayload old = aged.recentPayload();
    QVERIFY(old.spanSecs() <= 6.2);
    QVERIFY(old.firstUs() >= later - 6200000);
}

void TestStreamMonitor::probeReportsWhatFfprobeReports()
{
    StreamMonitor monitor;
    const std::int64_t start = StreamMonitor::steadyNowUs();
    monitor.keepRecording(start);
    feed(monitor, m_ts, start);
    const StreamProbe::Result result = monitor.probe(std::chrono::milliseconds(10000));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ProbeReport &report = result.report;
    QCOMPARE(report.format, QStringLiteral("mpegts"));
    const QJsonArray streams = m_probe.value(QStringLiteral("streams")).toArray();
    QCOMPARE(report.streams.size(), streams.size());
    for (const QJsonValue &value : streams) {
        const QJsonObject expected = value.toObject();
        const int pid = hexPid(expected.value(QStringLiteral("id")));
        const ProbeStream *found = nullptr;
        for (const ProbeStream &s : report.streams) {
            if (s.pid == pid)
                found = &s;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("PID %1 missing").arg(pid)));
        QCOMPARE(found->codec, expected.value(QStringLiteral("codec_name")).toString());
        QCOMPARE(found->language, expected.value(QStringLiteral("tags")).toObject().value(QStringLiteral("language")).toString());
        if (found->kind == PidKind::Video) {
            QCOMPARE(found->width, expected.value(QStringLiteral("width")).toInt());
            QCOMPARE(found->height, expected.value(QStringLiteral("height")).toInt());
            const QStringList rate = expected.value(QStringLiteral("avg_frame_rate")).toString().split(QLatin1Char('/'));
            QCOMPARE(found->frameRate, rate.at(0).toDouble() / rate.at(1).toDouble());
        } else {
            QCOMPARE(found->kind, PidKind::Audio);
            QCOMPARE(found->sampleRate, expected.value(QStringLiteral("sample_rate")).toString().toInt());
            QCOMPARE(found->channels, expected.value(QStringLiteral("channels")).toInt());
        }
    }
    QCOMPARE(report.programs.size(), 2);
    const QJsonObject json = QJsonDocument::fromJson(StreamJson::probe(report).toJson()).object();
    QCOMPARE(json.value(QStringLiteral("Streams")).toArray().size(), streams.size());
    QCOMPARE(json.value(QStringLiteral("Programs")).toArray().at(1).toObject().value(QStringLiteral("StreamPids")).toArray().size(), 2);
}

void TestStreamMonitor::probeWhileTheStreamFlows()
{
    // The probe arms the ring itself and waits for payload that a feeder thread delivers at
    // four times real time, as the engine would at its own pace.
    StreamMonitor monitor;
    std::atomic<bool> stop{false};
    std::thread feeder([&] {
        const std::int64_t start = StreamMonitor::steadyNowUs();
        const auto *bytes = reinterpret_cast<const std::uint8_t *>(m_ts.constData());
        for (qint64 offset = 0; offset + 1316 <= m_ts.size() && !stop; offset += 1316) {
            const std::int64_t stamp = stampOf(offset + 1316, start);
            while (!stop && (StreamMonitor::steadyNowUs() - start) * 4 < stamp - start)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            monitor.payload(bytes + offset, 1316, stamp);
        }
    });
    const StreamProbe::Result result = monitor.probe(std::chrono::milliseconds(8000));
    stop = true;
    feeder.join();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.report.streams.size(), 4);
    QVERIFY(result.report.bufferedSecs >= 1.9);
}

void TestStreamMonitor::thumbnailIsAJpegOfTheRightSize_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("two programs (H.264 320x240, MPEG-2 640x360)") << m_twoPrograms;
    const QString hd = QDir(m_dir.path()).filePath(QStringLiteral("hd.ts"));
    QCOMPARE(ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                     QStringLiteral("testsrc2=size=1280x720:rate=50"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
                     QStringLiteral("-preset"), QStringLiteral("ultrafast"), QStringLiteral("-g"), QStringLiteral("50"),
                     QStringLiteral("-t"), QStringLiteral("3"), QStringLiteral("-f"), QStringLiteral("mpegts"), hd}),
             QString());
    QTest::newRow("H.264 1280x720, scaled down") << hd;
}

void TestStreamMonitor::thumbnailIsAJpegOfTheRightSize()
{
    QFETCH(QString, path);
    const QByteArray ts = readFile(path);
    StreamMonitor monitor;
    const std::int64_t start = StreamMonitor::steadyNowUs();
    monitor.keepRecording(start);
    feed(monitor, ts, start);
    const StreamThumbnail::Result result = monitor.thumbnail(std::chrono::milliseconds(10000));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.jpeg.startsWith("\xFF\xD8"));
    QVERIFY(result.jpeg.endsWith("\xFF\xD9"));

    // ffprobe's view of the JPEG: an MJPEG picture at most 320 wide with the video's aspect.
    const QString jpegPath = QDir(m_dir.path()).filePath(QStringLiteral("thumbnail.jpg"));
    QFile file(jpegPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(result.jpeg);
    file.close();
    const QJsonObject picture = ffprobe(jpegPath).value(QStringLiteral("streams")).toArray().at(0).toObject();
    QCOMPARE(picture.value(QStringLiteral("codec_name")).toString(), QStringLiteral("mjpeg"));
    int videoWidth = 0;
    int videoHeight = 0;
    for (const QJsonValue &value : ffprobe(path).value(QStringLiteral("streams")).toArray()) {
        if (hexPid(value.toObject().value(QStringLiteral("id"))) == result.pid) {
            videoWidth = value.toObject().value(QStringLiteral("width")).toInt();
            videoHeight = value.toObject().value(QStringLiteral("height")).toInt();
        }
    }
    QVERIFY2(videoWidth > 0, "the thumbnail names a PID ffprobe does not know");
    const int width = qMin(videoWidth, StreamThumbnail::kMaxWidth);
    QCOMPARE(picture.value(QStringLiteral("width")).toInt(), width);
    QCOMPARE(picture.value(QStringLiteral("height")).toInt(), width * videoHeight / videoWidth);
    QCOMPARE(result.width, width);
}

void TestStreamMonitor::thumbnailWithoutVideoOrPayloadSaysWhy()
{
    StreamMonitor idle;
    const StreamThumbnail::Result nothing = idle.thumbnail(std::chrono::milliseconds(400));
    QVERIFY(!nothing.ok());
    QVERIFY2(nothing.error.contains(QStringLiteral("nothing to look at")), qPrintable(nothing.error));
    const StreamProbe::Result noProbe = idle.probe(std::chrono::milliseconds(400));
    QVERIFY(!noProbe.ok());
    QVERIFY2(noProbe.error.contains(QStringLiteral("nothing to look at")), qPrintable(noProbe.error));

    const QString audio = makeAudioOnlyStream(m_dir.path(), 3.0);
    QVERIFY(!audio.isEmpty());
    StreamMonitor monitor;
    const std::int64_t start = StreamMonitor::steadyNowUs();
    monitor.keepRecording(start);
    feed(monitor, readFile(audio), start);
    const StreamThumbnail::Result noVideo = monitor.thumbnail(std::chrono::milliseconds(5000));
    QVERIFY(!noVideo.ok());
    QVERIFY2(noVideo.error.contains(QStringLiteral("no video")), qPrintable(noVideo.error));
    QVERIFY(noVideo.jpeg.isEmpty());
    const StreamProbe::Result probe = monitor.probe(std::chrono::milliseconds(5000));
    QVERIFY2(probe.ok(), qPrintable(probe.error));
    QCOMPARE(probe.report.streams.size(), 1);
    QCOMPARE(probe.report.streams.at(0).codec, QStringLiteral("mp2"));
    QCOMPARE(probe.report.streams.at(0).sampleRate, 48000);
}

QTEST_GUILESS_MAIN(TestStreamMonitor)
#include "TestStreamMonitor.moc"
