// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/StreamThumbnail.h"

#include "core/monitor/PayloadInput.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

#include <memory>
#include <vector>

namespace srtdesk {

namespace {

struct PacketFree { void operator()(AVPacket *p) const { av_packet_free(&p); } };
struct FrameFree { void operator()(AVFrame *f) const { av_frame_free(&f); } };
struct CodecFree { void operator()(AVCodecContext *c) const { avcodec_free_context(&c); } };
struct ScaleFree { void operator()(SwsContext *s) const { sws_freeContext(s); } };
using Packet = std::unique_ptr<AVPacket, PacketFree>;
using Frame = std::unique_ptr<AVFrame, FrameFree>;
using Codec = std::unique_ptr<AVCodecContext, CodecFree>;
using Scaler = std::unique_ptr<SwsContext, ScaleFree>;

// The video packets of the last two groups of pictures (each starting with a key frame), so
// that decoding starts at a key frame and the older group is a fallback when the newest one
// was cut short by the end of the recording.
struct Gops
{
    std::vector<Packet> latest;
    std::vector<Packet> previous;
};

Gops readGops(PayloadInput &input, int streamIndex)
{
    Gops gops;
    Packet packet(av_packet_alloc());
    while (packet && !input.expired() && av_read_frame(input.context(), packet.get()) >= 0) {
        const bool ours = packet->stream_index == streamIndex && !(packet->flags & AV_PKT_FLAG_CORRUPT);
        if (ours && (packet->flags & AV_PKT_FLAG_KEY)) {
            gops.previous = std::move(gops.latest);
            gops.latest.clear();
        }
        if (ours && (!gops.latest.empty() || (packet->flags & AV_PKT_FLAG_KEY)))
            gops.latest.push_back(Packet(av_packet_clone(packet.get())));
        av_packet_unref(packet.get());
    }
    return gops;
}

Codec openDecoder(const AVStream *stream)
{
    const AVCodec *decoder = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!decoder)
        return nullptr;
    Codec context(avcodec_alloc_context3(decoder));
    if (!context || avcodec_parameters_to_context(context.get(), stream->codecpar) < 0)
        return nullptr;
    context->thread_count = 1; // a thumbnail never takes more than one core from the relays
    if (avcodec_open2(context.get(), decoder, nullptr) < 0)
        return nullptr;
    return context;
}

// Decodes one group of pictures and keeps the last frame it gives (in display order).
Frame decodeLast(const AVStream *stream, const std::vector<Packet> &packets, const PayloadInput &input)
{
    Codec decoder = openDecoder(stream);
    Frame frame(av_frame_alloc());
    Frame last;
    if (!decoder || !frame)
        return nullptr;
    auto drain = [&]() {
        while (avcodec_receive_frame(decoder.get(), frame.get()) >= 0) {
            if (!(frame->decode_error_flags) && frame->width > 0)
                last.reset(av_frame_clone(frame.get()));
            av_frame_unref(frame.get());
        }
    };
    for (const Packet &packet : packets) {
        if (input.expired())
            return last;
        if (avcodec_send_packet(decoder.get(), packet.get()) < 0)
            continue;
        drain();
    }
    avcodec_send_packet(decoder.get(), nullptr);
    drain();
    return last;
}

// Display width from the sample aspect ratio, then at most maxWidth, even sizes for 4:2:0.
void thumbnailSize(const AVFrame *frame, const AVStream *stream, int maxWidth, int *width, int *height)
{
    AVRational sar = frame->sample_aspect_ratio.num > 0 ? frame->sample_aspect_ratio : stream->sample_aspect_ratio;
    if (sar.num <= 0 || sar.den <= 0)
        sar = AVRational{1, 1};
    const double displayWidth = double(frame->width) * sar.num / sar.den;
    const double scale = displayWidth > maxWidth ? maxWidth / displayWidth : 1.0;
    *width = qMax(2, int(displayWidth * scale) & ~1);
    *height = qMax(2, int(frame->height * scale + 0.5) & ~1);
}

Frame scaled(const AVFrame *source, int width, int height)
{
    Frame out(av_frame_alloc());
    if (!out)
        return nullptr;
    out->format = AV_PIX_FMT_YUV420P;
    out->width = width;
    out->height = height;
    out->color_range = AVCOL_RANGE_JPEG;
    if (av_frame_get_buffer(out.get(), 0) < 0)
        return nullptr;
    Scaler scaler(sws_getContext(source->width, source->height, AVPixelFormat(source->format), width, height,
                                 AV_PIX_FMT_YUV420P, SWS_AREA, nullptr, nullptr, nullptr));
    if (!scaler)
        return nullptr;
    // JPEG wants full-range samples; broadcast video is limited range.
    const int *coefficients = sws_getCoefficients(SWS_CS_DEFAULT);
    const int sourceFull = source->color_range == AVCOL_RANGE_JPEG ? 1 : 0;
    sws_setColorspaceDetails(scaler.get(), coefficients, sourceFull, coefficients, 1, 0, 1 << 16, 1 << 16);
    sws_scale(scaler.get(), source->data, source->linesize, 0, source->height, out->data, out->linesize);
    return out;
}

QByteArray encodeJpeg(AVFrame *picture)
{
    const AVCodec *encoder = avcodec_find_encoder(AV_CODEC_ID_MJPEG);
    if (!encoder)
        return QByteArray();
    Codec context(avcodec_alloc_context3(encoder));
    if (!context)
        return QByteArray();
    context->width = picture->width;
    context->height = picture->height;
    context->pix_fmt = AV_PIX_FMT_YUV420P;
    context->color_range = AVCOL_RANGE_JPEG;
    context->time_base = AVRational{1, 25};
    context->flags |= AV_CODEC_FLAG_QSCALE;
    context->global_quality = FF_QP2LAMBDA * 3;
    if (avcodec_open2(context.get(), encoder, nullptr) < 0)
        return QByteArray();
    picture->quality = context->global_quality;
    picture->pict_type = AV_PICTURE_TYPE_I;
    Packet packet(av_packet_alloc());
    if (!packet || avcodec_send_frame(context.get(), picture) < 0 || avcodec_receive_packet(context.get(), packet.get()) < 0)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(packet->data), packet->size);
}

} // namespace

