// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/StreamHealth.h"
#include "core/monitor/LatestValue.h"
#include "core/monitor/PayloadTap.h"
#include "core/monitor/PsiTables.h"
#include "core/monitor/TsPacketFramer.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace srtdesk {

// MPEG-TS health of one service, on the data path: a per-packet walk (sync, PID, continuity
// counter, adaptation field, PCR) on the caller's thread, PAT/PMT handed to libdvbpsi, timers
// for what must recur (PAT, PMT, every PID a PMT references). Once per statistics interval it
// publishes a StreamHealth that any thread can read with latest(). How each indicator is
// counted: docs/MONITORING.md.
//
// payload() and linkUp() must come from one thread at a time (the engine's I/O thread); they
// never block and allocate only when a table changes and once per interval for the snapshot.
class TsAnalyzer final : public PayloadTap
{
public:
    static constexpr std::int64_t kPatPeriodUs = 500000;   // TR 101 290 1.3.a
    static constexpr std::int64_t kPmtPeriodUs = 500000;   // TR 101 290 1.5.a
    static constexpr std::uint32_t kPidPeriodMs = 5000;    // TR 101 290 1.6, user-defined period
    static constexpr std::int64_t kPcrRepetitionTicks = 40 * 27000;  // 40 ms of the 27 MHz clock
    static constexpr std::int64_t kPcrJumpTicks = 100 * 27000;       // 100 ms

    explicit TsAnalyzer(std::int64_t intervalUs = 1000000);
    ~TsAnalyzer() override;
    TsAnalyzer(const TsAnalyzer &) = delete;
    TsAnalyzer &operator=(const TsAnalyzer &) = delete;

    void payload(const std::uint8_t *data, std::size_t length, std::int64_t nowUs) override;
    void linkUp(std::int64_t nowUs) override;

    // Ends the running interval at nowUs and publishes it (the data path does this by itself
    // once per interval; tests and the end of a run call it to see everything fed so far).
    void publishNow(std::int64_t nowUs);

    // Any thread: the last published interval; nullptr before the first.
    std::shared_ptr<const StreamHealth> latest() const { return m_latest.get(); }

private:
    friend class TsPacketFramer;

    enum Role : std::uint8_t {
        RolePat = 0x01,
        RolePmt = 0x02,
        RolePcr = 0x04,
        RoleEs = 0x08,       // referenced by a PMT: PID_error timer
        RolePeekAudio = 0x10, // MPEG audio whose layer is still unknown
        RolePsi = RolePat | RolePmt | RolePeekAudio, // every packet of the PID leaves the fast path
    };
    enum CcFlag : std::uint8_t { CcKnown = 0x01, CcDuplicate = 0x02, CcSkipped = 0x04 };

    // Per PID, 16 bytes; the only memory a packet touches besides its own bytes.
    struct PidSlot
    {
        std::uint32_t packets = 0;          // since the link came up (wraps; deltas are used)
        std::uint32_t publishedPackets = 0; // `packets` at the last publication
        std::uint32_t seenMs = 0;           // last seen, ms since the epoch (PID_error timer)
        std::uint8_t cc = 0;
        std::uint8_t ccFlags = 0;
        std::uint8_t ccSkipped = 0;         // the counter a wrong one replaced
        std::uint8_t role = 0;
    };

    struct PmtTimer
    {
        std::uint16_t pid = 0;
        std::int64_t lastUs = 0;
    };

    struct PcrState
    {
        std::uint16_t pid = 0;
        bool known = false;
        std::int64_t last = 0; // 27 MHz ticks
    };

    struct Watched // a PID some table references, with its total since the link came up
    {
        std::uint16_t pid = 0;
        std::uint64_t total = 0;
        std::uint8_t roles = 0; // as of the last applyTables()
    };

    // TsPacketFramer's handler
    void onPacket(const std::uint8_t *packet);
    void onSyncAcquired();
    void onSyncLost();

    void start(std::int64_t nowUs);
    void checkContinuity(PidSlot &slot, std::uint8_t cc, bool discontinuity);
    void checkPcr(std::uint16_t pid, const std::uint8_t *packet, bool discontinuity);
    void unusualPacket(std::uint16_t pid, PidSlot &slot, const std::uint8_t *packet);
    void patPacket(const std::uint8_t *packet);
    void pmtPacket(std::uint16_t pid, const std::uint8_t *packet);
    void peekAudio(std::uint16_t pid, PidSlot &slot, const std::uint8_t *packet);
    void applyTables();
    void restartTimers();
    void runTimers();
    std::uint32_t msSinceEpoch(std::int64_t us) const { return std::uint32_t((us - m_epochUs) / 1000); }
    std::int64_t usOf(std::uint32_t ms) const { return m_epochUs + std::int64_t(ms) * 1000; }
    TsErrorCounters counters() const;
    std::shared_ptr<const StreamHealth> buildSnapshot(std::int64_t nowUs);
    void tryPublishPending();

    const std::int64_t m_intervalUs;
    std::unique_ptr<PidSlot[]> m_pids;
    TsPacketFramer m_framer;
    PsiTables m_tables;

    bool m_started = false;
    std::int64_t m_epochUs = 0;
    std::int64_t m_nowUs = 0;
    std::uint32_t m_nowMs = 0;
    std::int64_t m_nextTimerUs = 0;
    std::int64_t m_lastPatUs = 0;
    std::vector<PmtTimer> m_pmtTimers;
    std::vector<PcrState> m_pcrs;
    std::vector<Watched> m_watched;

    std::uint64_t m_tsPackets = 0;
    std::uint64_t m_bytes = 0;
    TsErrorCounters m_counts; // all but the framer's sync counters

    std::int64_t m_intervalStartUs = 0;
    std::uint64_t m_intervalStartTsPackets = 0;
    std::uint64_t m_intervalStartBytes = 0;
    TsErrorCounters m_intervalStartCounts;

    std::shared_ptr<const StreamHealth> m_pending; // built but not yet published
    LatestValue<StreamHealth> m_latest;
};

} // namespace srtdesk
