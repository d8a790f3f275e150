#include "core/model/ServiceConfig.h"

#include <tuple>

namespace srtdesk {

namespace {
auto tied(const ServiceConfig &c)
{
    return std::tie(c.kind, c.id, c.serviceName, c.mode, c.peerIp, c.listenPort, c.udpAddress, c.latency, c.bindIp, c.sourcePort,
                    c.srtBw, c.inputBw, c.overHead, c.passPhrase, c.pbKeyLen, c.tlpktDrop, c.ttl, c.fec,
                    c.fecCols, c.fecRows, c.fecLayout, c.fecArq, c.congestion, c.transType, c.groupConnect,
                    c.groupType, c.groupIp1, c.groupIp2, c.ip1Weight, c.ip2Weight);
}
} // namespace

bool ServiceConfig::operator==(const ServiceConfig &other) const
{
    return tied(*this) == tied(other);
}

ServiceConfig ServiceConfig::defaults(ServiceKind kind)
{
    ServiceConfig config;
    config.kind = kind;
    // The original's samples: an RX calls its TX, a TX listens.
    config.mode = kind == ServiceKind::Rx ? SrtMode::Caller : SrtMode::Listener;
    return config;
}

} // namespace srtdesk
