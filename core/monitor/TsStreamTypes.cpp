// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/TsStreamTypes.h"

extern "C" {
#include <dvbpsi/dvbpsi.h>
#include <dvbpsi/descriptor.h>
#include <dvbpsi/dr_05.h>
#include <dvbpsi/dr_0a.h>
}

namespace srtdesk {

namespace {

using Classification = TsStreamTypes::Classification;

Classification make(PidKind kind, const QString &codec)
{
    Classification c;
    c.kind = kind;
    c.codec = codec;
    return c;
}

// stream_type values that say everything by themselves.
Classification fromStreamType(std::uint8_t type)
{
    switch (type) {
    case 0x01: return make(PidKind::Video, QStringLiteral("mpeg1video"));
    case 0x02: return make(PidKind::Video, QStringLiteral("mpeg2video"));
    case 0x10: return make(PidKind::Video, QStringLiteral("mpeg4"));
    case 0x1B: return make(PidKind::Video, QStringLiteral("h264"));
    case 0x20: return make(PidKind::Video, QStringLiteral("h264")); // MVC sub-bitstream
    case 0x24: return make(PidKind::Video, QStringLiteral("hevc"));
    case 0x33: return make(PidKind::Video, QStringLiteral("vvc"));
    case 0x42: return make(PidKind::Video, QStringLiteral("cavs"));
    case 0xD1: return make(PidKind::Video, QStringLiteral("dirac"));
    case 0xD2: return make(PidKind::Video, QStringLiteral("avs2"));
    case 0xEA: return make(PidKind::Video, QStringLiteral("vc1"));
    case 0x0F: return make(PidKind::Audio, QStringLiteral("aac"));
    case 0x11: return make(PidKind::Audio, QStringLiteral("aac_latm"));
    case 0x1C: return make(PidKind::Audio, QStringLiteral("aac")); // MPEG-4 audio without transport syntax
    case 0x81: return make(PidKind::Audio, QStringLiteral("ac3"));
    case 0x82: return make(PidKind::Audio, QStringLiteral("dts"));
    case 0x83: return make(PidKind::Audio, QStringLiteral("truehd"));
    case 0x84: return make(PidKind::Audio, QStringLiteral("eac3"));
    case 0x85: return make(PidKind::Audio, QStringLiteral("dts"));
    case 0x86: return make(PidKind::Data, QStringLiteral("scte_35"));
    case 0x87: return make(PidKind::Audio, QStringLiteral("eac3"));
    case 0x15: return make(PidKind::Data, QStringLiteral("timed_id3"));
    case 0x90: return make(PidKind::Data, QStringLiteral("hdmv_pgs_subtitle"));
    default: break;
    }
    return make(PidKind::Data, QString());
}

// DVB and registration descriptors that name what a stream_type 0x06 (PES private data)
// or an otherwise unknown stream_type carries.
bool fromDescriptor(const dvbpsi_descriptor_t *d, Classification &c)
{
    switch (d->i_tag) {
    case 0x6A: c.kind = PidKind::Audio; c.codec = QStringLiteral("ac3"); return true;
    case 0x7A: c.kind = PidKind::Audio; c.codec = QStringLiteral("eac3"); return true;
    case 0x7B: c.kind = PidKind::Audio; c.codec = QStringLiteral("dts"); return true;
    case 0x7C: c.kind = PidKind::Audio; c.codec = QStringLiteral("aac"); return true;
    case 0x59: c.kind = PidKind::Data; c.codec = QStringLiteral("dvb_subtitle"); return true;
    case 0x56:
    case 0x46: c.kind = PidKind::Data; c.codec = QStringLiteral("dvb_teletext"); return true;
    default: break;
    }
    if (d->i_tag != 0x05 || d->i_length < 4)
        return false;
    auto *reg = dvbpsi_DecodeRegistrationDr(const_cast<dvbpsi_descriptor_t *>(d));
    if (!reg)
        return false;
    switch (reg->i_format_identifier) {
    case 0x41432D33: c.kind = PidKind::Audio; c.codec = QStringLiteral("ac3"); return true;    // "AC-3"
    case 0x45414333: c.kind = PidKind::Audio; c.codec = QStringLiteral("eac3"); return true;   // "EAC3"
    case 0x4F707573: c.kind = PidKind::Audio; c.codec = QStringLiteral("opus"); return true;   // "Opus"
    case 0x42535344: c.kind = PidKind::Audio; c.codec = QStringLiteral("s302m"); return true;  // "BSSD"
    case 0x48455643: c.kind = PidKind::Video; c.codec = QStringLiteral("hevc"); return true;   // "HEVC"
    case 0x56432D31: c.kind = PidKind::Video; c.codec = QStringLiteral("vc1"); return true;    // "VC-1"
    case 0x4B4C5641: c.kind = PidKind::Data; c.codec = QStringLiteral("klv"); return true;     // "KLVA"
    case 0x49443320: c.kind = PidKind::Data; c.codec = QStringLiteral("timed_id3"); return true; // "ID3 "
    default: break;
    }
    return false;
}

QString languageOf(const dvbpsi_descriptor_t *d)
{
    auto *iso = dvbpsi_DecodeISO639Dr(const_cast<dvbpsi_descriptor_t *>(d));
    if (!iso || iso->i_code_count == 0)
        return QString();
    const auto &code = iso->code[0].iso_639_code;
    return QString::fromLatin1(reinterpret_cast<const char *>(code), 3).trimmed();
}

} // namespace

TsStreamTypes::Classification TsStreamTypes::classify(std::uint8_t streamType,
                                                      const dvbpsi_descriptor_s *descriptors)
{
    Classification c;
    if (streamType == 0x03 || streamType == 0x04) {
        c.kind = PidKind::Audio;
        c.mpegAudio = true;
    } else {
        c = fromStreamType(streamType);
    }
    const bool decided = !c.codec.isEmpty() || c.mpegAudio;
    bool named = false;
    for (const dvbpsi_descriptor_t *d = descriptors; d; d = d->p_next) {
        if (d->i_tag == 0x0A && c.language.isEmpty())
            c.language = languageOf(d);
        else if (!decided && !named)
            named = fromDescriptor(d, c);
    }
    return c;
}

QString TsStreamTypes::mpegAudioCodec(const std::uint8_t *frame, std::size_t length)
{
    if (length < 2 || frame[0] != 0xFF || (frame[1] & 0xE0) != 0xE0)
        return QString();
    switch ((frame[1] >> 1) & 0x03) {
    case 0x03: return QStringLiteral("mp1");
    case 0x02: return QStringLiteral("mp2");
    case 0x01: return QStringLiteral("mp3");
    default: break;
    }
    return QString();
}

} // namespace srtdesk
