// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitor/RecentPayload.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace srtdesk {

// A JPEG of the latest video frame that decodes from recorded payload, scaled to at most
// maxWidth pixels wide (display aspect kept), encoded with libavcodec's MJPEG encoder (core
// links no QtGui). Decodes only from the last key frame on, on the caller's thread, and ends
// by the deadline.
class StreamThumbnail
{
    Q_DECLARE_TR_FUNCTIONS(StreamThumbnail)

public:
    static constexpr int kMaxWidth = 320;

    struct Result
    {
        QByteArray jpeg;
        int width = 0;
        int height = 0;
        int pid = 0;     // the video stream's PID
        QString error;   // a sentence for the user; empty when ok
        bool noFrameYet = false; // video, but no key frame decoded yet: more payload may help
        bool ok() const { return error.isEmpty(); }
    };

    static Result capture(const RecentPayload &payload, std::chrono::steady_clock::time_point deadline,
                          int maxWidth = kMaxWidth);
};

} // namespace srtdesk
