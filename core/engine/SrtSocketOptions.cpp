// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/SrtSocketOptions.h"

#include "core/model/ServiceFields.h"

#include <srt/access_control.h>

#include <algorithm>
#include <string>

namespace srtdesk {

namespace {

template <typename T>
bool setOption(SRTSOCKET socket, SRT_SOCKOPT option, const T &value)
{
    return srt_setsockflag(socket, option, &value, int(sizeof value)) != SRT_ERROR;
}

bool setStringOption(SRTSOCKET socket, SRT_SOCKOPT option, const QByteArray &value)
{
    return srt_setsockflag(socket, option, value.constData(), int(value.size())) != SRT_ERROR;
}

} // namespace

QString SrtSocketOptions::packetFilter(const ServiceConfig &config)
{
    if (!config.fec)
        return {};
    return QStringLiteral("fec,cols:%1,rows:%2,layout:%3,arq:%4")
        .arg(config.fecCols)
        .arg(config.fecRows)
        .arg(toWire(config.fecLayout), toWire(config.fecArq));
}

bool SrtSocketOptions::apply(SRTSOCKET socket, const ServiceConfig &config, QString *error)
{
    const auto fail = [&](const char *option) {
        if (error)
            *error = tr("libsrt refused %1: %2").arg(QLatin1String(option), lastErrorText());
        return false;
    };

    const bool live = config.transType == TransType::Live;
    // SRTO_TRANSTYPE resets many options to the type's defaults: it goes first.
    if (!setOption(socket, SRTO_TRANSTYPE, live ? SRTT_LIVE : SRTT_FILE))
        return fail("SRTO_TRANSTYPE");
    // In file mode keep message boundaries, so that one UDP datagram stays one message.
    if (!live && !setOption(socket, SRTO_MESSAGEAPI, true))
        return fail("SRTO_MESSAGEAPI");
    const QByteArray congestion = toWire(config.congestion).toLatin1();
    // A bonding group refuses SRTO_CONGESTION: groups are always live (GroupLink checks that).
    const bool group = (socket & SRTGROUP_MASK) != 0;
    if (!group && !setStringOption(socket, SRTO_CONGESTION, congestion))
        return fail("SRTO_CONGESTION");

    if (!setOption(socket, SRTO_SNDSYN, false) || !setOption(socket, SRTO_RCVSYN, false))
        return fail("SRTO_SNDSYN/SRTO_RCVSYN");
    const linger noLinger{0, 0}; // closing never waits for unsent data (file mode lingers 180 s)
    if (!setOption(socket, SRTO_LINGER, noLinger))
        return fail("SRTO_LINGER");

    // Flight window = the default receiver buffer (8192 packets). libsrt's default of 25600
    // cannot be used anyway (the peer's ACKs never offer more than its receiver buffer), but
    // it sizes the loss lists of every connected socket: ~1 MiB each, most of the resident
    // memory per service (tests/bench, docs/PERFORMANCE.md). Set before SRTO_RCVBUF's default
    // is checked against it; the default receiver buffer stays as it is.
    //
    // A TX only sends: its receiving side (receiver buffer and loss list, both sized by these
    // two options, and the peer's sender loss list, sized by twice the flight window this end
    // announces) never holds a packet. libsrt's minimum there saves ~450 KiB per link, and a
    // peer that sent data anyway could park at most 32 packets in a buffer nobody reads.
    // The TX's own sending window is the peer's announced buffer, not these.
    const int flightWindow = config.isTx() ? kSenderReceivePackets : kFlightWindowPackets;
    if (!setOption(socket, SRTO_FC, flightWindow))
        return fail("SRTO_FC");
    if (config.isTx() && !setOption(socket, SRTO_RCVBUF, 1)) // below the minimum: 32 packets
        return fail("SRTO_RCVBUF");

    const int latency = config.latency;
    if (!setOption(socket, SRTO_LATENCY, latency) || !setOption(socket, SRTO_RCVLATENCY, latency)
        || !setOption(socket, SRTO_PEERLATENCY, latency)) {
        return fail("SRTO_LATENCY");
    }

    if (config.isTx()) {
        // SrtBw > 0 caps the link. SrtBw 0: InputBw plus OverHead percent when InputBw is given,
        // otherwise no cap (-1: libsrt's "infinite" 1 Gbit/s, srt-live-transmit's default) --
        // never libsrt's own estimate of the input (SRTO_MAXBW 0 with SRTO_INPUTBW 0). That
        // estimate averages the input over a second, so a feed that starts after a pause or grows
        // by more than OverHead is paced below its own rate for up to a second, and at heavy loss
        // the retransmissions find no room: datagrams dropped (tests/reliability/TestZeroLoss.cpp,
        // docs/RELIABILITY.md "Zero loss, checked harder").
        const int64_t maxBw = config.srtBw > 0 ? int64_t(config.srtBw) * 125 : (config.inputBw > 0 ? 0 : -1);
        if (!setOption(socket, SRTO_MAXBW, maxBw))
            return fail("SRTO_MAXBW");
        const int64_t inputBw = std::max<int64_t>(ServiceFields::get(FieldId::InputBw, config.kind).minimum,
                                                  int64_t(config.inputBw)) * 125;
        if (!setOption(socket, SRTO_INPUTBW, inputBw))
            return fail("SRTO_INPUTBW");
        const ServiceField &overHeadField = ServiceFields::get(FieldId::OverHead, config.kind);
        const int overhead = int(std::clamp<qint64>(config.overHead, overHeadField.minimum, overHeadField.maximum));
        if (!setOption(socket, SRTO_OHEADBW, overhead))
            return fail("SRTO_OHEADBW");
    } else {
        if (config.srtBw > 0 && !setOption(socket, SRTO_MAXBW, int64_t(config.srtBw) * 125))
            return fail("SRTO_MAXBW");
        if (!setOption(socket, SRTO_TLPKTDROP, config.tlpktDrop))
            return fail("SRTO_TLPKTDROP");
    }

    if (!config.passPhrase.isEmpty()) {
        // Never put the passphrase itself in a message.
        if (!setStringOption(socket, SRTO_PASSPHRASE, config.passPhrase.toUtf8()))
            return fail("SRTO_PASSPHRASE");
        if (!setOption(socket, SRTO_PBKEYLEN, config.pbKeyLen))
            return fail("SRTO_PBKEYLEN");
    }

    const QString filter = packetFilter(config);
    if (!filter.isEmpty() && !setStringOption(socket, SRTO_PACKETFILTER, filter.toLatin1()))
        return fail("SRTO_PACKETFILTER");

    if (config.mode == SrtMode::Rendezvous && !setOption(socket, SRTO_RENDEZVOUS, true))
        return fail("SRTO_RENDEZVOUS");
    if (config.mode != SrtMode::Listener && !setOption(socket, SRTO_CONNTIMEO, kConnectTimeoutMs))
        return fail("SRTO_CONNTIMEO");
    if (config.isRx() && config.mode != SrtMode::Listener && !config.streamId.isEmpty()
        && !setStringOption(socket, SRTO_STREAMID, config.streamId.toUtf8()))
        return fail("SRTO_STREAMID");
    return true;
}

QString SrtSocketOptions::rejectReasonText(int reason)
{
    switch (reason) {
    case SRT_REJ_UNKNOWN:
        return tr("no reason given");
    case SRT_REJ_SYSTEM:
        return tr("a system call failed");
    case SRT_REJ_PEER:
        return tr("the peer refused it");
    case SRT_REJ_RESOURCE:
        return tr("the peer ran out of resources");
    case SRT_REJ_ROGUE:
        return tr("the handshake carried invalid data");
    case SRT_REJ_BACKLOG:
        return tr("the listener's backlog is full");
    case SRT_REJ_IPE:
        return tr("internal error in libsrt");
    case SRT_REJ_CLOSE:
        return tr("the socket was closed");
    case SRT_REJ_VERSION:
        return tr("the peer's SRT version is too old");
    case SRT_REJ_RDVCOOKIE:
        return tr("rendezvous cookie collision");
    case SRT_REJ_BADSECRET:
        return tr("incorrect passphrase (the two ends have different passphrases)");
    case SRT_REJ_UNSECURE:
        return tr("passphrase mismatch: one end encrypts and the other has no passphrase");
    case SRT_REJ_MESSAGEAPI:
        return tr("the ends disagree on the message API (TransType)");
    case SRT_REJ_CONGESTION:
        return tr("the ends have different Congestion settings");
    case SRT_REJ_FILTER:
        return tr("the FEC packet filter settings differ between the ends (FecCols, FecRows, FecLayOut or "
                  "FecArq)");
    case SRT_REJ_GROUP:
        return tr("the bonding (GroupConnect) settings differ between the ends");
    case SRT_REJ_TIMEOUT:
        return tr("timed out: the peer did not answer");
    case SRT_REJX_CONFLICT:
        return tr("the listener already has a peer and accepts one at a time");
    case SRT_REJX_OVERLOAD:
        return tr("the listener already serves as many callers as it accepts (MaxCallers)");
    case SRT_REJX_FORBIDDEN:
        return tr("the listener does not accept callers from this address (AllowedPeers)");
    default:
        break;
    }
    if (reason >= SRT_REJC_PREDEFINED)
        return tr("the peer's application refused it (code %1)").arg(reason);
    return QString::fromUtf8(srt_rejectreason_str(reason));
}

QString SrtSocketOptions::lastErrorText()
{
    return QString::fromUtf8(srt_getlasterror_str());
}

int SrtSocketOptions::intOption(SRTSOCKET socket, SRT_SOCKOPT option, int fallback)
{
    int value = fallback;
    int length = sizeof value;
    if (srt_getsockflag(socket, option, &value, &length) == SRT_ERROR)
        return fallback;
    return value;
}

} // namespace srtdesk
