// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ProbeReport.h"
#include "core/monitor/RecentPayload.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace srtdesk {

// What is inside recorded payload, as libavformat/libavcodec see it: codecs, resolution,
// frame rate, audio channels and sample rate, language tags. Runs on the caller's thread
// (never the data path) and ends by the deadline.
class StreamProbe
{
    Q_DECLARE_TR_FUNCTIONS(StreamProbe)

public:
    struct Result
    {
        ProbeReport report;
        QString error; // a sentence for the user; empty when ok
        bool ok() const { return error.isEmpty(); }
    };

    static Result probe(const RecentPayload &payload, std::chrono::steady_clock::time_point deadline);
};

} // namespace srtdesk
