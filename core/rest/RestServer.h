// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/AlarmController.h"
#include "core/rest/ApiReply.h"
#include "core/rest/AuthController.h"
#include "core/rest/EventController.h"
#include "core/rest/RestOptions.h"
#include "core/rest/RestRoute.h"
#include "core/rest/ServiceController.h"
#include "core/rest/SystemController.h"
#include "core/rest/WebhookController.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QStringList>

#include <optional>

class QSslConfiguration;

namespace srtdesk {

class AlarmSystem;
class AuthStore;
class ServiceManager;

// The /v1 REST API of the original system, over a ServiceManager. This class is the API's
// front door: it listens (HTTP or HTTPS), routes, checks each route's permission, applies the
// limits and gives every error one shape, once, for every endpoint. The handlers live in one
// controller per area (the way qBittorrent's web API is laid out): AuthController,
// SystemController, a ServiceController per kind, AlarmController, EventController and
// WebhookController; each declares its routes in a table.
// Tokens are stateless; the only state is in memory: AuthController's login throttle and
// each ServiceController's GET list cache.
class RestServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestServer)

public:
    using Route = RestRoute;

    RestServer(ServiceManager &manager, AlarmSystem &alarms, AuthStore &auth, const RestOptions &options = {},
               QObject *parent = nullptr);
    ~RestServer() override;

    // Plain HTTP, or HTTPS when `tls` is given. false with errorString() when the address
    // cannot be bound. Port 0 picks a free port (see serverPort()).
    bool listen(const QHostAddress &address, quint16 port);
    bool listenTls(const QHostAddress &address, quint16 port, const QSslConfiguration &tls);
    // Loads a PEM certificate (chain) and private key; false with *error otherwise.
    static bool loadTlsConfiguration(const QString &certFile, const QString &keyFile, QSslConfiguration *out,
                                     QString *error);
    quint16 serverPort() const { return m_port; }
    bool isTls() const { return m_tls; }
    QString errorString() const { return m_error; }
    void close();

    // Every route of every controller, in the order they are matched.
    const QList<Route> &routes() const { return m_routes; }
    const RestOptions &options() const { return m_options; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // The route of a request's method and path, and every method its path accepts (for 405).
    struct RouteMatch
    {
        const Route *route = nullptr; // null when the path exists but not with this method
        QList<QByteArray> allowed;    // empty when no route has this path
        std::optional<qint64> id;
        bool badId = false; // the path has an {id} that is not a positive number
    };

    ApiReply dispatch(const QHttpServerRequest &request);
    RouteMatch findRoute(QHttpServerRequest::Method method, const QStringList &segments) const;
    // nullopt when the caller holds the route's permission (then *subject is the token's user,
    // or empty on a public route); otherwise the refusal.
    std::optional<ApiReply> authorize(const Route &route, const QHttpServerRequest &request, QString *subject) const;
    std::optional<ApiReply> authenticate(const QHttpServerRequest &request, QString *subject) const;
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiReply &reply);
    bool bindServer(QTcpServer *server, const QHostAddress &address, quint16 port);

    AuthStore &m_auth;
    RestOptions m_options;
    QList<Route> m_routes;
    AuthController m_authController;
    SystemController m_systemController;
    ServiceController m_rxController;
    ServiceController m_txController;
    AlarmController m_alarmController;
    EventController m_eventController;
    WebhookController m_webhookController;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_error;
};

} // namespace srtdesk
