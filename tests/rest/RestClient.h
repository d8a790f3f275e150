// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace srtdesk::test {

// A small blocking HTTP client over QNetworkAccessManager (real TCP), for the REST tests.
class RestClient
{
public:
    struct Response
    {
        int status = 0;      // 0 when no HTTP answer came (connection or TLS failure)
        QString networkError;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;

        QByteArray header(const QByteArray &name) const;
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
        bool isJson() const;
        // Keys of the top-level object in the order they appear in the body.
        QStringList orderedKeys() const;
    };

    explicit RestClient(QUrl base);

    void setToken(const QByteArray &token) { m_token = token; }
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; m_useSsl = true; }

    Response call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Response get(const QString &path) { return call("GET", path); }
    Response post(const QString &path, const QByteArray &body = {}) { return call("POST", path, body); }
    Response put(const QString &path, const QByteArray &body) { return call("PUT", path, body); }
    Response del(const QString &path) { return call("DELETE", path); }

    // Logs in and keeps the token for the next calls; returns the login response.
    Response login(const QString &username, const QString &password);

private:
    QUrl m_base;
    QByteArray m_token;
    QSslConfiguration m_ssl;
    bool m_useSsl = false;
    QNetworkAccessManager m_manager;
};

// Keys of a JSON object in the order they appear in its text (QJsonObject sorts them).
QStringList orderedKeysOf(const QByteArray &json);

} // namespace srtdesk::test
