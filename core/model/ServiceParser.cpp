// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ServiceParser.h"

#include "core/model/ServiceFields.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>
#include <optional>

namespace srtdesk {

namespace {

// One parsing pass over a body: reads every field of the table that the body has and records
// every type problem instead of stopping at the first.
class FieldReader
{
    Q_DECLARE_TR_FUNCTIONS(ServiceParser)

public:
    FieldReader(const QJsonObject &body, FieldNaming naming) : m_body(body), m_naming(naming) {}

    FieldErrors errors() const { return m_errors; }

    void read(const ServiceField &field, ServiceConfig &config)
    {
        const QString key = presentName(field);
        if (key.isEmpty())
            return;
        const QString name = m_naming == FieldNaming::Api ? key : field.plainLabel();
        if (const auto value = valueOf(field, key, name, m_body.value(key)))
            field.write(config, *value);
    }

private:
    // The first of the field's names present (and not null) in the body.
    QString presentName(const ServiceField &field) const
    {
        for (const QString &key : field.acceptedNames()) {
            const auto it = m_body.constFind(key);
            if (it != m_body.constEnd() && !it->isNull() && !it->isUndefined())
                return key;
        }
        return {};
    }

    std::optional<FieldValue> valueOf(const ServiceField &field, const QString &key, const QString &name,
                                      const QJsonValue &value)
    {
        switch (field.type) {
        case FieldType::Integer:
            if (const auto number = integerOf(key, value, tr("%1 must be a whole number.").arg(name)))
                return FieldValue(*number);
            return std::nullopt;
        case FieldType::Flag:
            return flagOf(key, value, tr("%1 must be 0 or 1.").arg(name));
        case FieldType::Choice: {
            const auto choice = value.isString() ? field.choiceFromText(value.toString()) : std::nullopt;
            if (!choice)
                return fail(key, tr("%1 must be one of: %2.").arg(name, field.wireChoices()));
            return FieldValue(*choice);
        }
        default:
            if (!value.isString())
                return fail(key, tr("%1 must be text.").arg(name));
            // Passphrases keep their spaces: they are compared byte for byte by the peer.
            return FieldValue(field.type == FieldType::Passphrase ? value.toString() : value.toString().trimmed());
        }
    }

    std::optional<FieldValue> flagOf(const QString &key, const QJsonValue &value, const QString &complaint)
    {
        if (value.isBool())
            return FieldValue(value.toBool());
        const auto number = integerOf(key, value, complaint);
        if (!number)
            return std::nullopt;
        if (*number != 0 && *number != 1)
            return fail(key, complaint);
        return FieldValue(*number == 1);
    }

    // A whole number, also written as a numeric string; out-of-range values are kept for the
    // validator to name the allowed range.
    std::optional<qint64> integerOf(const QString &key, const QJsonValue &value, const QString &complaint)
    {
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= 9.0e15)
                return qint64(d);
        } else if (value.isString()) {
            bool ok = false;
            const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
            if (ok)
                return parsed;
        }
        fail(key, complaint);
        return std::nullopt;
    }

    std::nullopt_t fail(const QString &key, const QString &message)
    {
        m_errors.append({key, message});
        return std::nullopt;
    }

    QJsonObject m_body;
    FieldNaming m_naming;
    FieldErrors m_errors;
};

// The order in which type problems were reported before the field table existed; kept so that
// a body with several problems gets the same answer. Fields not listed follow in table order.
constexpr std::initializer_list<FieldId> kReportOrder = {
    FieldId::ServiceName, FieldId::Mode,       FieldId::PeerIp,    FieldId::UdpAddress, FieldId::ListenPort,
    FieldId::Latency,     FieldId::SrtBw,      FieldId::PassPhrase, FieldId::PbKeyLen,  FieldId::Fec,
    FieldId::FecCols,     FieldId::FecRows,    FieldId::FecLayout, FieldId::FecArq,     FieldId::Congestion,
    FieldId::TransType,   FieldId::GroupConnect, FieldId::BindIp,  FieldId::TlpktDrop,  FieldId::Ttl,
    FieldId::GroupType,   FieldId::GroupIp1,   FieldId::GroupIp2,  FieldId::Ip1Weight,  FieldId::Ip2Weight,
    FieldId::InputBw,     FieldId::OverHead};

} // namespace

ServiceParser::Result ServiceParser::parse(const QJsonObject &body, const ServiceConfig &base, FieldNaming naming)
{
    Result result{base, {}};
    FieldReader reader(body, naming);
    for (const ServiceField *field : ServiceFields::ordered(base.kind, kReportOrder))
        reader.read(*field, result.config);
    result.errors = reader.errors();
    return result;
}

ServiceParser::Result ServiceParser::parse(const QByteArray &json, const ServiceConfig &base, FieldNaming naming)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return {base, {{QStringLiteral("body"),
                        tr("The body is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset)}}};
    }
    if (!document.isObject())
        return {base, {{QStringLiteral("body"), tr("The body must be a JSON object.")}}};
    return parse(document.object(), base, naming);
}

} // namespace srtdesk
