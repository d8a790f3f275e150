// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/UdpEndpoint.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace srtdesk {

namespace {
std::optional<quint32> parseIpv4(const QString &text)
{
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const auto match = dotted.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    quint32 value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int octet = match.captured(i).toInt();
        if (octet > 255)
            return std::nullopt;
        value = (value << 8) | quint32(octet);
    }
    return value;
}
} // namespace

QString UdpEndpoint::toString() const
{
    return host + QLatin1Char(':') + QString::number(port);
}

std::optional<UdpEndpoint> UdpEndpoint::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const int colon = trimmed.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const auto ip = parseIpv4(trimmed.left(colon));
    if (!ip)
        return std::nullopt;
    bool ok = false;
    const QString portText = trimmed.mid(colon + 1);
    const int port = portText.toInt(&ok);
    if (!ok || portText.startsWith(QLatin1Char('+')) || port < 1 || port > 65535)
        return std::nullopt;
    UdpEndpoint endpoint;
    endpoint.ipv4 = *ip;
    endpoint.host = QHostAddress(*ip).toString();
    endpoint.port = port;
    return endpoint;
}

bool isIpv4Literal(const QString &text)
{
    return parseIpv4(text.trimmed()).has_value();
}

bool isHostName(const QString &text)
{
    static const QRegularExpression hostName(QStringLiteral(
        "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    const QString trimmed = text.trimmed();
    // All-numeric dotted text is a (possibly broken) IPv4 literal, never a host name.
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
    return hostName.match(trimmed).hasMatch() && !numeric.match(trimmed).hasMatch();
}

} // namespace srtdesk
