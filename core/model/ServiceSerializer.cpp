#include "core/model/ServiceSerializer.h"

#include <QJsonDocument>

namespace srtdesk {

namespace {

QString passphraseText(const QString &passphrase, ServiceSerializer::Passphrase mode)
{
    if (mode == ServiceSerializer::Passphrase::Included || passphrase.isEmpty())
        return passphrase;
    return ServiceSerializer::kMask;
}

void addStatistics(OrderedJson &out, const ServiceStatus &status)
{
    const LinkStats &s = status.stats;
    const bool rx = status.config.isRx();
    const QString side = rx ? QStringLiteral("Recv") : QStringLiteral("Send");
    auto key = [&side](const char *suffix) -> QString { return side + QLatin1String(suffix); };

    out.add(QStringLiteral("LinkRtt"), s.linkRtt);
    out.add(QStringLiteral("LinkBandwidth"), s.linkBandwidth);
    out.add(QStringLiteral("LinkMaxBandwidth"), s.linkMaxBandwidth);
    out.add(key("Packets"), s.packets);
    out.add(key("PacketsUnique"), s.packetsUnique);
    out.add(key("PacketsLost"), s.packetsLost);
    out.add(key("PacketsDropped"), s.packetsDropped);
    out.add(key("PacketsRetransmitted"), s.packetsRetransmitted);
    if (rx)
        out.add(key("PacketsBelated"), s.packetsBelated);
    out.add(key("PacketsFilterExtra"), s.packetsFilterExtra);
    if (rx) {
        out.add(key("PacketsFilterSupply"), s.packetsFilterSupply);
        out.add(key("PacketsFilterLoss"), s.packetsFilterLoss);
    }
    out.add(key("Bytes"), s.bytes);
    out.add(key("BytesUnique"), s.bytesUnique);
    if (rx)
        out.add(key("BytesLost"), s.bytesLost);
    out.add(key("BytesDropped"), s.bytesDropped);
    out.add(key("MbitRate"), s.mbitRate);
    out.add(QStringLiteral("LineLoss"), s.lineLoss);
    out.add(QStringLiteral("Connected"), int(s.state));
    out.add(QStringLiteral("Reconnections"), s.reconnections);
    // Extensions of SRT Desk, after every field of the original.
    out.add(QStringLiteral("LastError"), s.lastError);
    if (!rx)
        out.add(QStringLiteral("OversizedDatagrams"), s.oversizedDatagrams);
}

} // namespace

OrderedJson ServiceSerializer::config(const ServiceConfig &c, Passphrase passphrase)
{
    OrderedJson out;
    const bool rx = c.isRx();
    if (c.id > 0)
        out.add(QStringLiteral("Id"), c.id);
    out.add(QStringLiteral("ServiceName"), c.serviceName);
    out.add(QStringLiteral("Mode"), toWire(c.mode));
    out.add(rx ? QStringLiteral("TxIp") : QStringLiteral("RxIp"), c.peerIp);
    out.add(QStringLiteral("ListenPort"), c.listenPort);
    out.add(rx ? QStringLiteral("UdpOut") : QStringLiteral("UdpIn"), c.udpAddress);
    out.add(QStringLiteral("Latency"), c.latency);
    out.add(QStringLiteral("SrtBw"), c.srtBw);
    if (passphrase != Passphrase::Omitted)
        out.add(QStringLiteral("PassPhrase"), passphraseText(c.passPhrase, passphrase));
    out.add(QStringLiteral("PbKeyLen"), c.pbKeyLen);
    if (rx) {
        out.add(QStringLiteral("TlpktDrop"), int(c.tlpktDrop));
        out.add(QStringLiteral("TTL"), c.ttl);
        out.add(QStringLiteral("FEC"), int(c.fec));
    } else {
        out.add(QStringLiteral("GroupConnect"), int(c.groupConnect));
        out.add(QStringLiteral("InputBw"), c.inputBw);
        out.add(QStringLiteral("OverHead"), c.overHead);
        out.add(QStringLiteral("PacketFilter"), int(c.fec));
    }
    out.add(QStringLiteral("FecCols"), c.fecCols);
    out.add(QStringLiteral("FecRows"), c.fecRows);
    out.add(QStringLiteral("FecLayout"), toWire(c.fecLayout));
    out.add(QStringLiteral("FecArq"), toWire(c.fecArq));
    out.add(QStringLiteral("Congestion"), toWire(c.congestion));
    out.add(QStringLiteral("TransType"), toWire(c.transType));
    if (rx) {
        out.add(QStringLiteral("GroupConnect"), int(c.groupConnect));
        out.add(QStringLiteral("GroupType"), toWire(c.groupType));
        out.add(QStringLiteral("GroupIp1"), c.groupIp1);
        out.add(QStringLiteral("GroupIp2"), c.groupIp2);
        out.add(QStringLiteral("Ip1Weight"), c.ip1Weight);
        out.add(QStringLiteral("Ip2Weight"), c.ip2Weight);
    }
    if (!c.bindIp.isEmpty())
        out.add(QStringLiteral("BindIp"), c.bindIp);
    if (c.sourcePort > 0)
        out.add(QStringLiteral("SourcePort"), c.sourcePort);
    return out;
}

OrderedJson ServiceSerializer::status(const ServiceStatus &status, Passphrase passphrase)
{
    OrderedJson out = config(status.config, passphrase);
    out.add(QStringLiteral("Status"), int(status.running));
    out.add(QStringLiteral("ContainerId"), status.running ? status.stats.linkId : QString());
    addStatistics(out, status);
    return out;
}

QJsonObject ServiceSerializer::toObject(const OrderedJson &json)
{
    return QJsonDocument::fromJson(json.toJson()).object();
}

} // namespace srtdesk
