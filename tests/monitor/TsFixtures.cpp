// SPDX-License-Identifier: GPL-3.0-or-later
#include "TsFixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

namespace tsfixtures {

QString ffmpeg(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("ffmpeg"),
                  QStringList{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                              QStringLiteral("-y")}
                      + arguments);
    if (!process.waitForFinished(120000))
        return QStringLiteral("ffmpeg did not finish: ") + process.errorString();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("ffmpeg failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
    return QString();
}

QJsonObject ffprobe(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_programs"),
                   QStringLiteral("-show_streams"), QStringLiteral("-show_format"), QStringLiteral("-of"),
                   QStringLiteral("json"), path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QJsonObject();
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

namespace {
QStringList lavfi(const QString &graph)
{
    return {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), graph};
}
} // namespace

QString makeTwoProgramStream(const QString &dir, double seconds)
{
    const QString path = QDir(dir).filePath(QStringLiteral("two-programs.ts"));
    QStringList args;
    args << lavfi(QStringLiteral("testsrc=size=640x360:rate=25"))
         << lavfi(QStringLiteral("sine=frequency=1000:sample_rate=48000"))
         << lavfi(QStringLiteral("testsrc2=size=320x240:rate=30"))
         << lavfi(QStringLiteral("sine=frequency=500:sample_rate=44100"));
    args << QStringLiteral("-map") << QStringLiteral("0:v") << QStringLiteral("-map") << QStringLiteral("1:a")
         << QStringLiteral("-map") << QStringLiteral("2:v") << QStringLiteral("-map") << QStringLiteral("3:a");
    args << QStringLiteral("-c:v:0") << QStringLiteral("mpeg2video") << QStringLiteral("-b:v:0") << QStringLiteral("1500k")
         << QStringLiteral("-c:a:0") << QStringLiteral("mp2") << QStringLiteral("-c:v:1") << QStringLiteral("libx264")
         << QStringLiteral("-preset") << QStringLiteral("ultrafast") << QStringLiteral("-g") << QStringLiteral("30")
         << QStringLiteral("-c:a:1") << QStringLiteral("aac") << QStringLiteral("-b:a:1") << QStringLiteral("96k");
    args << QStringLiteral("-metadata:s:a:0") << QStringLiteral("language=eng") << QStringLiteral("-metadata:s:a:1")
         << QStringLiteral("language=deu");
    args << QStringLiteral("-program") << QStringLiteral("program_num=1:title=One:st=0:st=1")
         << QStringLiteral("-program") << QStringLiteral("program_num=2:title=Two:st=2:st=3");
    args << QStringLiteral("-muxrate") << QString::number(kMuxRate) << QStringLiteral("-t") << QString::number(seconds)
         << QStringLiteral("-f") << QStringLiteral("mpegts") << path;
    const QString error = ffmpeg(args);
    return error.isEmpty() ? path : QString();
}

QString makeAudioOnlyStream(const QString &dir, double seconds)
{
    const QString path = QDir(dir).filePath(QStringLiteral("audio-only.ts"));
    QStringList args = lavfi(QStringLiteral("sine=frequency=800:sample_rate=48000"));
    args << QStringLiteral("-c:a") << QStringLiteral("mp2") << QStringLiteral("-muxrate") << QString::number(kMuxRate)
         << QStringLiteral("-t") << QString::number(seconds) << QStringLiteral("-f") << QStringLiteral("mpegts") << path;
    return ffmpeg(args).isEmpty() ? path : QString();
}

QString makeRawH264(const QString &dir, double seconds)
{
    const QString path = QDir(dir).filePath(QStringLiteral("raw.h264"));
    QStringList args = lavfi(QStringLiteral("testsrc=size=640x360:rate=25"));
    args << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-preset") << QStringLiteral("ultrafast")
         << QStringLiteral("-t") << QString::number(seconds) << QStringLiteral("-f") << QStringLiteral("h264") << path;
    return ffmpeg(args).isEmpty() ? path : QString();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool hasPayload(const std::uint8_t *p)
{
    return p[3] & 0x10;
}

bool hasDiscontinuityIndicator(const std::uint8_t *p)
{
    return (p[3] & 0x20) && p[4] > 0 && (p[5] & 0x80);
}

void makeNull(std::uint8_t *p)
{
    p[0] = 0x47;
    p[1] = 0x1F;
    p[2] = 0xFF;
    p[3] = 0x10;
    std::fill(p + 4, p + kPacket, std::uint8_t(0xFF));
}

QMap<int, qint64> packetsPerPid(const QByteArray &ts)
{
    QMap<int, qint64> counts;
    for (int i = 0; i < ts.size() / kPacket; ++i)
        ++counts[pidOf(ts, i)];
    return counts;
}

std::int64_t stampOf(qint64 bytesSoFar, std::int64_t startUs)
{
    return startUs + bytesSoFar * 8 * 1000000 / kMuxRate;
}

std::int64_t feed(srtdesk::PayloadTap &tap, const QByteArray &data, std::int64_t startUs, int datagram,
                  const std::function<void(std::int64_t)> &afterEach)
{
    std::int64_t now = startUs;
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(data.constData());
    for (qint64 offset = 0; offset < data.size(); offset += datagram) {
        const qint64 length = std::min<qint64>(datagram, data.size() - offset);
        now = stampOf(offset + length, startUs);
        tap.payload(bytes + offset, std::size_t(length), now);
        if (afterEach)
            afterEach(now);
    }
    return now;
}

} // namespace tsfixtures
