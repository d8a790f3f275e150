// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <srt/srt.h>

#include <functional>

namespace srtdesk::test {

// Ports of the fan-out tests: 22000-22999, a block of 20 per test function.
int fanoutPort(int block, int offset);

bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

// A plain libsrt caller, independent of SRT Desk's engine: connects (blocking, 3 s at most)
// from `localIp` (empty: any) to peerIp:port with `streamId`. Returns the socket, or
// SRT_INVALID_SOCK with the listener's reject reason (srt_getrejectreason) in `rejectReason`.
SRTSOCKET plainSrtCaller(const QString &localIp, const QString &peerIp, int port, const QString &streamId,
                         int *rejectReason);

// An executable on PATH ("srt-live-transmit", "ffmpeg"), empty when missing.
QString tool(const QString &name);

} // namespace srtdesk::test
