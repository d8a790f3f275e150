// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/StreamHealth.h"

#include <QString>

#include <cstdint>

struct dvbpsi_descriptor_s;

namespace srtdesk {

// What an elementary stream of a PMT carries, from its stream_type and descriptors
// (ISO/IEC 13818-1 table 2-34, ETSI EN 300 468 descriptors, registration descriptors).
// Codec names are FFmpeg's, so that the analyser and the probe name codecs alike.
class TsStreamTypes
{
public:
    struct Classification
    {
        PidKind kind = PidKind::Data;
        QString codec;           // "" when unknown
        QString language;        // ISO 639-2 code of the first language descriptor
        bool mpegAudio = false;  // stream_type 0x03/0x04: the layer (mp1/mp2/mp3) is in the frames
    };

    static Classification classify(std::uint8_t streamType, const dvbpsi_descriptor_s *descriptors);

    // The codec of MPEG audio from the first bytes of an audio frame; "" when they are not one.
    static QString mpegAudioCodec(const std::uint8_t *frame, std::size_t length);
};

} // namespace srtdesk
