#pragma once

#include "core/model/ServiceEnums.h"
#include "core/rest/ApiReply.h"
#include "core/rest/LoginThrottle.h"
#include "core/rest/RestOptions.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerRequest>

#include <functional>
#include <optional>

class QSslConfiguration;

namespace srtdesk {

class AuthStore;
class ServiceManager;

// The /v1 REST API of the original system, over a ServiceManager: a thin controller layer.
// It keeps no state of its own besides authentication (stateless tokens; the failed-login
// throttle in memory). Routing, authentication, body limits and the error shape are decided
// here, once, for every endpoint.
class RestServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestServer)

public:
    // One request, as a handler sees it after routing and authentication.
    struct Call
    {
        const QHttpServerRequest &request;
        qint64 id = 0;   // the {id} of the path, 0 when it has none
        QString subject; // the token's user, empty on public endpoints
    };

    struct Route
    {
        QHttpServerRequest::Method method;
        QString path;      // "/v1/get_rx" or "/v1/get_rx/{id}"
        bool authenticated;
        QString summary;   // for /v1/openapi.json
        std::function<ApiReply(RestServer &, const Call &)> handler;
    };

    RestServer(ServiceManager &manager, AuthStore &auth, const RestOptions &options = {}, QObject *parent = nullptr);
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

    const QList<Route> &routes() const { return m_routes; }
    const RestOptions &options() const { return m_options; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiReply dispatch(const QHttpServerRequest &request);
    std::optional<ApiReply> authenticate(const QHttpServerRequest &request, QString *subject) const;
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiReply &reply);
    bool bindServer(QTcpServer *server, const QHostAddress &address, quint16 port);
    void addRoutes();
    void addServiceRoutes(ServiceKind kind);

    // Handlers
    ApiReply login(const QHttpServerRequest &request);
    ApiReply protectedInfo(const QString &subject);
    ApiReply health();
    ApiReply metrics();
    ApiReply openApi();
    ApiReply addService(ServiceKind kind, const QHttpServerRequest &request);
    ApiReply updateService(ServiceKind kind, qint64 id, const QHttpServerRequest &request);
    ApiReply deleteService(ServiceKind kind, qint64 id);
    ApiReply listServices(ServiceKind kind);
    ApiReply getService(ServiceKind kind, qint64 id);
    ApiReply startService(ServiceKind kind, qint64 id);
    ApiReply stopService(ServiceKind kind, qint64 id);
    ApiReply restartService(ServiceKind kind, qint64 id);

    // nullopt-like: an error reply when `id` is not a service of `kind`.
    std::optional<ApiReply> checkKind(ServiceKind kind, qint64 id) const;
    ApiReply mutationReply(const ServiceManager::Result &result, const QString &serviceName) const;

    // GET /v1/get_rx and /v1/get_tx bodies (index 0 RX, 1 TX), reused until a service is added,
    // changed, removed or changes state, the statistics are sampled again, or kListCacheMs pass:
    // serialising every service for every request was what bounded the API's throughput.
    static constexpr qint64 kListCacheMs = 100;
    struct ListCache
    {
        QByteArray body;
        qint64 builtAtMs = -1;
    };
    ListCache m_listCache[2];
    QElapsedTimer m_clock;

    ServiceManager &m_manager;
    AuthStore &m_auth;
    RestOptions m_options;
    LoginThrottle m_throttle;
    QList<Route> m_routes;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_error;
};

} // namespace srtdesk
