#include "core/model/OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace srtdesk {

namespace {
QByteArray encodeValue(const QJsonValue &value)
{
    // QJsonDocument only writes arrays and objects; wrap the value and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}
} // namespace

void OrderedJson::add(const QString &key, const QJsonValue &value)
{
    m_fields.append({key, encodeValue(value)});
}

void OrderedJson::add(const QString &key, double value)
{
    if (!std::isfinite(value))
        value = 0;
    QByteArray text = QByteArray::number(value, 'g', 12);
    if (!text.contains('.') && !text.contains('e'))
        text += ".0";
    m_fields.append({key, text});
}

void OrderedJson::add(const QString &key, qint64 value)
{
    m_fields.append({key, QByteArray::number(value)});
}

void OrderedJson::add(const QString &key, const QString &value)
{
    add(key, QJsonValue(value));
}

QByteArray OrderedJson::toJson() const
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += encodeValue(QJsonValue(m_fields[i].first));
        out += ": ";
        out += m_fields[i].second;
    }
    out += '}';
    return out;
}

QByteArray OrderedJson::arrayToJson(const QList<OrderedJson> &items)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += items[i].toJson();
    }
    out += ']';
    return out;
}

QList<QString> OrderedJson::keys() const
{
    QList<QString> result;
    result.reserve(m_fields.size());
    for (const auto &field : m_fields)
        result.append(field.first);
    return result;
}

} // namespace srtdesk
