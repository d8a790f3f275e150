// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/StatsReader.h"

#include "core/engine/SrtSocketOptions.h"

#include "core/engine/GroupLink.h"

namespace srtdesk {

namespace {

// libsrt's INITIAL_RTT: what msRTT says before the link measured anything.
constexpr double kLibsrtInitialRttMs = 100.0;

} // namespace

void StatsReader::restart(Clock::time_point now)
{
    m_rate.restart(0, now);
    m_rttMeasured = false;
}

void StatsReader::noteRttMeasurement(const SRT_TRACEBSTATS &perf)
{
    // libsrt starts each link at INITIAL_RTT (exactly 100 ms) and keeps reporting it until the
    // first measurement: the receiver's at its first ACKACK, the sender's when an ACK brings
    // the receiver's measured value. No counter says so; libsrt itself tells a measured value
    // from the start value by comparing with INITIAL_RTT (CUDT::processCtrlAck), and an ACK
    // must have crossed this link (an RTT cached from an earlier link to the same address is
    // not this link's). Once measured, it stays measured for the link.
    if (m_rttMeasured)
        return;
    const int acks = m_config->isRx() ? perf.pktSentACKTotal : perf.pktRecvACKTotal;
    m_rttMeasured = acks > 0 && perf.msRTT != kLibsrtInitialRttMs;
}

EncryptionState StatsReader::encryptionOf(SRTSOCKET socket, int *keyBytes)
{
    // Both directions: the sending side's state as this end imposes it and the receiving
    // side's as the peer reported it in the key material exchange.
    const int send = SrtSocketOptions::intOption(socket, SRTO_SNDKMSTATE, SRT_KM_S_UNSECURED);
    const int receive = SrtSocketOptions::intOption(socket, SRTO_RCVKMSTATE, SRT_KM_S_UNSECURED);
    EncryptionState state = EncryptionState::Off;
    if (send == SRT_KM_S_BADSECRET || receive == SRT_KM_S_BADSECRET)
        state = EncryptionState::BadSecret;
    else if (send == SRT_KM_S_NOSECRET || receive == SRT_KM_S_NOSECRET)
        state = EncryptionState::NoSecret;
    else if (send == SRT_KM_S_SECURING || receive == SRT_KM_S_SECURING)
        state = EncryptionState::Securing;
    else if (send == SRT_KM_S_SECURED && receive == SRT_KM_S_SECURED)
        state = EncryptionState::Secured;
    if (keyBytes)
        *keyBytes = state == EncryptionState::Secured ? SrtSocketOptions::intOption(socket, SRTO_PBKEYLEN, 0) : 0;
    return state;
}

bool StatsReader::read(SRTSOCKET link, GroupLink &group, Clock::time_point now, Sample *sample)
{
    if (!group.bistats(link, &sample->perf)) // a group: combined from its members
        return false;
    noteRttMeasurement(sample->perf);
    sample->rttMeasured = m_rttMeasured;
    const qint64 bytes = qint64(m_config->isRx() ? sample->perf.byteRecvTotal : sample->perf.byteSentTotal);
    sample->mbitRate = m_rate.rate(bytes, now);
    if (!GroupLink::isGroup(link))
        sample->encryption = encryptionOf(link, &sample->keyBytes);
    return true;
}

void StatsReader::apply(const Sample &sample, LinkStats &s) const
{
    const SRT_TRACEBSTATS &perf = sample.perf;
    s.rttMeasured = sample.rttMeasured;
    s.linkRtt = sample.rttMeasured ? perf.msRTT : 0.0;
    s.linkBandwidth = perf.mbpsBandwidth;
    s.linkMaxBandwidth = double(m_config->srtBw) / 1000.0;
    s.mbitRate = sample.mbitRate;
    s.encryption = sample.encryption;
    s.encryptionKeyBytes = sample.keyBytes;
    if (m_config->isRx()) {
        s.packets = perf.pktRecvTotal;
        s.packetsUnique = perf.pktRecvUniqueTotal;
        s.packetsLost = perf.pktRcvLossTotal;
        s.packetsDropped = perf.pktRcvDropTotal;
        // 1.5.1 has no *Total for these two; never cleared (clear=0), they are totals.
        s.packetsRetransmitted = perf.pktRcvRetrans;
        s.packetsBelated = perf.pktRcvBelated;
        s.packetsFilterExtra = perf.pktRcvFilterExtraTotal;
        s.packetsFilterSupply = perf.pktRcvFilterSupplyTotal;
        s.packetsFilterLoss = perf.pktRcvFilterLossTotal;
        s.bytes = qint64(perf.byteRecvTotal);
        s.bytesUnique = qint64(perf.byteRecvUniqueTotal);
        s.bytesLost = qint64(perf.byteRcvLossTotal);
        s.bytesDropped = qint64(perf.byteRcvDropTotal);
    } else {
        s.packets = perf.pktSentTotal;
        s.packetsUnique = perf.pktSentUniqueTotal;
        s.packetsLost = perf.pktSndLossTotal;
        s.packetsDropped = perf.pktSndDropTotal;
        s.packetsRetransmitted = perf.pktRetransTotal;
        s.packetsFilterExtra = perf.pktSndFilterExtraTotal;
        s.bytes = qint64(perf.byteSentTotal);
        s.bytesUnique = qint64(perf.byteSentUniqueTotal);
        s.bytesDropped = qint64(perf.byteSndDropTotal);
    }
    s.lineLoss = s.packets > 0 ? double(s.packetsLost) * 100.0 / double(s.packets) : 0.0;
}

} // namespace srtdesk
