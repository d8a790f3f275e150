// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/StreamHealth.h"

namespace srtdesk {

QString toWire(StreamFormat format)
{
    switch (format) {
    case StreamFormat::MpegTs:
        return QStringLiteral("mpegts");
    case StreamFormat::Other:
        return QStringLiteral("other");
    case StreamFormat::None:
        break;
    }
    return QStringLiteral("none");
}

QString toWire(PidKind kind)
{
    switch (kind) {
    case PidKind::Video:
        return QStringLiteral("video");
    case PidKind::Audio:
        return QStringLiteral("audio");
    case PidKind::Psi:
        return QStringLiteral("psi");
    case PidKind::Data:
        break;
    }
    return QStringLiteral("data");
}

TsErrorCounters TsErrorCounters::operator-(const TsErrorCounters &earlier) const
{
    TsErrorCounters d;
    d.syncLosses = syncLosses - earlier.syncLosses;
    d.syncByteErrors = syncByteErrors - earlier.syncByteErrors;
    d.patErrors = patErrors - earlier.patErrors;
    d.ccErrors = ccErrors - earlier.ccErrors;
    d.pmtErrors = pmtErrors - earlier.pmtErrors;
    d.pidErrors = pidErrors - earlier.pidErrors;
    d.pcrRepetitionErrors = pcrRepetitionErrors - earlier.pcrRepetitionErrors;
    d.pcrDiscontinuities = pcrDiscontinuities - earlier.pcrDiscontinuities;
    return d;
}

bool TsErrorCounters::operator==(const TsErrorCounters &o) const
{
    return syncLosses == o.syncLosses && syncByteErrors == o.syncByteErrors && patErrors == o.patErrors
        && ccErrors == o.ccErrors && pmtErrors == o.pmtErrors && pidErrors == o.pidErrors
        && pcrRepetitionErrors == o.pcrRepetitionErrors && pcrDiscontinuities == o.pcrDiscontinuities;
}

} // namespace srtdesk
