#include "core/model/ServiceValidator.h"

#include "core/model/UdpEndpoint.h"

namespace srtdesk {

namespace {

// A local UDP port a running service holds, and the field that asks for it.
struct LocalBinding
{
    QString field;
    quint32 ip = 0; // 0 = any address
    int port = 0;
    bool sharedMulticast = false; // a multicast input joined with SO_REUSEADDR
    quint32 group = 0;
};

QList<LocalBinding> localBindings(const ServiceConfig &c)
{
    QList<LocalBinding> result;
    if (c.mode != SrtMode::Caller && c.listenPort > 0) {
        const auto bind = UdpEndpoint::parse(c.bindIp + QStringLiteral(":1"));
        result.append({QStringLiteral("ListenPort"), bind ? bind->ipv4 : 0, c.listenPort, false, 0});
    }
    if (c.mode == SrtMode::Caller && c.sourcePort > 0) {
        const auto bind = UdpEndpoint::parse(c.bindIp + QStringLiteral(":1"));
        result.append({QStringLiteral("SourcePort"), bind ? bind->ipv4 : 0, c.sourcePort, false, 0});
    }
    if (c.isTx()) {
        if (const auto in = UdpEndpoint::parse(c.udpAddress)) {
            if (in->isMulticast())
                result.append({ServiceValidator::udpField(c), 0, in->port, true, in->ipv4});
            else
                result.append({ServiceValidator::udpField(c), in->ipv4, in->port, false, 0});
        }
    }
    return result;
}

bool overlaps(const LocalBinding &a, const LocalBinding &b)
{
    if (a.port != b.port)
        return false;
    if (a.sharedMulticast && b.sharedMulticast)
        return false; // two TX may read one multicast group: each gets every datagram
    return a.ip == 0 || b.ip == 0 || a.ip == b.ip;
}

// Names end up in tables, logs, metrics labels and file names: no control characters and no
// broken UTF-16 (a lone surrogate cannot be written as UTF-8).
bool isPrintable(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
        if (c.isHighSurrogate() && (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate()))
            return false;
        if (c.isLowSurrogate() && (i == 0 || !text.at(i - 1).isHighSurrogate()))
            return false;
    }
    return true;
}

QString kindName(const ServiceConfig &c)
{
    return c.isRx() ? QStringLiteral("RX") : QStringLiteral("TX");
}

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(ServiceValidator)

public:
    explicit Checker(const ServiceConfig &c) : m_c(c) {}

    FieldErrors run()
    {
        checkGeneral();
        checkConnection();
        checkUdp();
        checkBandwidth();
        checkEncryption();
        checkFec();
        checkBonding();
        return m_errors;
    }

private:
    void add(const QString &field, const QString &message) { m_errors.append({field, message}); }

    void checkRange(const QString &field, qint64 value, qint64 low, qint64 high, const QString &unit = {})
    {
        if (value >= low && value <= high)
            return;
        if (unit.isEmpty())
            add(field, tr("%1 must be between %2 and %3.").arg(field).arg(low).arg(high));
        else
            add(field, tr("%1 must be between %2 and %3 %4.").arg(field).arg(low).arg(high).arg(unit));
    }

    void checkHost(const QString &field, const QString &value, bool required, const QString &why)
    {
        if (value.isEmpty()) {
            if (required)
                add(field, why);
            return;
        }
        if (!isIpv4Literal(value) && !isHostName(value))
            add(field, tr("%1 \"%2\" is neither an IPv4 address nor a host name.").arg(field, value));
    }

    void checkGeneral()
    {
        const QString name = m_c.serviceName.trimmed();
        if (name.isEmpty())
            add(QStringLiteral("ServiceName"), tr("ServiceName is required."));
        else if (name.size() > ServiceValidator::kMaxNameLength)
            add(QStringLiteral("ServiceName"),
                tr("ServiceName must be at most %1 characters long.").arg(ServiceValidator::kMaxNameLength));
        else if (!isPrintable(name))
            add(QStringLiteral("ServiceName"), tr("ServiceName must not contain control characters."));
    }

    void checkConnection()
    {
        const QString peer = ServiceValidator::peerField(m_c);
        if (m_c.usesPeerIp()) {
            checkHost(peer, m_c.peerIp, true,
                      tr("%1 is required in %2 mode: it is the address of the peer to connect to.")
                          .arg(peer, toWire(m_c.mode)));
        }
        checkRange(QStringLiteral("ListenPort"), m_c.listenPort, 1, 65535);
        checkRange(QStringLiteral("Latency"), m_c.latency, ServiceValidator::kMinLatency,
                   ServiceValidator::kMaxLatency, QStringLiteral("ms"));
        if (!m_c.bindIp.isEmpty() && !isIpv4Literal(m_c.bindIp))
            add(QStringLiteral("BindIp"), tr("BindIp must be an IPv4 address of this machine, or empty."));
        checkRange(QStringLiteral("SourcePort"), m_c.sourcePort, 0, 65535);
        if (m_c.sourcePort != 0 && m_c.mode != SrtMode::Caller)
            add(QStringLiteral("SourcePort"),
                tr("SourcePort applies to Mode caller only (a listener and a rendezvous use ListenPort)."));
    }

