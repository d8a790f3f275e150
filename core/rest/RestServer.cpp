#include "core/rest/RestServer.h"

#include "core/UntranslatedScope.h"

#include "core/ServiceManager.h"
#include "core/model/OrderedJson.h"
#include "core/model/ServiceParser.h"
#include "core/model/ServiceSerializer.h"
#include "core/model/ServiceValidator.h"
#include "core/rest/AuthStore.h"
#include "core/rest/GuardedServer.h"
#include "core/rest/OpenApiDocument.h"
#include "core/rest/PrometheusMetrics.h"
#include "core/rest/RequestSizeGuard.h"
#include "core/rest/RestLogging.h"
#include "core/rest/TokenCodec.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
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

// "Wed, 09 Dec 2020 14:13:37 GMT" (RFC 1123, as Flask wrote it).
QString httpDate(qint64 secsSinceEpoch)
{
    return QLocale::c().toString(QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC),
                                 QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

QString kindLabel(ServiceKind kind)
{
    return kind == ServiceKind::Rx ? QStringLiteral("RX") : QStringLiteral("TX");
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

QString joinMessages(const FieldErrors &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.message);
    return messages.join(QLatin1Char(' '));
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

RestServer::RestServer(ServiceManager &manager, AuthStore &auth, const RestOptions &options, QObject *parent)
    : QAbstractHttpServer(parent),
      m_manager(manager),
      m_auth(auth),
      m_options(options),
      m_throttle(options.maxFailedLogins, options.failedLoginWindowSecs)
{
    addRoutes();
    m_clock.start();
    const auto forgetLists = [this] {
        for (ListCache &cache : m_listCache)
            cache.builtAtMs = -1;
    };
    connect(&m_manager, &ServiceManager::serviceAdded, this, forgetLists);
    connect(&m_manager, &ServiceManager::serviceUpdated, this, forgetLists);
    connect(&m_manager, &ServiceManager::serviceRemoved, this, forgetLists);
    connect(&m_manager, &ServiceManager::serviceStateChanged, this, forgetLists);
    connect(&m_manager, &ServiceManager::statisticsUpdated, this, forgetLists);
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
// Routing: one place decides 404, 405, 413 and 401 for every endpoint.

void RestServer::addRoutes()
{
    m_routes.append({Method::Post, QStringLiteral("/v1/login"), false,
                     tr("Log in with {username, password}; returns a bearer token and its expiry."),
                     [](RestServer &s, const Call &c) { return s.login(c.request); }});
    m_routes.append({Method::Get, QStringLiteral("/v1/protected"), true, tr("Checks a token; returns its user."),
                     [](RestServer &s, const Call &c) { return s.protectedInfo(c.subject); }});
    m_routes.append({Method::Get, QStringLiteral("/v1/health"), false,
                     tr("Liveness, version and number of services; no token needed."),
                     [](RestServer &s, const Call &) { return s.health(); }});
    m_routes.append({Method::Get, QStringLiteral("/v1/metrics"), true,
                     tr("Every statistic of every service in the Prometheus text format."),
                     [](RestServer &s, const Call &) { return s.metrics(); }});
    m_routes.append({Method::Get, QStringLiteral("/v1/openapi.json"), false, tr("This API described in OpenAPI 3."),
                     [](RestServer &s, const Call &) { return s.openApi(); }});
    addServiceRoutes(ServiceKind::Rx);
    addServiceRoutes(ServiceKind::Tx);
}

void RestServer::addServiceRoutes(ServiceKind kind)
{
    const QString k = toWire(kind);
    const QString label = kindLabel(kind);
    auto path = [&k](const char *verb, bool withId) -> QString {
        return QStringLiteral("/v1/") + QLatin1String(verb) + QLatin1Char('_') + k
            + (withId ? QStringLiteral("/{id}") : QString());
    };
    m_routes.append({Method::Post, path("add", false), true, tr("Creates an %1 service from the original's body.").arg(label),
                     [kind](RestServer &s, const Call &c) { return s.addService(kind, c.request); }});
    m_routes.append({Method::Put, path("update", true), true,
                     tr("Changes an %1 service; absent fields keep their value, PassPhrase \"********\" keeps the "
                        "stored one. A running service restarts.")
                         .arg(label),
                     [kind](RestServer &s, const Call &c) { return s.updateService(kind, c.id, c.request); }});
    m_routes.append({Method::Delete, path("delete", true), true, tr("Stops and deletes an %1 service.").arg(label),
                     [kind](RestServer &s, const Call &c) { return s.deleteService(kind, c.id); }});
    m_routes.append({Method::Get, path("get", false), true, tr("Every %1 service with its statistics.").arg(label),
                     [kind](RestServer &s, const Call &) { return s.listServices(kind); }});
    m_routes.append({Method::Get, path("get", true), true, tr("One %1 service with its statistics.").arg(label),
                     [kind](RestServer &s, const Call &c) { return s.getService(kind, c.id); }});
    m_routes.append({Method::Post, path("start", true), true,
                     tr("Starts an %1 service; it runs again after a restart of the daemon.").arg(label),
                     [kind](RestServer &s, const Call &c) { return s.startService(kind, c.id); }});
    m_routes.append({Method::Post, path("stop", true), true, tr("Stops an %1 service.").arg(label),
                     [kind](RestServer &s, const Call &c) { return s.stopService(kind, c.id); }});
    m_routes.append({Method::Post, path("restart", true), true, tr("Stops and starts an %1 service.").arg(label),
                     [kind](RestServer &s, const Call &c) { return s.restartService(kind, c.id); }});
}

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

    const Route *match = nullptr;
    QList<QByteArray> allowed;
    std::optional<qint64> id;
    bool badId = false;
    for (const Route &route : std::as_const(m_routes)) {
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
        if (!allowed.contains(methodName(route.method)))
            allowed.append(methodName(route.method));
        if (route.method == request.method()) {
            match = &route;
            id = routeId;
            badId = routeBadId;
        }
    }

    if (allowed.isEmpty())
        return ApiReply::notFound(tr("There is no such path: %1").arg(path.left(200)));
    if (!match)
        return ApiReply::methodNotAllowed(allowed);

    QString subject;
    if (match->authenticated) {
        if (auto refused = authenticate(request, &subject))
            return *refused;
    }
    if (badId)
        return ApiReply::notFound(tr("There is no service with Id %1.").arg(segments.last().left(40)));
    if (request.body().size() > m_options.maxBodyBytes)
        return ApiReply::payloadTooLarge(m_options.maxBodyBytes);

    return match->handler(*this, Call{request, id.value_or(0), subject});
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

// ---------------------------------------------------------------------------------------------
// Authentication endpoints

ApiReply RestServer::login(const QHttpServerRequest &request)
{
    const QHostAddress address = request.remoteAddress();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const int wait = m_throttle.retryAfterSecs(address, now); wait > 0) {
        qCWarning(lcRest).noquote() << "login from" << address.toString() << "refused: too many failures";
        return ApiReply::tooManyRequests(wait);
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return ApiReply::badRequest(tr("The body must be a JSON object {\"username\": …, \"password\": …}."),
                                    {{QStringLiteral("body"), tr("The body is not a JSON object.")}});
    }
    const QJsonObject body = document.object();
    FieldErrors problems;
    for (const QString &field : {QStringLiteral("username"), QStringLiteral("password")}) {
        if (!body.value(field).isString() || body.value(field).toString().isEmpty())
            problems.append({field, tr("%1 is required (text).").arg(field)});
    }
    if (!problems.isEmpty())
        return ApiReply::badRequest(joinMessages(problems), problems);

    const QString username = body.value(QStringLiteral("username")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    if (password.size() > 4096 || !m_auth.checkCredentials(username, password)) {
        m_throttle.recordFailure(address, now);
        qCWarning(lcRest).noquote() << "failed login from" << address.toString();
        return ApiReply::unauthorized(tr("Wrong username or password."), false);
    }
    m_throttle.recordSuccess(address);

    const TokenCodec codec(m_auth.signingKey(), m_options.tokenLifetimeSecs);
    const TokenCodec::Token token = codec.issue(m_auth.username(), QDateTime::currentSecsSinceEpoch());
    if (token.jwt.isEmpty())
        return ApiReply::internalError(tr("The token could not be created."));
    qCInfo(lcRest).noquote() << "login of" << m_auth.username() << "from" << address.toString();
    OrderedJson out;
    out.add(QStringLiteral("jwt"), QString::fromLatin1(token.jwt));
    out.add(QStringLiteral("exp"), httpDate(token.expiresAt));
    return ApiReply::json(out);
}

ApiReply RestServer::protectedInfo(const QString &subject)
{
    OrderedJson out;
    out.add(QStringLiteral("Granted Access"), subject);
    return ApiReply::json(out);
}

// ---------------------------------------------------------------------------------------------
// Node endpoints

ApiReply RestServer::health()
{
    OrderedJson services;
    services.add(QStringLiteral("rx"), m_manager.count(ServiceKind::Rx));
    services.add(QStringLiteral("tx"), m_manager.count(ServiceKind::Tx));
    OrderedJson out;
    out.add(QStringLiteral("status"), QStringLiteral("ok"));
    out.add(QStringLiteral("version"), QStringLiteral(SRTDESK_VERSION));
    out.add(QStringLiteral("services"), QJsonDocument::fromJson(services.toJson()).object());
    // Where secrets are kept: "keychain", or "file" (the 0600 fallback without a keychain).
    out.add(QStringLiteral("secretStore"), m_auth.secretStoreName());
    return ApiReply::json(out);
}

ApiReply RestServer::metrics()
{
    return ApiReply::text(PrometheusMetrics::render(m_manager.list()), PrometheusMetrics::kContentType);
}

ApiReply RestServer::openApi()
{
    return ApiReply::json(OpenApiDocument::build(m_routes));
}

// ---------------------------------------------------------------------------------------------
// Services

std::optional<ApiReply> RestServer::checkKind(ServiceKind kind, qint64 id) const
{
    const auto config = m_manager.config(id);
    if (!config || config->kind != kind)
        return ApiReply::notFound(tr("There is no %1 service with Id %2.").arg(kindLabel(kind)).arg(id));
    return std::nullopt;
}

ApiReply RestServer::mutationReply(const ServiceManager::Result &result, const QString &serviceName) const
{
    if (!result.ok())
        return ApiReply::fromResult(result);
    OrderedJson out;
    out.add(QStringLiteral("Id"), result.id);
    out.add(QStringLiteral("ServiceName"), serviceName);
    out.add(QStringLiteral("message"), result.message);
    return ApiReply::json(out);
}

namespace {

// The parser's type problems and the validator's range problems together, one per field, so
// that a client sees every problem of its body at once.
FieldErrors allProblems(const ServiceParser::Result &parsed)
{
    FieldErrors problems = parsed.errors;
    QStringList reported;
    for (const FieldError &error : problems)
        reported.append(error.field);
    const FieldErrors ranges = ServiceValidator::validate(parsed.config);
    for (const FieldError &error : ranges) {
        if (!reported.contains(error.field))
            problems.append(error);
    }
    return problems;
}

bool isBodyError(const ServiceParser::Result &parsed)
{
    return parsed.errors.size() == 1 && parsed.errors.first().field == QLatin1String("body");
}

} // namespace

ApiReply RestServer::addService(ServiceKind kind, const QHttpServerRequest &request)
{
    const ServiceParser::Result parsed = ServiceParser::parse(request.body(), ServiceConfig::defaults(kind));
    if (isBodyError(parsed))
        return ApiReply::badRequest(parsed.errors.first().message, parsed.errors);
    if (!parsed.ok()) {
        const FieldErrors problems = allProblems(parsed);
        return ApiReply::badRequest(joinMessages(problems), problems);
    }
    const ServiceManager::Result result = m_manager.add(parsed.config);
    const auto added = m_manager.config(result.id);
    return mutationReply(result, added ? added->serviceName : parsed.config.serviceName);
}

ApiReply RestServer::updateService(ServiceKind kind, qint64 id, const QHttpServerRequest &request)
{
    if (auto missing = checkKind(kind, id))
        return *missing;
    const ServiceConfig stored = *m_manager.config(id);
    ServiceParser::Result parsed = ServiceParser::parse(request.body(), stored);
    if (isBodyError(parsed))
        return ApiReply::badRequest(parsed.errors.first().message, parsed.errors);
    // What GET showed comes back: the mask means "keep the passphrase you have".
    if (parsed.config.passPhrase == ServiceSerializer::kMask)
        parsed.config.passPhrase = stored.passPhrase;
    if (!parsed.ok()) {
        const FieldErrors problems = allProblems(parsed);
        return ApiReply::badRequest(joinMessages(problems), problems);
    }
    const ServiceManager::Result result = m_manager.update(id, parsed.config);
    const auto updated = m_manager.config(id);
    return mutationReply(result, updated ? updated->serviceName : parsed.config.serviceName);
}

ApiReply RestServer::deleteService(ServiceKind kind, qint64 id)
{
    if (auto missing = checkKind(kind, id))
        return *missing;
    const QString name = m_manager.config(id)->serviceName;
    return mutationReply(m_manager.remove(id), name);
}

ApiReply RestServer::listServices(ServiceKind kind)
{
    ListCache &cache = m_listCache[kind == ServiceKind::Rx ? 0 : 1];
    const qint64 now = m_clock.elapsed();
    if (cache.builtAtMs >= 0 && now - cache.builtAtMs < kListCacheMs)
        return ApiReply::json(cache.body);
    QList<OrderedJson> items;
    const QList<ServiceStatus> services = m_manager.list(kind);
    for (const ServiceStatus &status : services)
        items.append(ServiceSerializer::status(status, ServiceSerializer::Passphrase::Masked));
    cache.body = OrderedJson::arrayToJson(items);
    cache.builtAtMs = now;
    return ApiReply::json(cache.body);
}

ApiReply RestServer::getService(ServiceKind kind, qint64 id)
{
    if (auto missing = checkKind(kind, id))
        return *missing;
    const auto status = m_manager.get(id);
    return ApiReply::json(ServiceSerializer::status(*status, ServiceSerializer::Passphrase::Masked));
}

ApiReply RestServer::startService(ServiceKind kind, qint64 id)
{
    if (auto missing = checkKind(kind, id))
        return *missing;
    return mutationReply(m_manager.start(id), m_manager.config(id)->serviceName);
}

ApiReply RestServer::stopService(ServiceKind kind, qint64 id)
{
    if (auto missing = checkKind(kind, id))
        return *missing;
    return mutationReply(m_manager.stop(id), m_manager.config(id)->serviceName);
}

ApiReply RestServer::restartService(ServiceKind kind, qint64 id)
{
    if (auto missing = checkKind(kind, id))
        return *missing;
    return mutationReply(m_manager.restart(id), m_manager.config(id)->serviceName);
}

} // namespace srtdesk
