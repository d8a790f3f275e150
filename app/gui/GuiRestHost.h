// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <memory>

namespace srtdesk {

class AlarmSystem;
class AppSettings;
class AuthStore;
class RestServer;
class SecretStore;
class ServiceManager;

// Serves the /v1 REST API from the GUI process when the settings say so: the same
// RestServer srtdeskd uses, over the GUI's ServiceManager. Restarted when the settings
// change; never a default password (the API stays off until one is set in Settings).
class GuiRestHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiRestHost)

public:
    // `secrets` (open on the data directory) keeps the administrator password hash and token key.
    GuiRestHost(ServiceManager &manager, AlarmSystem &alarms, AppSettings &settings, SecretStore &secrets,
                QObject *parent = nullptr);
    ~GuiRestHost() override;

    // Starts, restarts or stops the server after the settings. statusText() says the outcome.
    void apply();
    // Sets the administrator password (hash kept in the secret store); earlier tokens stop working.
    bool changePassword(const QString &password, QString *error);
    QString statusText() const { return m_status; }
    bool isListening() const;

signals:
    void statusChanged(const QString &text);
    void failed(const QString &message);

private:
    void setStatus(const QString &text);

    ServiceManager &m_manager;
    AlarmSystem &m_alarms;
    AppSettings &m_settings;
    SecretStore &m_secrets;
    std::unique_ptr<AuthStore> m_auth;
    std::unique_ptr<RestServer> m_server;
    QString m_status;
};

} // namespace srtdesk
