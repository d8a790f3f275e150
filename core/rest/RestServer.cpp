// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/RestServer.h"

#include "core/UntranslatedScope.h"

#include "core/rest/AuthStore.h"
#include "core/rest/GuardedServer.h"
#include "core/rest/RequestSizeGuard.h"
#include "core/rest/RestLogging.h"
#include "core/rest/TokenCodec.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStringList>
#include <QTcpSocket>

namespace srtdesk {

namespace {

using Method = QHttpServerRequest::Method;

QByteArray methodName(Method method)
{
    switch (method) {
    case Method::Get: return "GET";
    case Method::Put: return "PUT";
    case Method::Delete: return "DELETE";
    case Method::Post: return "POST";
    case Method::Head: return "HEAD";
    case Method::Options: return "OPTIONS";
    case Method::Patch: return "PATCH";
    case Method::Connect: return "CONNECT";
    case Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

// The {id} segment: a positive decimal number, nothing else.
std::optional<qint64> parseId(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const qint64 id = text.toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

RestServer::RestServer(ServiceManager &manager, AlarmSystem &alarms, AuthStore &auth, const RestOptions &options,
                       QObject *parent)
    : QAbstractHttpServer(parent),
      m_auth(auth),
      m_options(options),
      m_authController(auth, options),
      m_systemController(manager, auth, m_routes),
      m_rxController(ServiceKind::Rx, manager),
      m_txController(ServiceKind::Tx, manager),
      m_alarmController(alarms),
      m_eventController(alarms),
      m_webhookController(alarms)
{
    m_routes << m_authController.routes() << m_systemController.routes() << m_rxController.routes()
             << m_txController.routes() << m_alarmController.routes() << m_eventController.routes()
             << m_webhookController.routes();
}

RestServer::~RestServer() = default;

// ---------------------------------------------------------------------------------------------
// Listening

bool RestServer::bindServer(QTcpServer *server, const QHostAddress &address, quint16 port)
{
    if (!server->listen(address, port)) {
        m_error = tr("Cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(server->errorString());
        delete server;
        return false;
    }
    m_port = server->serverPort();
    bind(server);
    if (!address.isLoopback() && !m_tls) {
        qCWarning(lcRest).noquote() << "the API listens on" << address.toString() << "without TLS: passwords and "
                                    << "tokens cross the network in clear; use --tls-cert/--tls-key";
    }
    const QString scheme = m_tls ? QStringLiteral("https://") : QStringLiteral("http://");
    qCInfo(lcRest).noquote() << "listening on" << QString(scheme + address.toString() + QLatin1Char(':')
                                                         + QString::number(m_port));
    return true;
}

bool RestServer::listen(const QHostAddress &address, quint16 port)
{
    m_error.clear();
    m_tls = false;
    return bindServer(new GuardedServer<QTcpServer>(m_options.hardRequestLimit, m_options.idleTimeoutSecs * 1000, m_options.maxConnections), address, port);
}

bool RestServer::listenTls(const QHostAddress &address, quint16 port, const QSslConfiguration &tls)
{
    m_error.clear();
    m_tls = true;
    auto *server = new GuardedServer<QSslServer>(m_options.hardRequestLimit, m_options.idleTimeoutSecs * 1000,
                                                m_options.maxConnections);
    server->setSslConfiguration(tls);
    connect(server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
        qCDebug(lcRest).noquote() << "TLS connection from" << socket->peerAddress().toString()
                                  << "failed:" << socket->errorString();
    });
    return bindServer(server, address, port);
}

bool RestServer::loadTlsConfiguration(const QString &certFile, const QString &keyFile, QSslConfiguration *out,
                                      QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = tr("No PEM certificate could be read from %1.").arg(certFile);
        return false;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the private key %1: %2").arg(keyFile, file.errorString());
        return false;
    }
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = tr("%1 holds no unencrypted PEM private key (RSA or EC).").arg(keyFile);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens
    *out = configuration;
    return true;
}

void RestServer::close()
{
    const auto tcpServers = servers();
    for (QTcpServer *server : tcpServers)
        server->close();
}

// ---------------------------------------------------------------------------------------------
// Routing: one place decides 404, 405, 401, 413 and who may call what, for every endpoint.

bool RestServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    RequestSizeGuard::requestCompleted(socket);
    ApiReply reply = dispatch(request);
    send(request, socket, reply);
    return true;
}

void RestServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, ApiReply::notFound(tr("There is no such path.")));
}

ApiReply RestServer::dispatch(const QHttpServerRequest &request)
{
    // The API answers in English, also when the translated GUI hosts it.
    const UntranslatedScope english;
    const QString path = request.url().path(QUrl::FullyDecoded);
    const QStringList segments = path.split(QLatin1Char('/'));

    const RouteMatch found = findRoute(request.method(), segments);
    if (found.allowed.isEmpty())
        return ApiReply::notFound(tr("There is no such path: %1").arg(path.left(200)));
    if (!found.route)
        return ApiReply::methodNotAllowed(found.allowed);

    QString subject;
    if (auto refused = authorize(*found.route, request, &subject))
        return *refused;
    if (found.badId)
        return ApiReply::notFound(
            tr("There is nothing with Id %1: an Id is a positive whole number.").arg(segments.last().left(40)));
    if (request.body().size() > m_options.maxBodyBytes)
        return ApiReply::payloadTooLarge(m_options.maxBodyBytes);

    return found.route->handler(RestCall{request, found.id.value_or(0), subject});
}

RestServer::RouteMatch RestServer::findRoute(QHttpServerRequest::Method method, const QStringList &segments) const
{
    RouteMatch found;
    for (const Route &route : m_routes) {
        const QStringList pattern = route.path.split(QLatin1Char('/'));
        if (pattern.size() != segments.size())
            continue;
        bool same = true;
        std::optional<qint64> routeId;
        bool routeBadId = false;
        for (qsizetype i = 0; i < pattern.size() && same; ++i) {
            if (pattern[i] == QLatin1String("{id}")) {
                routeId = parseId(segments[i]);
                routeBadId = !routeId;
            } else {
                same = pattern[i] == segments[i];
            }
        }
        if (!same)
            continue;
        if (!found.allowed.contains(methodName(route.method)))
            found.allowed.append(methodName(route.method));
        if (route.method == method) {
            found.route = &route;
            found.id = routeId;
            found.badId = routeBadId;
        }
    }
    return found;
}

std::optional<ApiReply> RestServer::authorize(const Route &route, const QHttpServerRequest &request,
                                              QString *subject) const
{
    switch (route.permission) {
    case RestPermission::Public:
        return std::nullopt;
    case RestPermission::Authenticated:
        return authenticate(request, subject);
    }
    // A level added to RestPermission without a rule here: refuse rather than let it through.
    return ApiReply::internalError(tr("No access rule for this route."));
}

std::optional<ApiReply> RestServer::authenticate(const QHttpServerRequest &request, QString *subject) const
{
    const QByteArray header = headerValue(request, "Authorization").trimmed();
    if (header.isEmpty()) {
        return ApiReply::unauthorized(
            tr("This endpoint needs a token: log in at /v1/login and send \"Authorization: Bearer <token>\"."), false);
    }
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return ApiReply::unauthorized(tr("The Authorization header must be \"Bearer <token>\"."), true);
    const QByteArray token = header.mid(space + 1).trimmed();
    const TokenCodec codec(m_auth.signingKey(), m_options.tokenLifetimeSecs);
    const TokenCodec::Verification verification = codec.verify(token, QDateTime::currentSecsSinceEpoch());
    if (!verification.valid)
        return ApiReply::unauthorized(verification.error, true);
    // A token of a user that no longer exists (the administrator was renamed) is refused too.
    if (verification.subject != m_auth.username())
        return ApiReply::unauthorized(tr("The token is invalid; log in again at /v1/login."), true);
    *subject = verification.subject;
    return std::nullopt;
}

void RestServer::send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiReply &reply)
{
    const bool head = request.method() == Method::Head;
    QHttpServerResponse response(reply.contentType, head ? QByteArray() : reply.body,
                                 QHttpServerResponse::StatusCode(reply.status));
    for (const auto &header : reply.headers)
        response.addHeader(header.first, header.second);
    response.addHeader("Cache-Control", "no-store");
    response.addHeader("X-Content-Type-Options", "nosniff");
    response.write(makeResponder(request, socket));
    const QByteArray line = methodName(request.method()) + ' ' + request.url().path().left(200).toUtf8() + " -> "
        + QByteArray::number(reply.status);
    if (reply.status >= 500)
        qCWarning(lcRest).noquote() << request.remoteAddress().toString() << line << reply.body;
    else
        qCDebug(lcRest).noquote() << request.remoteAddress().toString() << line;
}

} // namespace srtdesk
