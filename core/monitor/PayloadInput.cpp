// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/PayloadInput.h"

#include "core/monitor/MonitorLogging.h"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
#include <libavutil/log.h>
#include <libavutil/mem.h>
}

#include <cstdio>
#include <mutex>

namespace srtdesk {

namespace {

constexpr int kIoBufferSize = 64 * 1024;

void logFfmpeg(void *avcl, int level, const char *format, va_list args)
{
    if (level > AV_LOG_VERBOSE || !lcMonitor().isDebugEnabled())
        return;
    char line[1024];
    int prefix = 1;
    av_log_format_line2(avcl, level, format, args, line, int(sizeof line), &prefix);
    qCDebug(lcMonitor).noquote() << "ffmpeg:" << QString::fromUtf8(line).trimmed();
}

} // namespace

void PayloadInput::routeFfmpegLog()
{
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_callback(&logFfmpeg); });
}

PayloadInput::PayloadInput(RecentPayload payload, Clock::time_point deadline)
    : m_payload(std::move(payload))
    , m_deadline(deadline)
{
    routeFfmpegLog();
}

PayloadInput::~PayloadInput()
{
    if (m_format) {
        if (m_opened)
            avformat_close_input(&m_format);
        else
            avformat_free_context(m_format);
    }
    if (m_io) {
        av_freep(&m_io->buffer);
        avio_context_free(&m_io);
    }
}

bool PayloadInput::open(QString *error)
{
    if (m_payload.isEmpty()) {
        *error = tr("No payload arrived recently: there is nothing to look at.");
        return false;
    }
    auto *buffer = static_cast<unsigned char *>(av_malloc(kIoBufferSize));
    m_io = buffer ? avio_alloc_context(buffer, kIoBufferSize, 0, this, &PayloadInput::readPacket, nullptr,
                                       &PayloadInput::seek)
                  : nullptr;
    m_format = avformat_alloc_context();
    if (!m_io || !m_format) {
        if (!m_io)
            av_free(buffer);
        *error = tr("Not enough memory to read the payload.");
        return false;
    }
    m_format->pb = m_io;
    m_format->flags |= AVFMT_FLAG_CUSTOM_IO;
    m_format->interrupt_callback.callback = &PayloadInput::interrupted;
    m_format->interrupt_callback.opaque = this;

    // Everything recorded may be read: it is a few seconds and already in memory.
    const QByteArray size = QByteArray::number(qint64(m_payload.size()));
    AVDictionary *options = nullptr;
    av_dict_set(&options, "probesize", size.constData(), 0);
    av_dict_set(&options, "analyzeduration", "10000000", 0);
    const int opened = avformat_open_input(&m_format, nullptr, nullptr, &options);
    av_dict_free(&options);
    if (opened < 0) {
        m_format = nullptr; // freed by avformat_open_input on failure
        *error = expired() ? tr("Reading the payload took too long and was stopped.")
                           : tr("The payload is in no format FFmpeg recognises.");
        return false;
    }
    m_opened = true;
    m_format->probesize = qint64(m_payload.size());
    if (avformat_find_stream_info(m_format, nullptr) < 0 && m_format->nb_streams == 0) {
        *error = expired() ? tr("Reading the payload took too long and was stopped.")
                           : tr("No stream could be found in the payload.");
        return false;
    }
    return true;
}

int PayloadInput::readPacket(void *opaque, std::uint8_t *buffer, int size)
{
    auto *self = static_cast<PayloadInput *>(opaque);
    const std::size_t read = self->m_payload.read(self->m_position, buffer, std::size_t(size));
    if (read == 0)
        return AVERROR_EOF;
    self->m_position += read;
    return int(read);
}

std::int64_t PayloadInput::seek(void *opaque, std::int64_t offset, int whence)
{
    auto *self = static_cast<PayloadInput *>(opaque);
    const auto size = std::int64_t(self->m_payload.size());
    std::int64_t target = 0;
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE:
        return size;
    case SEEK_SET:
        target = offset;
        break;
    case SEEK_CUR:
        target = std::int64_t(self->m_position) + offset;
        break;
    case SEEK_END:
        target = size + offset;
        break;
    default:
        return AVERROR(EINVAL);
    }
    if (target < 0 || target > size)
        return AVERROR(EINVAL);
    self->m_position = std::size_t(target);
    return target;
}

int PayloadInput::interrupted(void *opaque)
{
    return static_cast<PayloadInput *>(opaque)->expired() ? 1 : 0;
}

} // namespace srtdesk
