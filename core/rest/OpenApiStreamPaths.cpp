// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/OpenApiStreamPaths.h"

#include <QJsonArray>

namespace srtdesk {

namespace {

QJsonObject typed(const char *name, const char *description = nullptr)
{
    QJsonObject out{{QStringLiteral("type"), QLatin1String(name)}};
    if (description)
        out.insert(QStringLiteral("description"), QLatin1String(description));
    return out;
}

QJsonObject ref(const char *schema)
{
    return {{QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + QLatin1String(schema))}};
}

QJsonObject arrayOf(const QJsonObject &items)
{
    return {{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), items}};
}

QJsonObject object(const QJsonObject &properties, const char *description)
{
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("description"), QLatin1String(description)}};
}

QJsonObject kind()
{
    return {{QStringLiteral("type"), QStringLiteral("string")},
            {QStringLiteral("enum"), QJsonArray{QStringLiteral("video"), QStringLiteral("audio"), QStringLiteral("data"),
                                                QStringLiteral("psi")}}};
}

QJsonObject answer(const QString &description, const char *contentType, const QJsonObject &schema)
{
    return {{QStringLiteral("description"), description},
            {QStringLiteral("content"),
             QJsonObject{{QLatin1String(contentType), QJsonObject{{QStringLiteral("schema"), schema}}}}}};
}

QJsonObject streamHealth()
{
    const QJsonObject pid = object({{QStringLiteral("Pid"), typed("integer")},
                                    {QStringLiteral("Kind"), kind()},
                                    {QStringLiteral("Codec"), typed("string", "From the PMT's stream type and descriptors.")},
                                    {QStringLiteral("MbitRate"), typed("number", "Over the last statistics interval.")}},
                                   "One PID of a programme.");
    const QJsonObject program = object({{QStringLiteral("Number"), typed("integer")},
                                        {QStringLiteral("PmtPid"), typed("integer")},
                                        {QStringLiteral("PcrPid"), typed("integer")},
                                        {QStringLiteral("Pids"), arrayOf(pid)}},
                                       "One programme of the PAT.");
    QJsonObject properties{
        {QStringLiteral("Format"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                     {QStringLiteral("enum"), QJsonArray{QStringLiteral("mpegts"), QStringLiteral("other"),
                                                         QStringLiteral("none")}},
                     {QStringLiteral("description"),
                      QStringLiteral("none: nothing carried in the last intervals (or not running); other: payload "
                                     "that is not MPEG-TS.")}}},
        {QStringLiteral("TsMbitRate"), typed("number", "TS packets, all PIDs, over the last statistics interval.")},
        {QStringLiteral("Programs"), arrayOf(program)}};
    for (const char *counter : {"SyncLosses", "SyncByteErrors", "PatErrors", "CcErrors", "PmtErrors", "PidErrors",
                                "PcrRepetitionErrors", "PcrDiscontinuities"})
        properties.insert(QLatin1String(counter), typed("integer", "ETSI TR 101 290 events since the link came up."));
    return object(properties, "What the service carries (docs/MONITORING.md): for a TX its UDP input, for an RX "
                              "what it sends out.");
}

QJsonObject probeReport()
{
    const QJsonObject stream = object(
        {{QStringLiteral("Pid"), typed("integer")},
         {QStringLiteral("Kind"), kind()},
         {QStringLiteral("Codec"), typed("string")},
         {QStringLiteral("Profile"), typed("string")},
         {QStringLiteral("Width"), typed("integer", "Video only.")},
         {QStringLiteral("Height"), typed("integer", "Video only.")},
         {QStringLiteral("FrameRate"), typed("number", "Video only, frames per second.")},
         {QStringLiteral("Channels"), typed("integer", "Audio only.")},
         {QStringLiteral("SampleRate"), typed("integer", "Audio only, Hz.")},
         {QStringLiteral("Language"), typed("string", "ISO 639, \"\" when none.")},
         {QStringLiteral("BitRate"), typed("integer", "bit/s when known, else 0.")}},
        "One elementary stream as libavformat/libavcodec see it.");
    return object({{QStringLiteral("Format"), typed("string", "libavformat's demuxer, e.g. mpegts.")},
                   {QStringLiteral("Streams"), arrayOf(stream)},
                   {QStringLiteral("Programs"), arrayOf(typed("object"))}},
                  "What a few seconds of the live stream hold.");
}

} // namespace

void OpenApiStreamPaths::addSchemas(QJsonObject &schemas)
{
    schemas.insert(QStringLiteral("StreamHealth"), streamHealth());
    schemas.insert(QStringLiteral("ProbeReport"), probeReport());
}

bool OpenApiStreamPaths::describe(const RestRoute &route, QJsonObject &responses)
{
    const bool probe = route.path.startsWith(QLatin1String("/v1/probe_"));
    const bool thumbnail = route.path.startsWith(QLatin1String("/v1/thumbnail_"));
    if (!probe && !thumbnail)
        return false;
    if (probe)
        responses.insert(QStringLiteral("200"), answer(QStringLiteral("What the stream carries."), "application/json",
                                                       ref("ProbeReport")));
    else
        responses.insert(QStringLiteral("200"),
                         answer(QStringLiteral("The latest decodable picture, at most 320 pixels wide."), "image/jpeg",
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                            {QStringLiteral("format"), QStringLiteral("binary")}}));
    responses.insert(QStringLiteral("404"), answer(QStringLiteral("No service of this kind with this Id."),
                                                   "application/json", ref("Error")));
    responses.insert(QStringLiteral("409"),
                     answer(probe ? QStringLiteral("The service does not run, or carries nothing that can be read.")
                                  : QStringLiteral("The service does not run, or carries no decodable video."),
                            "application/json", ref("Error")));
    return true;
}

} // namespace srtdesk
