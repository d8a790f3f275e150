// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ServiceValidator.h"

#include "core/model/ServiceFields.h"
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
        result.append({ServiceFields::get(FieldId::ListenPort, c.kind).apiName(), bind ? bind->ipv4 : 0, c.listenPort,
                       false, 0});
    }
    if (c.mode == SrtMode::Caller && c.sourcePort > 0) {
        const auto bind = UdpEndpoint::parse(c.bindIp + QStringLiteral(":1"));
        result.append({ServiceFields::get(FieldId::SourcePort, c.kind).apiName(), bind ? bind->ipv4 : 0, c.sourcePort,
                       false, 0});
    }
    if (c.isTx()) {
        const QString field = ServiceFields::get(FieldId::UdpAddress, c.kind).apiName();
        if (const auto in = UdpEndpoint::parse(c.udpAddress)) {
            if (in->isMulticast())
                result.append({field, 0, in->port, true, in->ipv4});
            else
                result.append({field, in->ipv4, in->port, false, 0});
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

// The order in which problems were reported before the field table existed; kept so that a
// service with several problems gets the same answer. Fields not listed follow in table order.
constexpr std::initializer_list<FieldId> kReportOrder = {
    FieldId::ServiceName, FieldId::PeerIp,     FieldId::ListenPort, FieldId::Latency,      FieldId::BindIp,
    FieldId::Ttl,         FieldId::UdpAddress, FieldId::SrtBw,      FieldId::InputBw,      FieldId::OverHead,
    FieldId::PassPhrase,  FieldId::PbKeyLen,   FieldId::FecCols,    FieldId::FecRows,      FieldId::Fec,
    FieldId::GroupConnect, FieldId::Ip1Weight, FieldId::Ip2Weight,  FieldId::GroupIp1,     FieldId::GroupIp2};

// Checks every field of one service: first what its row in the field table says (type,
// bounds, condition), then the rules that tie it to other fields.
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(ServiceValidator)

public:
    Checker(const ServiceConfig &c, FieldNaming naming) : m_c(c), m_naming(naming) {}

    FieldErrors run()
    {
        for (const ServiceField *field : ServiceFields::ordered(m_c.kind, kReportOrder)) {
            const bool applies = ServiceFields::holds(field->condition, m_c);
            if (applies || field->checkedWhenOff)
                checkValue(*field, field->read(m_c), applies);
            checkLinks(*field);
        }
        return m_errors;
    }

private:
    void add(const ServiceField &field, const QString &message) { m_errors.append({field.apiName(), message}); }

    QString nameOf(const ServiceField &field) const { return field.displayName(m_naming); }
    QString nameOf(FieldId id) const { return nameOf(ServiceFields::get(id, m_c.kind)); }
    // A choice as a sentence shows it: "caller" to API clients, "Caller" in the form.
    QString valueOf(FieldId id, qint64 value) const { return ServiceFields::get(id, m_c.kind).valueText(value, m_naming); }
    // The word for a switched-on flag: the API writes 1.
    QString onWord() const { return m_naming == FieldNaming::Api ? QStringLiteral("1") : tr("on"); }

    void checkValue(const ServiceField &field, const FieldValue &value, bool applies)
    {
        if (const auto *number = std::get_if<qint64>(&value)) {
            if (field.type == FieldType::Integer)
                checkNumber(field, *number);
            return;
        }
        const auto *text = std::get_if<QString>(&value);
        if (!text)
            return;
        if (text->isEmpty() && field.type != FieldType::Passphrase) {
            if (applies && field.minimum > 0)
                add(field, requiredMessage(field));
            return;
        }
        switch (field.type) {
        case FieldType::Text: checkText(field, *text); break;
        case FieldType::Host: checkHost(field, *text); break;
        case FieldType::Endpoint: checkEndpoint(field, *text); break;
        case FieldType::LocalAddress: checkLocalAddress(field, *text); break;
        case FieldType::Passphrase: checkPassphrase(field, *text); break;
        default: break;
        }
    }

    QString requiredMessage(const ServiceField &field) const
    {
        const QString name = nameOf(field);
        switch (field.condition) {
        case FieldCondition::CallsPeer:
            return tr("%1 is required in %2 mode: it is the address of the peer to connect to.")
                .arg(name, valueOf(FieldId::Mode, qint64(m_c.mode)));
        case FieldCondition::BondingOn:
            return tr("%1 is required when %2 is %3: bonding needs both paths.")
                .arg(name, nameOf(FieldId::GroupConnect), onWord());
        case FieldCondition::FecOn:
            return tr("%1 is required when %2 is %3.").arg(name, nameOf(FieldId::Fec), onWord());
        case FieldCondition::Always:
            break;
        }
        if (field.type == FieldType::Endpoint)
            return tr("%1 is required, as ip:port (for example 239.1.1.1:5000).").arg(name);
        return tr("%1 is required.").arg(name);
    }

    void checkNumber(const ServiceField &field, qint64 value)
    {
        const QString name = nameOf(field);
        if (!field.choices.isEmpty()) {
            QStringList allowed;
            for (const FieldChoice &choice : field.choices) {
                if (choice.value == value)
                    return;
                allowed.append(QString::number(choice.value));
            }
            const QString last = allowed.takeLast();
            add(field, tr("%1 must be %2 or %3.").arg(name, allowed.join(QStringLiteral(", ")), last));
            return;
        }
        if (value >= field.minimum && value <= field.maximum)
            return;
        const QString unit = field.unitText();
        if (field.limited()) {
            if (unit.isEmpty())
                add(field, tr("%1 must be between %2 and %3.").arg(name).arg(field.minimum).arg(field.maximum));
            else
                add(field, tr("%1 must be between %2 and %3 %4.").arg(name).arg(field.minimum).arg(field.maximum).arg(unit));
        } else if (field.condition == FieldCondition::FecOn || field.condition == FieldCondition::BondingOn) {
            const FieldId switchField = field.condition == FieldCondition::FecOn ? FieldId::Fec : FieldId::GroupConnect;
            add(field, tr("%1 must be %2 or more when %3 is on.").arg(name).arg(field.minimum).arg(nameOf(switchField)));
        } else if (unit.isEmpty()) {
            add(field, tr("%1 must be %2 or more.").arg(name).arg(field.minimum));
        } else {
            add(field, tr("%1 must be %2 or more %3.").arg(name).arg(field.minimum).arg(unit));
        }
    }

    void checkText(const ServiceField &field, const QString &value)
    {
        const QString text = value.trimmed();
        if (text.isEmpty() && field.minimum > 0)
            add(field, requiredMessage(field));
        else if (field.limited() && text.size() > field.maximum)
            add(field, tr("%1 must be at most %2 characters long.").arg(nameOf(field)).arg(field.maximum));
        else if (!isPrintable(text))
            add(field, tr("%1 must not contain control characters.").arg(nameOf(field)));
    }

    void checkHost(const ServiceField &field, const QString &value)
    {
        if (!isIpv4Literal(value) && !isHostName(value))
            add(field, tr("%1 \"%2\" is neither an IPv4 address nor a host name.").arg(nameOf(field), value));
    }

    void checkEndpoint(const ServiceField &field, const QString &value)
    {
        if (!UdpEndpoint::parse(value)) {
            add(field, tr("%1 \"%2\" must be ip:port with an IPv4 address and a port from 1 to 65535.")
                           .arg(nameOf(field), value));
        }
    }

    void checkLocalAddress(const ServiceField &field, const QString &value)
    {
        if (!isIpv4Literal(value))
            add(field, tr("%1 must be an IPv4 address of this machine, or empty.").arg(nameOf(field)));
    }

    void checkPassphrase(const ServiceField &field, const QString &value)
    {
        const int length = int(value.toUtf8().size()); // libsrt counts bytes
        if (length != 0 && (length < field.minimum || length > field.maximum)) {
            add(field, tr("%1 must be empty (no encryption) or %2 to %3 characters long; it has %4.")
                           .arg(nameOf(field))
                           .arg(field.minimum)
                           .arg(field.maximum)
                           .arg(length));
        }
    }

    // Rules between fields, reported with the field they are about.
    void checkLinks(const ServiceField &field)
    {
        switch (field.id) {
        case FieldId::UdpAddress:
            if (const auto endpoint = UdpEndpoint::parse(m_c.udpAddress); endpoint && m_c.isRx() && endpoint->isAny())
                add(field, tr("%1 needs a destination address; 0.0.0.0 only makes sense for an input.").arg(nameOf(field)));
            break;
        case FieldId::Fec:
            if (m_c.fec && m_c.transType != TransType::Live) {
                add(field, tr("%1 works only with %2 %3.")
                               .arg(nameOf(field), nameOf(FieldId::TransType),
                                    valueOf(FieldId::TransType, qint64(TransType::Live))));
            }
            break;
        case FieldId::GroupConnect:
            checkBondingMode(field);
            break;
        case FieldId::SourcePort:
            if (m_c.sourcePort != 0 && m_c.mode != SrtMode::Caller) {
                add(field, tr("%1 applies to %2 %3 only (a listener and a rendezvous use %4).")
                               .arg(nameOf(field), nameOf(FieldId::Mode), valueOf(FieldId::Mode, qint64(SrtMode::Caller)),
                                    nameOf(FieldId::ListenPort)));
            }
            break;
        default:
            break;
        }
    }

    // A bonded RX calls the TX over two paths; a bonded TX listens for that group.
    void checkBondingMode(const ServiceField &field)
    {
        if (!m_c.groupConnect)
            return;
        const QString bonding = m_naming == FieldNaming::Api ? nameOf(field) + QStringLiteral(" 1") : nameOf(field);
        if (m_c.isRx() && m_c.mode != SrtMode::Caller) {
            add(field, tr("%1 needs %2 %3 on an RX: it calls both paths.")
                           .arg(bonding, nameOf(FieldId::Mode), valueOf(FieldId::Mode, qint64(SrtMode::Caller))));
        }
        if (m_c.isTx() && m_c.mode != SrtMode::Listener) {
            add(field, tr("%1 needs %2 %3 on a TX: it accepts the group.")
                           .arg(bonding, nameOf(FieldId::Mode), valueOf(FieldId::Mode, qint64(SrtMode::Listener))));
        }
    }

    const ServiceConfig &m_c;
    const FieldNaming m_naming;
    FieldErrors m_errors;
};

} // namespace

FieldErrors ServiceValidator::validate(const ServiceConfig &config, FieldNaming naming)
{
    return Checker(config, naming).run();
}

FieldErrors ServiceValidator::conflicts(const ServiceConfig &config, const QList<ServiceConfig> &others)
{
    FieldErrors errors;
    const QList<LocalBinding> mine = localBindings(config);
    const QString nameField = ServiceFields::get(FieldId::ServiceName, config.kind).apiName();
    for (const ServiceConfig &other : others) {
        if (config.id != 0 && other.id == config.id)
            continue;
        if (other.kind == config.kind
            && other.serviceName.trimmed().compare(config.serviceName.trimmed(), Qt::CaseInsensitive) == 0) {
            errors.append({nameField, tr("An %1 service named \"%2\" already exists (Id %3).")
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
