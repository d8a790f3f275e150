// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitor/RecentPayload.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

struct AVFormatContext;
struct AVIOContext;

namespace srtdesk {

// libavformat reading recorded payload from memory through a custom AVIOContext: no file, no
// child process. Every blocking step of libavformat checks the deadline through its interrupt
// callback, so that opening and reading end in bounded time.
class PayloadInput
{
    Q_DECLARE_TR_FUNCTIONS(PayloadInput)

public:
    using Clock = std::chrono::steady_clock;

    PayloadInput(RecentPayload payload, Clock::time_point deadline);
    ~PayloadInput();
    PayloadInput(const PayloadInput &) = delete;
    PayloadInput &operator=(const PayloadInput &) = delete;

    // Opens the payload and reads its stream parameters; false with a message when it cannot.
    bool open(QString *error);

    AVFormatContext *context() const { return m_format; }
    bool expired() const { return Clock::now() >= m_deadline; }
    const RecentPayload &payload() const { return m_payload; }

    // FFmpeg's messages go to the srtdesk.monitor category instead of stderr (once per process).
    static void routeFfmpegLog();

private:
    static int readPacket(void *opaque, std::uint8_t *buffer, int size);
    static std::int64_t seek(void *opaque, std::int64_t offset, int whence);
    static int interrupted(void *opaque);

    RecentPayload m_payload;
    Clock::time_point m_deadline;
    std::size_t m_position = 0;
    AVIOContext *m_io = nullptr;
    AVFormatContext *m_format = nullptr;
    bool m_opened = false;
};

} // namespace srtdesk
