// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/StreamProbe.h"

#include "core/monitor/PayloadInput.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
}

namespace srtdesk {

namespace {

PidKind kindOf(AVMediaType type)
{
    switch (type) {
    case AVMEDIA_TYPE_VIDEO:
        return PidKind::Video;
    case AVMEDIA_TYPE_AUDIO:
        return PidKind::Audio;
    default:
        break;
    }
    return PidKind::Data;
}

// The rate ffprobe shows as avg_frame_rate, else its r_frame_rate.
double frameRateOf(const AVStream *stream)
{
    const AVRational rate = stream->avg_frame_rate.num > 0 && stream->avg_frame_rate.den > 0
        ? stream->avg_frame_rate
        : stream->r_frame_rate;
    return rate.num > 0 && rate.den > 0 ? av_q2d(rate) : 0.0;
}

ProbeStream describe(const AVFormatContext *format, const AVStream *stream)
{
    const AVCodecParameters *par = stream->codecpar;
    ProbeStream s;
    s.pid = format->iformat && (format->iformat->flags & AVFMT_SHOW_IDS) ? stream->id : 0;
    s.kind = kindOf(par->codec_type);
    s.codec = QString::fromLatin1(avcodec_get_name(par->codec_id));
    if (const char *profile = avcodec_profile_name(par->codec_id, par->profile))
        s.profile = QString::fromLatin1(profile);
    if (s.kind == PidKind::Video) {
        s.width = par->width;
        s.height = par->height;
        s.frameRate = frameRateOf(stream);
    } else if (s.kind == PidKind::Audio) {
        s.channels = par->ch_layout.nb_channels;
        s.sampleRate = par->sample_rate;
    }
    if (const AVDictionaryEntry *language = av_dict_get(stream->metadata, "language", nullptr, 0))
        s.language = QString::fromUtf8(language->value);
    s.bitRate = par->bit_rate;
    return s;
}

} // namespace

StreamProbe::Result StreamProbe::probe(const RecentPayload &payload, std::chrono::steady_clock::time_point deadline)
{
    Result result;
    PayloadInput input(payload, deadline);
    if (!input.open(&result.error))
        return result;
    const AVFormatContext *format = input.context();
    ProbeReport &report = result.report;
    report.format = QString::fromLatin1(format->iformat->name);
    report.bufferedBytes = qint64(payload.size());
    report.bufferedSecs = payload.spanSecs();
    for (unsigned i = 0; i < format->nb_streams; ++i)
        report.streams.append(describe(format, format->streams[i]));
    for (unsigned i = 0; i < format->nb_programs; ++i) {
        const AVProgram *program = format->programs[i];
        ProbeProgram p;
        p.number = program->program_num;
        p.pmtPid = program->pmt_pid;
        p.pcrPid = program->pcr_pid;
        for (unsigned k = 0; k < program->nb_stream_indexes; ++k)
            p.streamIndexes.append(int(program->stream_index[k]));
        report.programs.append(p);
    }
    if (report.streams.isEmpty())
        result.error = tr("No stream could be found in the payload.");
    return result;
}

} // namespace srtdesk
