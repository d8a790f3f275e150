// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/DataDirectory.h"

#include "core/secrets/SecretStore.h"
#include "core/store/DataDirLock.h"
#include "core/store/ServiceStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace srtdesk {

QString resolveDataDir(const QString &option)
{
    if (!option.isEmpty())
        return QDir(option).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("SRTDESK_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    // AppDataLocation depends on the application (and organization) name: use "srtdesk" for
    // both programs, for the duration of the lookup only.
    const QString appName = QCoreApplication::applicationName();
    const QString orgName = QCoreApplication::organizationName();
    QCoreApplication::setApplicationName(QStringLiteral("srtdesk"));
    QCoreApplication::setOrganizationName(QString());
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setApplicationName(appName);
    QCoreApplication::setOrganizationName(orgName);
    return path;
}

bool isDataDirChosen(const QString &option)
{
    return !option.isEmpty() || !qEnvironmentVariableIsEmpty("SRTDESK_DATA_DIR");
}

int openDataDir(const QString &dataDir, DataDirLock &lock, ServiceStore &store, QString *error)
{
    if (!lock.acquire(dataDir)) {
        *error = lock.errorString();
        return 2;
    }
    if (!store.open(dataDir)) {
        *error = store.errorString();
        lock.release();
        return 3;
    }
    return 0;
}

int openDataDir(const QString &dataDir, DataDirLock &lock, SecretStore &secrets, ServiceStore &store, QString *error,
                const std::function<bool()> &beforeSecrets)
{
    if (!lock.acquire(dataDir)) {
        *error = lock.errorString();
        return 2;
    }
    if (beforeSecrets && !beforeSecrets()) {
        lock.release();
        return kOpenStopped;
    }
    if (!secrets.open(dataDir)) {
        *error = secrets.errorString();
        lock.release();
        return 6;
    }
    if (!store.open(dataDir, secrets)) {
        *error = store.errorString();
        lock.release();
        return 3;
    }
    return 0;
}

} // namespace srtdesk