    void checkUdp()
    {
        if (m_c.isRx())
            checkRange(QStringLiteral("TTL"), m_c.ttl, 1, 255);
        const QString field = ServiceValidator::udpField(m_c);
        if (m_c.udpAddress.isEmpty()) {
            add(field, tr("%1 is required, as ip:port (for example 239.1.1.1:5000).").arg(field));
            return;
        }
        const auto endpoint = UdpEndpoint::parse(m_c.udpAddress);
        if (!endpoint) {
            add(field, tr("%1 \"%2\" must be ip:port with an IPv4 address and a port from 1 to 65535.")
                           .arg(field, m_c.udpAddress));
            return;
        }
        if (m_c.isRx()) {
            if (endpoint->isAny())
                add(field, tr("%1 needs a destination address; 0.0.0.0 only makes sense for an input.").arg(field));
        }
    }

    void checkBandwidth()
    {
        checkRange(QStringLiteral("SrtBw"), m_c.srtBw, 0, ServiceValidator::kMaxSrtBw, QStringLiteral("kbps"));
        if (m_c.isTx()) {
            if (m_c.inputBw < 0)
                add(QStringLiteral("InputBw"), tr("InputBw must be 0 or more kbps."));
            checkRange(QStringLiteral("OverHead"), m_c.overHead, ServiceValidator::kMinOverHead,
                       ServiceValidator::kMaxOverHead, QStringLiteral("%"));
        }
    }

    void checkEncryption()
    {
        const int length = int(m_c.passPhrase.toUtf8().size());
        if (length != 0 && (length < ServiceValidator::kMinPassphrase || length > ServiceValidator::kMaxPassphrase)) {
            add(QStringLiteral("PassPhrase"),
                tr("PassPhrase must be empty (no encryption) or %1 to %2 characters long; it has %3.")
                    .arg(ServiceValidator::kMinPassphrase)
                    .arg(ServiceValidator::kMaxPassphrase)
                    .arg(length));
        }
        if (m_c.pbKeyLen != 16 && m_c.pbKeyLen != 24 && m_c.pbKeyLen != 32)
            add(QStringLiteral("PbKeyLen"), tr("PbKeyLen must be 16, 24 or 32."));
    }

    void checkFec()
    {
        if (!m_c.fec)
            return; // the original sends FecCols/FecRows 0 when FEC is off
        if (m_c.fecCols < 1)
            add(QStringLiteral("FecCols"), tr("FecCols must be 1 or more when FEC is on."));
        if (m_c.fecRows < 1)
            add(QStringLiteral("FecRows"), tr("FecRows must be 1 or more when FEC is on."));
        if (m_c.transType != TransType::Live)
            add(QStringLiteral("FEC"), tr("FEC works only with TransType live."));
    }

    void checkBonding()
    {
        // A bonded RX calls the TX over two paths; a bonded TX listens for that group.
        if (m_c.groupConnect && m_c.isRx() && m_c.mode != SrtMode::Caller)
            add(QStringLiteral("GroupConnect"), tr("GroupConnect 1 needs Mode caller on an RX: it calls both paths."));
        if (m_c.groupConnect && m_c.isTx() && m_c.mode != SrtMode::Listener)
            add(QStringLiteral("GroupConnect"), tr("GroupConnect 1 needs Mode listener on a TX: it accepts the group."));
        if (!m_c.isRx())
            return;
        checkRange(QStringLiteral("Ip1Weight"), m_c.ip1Weight, 0, ServiceValidator::kMaxWeight);
        checkRange(QStringLiteral("Ip2Weight"), m_c.ip2Weight, 0, ServiceValidator::kMaxWeight);
        const QString why = tr("%1 is required when GroupConnect is 1: bonding needs both paths.");
        checkHost(QStringLiteral("GroupIp1"), m_c.groupIp1, m_c.groupConnect, why.arg(QStringLiteral("GroupIp1")));
        checkHost(QStringLiteral("GroupIp2"), m_c.groupIp2, m_c.groupConnect, why.arg(QStringLiteral("GroupIp2")));
    }

    const ServiceConfig &m_c;
    FieldErrors m_errors;
};

} // namespace

QString ServiceValidator::peerField(const ServiceConfig &config)
{
    return config.isRx() ? QStringLiteral("TxIp") : QStringLiteral("RxIp");
}

QString ServiceValidator::udpField(const ServiceConfig &config)
{
    return config.isRx() ? QStringLiteral("UdpOut") : QStringLiteral("UdpIn");
}

FieldErrors ServiceValidator::validate(const ServiceConfig &config)
{
    return Checker(config).run();
}

FieldErrors ServiceValidator::conflicts(const ServiceConfig &config, const QList<ServiceConfig> &others)
{
    FieldErrors errors;
    const QList<LocalBinding> mine = localBindings(config);
    for (const ServiceConfig &other : others) {
        if (config.id != 0 && other.id == config.id)
            continue;
        if (other.kind == config.kind
            && other.serviceName.trimmed().compare(config.serviceName.trimmed(), Qt::CaseInsensitive) == 0) {
            errors.append({QStringLiteral("ServiceName"),
                           tr("An %1 service named \"%2\" already exists (Id %3).")
                               .arg(kindName(other), other.serviceName)
                               .arg(other.id)});
        }
        const QList<LocalBinding> theirs = localBindings(other);
        for (const LocalBinding &a : mine) {
            for (const LocalBinding &b : theirs) {
                if (overlaps(a, b)) {
                    errors.append({a.field, tr("UDP port %1 is already used by %2 service \"%3\" (Id %4).")
                                                .arg(a.port)
                                                .arg(kindName(other), other.serviceName)
                                                .arg(other.id)});
                }
            }
        }
    }
    return errors;
}

} // namespace srtdesk
