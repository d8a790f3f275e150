// SPDX-License-Identifier: GPL-3.0-or-later
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

// Fast path of encodeValue for a string of printable ASCII with nothing to escape (every key
// and nearly every value): the same bytes QJsonDocument writes, without its allocations.
// Anything else goes through QJsonDocument, so the output never differs.
bool appendPlainString(QByteArray &out, const QString &text)
{
    const char16_t *chars = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = chars[i];
        if (c < 0x20 || c >= 0x7f || c == u'"' || c == u'\\')
            return false;
    }
    const qsizetype at = out.size();
    out.resize(at + size + 2);
    char *write = out.data() + at;
    *write++ = '"';
    for (qsizetype i = 0; i < size; ++i)
        *write++ = char(chars[i]);
    *write = '"';
    return true;
}

QByteArray encodeString(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    if (appendPlainString(out, text))
        return out;
    return encodeValue(QJsonValue(text));
}
} // namespace

void OrderedJson::add(const QString &key, const QJsonValue &value)
{
    m_fields.append({key, value.isString() ? encodeString(value.toString()) : encodeValue(value)});
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
    m_fields.append({key, encodeString(value)});
}

void OrderedJson::add(const QString &key, const OrderedJson &object)
{
    m_fields.append({key, object.toJson()});
}

void OrderedJson::addArray(const QString &key, const QList<OrderedJson> &items)
{
    m_fields.append({key, arrayToJson(items)});
}

QByteArray OrderedJson::toJson() const
{
    qsizetype estimate = 2;
    for (const auto &field : m_fields)
        estimate += field.first.size() + field.second.size() + 6;
    QByteArray out;
    out.reserve(estimate);
    out += '{';
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (i > 0)
            out += ", ";
        if (!appendPlainString(out, m_fields[i].first))
            out += encodeValue(QJsonValue(m_fields[i].first));
        out += ": ";
        out += m_fields[i].second;
    }
    out += '}';
    return out;
}

QByteArray OrderedJson::arrayToJson(const QList<OrderedJson> &items)
{
    QList<QByteArray> parts;
    parts.reserve(items.size());
    qsizetype total = 2;
    for (const OrderedJson &item : items) {
        parts.append(item.toJson());
        total += parts.last().size() + 2;
    }
    QByteArray out;
    out.reserve(total);
    out += '[';
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += parts[i];
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