StreamThumbnail::Result StreamThumbnail::capture(const RecentPayload &payload,
                                                 std::chrono::steady_clock::time_point deadline, int maxWidth)
{
    Result result;
    PayloadInput input(payload, deadline);
    if (!input.open(&result.error))
        return result;
    const int index = av_find_best_stream(input.context(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (index < 0) {
        result.error = tr("The payload carries no video.");
        return result;
    }
    const AVStream *stream = input.context()->streams[index];
    if (!avcodec_find_decoder(stream->codecpar->codec_id)) {
        result.error = tr("The video codec %1 cannot be decoded here.")
                           .arg(QString::fromLatin1(avcodec_get_name(stream->codecpar->codec_id)));
        return result;
    }
    const Gops gops = readGops(input, index);
    Frame frame = decodeLast(stream, gops.latest, input);
    if (!frame && !input.expired())
        frame = decodeLast(stream, gops.previous, input);
    if (!frame) {
        result.noFrameYet = !input.expired();
        result.error = input.expired()
            ? tr("Decoding took too long and was stopped.")
            : tr("No video frame could be decoded from the last %1 seconds of payload.")
                  .arg(payload.spanSecs(), 0, 'f', 1);
        return result;
    }
    thumbnailSize(frame.get(), stream, maxWidth, &result.width, &result.height);
    Frame small = scaled(frame.get(), result.width, result.height);
    result.jpeg = small ? encodeJpeg(small.get()) : QByteArray();
    result.pid = stream->id;
    if (result.jpeg.isEmpty())
        result.error = tr("The thumbnail could not be encoded as JPEG.");
    return result;
}

} // namespace srtdesk
