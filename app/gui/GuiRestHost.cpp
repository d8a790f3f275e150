// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/GuiRestHost.h"

#include "core/ServiceManager.h"
#include "core/rest/AuthStore.h"
#include "core/rest/RestServer.h"
#include "ui/AppSettings.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QSslConfiguration>

namespace srtdesk {

namespace {
Q_LOGGING_CATEGORY(lcGuiRest, "srtdesk.ui.rest")
} // namespace

GuiRestHost::GuiRestHost(ServiceManager &manager, AlarmSystem &alarms, AppSettings &settings, SecretStore &secrets,
                         QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_alarms(alarms)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_auth(std::make_unique<AuthStore>())
{
}

GuiRestHost::~GuiRestHost()
{
    if (m_server)
        m_server->close();
}

bool GuiRestHost::isListening() const
{
    return m_server != nullptr;
}

void GuiRestHost::setStatus(const QString &text)
{
    m_status = text;
    emit statusChanged(text);
}

void GuiRestHost::apply()
{
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
    if (!m_settings.restEnabled()) {
        setStatus(QString());
        return;
    }
    if (!m_auth->load(m_secrets)) {
        setStatus(tr("REST API off: %1").arg(m_auth->errorString()));
        emit failed(m_status);
        return;
    }
    if (!m_auth->hasPassword()) {
        setStatus(tr("REST API off: set an administrator password in Settings"));
        emit failed(m_status);
        return;
    }
    const QHostAddress address(m_settings.restBindAddress());
    const auto port = quint16(m_settings.restPort());
    const QString cert = m_settings.restTlsCertificate();
    const QString key = m_settings.restTlsKey();
    auto server = std::make_unique<RestServer>(m_manager, m_alarms, *m_auth);
    bool ok = false;
    if (!cert.isEmpty() && !key.isEmpty()) {
        QSslConfiguration tls;
        QString error;
        if (!RestServer::loadTlsConfiguration(cert, key, &tls, &error)) {
            setStatus(tr("REST API off: %1").arg(error));
            emit failed(m_status);
            return;
        }
        ok = server->listenTls(address, port, tls);
    } else {
        ok = server->listen(address, port);
    }
    if (!ok) {
        setStatus(tr("REST API off: %1").arg(server->errorString()));
        emit failed(m_status);
        return;
    }
    const QString url = QStringLiteral("%1://%2:%3/v1")
                            .arg(server->isTls() ? QStringLiteral("https") : QStringLiteral("http"),
                                 address.toString())
                            .arg(server->serverPort());
    qCInfo(lcGuiRest).noquote() << "REST API listening on" << url;
    m_server = std::move(server);
    setStatus(tr("REST API: %1").arg(url));
}

bool GuiRestHost::changePassword(const QString &password, QString *error)
{
    if (!m_auth->load(m_secrets) || !m_auth->setPassword(password)) {
        *error = m_auth->errorString();
        return false;
    }
    m_auth->rotateSigningKey(); // tokens issued with the old password stop working
    if (!m_auth->save()) {
        *error = m_auth->errorString();
        return false;
    }
    qCInfo(lcGuiRest) << "administrator password changed";
    return true;
}

} // namespace srtdesk
