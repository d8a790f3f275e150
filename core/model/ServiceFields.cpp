// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ServiceFields.h"

#include <QCoreApplication>

#include <algorithm>

namespace srtdesk {

namespace {

using K = FieldKinds;
using T = FieldType;
using G = FieldGroup;
using C = FieldCondition;

// The rows, in the order of the original's GET shape (seed: get_rx / get_tx), SRT Desk's
// extensions last. Labels and help are the form's; help texts are the original README's
// descriptions, corrected where it was wrong (PassPhrase: libsrt needs 10 to 79 characters).
QList<ServiceField> makeTable()
{
    return {
        ServiceField(FieldId::ServiceName, K::Both, "ServiceName", T::Text)
            .range(1, 64)
            .shownIn(G::General)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Service &name:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Name of the TX or RX session. Unique among services of the "
                                                       "same kind, up to %2 characters."))
            .stored<&ServiceConfig::serviceName>(),

        ServiceField(FieldId::Mode, K::Both, "Mode", T::Choice)
            // The original's samples: an RX calls its TX, a TX listens.
            .defaultsTo(SrtMode::Caller, SrtMode::Listener)
            .choosing<&srtModeFromWire>({{qint64(SrtMode::Caller), QT_TRANSLATE_NOOP("ServiceField", "Caller")},
                                         {qint64(SrtMode::Listener), QT_TRANSLATE_NOOP("ServiceField", "Listener")},
                                         {qint64(SrtMode::Rendezvous), QT_TRANSLATE_NOOP("ServiceField", "Rendezvous")}})
            .shownIn(G::General)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "&Mode:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Caller, Listener or Rendezvous. A caller connects to its peer, "
                                                       "a listener waits for the peer to call. In Rendezvous both ends "
                                                       "connect to each other and must use the same port."))
            .reachingLibsrt("srt_connect (caller), srt_listen (listener), SRTO_RENDEZVOUS (rendezvous)")
            .stored<&ServiceConfig::mode>(),

        ServiceField(FieldId::PeerIp, K::Rx, "TxIp", T::Host)
            .range(1, 253)
            .shownIn(G::Connection)
            .when(C::CallsPeer)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "TX &address:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Address of the TX this RX connects to, as caller or in "
                                                       "rendezvous. Not used by an RX listener."))
            .reachingLibsrt("srt_connect / srt_rendezvous peer address")
            .stored<&ServiceConfig::peerIp>(),

        // The original's get_one_tx example spells a TX's fields TxIp/UdpOut: read that slip too.
        ServiceField(FieldId::PeerIp, K::Tx, "RxIp", T::Host)
            .alias("TxIp")
            .range(1, 253)
            .shownIn(G::Connection)
            .when(C::CallsPeer)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "RX &address:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Address of the RX this TX sends to. Only needed for a TX "
                                                       "caller or rendezvous; a TX listener has no peer address."))
            .reachingLibsrt("srt_connect / srt_rendezvous peer address")
            .stored<&ServiceConfig::peerIp>(),

        ServiceField(FieldId::ListenPort, K::Both, "ListenPort", T::Integer)
            .range(1, 65535)
            .shownIn(G::Connection)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "SRT &port:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Port the listener publishes the stream on, or the peer's port "
                                                       "a caller connects to. In rendezvous both ends use the same "
                                                       "port."))
            .showing(QT_TRANSLATE_NOOP("ServiceField", "choose a port"))
            .reachingLibsrt("srt_bind port (listener, rendezvous), srt_connect port (caller)")
            .stored<&ServiceConfig::listenPort>(),

        ServiceField(FieldId::UdpAddress, K::Rx, "UdpOut", T::Endpoint)
            .range(1, 21)
            .shownIn(G::Udp)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "UDP &output:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "UDP output of the RX, as ip:port: the unicast or multicast "
                                                       "destination of the received stream."))
            .reachingLibsrt("not libsrt: the UDP socket's destination (sendmmsg)")
            .stored<&ServiceConfig::udpAddress>(),

        ServiceField(FieldId::UdpAddress, K::Tx, "UdpIn", T::Endpoint)
            .alias("UdpOut")
            .range(1, 21)
            .shownIn(G::Udp)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "UDP &input:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "UDP input of the TX, as ip:port. A multicast group "
                                                       "(224.0.0.0/4) is joined; 0.0.0.0:port receives on every "
                                                       "interface."))
            .reachingLibsrt("not libsrt: the UDP socket's bind address, IP_ADD_MEMBERSHIP for a multicast group")
            .stored<&ServiceConfig::udpAddress>(),

        ServiceField(FieldId::Latency, K::Both, "Latency", T::Integer)
            .defaultsTo(120) // libsrt's live default
            .range(20, 60000)
            .in("ms")
            .steppingBy(10)
            .shownIn(G::Connection)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "&Latency:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Latency of the SRT session, in milliseconds. Usually 4 × the "
                                                       "round-trip time (ping) between the ends. %1 to %2 ms."))
            .reachingLibsrt("SRTO_LATENCY (with SRTO_RCVLATENCY and SRTO_PEERLATENCY)")
            .stored<&ServiceConfig::latency>(),

        ServiceField(FieldId::SrtBw, K::Both, "SrtBw", T::Integer)
            .range(0, 10000000)
            .in("kbps")
            .steppingBy(500)
            .shownIn(G::Bandwidth)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Maximum &bandwidth:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Maximum bandwidth the SRT session may use, in kbps (12000 = 12 "
                                                       "Mbit/s). It should be at least the input bandwidth plus the "
                                                       "overhead. 0: relative to the input plus overhead."))
            .showing(QT_TRANSLATE_NOOP("ServiceField", "0 kbps (input + overhead)"))
            .reachingLibsrt("SRTO_MAXBW = kbps × 125 bytes/s (TX; an RX sets it only when above 0)")
            .stored<&ServiceConfig::srtBw>(),

        ServiceField(FieldId::PassPhrase, K::Both, "PassPhrase", T::Passphrase)
            .range(10, 79) // libsrt's limits, in bytes (the original's "8" is wrong)
            .shownIn(G::Encryption)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Pass&phrase:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Key that encrypts the SRT transmission: %1 to %2 characters, "
                                                       "the same at both ends. Empty: no encryption. (The original "
                                                       "system said at least 8; libsrt needs %1.)"))
            .showing(QT_TRANSLATE_NOOP("ServiceField", "empty: no encryption"))
            .reachingLibsrt("SRTO_PASSPHRASE")
            .stored<&ServiceConfig::passPhrase>(),

        ServiceField(FieldId::PbKeyLen, K::Both, "PbKeyLen", T::Integer)
            .defaultsTo(16)
            .allowing({{16, QT_TRANSLATE_NOOP("ServiceField", "16 bytes (AES-128)")},
                       {24, QT_TRANSLATE_NOOP("ServiceField", "24 bytes (AES-192)")},
                       {32, QT_TRANSLATE_NOOP("ServiceField", "32 bytes (AES-256)")}})
            .shownIn(G::Encryption)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "&Key length:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Length of the encryption key: 16, 24 or 32 bytes (AES-128, "
                                                       "AES-192, AES-256). %3 by default. Only the TX needs it; the RX "
                                                       "learns it when it connects."))
            .reachingLibsrt("SRTO_PBKEYLEN")
            .stored<&ServiceConfig::pbKeyLen>(),

        ServiceField(FieldId::TlpktDrop, K::Rx, "TlpktDrop", T::Flag)
            .defaultsTo(true)
            .shownIn(G::Connection)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Drop too-late packets:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "RX only. Too-late packet drop: discard packets that arrive too "
                                                       "late to be played out."))
            .showing(QT_TRANSLATE_NOOP("ServiceField", "Discard packets that arrive too late"))
            .reachingLibsrt("SRTO_TLPKTDROP")
            .stored<&ServiceConfig::tlpktDrop>(),

        ServiceField(FieldId::Ttl, K::Rx, "TTL", T::Integer)
            .defaultsTo(16)
            .range(1, 255)
            .shownIn(G::Udp)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "&TTL:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Time to live of the RX's UDP output packets, multicast or "
                                                       "unicast (%1 to %2)."))
            .reachingLibsrt("not libsrt: IP_MULTICAST_TTL / IP_TTL of the UDP output socket")
            .stored<&ServiceConfig::ttl>(),

        ServiceField(FieldId::InputBw, K::Tx, "InputBw", T::Integer)
            .range(0)
            .in("kbps")
            .steppingBy(500)
            .shownIn(G::Bandwidth)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "In&put bandwidth:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Bandwidth of the TX's input stream, in kbps (12000 = 12 "
                                                       "Mbit/s). 0: measured by SRT."))
            .showing(QT_TRANSLATE_NOOP("ServiceField", "0 kbps (measured)"))
            .reachingLibsrt("SRTO_INPUTBW = kbps × 125 bytes/s")
            .stored<&ServiceConfig::inputBw>(),

        ServiceField(FieldId::OverHead, K::Tx, "OverHead", T::Integer)
            .defaultsTo(25)
            .range(5, 100)
            .in("%")
            .shownIn(G::Bandwidth)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "&Overhead:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Share of bandwidth kept for SRT's error recovery, as a "
                                                       "percentage of the input bandwidth. %3 % by default; %1 to %2 "
                                                       "%."))
            .reachingLibsrt("SRTO_OHEADBW")
            .stored<&ServiceConfig::overHead>(),

        ServiceField(FieldId::Fec, K::Both, "FEC", T::Flag)
            .writtenByTxAs("PacketFilter")
            .shownIn(G::Fec)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "&FEC:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Experimental. Adds forward error correction to the "
                                                       "transmission. Both ends must use the same FEC settings."))
            .showing(QT_TRANSLATE_NOOP("ServiceField", "Add forward error correction"))
            .reachingLibsrt("SRTO_PACKETFILTER \"fec,cols:C,rows:R,layout:L,arq:A\"")
            .stored<&ServiceConfig::fec>(),

        // 1 or more when FEC is on; the original sends 0 with FEC off.
        ServiceField(FieldId::FecCols, K::Both, "FecCols", T::Integer)
            .defaultsTo(10)
            .range(1)
            .shownIn(G::Fec)
            .when(C::FecOn)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Columns:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Number of FEC columns, %1 or more. %3 by default."))
            .reachingLibsrt("SRTO_PACKETFILTER cols:")
            .stored<&ServiceConfig::fecCols>(),

        ServiceField(FieldId::FecRows, K::Both, "FecRows", T::Integer)
            .defaultsTo(5)
            .range(1)
            .shownIn(G::Fec)
            .when(C::FecOn)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Rows:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Number of FEC rows, %1 or more. %3 by default."))
            .reachingLibsrt("SRTO_PACKETFILTER rows:")
            .stored<&ServiceConfig::fecRows>(),

        // The original's bodies spell it FecLayOut (read first, as before), its GET shape FecLayout.
        ServiceField(FieldId::FecLayout, K::Both, "FecLayout", T::Choice)
            .aliasReadFirst("FecLayOut")
            .defaultsTo(FecLayout::Staircase)
            .choosing<&fecLayoutFromWire>({{qint64(FecLayout::Even), QT_TRANSLATE_NOOP("ServiceField", "Even")},
                                           {qint64(FecLayout::Staircase), QT_TRANSLATE_NOOP("ServiceField", "Staircase")}})
            .shownIn(G::Fec)
            .when(C::FecOn)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Layout:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Arrangement of the FEC groups: staircase (default) or even."))
            .reachingLibsrt("SRTO_PACKETFILTER layout:")
            .stored<&ServiceConfig::fecLayout>(),

        ServiceField(FieldId::FecArq, K::Both, "FecArq", T::Choice)
            .defaultsTo(FecArq::Always)
            .choosing<&fecArqFromWire>({{qint64(FecArq::Always), QT_TRANSLATE_NOOP("ServiceField", "Always")},
                                        {qint64(FecArq::OnRequest), QT_TRANSLATE_NOOP("ServiceField", "On request")},
                                        {qint64(FecArq::Never), QT_TRANSLATE_NOOP("ServiceField", "Never")}})
            .shownIn(G::Fec)
            .when(C::FecOn)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "ARQ:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Automatic Repeat Request together with FEC: always (default), "
                                                       "on request, or never."))
            .reachingLibsrt("SRTO_PACKETFILTER arq:")
            .stored<&ServiceConfig::fecArq>(),

        ServiceField(FieldId::Congestion, K::Both, "Congestion", T::Choice)
            .defaultsTo(Congestion::Live)
            .choosing<&congestionFromWire>({{qint64(Congestion::Live), QT_TRANSLATE_NOOP("ServiceField", "Live")},
                                            {qint64(Congestion::File), QT_TRANSLATE_NOOP("ServiceField", "File")}})
            .shownIn(G::Connection)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Congestion control:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Congestion control. Live by default; file exists but is not "
                                                       "meant for streaming."))
            .reachingLibsrt("SRTO_CONGESTION")
            .stored<&ServiceConfig::congestion>(),

        ServiceField(FieldId::TransType, K::Both, "TransType", T::Choice)
            .defaultsTo(TransType::Live)
            .choosing<&transTypeFromWire>({{qint64(TransType::Live), QT_TRANSLATE_NOOP("ServiceField", "Live")},
                                           {qint64(TransType::File), QT_TRANSLATE_NOOP("ServiceField", "File")}})
            .shownIn(G::Connection)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Transmission type:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Transmission type: live (the default, always used for "
                                                       "streaming) or file."))
            .reachingLibsrt("SRTO_TRANSTYPE, set first (it resets other options); file adds SRTO_MESSAGEAPI")
            .stored<&ServiceConfig::transType>(),

        ServiceField(FieldId::GroupConnect, K::Both, "GroupConnect", T::Flag)
            .writtenByTxAfter(FieldId::PbKeyLen)
            .shownIn(G::Bonding)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Bonding:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Experimental. Bonding: send from several IP addresses of one "
                                                       "machine and receive over several paths on the other."))
            .showing(QT_TRANSLATE_NOOP("ServiceField", "Connect as a group"))
            .reachingLibsrt("SRTO_GROUPCONNECT (TX listener), srt_create_group + srt_connect_group (RX caller)")
            .stored<&ServiceConfig::groupConnect>(),

        ServiceField(FieldId::GroupType, K::Rx, "GroupType", T::Choice)
            .defaultsTo(GroupType::Backup)
            .choosing<&groupTypeFromWire>({{qint64(GroupType::Backup), QT_TRANSLATE_NOOP("ServiceField", "Backup")},
                                           {qint64(GroupType::Broadcast), QT_TRANSLATE_NOOP("ServiceField", "Broadcast")}})
            .shownIn(G::Bonding)
            .when(C::BondingOn)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Group type:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Only backup for now: the TX's two addresses are received and "
                                                       "SRT picks the better path at each moment."))
            .reachingLibsrt("srt_create_group(SRT_GTYPE_BACKUP or SRT_GTYPE_BROADCAST)")
            .stored<&ServiceConfig::groupType>(),

        ServiceField(FieldId::GroupIp1, K::Rx, "GroupIp1", T::Host)
            .range(1, 253)
            .shownIn(G::Bonding)
            .when(C::BondingOn)
            .checkedEvenWhenOff()
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Primary IP:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Primary IP address of the bonding group."))
            .reachingLibsrt("srt_connect_group, first member's address")
            .stored<&ServiceConfig::groupIp1>(),

        ServiceField(FieldId::GroupIp2, K::Rx, "GroupIp2", T::Host)
            .range(1, 253)
            .shownIn(G::Bonding)
            .when(C::BondingOn)
            .checkedEvenWhenOff()
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Secondary IP:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Secondary IP address of the bonding group."))
            .reachingLibsrt("srt_connect_group, second member's address")
            .stored<&ServiceConfig::groupIp2>(),

        ServiceField(FieldId::Ip1Weight, K::Rx, "Ip1Weight", T::Integer)
            .defaultsTo(60)
            .range(0, 32767)
            .shownIn(G::Bonding)
            .when(C::BondingOn)
            .checkedEvenWhenOff()
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Primary weight:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Weight of the primary IP address."))
            .reachingLibsrt("SRT_SOCKGROUPCONFIG.weight of the first member")
            .stored<&ServiceConfig::ip1Weight>(),

        ServiceField(FieldId::Ip2Weight, K::Rx, "Ip2Weight", T::Integer)
            .defaultsTo(40)
            .range(0, 32767)
            .shownIn(G::Bonding)
            .when(C::BondingOn)
            .checkedEvenWhenOff()
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Secondary weight:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "Weight of the secondary IP address."))
            .reachingLibsrt("SRT_SOCKGROUPCONFIG.weight of the second member")
            .stored<&ServiceConfig::ip2Weight>(),

        // Extension of SRT Desk: written only when set, after every field of the original.
        ServiceField(FieldId::BindIp, K::Both, "BindIp", T::LocalAddress)
            .range(0, 15)
            .omittedWhenBlank()
            .shownIn(G::Connection)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Local &interface:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "SRT Desk extension: the local IPv4 address the SRT socket "
                                                       "binds to, on a machine with several network interfaces. Empty: "
                                                       "any interface."))
            .showing(QT_TRANSLATE_NOOP("ServiceField", "any"))
            .reachingLibsrt("srt_bind local address (the UDP socket binds to it too)")
            .stored<&ServiceConfig::bindIp>(),

        ServiceField(FieldId::SourcePort, K::Both, "SourcePort", T::Integer)
            .range(0, 65535)
            .omittedWhenBlank()
            .shownIn(G::Connection)
            .labelled(QT_TRANSLATE_NOOP("ServiceField", "Local p&ort:"))
            .helping(QT_TRANSLATE_NOOP("ServiceField", "SRT Desk extension, callers only: the local UDP port the "
                                                       "connection leaves from, for a firewall that expects it. 0: "
                                                       "a port shared with the other callers."))
            .showing(QT_TRANSLATE_NOOP("ServiceField", "shared"))
            .reachingLibsrt("srt_bind local port of a caller; 0 binds to the I/O thread's shared port (one "
                            "multiplexer for all its callers)")
            .stored<&ServiceConfig::sourcePort>(),
    };
}

