// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/UdpEndpoint.h"

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

std::optional<QHostAddress> parseIpv6(const QString &text)
{
    // QHostAddress also takes scope ids and IPv4 text; only plain IPv6 literals are wanted here.
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Fa-f:.]+$"));
    if (!text.contains(QLatin1Char(':')) || !shape.match(text).hasMatch())
        return std::nullopt;
    const QHostAddress address(text);
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    return address;
}

std::optional<int> parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1Char('-')) || port < 1 || port > 65535)
        return std::nullopt;
    return port;
}
} // namespace

QString UdpEndpoint::toString() const
{
    const QString shown = isIpv6() ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shown + QLatin1Char(':') + QString::number(port);
}

std::optional<UdpEndpoint> UdpEndpoint::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const int colon = trimmed.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const auto port = parsePort(trimmed.mid(colon + 1));
    if (!port)
        return std::nullopt;
    const QString hostPart = trimmed.left(colon);
    UdpEndpoint endpoint;
    endpoint.port = *port;
    if (hostPart.startsWith(QLatin1Char('[')) && hostPart.endsWith(QLatin1Char(']'))) {
        const auto ip = parseIpv6(hostPart.mid(1, hostPart.size() - 2));
        if (!ip)
            return std::nullopt;
        endpoint.address = *ip;
        endpoint.host = ip->toString();
        return endpoint;
    }
    const auto ip = parseIpv4(hostPart);
    if (!ip)
        return std::nullopt;
    endpoint.ipv4 = *ip;
    endpoint.address = QHostAddress(*ip);
    endpoint.host = endpoint.address.toString();
    return endpoint;
}

bool isIpv4Literal(const QString &text)
{
    return parseIpv4(text.trimmed()).has_value();
}

bool isIpv6Literal(const QString &text)
{
    return parseIpv6(text.trimmed()).has_value();
}

bool isIpLiteral(const QString &text)
{
    return isIpv4Literal(text) || isIpv6Literal(text);
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
