// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceConfig.h"

#include <QString>

// Services on 127.0.0.1 for the test suites: a TX listening for SRT and reading UDP, an RX
// calling it and writing UDP, with a short latency.
namespace srtdesk::testing {

inline ServiceConfig txListener(const QString &name, int srtPort, int udpInPort)
{
    ServiceConfig c = ServiceConfig::defaults(ServiceKind::Tx);
    c.serviceName = name;
    c.mode = SrtMode::Listener;
    c.listenPort = srtPort;
    c.udpAddress = QStringLiteral("127.0.0.1:%1").arg(udpInPort);
    c.latency = 80;
    return c;
}

inline ServiceConfig rxCaller(const QString &name, int srtPort, int udpOutPort)
{
    ServiceConfig c = ServiceConfig::defaults(ServiceKind::Rx);
    c.serviceName = name;
    c.mode = SrtMode::Caller;
    c.peerIp = QStringLiteral("127.0.0.1");
    c.listenPort = srtPort;
    c.udpAddress = QStringLiteral("127.0.0.1:%1").arg(udpOutPort);
    c.latency = 80;
    return c;
}

} // namespace srtdesk::testing