QList<const ServiceField *> writtenOrder(ServiceKind kind)
{
    QList<const ServiceField *> order;
    QList<const ServiceField *> moved;
    for (const ServiceField *field : ServiceFields::of(kind)) {
        if (kind == ServiceKind::Tx && field->txWrittenAfter)
            moved.append(field);
        else
            order.append(field);
    }
    for (const ServiceField *field : std::as_const(moved)) {
        const auto after = std::find_if(order.begin(), order.end(),
                                        [field](const ServiceField *f) { return f->id == *field->txWrittenAfter; });
        order.insert(after == order.end() ? order.end() : after + 1, field);
    }
    return order;
}

} // namespace

const QList<ServiceField> &ServiceFields::all()
{
    static const QList<ServiceField> table = makeTable();
    return table;
}

QList<const ServiceField *> ServiceFields::of(ServiceKind kind)
{
    QList<const ServiceField *> rows;
    for (const ServiceField &field : all()) {
        if (field.appliesTo(kind))
            rows.append(&field);
    }
    return rows;
}

QList<const ServiceField *> ServiceFields::written(ServiceKind kind)
{
    static const QList<const ServiceField *> rx = writtenOrder(ServiceKind::Rx);
    static const QList<const ServiceField *> tx = writtenOrder(ServiceKind::Tx);
    return kind == ServiceKind::Rx ? rx : tx;
}

