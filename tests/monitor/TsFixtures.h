// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitor/PayloadTap.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

// Real MPEG-TS made by ffmpeg, read back by ffprobe, and small edits on its packets for the
// stream monitoring tests.
namespace tsfixtures {

constexpr int kPacket = 188;
constexpr int kMuxRate = 4000000; // bit/s: ffmpeg's -muxrate, so the stream is CBR

// Runs ffmpeg with these arguments (after -hide_banner -loglevel error -y); "" when ok, else its stderr.
QString ffmpeg(const QStringList &arguments);
// ffprobe -show_programs -show_streams -show_format -of json on a file.
QJsonObject ffprobe(const QString &path);

// Two programs: 1 = MPEG-2 video 640x360@25 + MP2 (eng), 2 = H.264 320x240@30 + AAC (deu).
QString makeTwoProgramStream(const QString &dir, double seconds);
// One program with MP2 audio only.
QString makeAudioOnlyStream(const QString &dir, double seconds);
// A raw H.264 elementary stream (not TS).
QString makeRawH264(const QString &dir, double seconds);

QByteArray readFile(const QString &path);

inline int pidOf(const QByteArray &ts, int index)
{
    const auto *p = reinterpret_cast<const std::uint8_t *>(ts.constData()) + index * kPacket;
    return ((p[1] & 0x1F) << 8) | p[2];
}
inline std::uint8_t *packetAt(QByteArray &ts, int index)
{
    return reinterpret_cast<std::uint8_t *>(ts.data()) + index * kPacket;
}
bool hasPayload(const std::uint8_t *packet);
bool hasDiscontinuityIndicator(const std::uint8_t *packet);
void makeNull(std::uint8_t *packet);
QMap<int, qint64> packetsPerPid(const QByteArray &ts);

// Feeds `data` in datagrams of `datagram` bytes, each stamped with the time its last byte
// would arrive at kMuxRate after startUs. Returns the stamp of the last datagram.
std::int64_t feed(srtdesk::PayloadTap &tap, const QByteArray &data, std::int64_t startUs,
                  int datagram = 7 * kPacket, const std::function<void(std::int64_t)> &afterEach = {});
std::int64_t stampOf(qint64 bytesSoFar, std::int64_t startUs);

} // namespace tsfixtures
