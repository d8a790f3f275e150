// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/LinkSampler.h"

#include <algorithm>

namespace srtdesk {

namespace {

// What StatsReader::apply() writes: the link's part of the published statistics.
void copyLinkFields(const LinkStats &from, LinkStats &to)
{
    to.linkRtt = from.linkRtt;
    to.rttMeasured = from.rttMeasured;
    to.linkBandwidth = from.linkBandwidth;
    to.linkMaxBandwidth = from.linkMaxBandwidth;
    to.mbitRate = from.mbitRate;
    to.encryption = from.encryption;
    to.encryptionKeyBytes = from.encryptionKeyBytes;
    to.packets = from.packets;
    to.packetsUnique = from.packetsUnique;
    to.packetsLost = from.packetsLost;
    to.packetsDropped = from.packetsDropped;
    to.packetsRetransmitted = from.packetsRetransmitted;
    to.packetsBelated = from.packetsBelated;
    to.packetsFilterExtra = from.packetsFilterExtra;
    to.packetsFilterSupply = from.packetsFilterSupply;
    to.packetsFilterLoss = from.packetsFilterLoss;
    to.bytes = from.bytes;
    to.bytesUnique = from.bytesUnique;
    to.bytesLost = from.bytesLost;
    to.bytesDropped = from.bytesDropped;
    to.lineLoss = from.lineLoss;
}

CallerStats callerOf(const RelayLink &link)
{
    CallerStats caller;
    caller.peer = link.peer;
    caller.streamId = link.streamId;
    caller.connectedSince = link.since;
    caller.linkRtt = link.last.linkRtt;
    caller.sendMbitRate = link.last.mbitRate;
    caller.sendPacketsLost = link.last.packetsLost;
    caller.sendPacketsRetransmitted = link.last.packetsRetransmitted;
    caller.sendPacketsDropped = link.last.packetsDropped;
    return caller;
}

} // namespace

void LinkSampler::restart()
{
    m_departed = LinkStats();
    m_anyDeparted = false;
}

void LinkSampler::departed(const RelayLink &link)
{
    if (!link.read)
        return;
    addCounters(m_departed, link.last);
    m_anyDeparted = true;
}

void LinkSampler::read(std::vector<RelayLink> &links, GroupLink &group, Clock::time_point now)
{
    for (RelayLink &link : links) {
        StatsReader::Sample sample;
        if (!link.reader.read(link.socket, group, now, &sample))
            continue; // the previous reading stays
        LinkStats own;
        own.linkMaxBandwidth = double(m_config.srtBw) / 1000.0;
        link.reader.apply(sample, own);
        link.last = own;
        link.read = true;
    }
}

bool LinkSampler::listsCallers() const
{
    return m_config.isTx() && m_config.mode == SrtMode::Listener;
}

void LinkSampler::addCounters(LinkStats &sum, const LinkStats &link)
{
    sum.packets += link.packets;
    sum.packetsUnique += link.packetsUnique;
    sum.packetsLost += link.packetsLost;
    sum.packetsDropped += link.packetsDropped;
    sum.packetsRetransmitted += link.packetsRetransmitted;
    sum.packetsBelated += link.packetsBelated;
    sum.packetsFilterExtra += link.packetsFilterExtra;
    sum.packetsFilterSupply += link.packetsFilterSupply;
    sum.packetsFilterLoss += link.packetsFilterLoss;
    sum.bytes += link.bytes;
    sum.bytesUnique += link.bytesUnique;
    sum.bytesLost += link.bytesLost;
    sum.bytesDropped += link.bytesDropped;
}

void LinkSampler::publish(const std::vector<RelayLink> &links, LinkStats &stats) const
{
    if (listsCallers()) {
        stats.callers.clear();
        for (const RelayLink &link : links)
            stats.callers.append(callerOf(link));
    }
    std::vector<const RelayLink *> read;
    for (const RelayLink &link : links) {
        if (link.read)
            read.push_back(&link);
    }
    if (read.empty())
        return;
    if (read.size() == 1 && !m_anyDeparted) {
        copyLinkFields(read.front()->last, stats); // one link: its statistics as they are
        return;
    }
    LinkStats sum = m_departed;
    sum.linkMaxBandwidth = double(m_config.srtBw) / 1000.0;
    sum.linkBandwidth = read.front()->last.linkBandwidth;
    sum.encryption = read.front()->last.encryption;
    sum.encryptionKeyBytes = read.front()->last.encryptionKeyBytes;
    for (const RelayLink *link : read) {
        addCounters(sum, link->last);
        sum.mbitRate += link->last.mbitRate;
        sum.linkRtt = std::max(sum.linkRtt, link->last.linkRtt);
        sum.rttMeasured = sum.rttMeasured || link->last.rttMeasured;
        sum.linkBandwidth = std::min(sum.linkBandwidth, link->last.linkBandwidth);
    }
    sum.lineLoss = sum.packets > 0 ? double(sum.packetsLost) * 100.0 / double(sum.packets) : 0.0;
    copyLinkFields(sum, stats);
}

} // namespace srtdesk
