// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/StreamHealth.h"

#include <QList>
#include <QString>

namespace srtdesk {

// One elementary stream as libavformat/libavcodec see it in a few seconds of live payload.
struct ProbeStream
{
    int pid = 0;             // TS PID (the container's stream id); 0 when the format has none
    PidKind kind = PidKind::Data;
    QString codec;           // FFmpeg's codec name
    QString profile;         // "Main", "High", "LC", … or ""
    int width = 0;           // video
    int height = 0;          // video
    double frameRate = 0;    // video, frames per second (average, else the base rate)
    int channels = 0;        // audio
    int sampleRate = 0;      // audio, Hz
    QString language;        // ISO 639 tag, "" when none
    qint64 bitRate = 0;      // bit/s as the codec declares it, 0 when unknown
};

struct ProbeProgram
{
    int number = 0;
    int pmtPid = 0;
    int pcrPid = 0;
    QList<int> streamIndexes; // into ProbeReport::streams
};

struct ProbeReport
{
    QString format;              // libavformat's demuxer name, e.g. "mpegts"
    double bufferedSecs = 0;     // how much payload was probed
    qint64 bufferedBytes = 0;
    QList<ProbeProgram> programs;
    QList<ProbeStream> streams;
};

} // namespace srtdesk
