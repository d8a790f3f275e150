// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/TsAnalyzer.h"

#include "core/monitor/MonitorLogging.h"
#include "core/monitor/TsStreamTypes.h"

#include <algorithm>
#include <limits>

namespace srtdesk {

namespace {

constexpr std::uint16_t kPatPid = 0x0000;
constexpr std::uint16_t kNullPid = 0x1FFF;
constexpr std::int64_t kPcrWrap = (std::int64_t(1) << 33) * 300;
constexpr double kBitsPerPacket = 188 * 8;

std::uint16_t pidOf(const std::uint8_t *p)
{
    return std::uint16_t(((p[1] & 0x1F) << 8) | p[2]);
}

bool startsUnit(const std::uint8_t *p)
{
    return p[1] & 0x40;
}

bool scrambled(const std::uint8_t *p)
{
    return p[3] & 0xC0;
}

bool hasAdaptation(const std::uint8_t *p)
{
    return p[3] & 0x20;
}

// Where the payload starts, or -1 when the packet has none.
int payloadOffset(const std::uint8_t *p)
{
    if (!(p[3] & 0x10))
        return -1;
    const int offset = hasAdaptation(p) ? 5 + p[4] : 4;
    return offset < 188 ? offset : -1;
}

// The table_id of the first section starting in a packet with payload_unit_start_indicator;
// -1 when it lies beyond the packet.
int firstTableId(const std::uint8_t *p)
{
    const int offset = payloadOffset(p);
    if (offset < 0)
        return -1;
    const int table = offset + 1 + p[offset];
    return table < 188 ? p[table] : -1;
}

std::int64_t pcrOf(const std::uint8_t *p)
{
    const std::int64_t base = (std::int64_t(p[6]) << 25) | (std::int64_t(p[7]) << 17)
        | (std::int64_t(p[8]) << 9) | (std::int64_t(p[9]) << 1) | (p[10] >> 7);
    const std::int64_t extension = (std::int64_t(p[10] & 0x01) << 8) | p[11];
    return base * 300 + extension;
}

} // namespace

TsAnalyzer::TsAnalyzer(std::int64_t intervalUs)
    : m_intervalUs(intervalUs > 0 ? intervalUs : 1000000)
    , m_pids(new PidSlot[8192])
{
    applyTables();
}

TsAnalyzer::~TsAnalyzer() = default;

void TsAnalyzer::linkUp(std::int64_t nowUs)
{
    std::fill(m_pids.get(), m_pids.get() + 8192, PidSlot());
    m_framer.reset();
    m_tables.reset();
    m_pmtTimers.clear();
    m_pcrs.clear();
    m_watched.clear();
    m_tsPackets = 0;
    m_bytes = 0;
    m_counts = TsErrorCounters();
    m_nowUs = nowUs;
    m_nowMs = 0;
    start(nowUs);
    m_intervalStartTsPackets = 0;
    m_intervalStartBytes = 0;
    m_intervalStartCounts = TsErrorCounters();
    m_tables.takeChanged();
    applyTables();
    publishNow(nowUs);
}

void TsAnalyzer::start(std::int64_t nowUs)
{
    m_started = true;
    m_epochUs = nowUs;
    m_intervalStartUs = nowUs;
    m_nextTimerUs = nowUs;
}

void TsAnalyzer::payload(const std::uint8_t *data, std::size_t length, std::int64_t nowUs)
{
    if (!m_started)
        start(nowUs);
    m_nowUs = nowUs;
    m_nowMs = msSinceEpoch(nowUs);
    m_bytes += length;
    m_framer.feed(data, length, *this);
    if (m_framer.inSync() && nowUs >= m_nextTimerUs)
        runTimers();
    if (m_pending)
        tryPublishPending();
    if (nowUs - m_intervalStartUs >= m_intervalUs)
        publishNow(nowUs);
}

// The per-packet walk. Most packets carry payload without an adaptation field, have the next
// continuity counter and belong to a PID without tables to decode: they cost a slot update
// and a few compares. Everything else goes through unusualPacket().
__attribute__((always_inline)) inline void TsAnalyzer::onPacket(const std::uint8_t *p)
{
    const std::uint16_t pid = pidOf(p);
    PidSlot &slot = m_pids[pid];
    ++slot.packets;
    slot.seenMs = m_nowMs;
    ++m_tsPackets;
    const std::uint8_t flags = p[3];
    const std::uint8_t cc = flags & 0x0F;
    if ((flags & 0x30) == 0x10 && cc == ((slot.cc + 1) & 0x0F) && slot.ccFlags == CcKnown
        && !(slot.role & RolePsi) && !(p[1] & 0x80)) {
        slot.cc = cc;
        return;
    }
    if (pid != kNullPid)
        unusualPacket(pid, slot, p);
}

// Kept out of line so that onPacket() stays small enough to be inlined into the loop.
__attribute__((noinline)) void TsAnalyzer::unusualPacket(std::uint16_t pid, PidSlot &slot, const std::uint8_t *p)
{
    if (p[1] & 0x80)
        return; // transport_error_indicator: the header itself is in doubt
    const std::uint8_t flags = p[3];
    const bool discontinuity = (flags & 0x20) && p[4] > 0 && (p[5] & 0x80);
    if (flags & 0x10)
        checkContinuity(slot, flags & 0x0F, discontinuity);
    if ((slot.role & RolePcr) && (flags & 0x20) && p[4] >= 7 && (p[5] & 0x10))
        checkPcr(pid, p, discontinuity);
    if (slot.role & RolePat)
        patPacket(p);
    if (slot.role & RolePmt)
        pmtPacket(pid, p);
    if (slot.role & RolePeekAudio)
        peekAudio(pid, slot, p);
}

// TR 101 290 1.4 counted per event: a packet whose counter is neither the next one nor a
// single repetition of the last one is one error. After such a packet the stream is
// accepted to go on from either counter, so that one corrupted counter is one error (not
// two) and a gap of lost packets is one error. Packets without payload keep their counter
// and are not checked; a discontinuity_indicator restarts the count.
void TsAnalyzer::checkContinuity(PidSlot &slot, std::uint8_t cc, bool discontinuity)
{
    const std::uint8_t expected = (slot.cc + 1) & 0x0F;
    if (cc == expected || !(slot.ccFlags & CcKnown) || discontinuity) {
        slot.cc = cc;
        slot.ccFlags = CcKnown;
        return;
    }
    if (cc == slot.cc) {
        if (slot.ccFlags & CcDuplicate)
            ++m_counts.ccErrors; // a third copy
        slot.ccFlags |= CcDuplicate;
        return;
    }
    if ((slot.ccFlags & CcSkipped) && cc == ((slot.ccSkipped + 1) & 0x0F)) {
        slot.cc = cc;
        slot.ccFlags = CcKnown;
        return;
    }
    ++m_counts.ccErrors;
    slot.ccSkipped = expected;
    slot.cc = cc;
    slot.ccFlags = CcKnown | CcSkipped;
}

// TR 101 290 1.3.a: scrambled packets and sections other than table_id 0x00 on PID 0 are
// errors; the 0.5 s timer restarts with every section of table_id 0x00.
void TsAnalyzer::patPacket(const std::uint8_t *p)
{
    if (scrambled(p)) {
        ++m_counts.patErrors;
        return;
    }
    if (startsUnit(p)) {
        const int table = firstTableId(p);
        if (table == 0x00)
            m_lastPatUs = m_nowUs;
        else if (table >= 0 && table != 0xFF)
            ++m_counts.patErrors;
    }
    m_tables.pushPat(p);
    if (m_tables.takeChanged())
        applyTables();
}

// TR 101 290 1.5.a: scrambled PMT packets are errors; the 0.5 s timer of a program_map_PID
// restarts with every section of table_id 0x02 on it.
void TsAnalyzer::pmtPacket(std::uint16_t pid, const std::uint8_t *p)
{
    if (scrambled(p)) {
        ++m_counts.pmtErrors;
        return;
    }
    if (startsUnit(p) && firstTableId(p) == 0x02) {
        for (PmtTimer &timer : m_pmtTimers) {
            if (timer.pid == pid)
                timer.lastUs = m_nowUs;
        }
    }
    m_tables.pushPmt(pid, p);
    if (m_tables.takeChanged())
        applyTables();
}

// TR 101 290 2.3, measured on the PCR values themselves, so that network jitter and the
// engine's batching never show up as stream errors: consecutive PCRs further apart than
// 100 ms (or going backwards) without discontinuity_indicator are a PCR discontinuity; a
// continuous pair further apart than 40 ms is a PCR repetition error.
void TsAnalyzer::checkPcr(std::uint16_t pid, const std::uint8_t *p, bool discontinuity)
{
    const std::int64_t pcr = pcrOf(p);
    for (PcrState &state : m_pcrs) {
        if (state.pid != pid)
            continue;
        if (state.known && !discontinuity) {
            const std::int64_t delta = ((pcr - state.last) % kPcrWrap + kPcrWrap) % kPcrWrap;
            if (delta > kPcrJumpTicks)
                ++m_counts.pcrDiscontinuities;
            else if (delta > kPcrRepetitionTicks)
                ++m_counts.pcrRepetitionErrors;
        }
        state.known = true;
        state.last = pcr;
        return;
    }
}

// stream_type 0x03/0x04 says MPEG audio but not which layer: read it from the first frame.
void TsAnalyzer::peekAudio(std::uint16_t pid, PidSlot &slot, const std::uint8_t *p)
{
    if (!startsUnit(p))
        return;
    const int pes = payloadOffset(p);
    if (pes < 0 || pes + 9 > 188 || p[pes] != 0 || p[pes + 1] != 0 || p[pes + 2] != 1)
        return;
    const int frame = pes + 9 + p[pes + 8];
    if (frame + 2 > 188)
        return;
    const QString codec = TsStreamTypes::mpegAudioCodec(p + frame, std::size_t(188 - frame));
    if (codec.isEmpty())
        return;
    m_tables.setMpegAudioCodec(pid, codec);
    slot.role &= std::uint8_t(~RolePeekAudio);
}

// The tables changed: which PIDs need the slow path, which timers run.
void TsAnalyzer::applyTables()
{
    for (const Watched &w : m_watched)
        m_pids[w.pid].role = 0;
    m_pids[kPatPid].role = RolePat;

    std::vector<Watched> watched;
    std::vector<PmtTimer> pmtTimers;
    std::vector<PcrState> pcrs;
    auto watch = [&](std::uint16_t pid, std::uint8_t role) {
        PidSlot &slot = m_pids[pid];
        slot.role |= role;
        for (const Watched &w : watched) {
            if (w.pid == pid)
                return;
        }
        auto old = std::find_if(m_watched.begin(), m_watched.end(), [pid](const Watched &w) { return w.pid == pid; });
        if ((role & RoleEs) && (old == m_watched.end() || !(old->roles & RoleEs)))
            slot.seenMs = m_nowMs; // the PID_error timer starts when a PMT names the PID
        if (old != m_watched.end()) {
            watched.push_back(*old);
        } else {
            watched.push_back({pid, slot.packets, 0});
            slot.publishedPackets = slot.packets;
        }
    };
    for (const PsiTables::Program &program : m_tables.programs()) {
        watch(program.pmtPid, RolePmt);
        auto timer = std::find_if(m_pmtTimers.begin(), m_pmtTimers.end(),
                                  [&](const PmtTimer &t) { return t.pid == program.pmtPid; });
        if (std::none_of(pmtTimers.begin(), pmtTimers.end(), [&](const PmtTimer &t) { return t.pid == program.pmtPid; }))
            pmtTimers.push_back(timer != m_pmtTimers.end() ? *timer : PmtTimer{program.pmtPid, m_nowUs});
        if (!program.pmtKnown)
            continue;
        for (const PsiTables::Stream &stream : program.streams)
            watch(stream.pid, std::uint8_t(RoleEs | (stream.mpegAudio ? RolePeekAudio : 0)));
        if (program.pcrPid != kNullPid) {
            watch(program.pcrPid, std::uint8_t(RoleEs | RolePcr));
            auto pcr = std::find_if(m_pcrs.begin(), m_pcrs.end(), [&](const PcrState &s) { return s.pid == program.pcrPid; });
            if (std::none_of(pcrs.begin(), pcrs.end(), [&](const PcrState &s) { return s.pid == program.pcrPid; }))
                pcrs.push_back(pcr != m_pcrs.end() ? *pcr : PcrState{program.pcrPid, false, 0});
        }
    }
    for (Watched &w : watched)
        w.roles = m_pids[w.pid].role;
    m_watched = std::move(watched);
    m_pmtTimers = std::move(pmtTimers);
    m_pcrs = std::move(pcrs);
    m_nextTimerUs = m_nowUs; // recompute the next deadline with the new timers
}

void TsAnalyzer::onSyncAcquired()
{
    restartTimers();
}

void TsAnalyzer::onSyncLost()
{
    qCDebug(lcMonitor) << "TS sync lost";
}

// Without sync nothing is measured; after (re)acquiring it, what was missed while out of sync
// is not held against the stream: timers start now and continuity counters start over.
void TsAnalyzer::restartTimers()
{
    m_lastPatUs = m_nowUs;
    for (PmtTimer &timer : m_pmtTimers)
        timer.lastUs = m_nowUs;
    for (PcrState &pcr : m_pcrs)
        pcr.known = false;
    for (std::size_t pid = 0; pid < 8192; ++pid) {
        m_pids[pid].ccFlags = 0;
        m_pids[pid].seenMs = m_nowMs;
    }
    m_nextTimerUs = m_nowUs;
}

// One error per full period without the table or PID, so that a count does not depend on how
// often this runs; it runs when the earliest deadline has passed.
void TsAnalyzer::runTimers()
{
    std::int64_t next = std::numeric_limits<std::int64_t>::max();
    while (m_nowUs - m_lastPatUs > kPatPeriodUs) {
        ++m_counts.patErrors;
        m_lastPatUs += kPatPeriodUs;
    }
    next = std::min(next, m_lastPatUs + kPatPeriodUs + 1);
    for (PmtTimer &timer : m_pmtTimers) {
        while (m_nowUs - timer.lastUs > kPmtPeriodUs) {
            ++m_counts.pmtErrors;
            timer.lastUs += kPmtPeriodUs;
        }
        next = std::min(next, timer.lastUs + kPmtPeriodUs + 1);
    }
    for (const Watched &w : m_watched) {
        PidSlot &slot = m_pids[w.pid];
        if (!(slot.role & RoleEs))
            continue;
        while (std::uint32_t(m_nowMs - slot.seenMs) > kPidPeriodMs) {
            ++m_counts.pidErrors;
            slot.seenMs += kPidPeriodMs;
        }
        next = std::min(next, usOf(slot.seenMs + kPidPeriodMs + 1));
    }
    m_nextTimerUs = next;
}

TsErrorCounters TsAnalyzer::counters() const
{
    TsErrorCounters c = m_counts;
    c.syncLosses = m_framer.syncLosses();
    c.syncByteErrors = m_framer.syncByteErrors();
    return c;
}

void TsAnalyzer::publishNow(std::int64_t nowUs)
{
    if (!m_started)
        start(nowUs);
    m_pending = buildSnapshot(nowUs);
    tryPublishPending();
}

void TsAnalyzer::tryPublishPending()
{
    if (m_latest.tryPublish(m_pending))
        m_pending.reset(); // now the previous snapshot, released here
}

std::shared_ptr<const StreamHealth> TsAnalyzer::buildSnapshot(std::int64_t nowUs)
{
    auto health = std::make_shared<StreamHealth>();
    const std::int64_t elapsedUs = nowUs - m_intervalStartUs;
    const std::uint64_t tsPackets = m_tsPackets - m_intervalStartTsPackets;
    const std::uint64_t bytes = m_bytes - m_intervalStartBytes;
    auto mbitRate = [elapsedUs](std::uint64_t packets) {
        return elapsedUs > 0 ? double(packets) * kBitsPerPacket / double(elapsedUs) : 0.0;
    };
    health->format = tsPackets > 0 ? StreamFormat::MpegTs : bytes > 0 ? StreamFormat::Other : StreamFormat::None;
    health->tsMbitRate = mbitRate(tsPackets);
    health->tsPackets = qint64(m_tsPackets);
    health->total = counters();
    health->interval = health->total - m_intervalStartCounts;
    health->sampledAtUs = nowUs;
    health->intervalSecs = double(elapsedUs) / 1e6;

    auto pidInfo = [&](std::uint16_t pid, PidKind kind, const QString &codec) {
        const PidSlot &slot = m_pids[pid];
        const std::uint32_t delta = slot.packets - slot.publishedPackets;
        TsPidInfo info;
        info.pid = pid;
        info.kind = kind;
        info.codec = codec;
        info.mbitRate = mbitRate(delta);
        for (const Watched &w : m_watched) {
            if (w.pid == pid)
                info.packets = qint64(w.total + delta);
        }
        return info;
    };
    for (const PsiTables::Program &program : m_tables.programs()) {
        TsProgramInfo info;
        info.number = program.number;
        info.pmtPid = program.pmtPid;
        info.pcrPid = program.pmtKnown ? program.pcrPid : 0;
        info.pids.append(pidInfo(program.pmtPid, PidKind::Psi, QStringLiteral("pmt")));
        for (const PsiTables::Stream &stream : program.streams) {
            TsPidInfo pid = pidInfo(stream.pid, stream.kind, stream.codec);
            pid.streamType = stream.streamType;
            pid.language = stream.language;
            info.pids.append(pid);
        }
        health->programs.append(info);
    }

    for (Watched &w : m_watched) {
        PidSlot &slot = m_pids[w.pid];
        w.total += std::uint32_t(slot.packets - slot.publishedPackets);
        slot.publishedPackets = slot.packets;
    }
    m_intervalStartUs = nowUs;
    m_intervalStartTsPackets = m_tsPackets;
    m_intervalStartBytes = m_bytes;
    m_intervalStartCounts = health->total;
    return health;
}

} // namespace srtdesk