QList<const ServiceField *> ServiceFields::ordered(ServiceKind kind, std::initializer_list<FieldId> first)
{
    QList<const ServiceField *> rows;
    for (FieldId id : first) {
        if (const ServiceField *field = find(id, kind))
            rows.append(field);
    }
    for (const ServiceField *field : of(kind)) {
        if (!rows.contains(field))
            rows.append(field);
    }
    return rows;
}

const ServiceField *ServiceFields::find(FieldId id, ServiceKind kind)
{
    for (const ServiceField &field : all()) {
        if (field.id == id && field.appliesTo(kind))
            return &field;
    }
    return nullptr;
}

const ServiceField &ServiceFields::get(FieldId id, ServiceKind kind)
{
    const ServiceField *field = find(id, kind);
    Q_ASSERT_X(field, "ServiceFields::get", "no such field for this kind");
    return field ? *field : all().first();
}

const ServiceField *ServiceFields::byName(const QString &name, ServiceKind kind)
{
    for (const ServiceField &field : all()) {
        if (field.appliesTo(kind) && field.acceptedNames().contains(name))
            return &field;
    }
    return nullptr;
}

bool ServiceFields::holds(FieldCondition condition, const ServiceConfig &config)
{
    switch (condition) {
    case FieldCondition::Always: return true;
    case FieldCondition::CallsPeer: return config.usesPeerIp();
    case FieldCondition::FecOn: return config.fec;
    case FieldCondition::BondingOn: return config.groupConnect;
    }
    return true;
}

ServiceConfig ServiceFields::defaults(ServiceKind kind)
{
    ServiceConfig config;
    config.kind = kind;
    // Every row, also those of the other kind: a configuration's unused members are
    // compared too, and must not depend on how it was made.
    for (const ServiceField &field : all())
        field.write(config, field.defaultValue(kind));
    return config;
}

} // namespace srtdesk
