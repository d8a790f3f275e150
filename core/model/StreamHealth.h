// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace srtdesk {

// What a service carries: "none" (no payload in the last interval), "mpegts" (TS sync held),
// "other" (payload, but never 188-byte TS packets).
enum class StreamFormat { None, MpegTs, Other };

// What a PID carries, as the PMT declares it.
enum class PidKind { Video, Audio, Data, Psi };

QString toWire(StreamFormat format);
QString toWire(PidKind kind);

// ETSI TR 101 290 indicators, counted as events (see docs/MONITORING.md for how each is counted).
struct TsErrorCounters
{
    qint64 syncLosses = 0;          // 1.1 TS_sync_loss
    qint64 syncByteErrors = 0;      // 1.2 Sync_byte_error
    qint64 patErrors = 0;           // 1.3.a PAT_error_2
    qint64 ccErrors = 0;            // 1.4 Continuity_count_error
    qint64 pmtErrors = 0;           // 1.5.a PMT_error_2
    qint64 pidErrors = 0;           // 1.6 PID_error
    qint64 pcrRepetitionErrors = 0; // 2.3.b PCR_repetition_error
    qint64 pcrDiscontinuities = 0;  // 2.3.a PCR_discontinuity_indicator_error

    qint64 priorityOne() const
    {
        return syncLosses + syncByteErrors + patErrors + ccErrors + pmtErrors + pidErrors;
    }
    TsErrorCounters operator-(const TsErrorCounters &earlier) const;
    bool operator==(const TsErrorCounters &other) const;
    bool operator!=(const TsErrorCounters &other) const { return !(*this == other); }
};

struct TsPidInfo
{
    int pid = 0;
    PidKind kind = PidKind::Data;
    QString codec;        // FFmpeg's codec name ("h264", "mp2", …); "" when unknown
    int streamType = 0;   // PMT stream_type (0 for the PMT PID itself)
    QString language;     // ISO 639 code from the PMT, "" when none
    double mbitRate = 0;  // over the last statistics interval
    qint64 packets = 0;   // since the link came up
};

struct TsProgramInfo
{
    int number = 0;
    int pmtPid = 0;
    int pcrPid = 0;
    QList<TsPidInfo> pids; // the PMT PID first, then the elementary streams in PMT order
};

// The transport stream health of one service, as published once per statistics interval.
struct StreamHealth
{
    StreamFormat format = StreamFormat::None;
    double tsMbitRate = 0;       // TS packets (all PIDs) over the last interval
    qint64 tsPackets = 0;        // since the link came up
    TsErrorCounters total;       // since the link came up
    TsErrorCounters interval;    // during the last statistics interval
    QList<TsProgramInfo> programs;
    qint64 sampledAtUs = 0;      // steady_clock µs of the end of the interval; 0 = never
    double intervalSecs = 0;     // length of the last interval
};

} // namespace srtdesk
