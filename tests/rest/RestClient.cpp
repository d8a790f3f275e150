// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestClient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace srtdesk::test {

QByteArray RestClient::Response::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool RestClient::Response::isJson() const
{
    QJsonParseError error{};
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

QStringList RestClient::Response::orderedKeys() const
{
    return orderedKeysOf(body);
}

QStringList orderedKeysOf(const QByteArray &json)
{
    // Top-level keys only: track the nesting depth while scanning strings.
    QStringList keys;
    int depth = 0;
    bool inString = false;
    QByteArray current;
    bool expectKey = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\') {
                current += c;
                if (++i < json.size())
                    current += json[i];
            } else if (c == '"') {
                inString = false;
                if (expectKey && depth == 1) {
                    // A key is a string followed by ':'.
                    qsizetype j = i + 1;
                    while (j < json.size() && (json[j] == ' ' || json[j] == '\n' || json[j] == '\t' || json[j] == '\r'))
                        ++j;
                    if (j < json.size() && json[j] == ':')
                        keys.append(QString::fromUtf8(current));
                }
            } else {
                current += c;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            current.clear();
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',') {
            expectKey = depth == 1;
        }
    }
    return keys;
}

RestClient::RestClient(QUrl base) : m_base(std::move(base))
{
    m_manager.setAutoDeleteReplies(false);
}

RestClient::Response RestClient::call(const QByteArray &method, const QString &path, const QByteArray &body,
                                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_base;
    // "/v1/events?since=…": the part after '?' is the query, as a client would send it.
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (m_useSsl)
        request.setSslConfiguration(m_ssl);

    QBuffer *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(20000);
    if (!reply->isFinished())
        loop.exec();

    Response response;
    if (!reply->isFinished()) {
        reply->abort();
        response.networkError = QStringLiteral("timeout");
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && response.status == 0)
        response.networkError = reply->errorString();
    delete reply;
    return response;
}

RestClient::Response RestClient::login(const QString &username, const QString &password)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    const QByteArray saved = m_token;
    m_token.clear();
    Response response = post(QStringLiteral("/v1/login"), body);
    m_token = response.status == 200 ? response.object().value(QStringLiteral("jwt")).toString().toLatin1() : saved;
    return response;
}

} // namespace srtdesk::test
