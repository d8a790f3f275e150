#include "core/model/ServiceParser.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace srtdesk {

namespace {

// One parsing pass over a body: looks fields up by their original names and records
// every type problem instead of stopping at the first.
class FieldReader
{
    Q_DECLARE_TR_FUNCTIONS(ServiceParser)

public:
    explicit FieldReader(const QJsonObject &body) : m_body(body) {}

    FieldErrors errors() const { return m_errors; }

    // The first of `names` present (and not null) in the body.
    QString presentName(std::initializer_list<const char *> names) const
    {
        for (const char *name : names) {
            const QString key = QString::fromLatin1(name);
            const auto it = m_body.constFind(key);
            if (it != m_body.constEnd() && !it->isNull() && !it->isUndefined())
                return key;
        }
        return {};
    }

    void readString(std::initializer_list<const char *> names, QString &target)
    {
        const QString name = presentName(names);
        if (name.isEmpty())
            return;
        const QJsonValue value = m_body.value(name);
        if (!value.isString()) {
            fail(name, tr("%1 must be text.").arg(name));
            return;
        }
        target = value.toString().trimmed();
    }

    // Passphrases keep their spaces: they are compared byte for byte by the peer.
    void readRawString(std::initializer_list<const char *> names, QString &target)
    {
        const QString name = presentName(names);
        if (name.isEmpty())
            return;
        const QJsonValue value = m_body.value(name);
        if (!value.isString()) {
            fail(name, tr("%1 must be text.").arg(name));
            return;
        }
        target = value.toString();
    }

    template <typename Int>
    void readInteger(std::initializer_list<const char *> names, Int &target)
    {
        const QString name = presentName(names);
        if (name.isEmpty())
            return;
        const auto number = integerOf(name, m_body.value(name));
        if (!number)
            return;
        // Out-of-range values are clamped so that the validator names the allowed range.
        const qint64 low = std::numeric_limits<Int>::min();
        const qint64 high = std::numeric_limits<Int>::max();
        target = Int(std::clamp(*number, low, high));
    }

    void readFlag(std::initializer_list<const char *> names, bool &target)
    {
        const QString name = presentName(names);
        if (name.isEmpty())
            return;
        const QJsonValue value = m_body.value(name);
        if (value.isBool()) {
            target = value.toBool();
            return;
        }
        const auto number = integerOf(name, value, tr("%1 must be 0 or 1.").arg(name));
        if (!number)
            return;
        if (*number != 0 && *number != 1) {
            fail(name, tr("%1 must be 0 or 1.").arg(name));
            return;
        }
        target = *number == 1;
    }

    template <typename Enum>
    void readEnum(std::initializer_list<const char *> names, Enum &target,
                  std::optional<Enum> (*fromWire)(const QString &), const QString &allowed)
    {
        const QString name = presentName(names);
        if (name.isEmpty())
            return;
        const QJsonValue value = m_body.value(name);
        const auto parsed = value.isString() ? fromWire(value.toString()) : std::nullopt;
        if (!parsed) {
            fail(name, tr("%1 must be one of: %2.").arg(name, allowed));
            return;
        }
        target = *parsed;
    }

private:
    std::optional<qint64> integerOf(const QString &name, const QJsonValue &value, const QString &message = {})
    {
        const QString complaint = message.isEmpty() ? tr("%1 must be a whole number.").arg(name) : message;
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15) {
                fail(name, complaint);
                return std::nullopt;
            }
            return qint64(d);
        }
        if (value.isString()) {
            bool ok = false;
            const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
            if (ok)
                return parsed;
        }
        fail(name, complaint);
        return std::nullopt;
    }

    void fail(const QString &name, const QString &message) { m_errors.append({name, message}); }

    QJsonObject m_body;
    FieldErrors m_errors;
};

} // namespace

ServiceParser::Result ServiceParser::parse(const QJsonObject &body, const ServiceConfig &base)
{
    Result result{base, {}};
    ServiceConfig &c = result.config;
    FieldReader in(body);
    const bool rx = c.isRx();

    in.readString({"ServiceName"}, c.serviceName);
    in.readEnum({"Mode"}, c.mode, &srtModeFromWire, QStringLiteral("caller, listener, rendezvous"));
    // The original's get_one_tx example spells a TX's fields TxIp/UdpOut; accept that slip too.
    if (rx) {
        in.readString({"TxIp"}, c.peerIp);
        in.readString({"UdpOut"}, c.udpAddress);
    } else {
        in.readString({"RxIp", "TxIp"}, c.peerIp);
        in.readString({"UdpIn", "UdpOut"}, c.udpAddress);
    }
    in.readInteger({"ListenPort"}, c.listenPort);
    in.readInteger({"Latency"}, c.latency);
    in.readInteger({"SrtBw"}, c.srtBw);
    in.readRawString({"PassPhrase"}, c.passPhrase);
    in.readInteger({"PbKeyLen"}, c.pbKeyLen);
    in.readFlag({"FEC", "PacketFilter"}, c.fec);
    in.readInteger({"FecCols"}, c.fecCols);
    in.readInteger({"FecRows"}, c.fecRows);
    in.readEnum({"FecLayOut", "FecLayout"}, c.fecLayout, &fecLayoutFromWire, QStringLiteral("even, staircase"));
    in.readEnum({"FecArq"}, c.fecArq, &fecArqFromWire, QStringLiteral("always, onreq, never"));
    in.readEnum({"Congestion"}, c.congestion, &congestionFromWire, QStringLiteral("live, file"));
    in.readEnum({"TransType"}, c.transType, &transTypeFromWire, QStringLiteral("live, file"));
    in.readFlag({"GroupConnect"}, c.groupConnect);
    in.readString({"BindIp"}, c.bindIp);
    in.readInteger({"SourcePort"}, c.sourcePort);
    if (rx) {
        in.readFlag({"TlpktDrop"}, c.tlpktDrop);
        in.readInteger({"TTL"}, c.ttl);
        in.readEnum({"GroupType"}, c.groupType, &groupTypeFromWire, QStringLiteral("backup, broadcast"));
        in.readString({"GroupIp1"}, c.groupIp1);
        in.readString({"GroupIp2"}, c.groupIp2);
        in.readInteger({"Ip1Weight"}, c.ip1Weight);
        in.readInteger({"Ip2Weight"}, c.ip2Weight);
    } else {
        in.readInteger({"InputBw"}, c.inputBw);
        in.readInteger({"OverHead"}, c.overHead);
    }
    result.errors = in.errors();
    return result;
}

ServiceParser::Result ServiceParser::parse(const QByteArray &json, const ServiceConfig &base)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return {base, {{QStringLiteral("body"),
                        tr("The body is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset)}}};
    }
    if (!document.isObject())
        return {base, {{QStringLiteral("body"), tr("The body must be a JSON object.")}}};
    return parse(document.object(), base);
}

} // namespace srtdesk
