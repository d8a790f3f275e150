// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/StreamJson.h"

#include <QJsonArray>

#include <cmath>

namespace srtdesk {

namespace {

// Rates with a fixed number of decimals: enough for a display, stable in a diff.
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

OrderedJson pidJson(const TsPidInfo &pid)
{
    OrderedJson out;
    out.add(QStringLiteral("Pid"), pid.pid);
    out.add(QStringLiteral("Kind"), toWire(pid.kind));
    out.add(QStringLiteral("Codec"), pid.codec);
    out.add(QStringLiteral("MbitRate"), rounded(pid.mbitRate, 4));
    return out;
}

OrderedJson programJson(const TsProgramInfo &program)
{
    QList<OrderedJson> pids;
    pids.reserve(program.pids.size());
    for (const TsPidInfo &pid : program.pids)
        pids.append(pidJson(pid));
    OrderedJson out;
    out.add(QStringLiteral("Number"), program.number);
    out.add(QStringLiteral("PmtPid"), program.pmtPid);
    out.add(QStringLiteral("PcrPid"), program.pcrPid);
    out.addArray(QStringLiteral("Pids"), pids);
    return out;
}

OrderedJson probeStreamJson(const ProbeStream &s)
{
    OrderedJson out;
    out.add(QStringLiteral("Pid"), s.pid);
    out.add(QStringLiteral("Kind"), toWire(s.kind));
    out.add(QStringLiteral("Codec"), s.codec);
    out.add(QStringLiteral("Profile"), s.profile);
    if (s.kind == PidKind::Video) {
        out.add(QStringLiteral("Width"), s.width);
        out.add(QStringLiteral("Height"), s.height);
        out.add(QStringLiteral("FrameRate"), rounded(s.frameRate, 3));
    }
    if (s.kind == PidKind::Audio) {
        out.add(QStringLiteral("Channels"), s.channels);
        out.add(QStringLiteral("SampleRate"), s.sampleRate);
    }
    out.add(QStringLiteral("Language"), s.language);
    out.add(QStringLiteral("BitRate"), s.bitRate);
    return out;
}

} // namespace

OrderedJson StreamJson::health(const StreamHealth &h)
{
    const TsErrorCounters &c = h.total;
    QList<OrderedJson> programs;
    programs.reserve(h.programs.size());
    for (const TsProgramInfo &program : h.programs)
        programs.append(programJson(program));
    OrderedJson out;
    out.add(QStringLiteral("Format"), toWire(h.format));
    out.add(QStringLiteral("TsMbitRate"), rounded(h.tsMbitRate, 4));
    out.add(QStringLiteral("SyncLosses"), c.syncLosses);
    out.add(QStringLiteral("SyncByteErrors"), c.syncByteErrors);
    out.add(QStringLiteral("PatErrors"), c.patErrors);
    out.add(QStringLiteral("CcErrors"), c.ccErrors);
    out.add(QStringLiteral("PmtErrors"), c.pmtErrors);
    out.add(QStringLiteral("PidErrors"), c.pidErrors);
    out.add(QStringLiteral("PcrRepetitionErrors"), c.pcrRepetitionErrors);
    out.add(QStringLiteral("PcrDiscontinuities"), c.pcrDiscontinuities);
    out.addArray(QStringLiteral("Programs"), programs);
    return out;
}

OrderedJson StreamJson::probe(const ProbeReport &report)
{
    QList<OrderedJson> streams;
    streams.reserve(report.streams.size());
    for (const ProbeStream &s : report.streams)
        streams.append(probeStreamJson(s));
    QList<OrderedJson> programs;
    programs.reserve(report.programs.size());
    for (const ProbeProgram &p : report.programs) {
        QJsonArray pids;
        for (int index : p.streamIndexes)
            pids.append(report.streams.value(index).pid);
        OrderedJson program;
        program.add(QStringLiteral("Number"), p.number);
        program.add(QStringLiteral("PmtPid"), p.pmtPid);
        program.add(QStringLiteral("PcrPid"), p.pcrPid);
        program.add(QStringLiteral("StreamPids"), QJsonValue(pids));
        programs.append(program);
    }
    OrderedJson out;
    out.add(QStringLiteral("Format"), report.format);
    out.add(QStringLiteral("BufferedSeconds"), rounded(report.bufferedSecs, 3));
    out.add(QStringLiteral("BufferedBytes"), report.bufferedBytes);
    out.addArray(QStringLiteral("Programs"), programs);
    out.addArray(QStringLiteral("Streams"), streams);
    return out;
}

} // namespace srtdesk
