// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/CallerStats.h"

#include <QList>
#include <QString>

namespace srtdesk {

// Connected field of the original: 0 disconnected, 1 connected, 2 waiting/connecting.
enum class LinkState { Disconnected = 0, Connected = 1, Waiting = 2 };

// libsrt's key material state of a link (SRTO_SNDKMSTATE/SRTO_RCVKMSTATE), combined.
enum class EncryptionState {
    Off = 0,       // neither end has a passphrase: not encrypted
    Securing = 1,  // keys being exchanged
    Secured = 2,   // encrypted, both ends agree on the key
    NoSecret = 3,  // one end has a passphrase, the other none
    BadSecret = 4, // the passphrases differ
};

// The statistics of one link as the original reports them (docs/ARCHITECTURE.md, "Service semantics").
// Counters are totals since the link connected; rates are over the last statistics interval. An RX fills the
// receive side, a TX the send side; the serializer names them Recv* or Send* by kind.
struct LinkStats
{
    LinkState state = LinkState::Disconnected;
    QString linkId;            // ContainerId of the original: 10 hex digits while running
    double linkRtt = 0;        // ms; 0 until rttMeasured
    // libsrt starts every link with an estimate of 100 ms that it replaces at the first
    // ACK/ACKACK exchange; until then the link has no measured round-trip time.
    bool rttMeasured = false;
    double linkBandwidth = 0;  // Mbit/s, libsrt's estimate
    double linkMaxBandwidth = 0; // Mbit/s, SrtBw / 1000
    qint64 packets = 0;
    qint64 packetsUnique = 0;
    qint64 packetsLost = 0;
    qint64 packetsDropped = 0;
    qint64 packetsRetransmitted = 0;
    qint64 packetsBelated = 0;     // RX only
    qint64 packetsFilterExtra = 0;
    qint64 packetsFilterSupply = 0; // RX only
    qint64 packetsFilterLoss = 0;   // RX only
    qint64 bytes = 0;
    qint64 bytesUnique = 0;
    qint64 bytesLost = 0;       // RX only
    qint64 bytesDropped = 0;
    double mbitRate = 0;        // Mbit/s over the last statistics interval (SRT side, with headers)
    double inputMbitRate = 0;   // TX: UDP input, Mbit/s of payload over the last statistics interval
    double outputMbitRate = 0;  // RX: UDP output, Mbit/s of payload over the last statistics interval
    double lineLoss = 0;        // % of packets lost
    int reconnections = 0;      // links re-established since the operator started the service
                                // (an edit or a restart of the running service does not reset it)
    qint64 oversizedDatagrams = 0; // TX: UDP datagrams larger than the SRT payload, not sent
    QString lastError;          // libsrt's reason for the last failure, until the next link
    QString peer;               // "ip:port" of the connected peer (a listener's caller), empty while down
    int connectAttempts = 0;    // caller/rendezvous: connection attempts in this run of the service
    EncryptionState encryption = EncryptionState::Off; // while connected
    int encryptionKeyBytes = 0; // 16, 24 or 32 while encrypted (AES-128/192/256), else 0
    int localPort = 0;          // local UDP port of the SRT socket (a shared one for most callers)
    // TX listener: every connected caller (issue 14). The counters above are then the sums over
    // the callers since the first of them connected, LinkRtt the worst caller's.
    QList<CallerStats> callers;
};

} // namespace srtdesk
