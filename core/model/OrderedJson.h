// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace srtdesk {

// A JSON object that keeps its keys in insertion order. QJsonObject sorts keys; the
// original API's clients read fields in the order of its examples, and people read them too.
class OrderedJson
{
public:
    void add(const QString &key, const QJsonValue &value);
    void add(const QString &key, double value); // always written with a decimal point, as the original
    void add(const QString &key, qint64 value);
    void add(const QString &key, int value) { add(key, qint64(value)); }
    void add(const QString &key, const QString &value);
    void add(const QString &key, const char *value) = delete;
    // Nested objects and arrays of objects keep their own key order.
    void add(const QString &key, const OrderedJson &object);
    void addArray(const QString &key, const QList<OrderedJson> &items);

    QByteArray toJson() const;
    static QByteArray arrayToJson(const QList<OrderedJson> &items);

    QList<QString> keys() const;

private:
    QList<QPair<QString, QByteArray>> m_fields; // key, encoded value
};

} // namespace srtdesk
