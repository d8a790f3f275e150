// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/KeyringStatus.h"

#include "core/secrets/SecretsLogging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>

namespace srtdesk {

namespace {

const QString kService = QStringLiteral("org.freedesktop.secrets");

QDBusMessage call(const QDBusMessage &message, int timeoutMs)
{
    return QDBusConnection::sessionBus().call(message, QDBus::Block, timeoutMs);
}

bool isKdePlasma()
{
    const QStringList desktops = qEnvironmentVariable("XDG_CURRENT_DESKTOP").split(QLatin1Char(':'));
    return desktops.contains(QLatin1String("KDE"), Qt::CaseInsensitive);
}

} // namespace

KeyringStatus::State KeyringStatus::query(int timeoutMs)
{
    if (isKdePlasma() || !QDBusConnection::sessionBus().isConnected())
        return State::Unknown;

    // The "default" alias is the keyring QtKeychain (through libsecret) stores into.
    const QDBusMessage alias = call(QDBusMessage::createMethodCall(kService, QStringLiteral("/org/freedesktop/secrets"),
                                                                  QStringLiteral("org.freedesktop.Secret.Service"),
                                                                  QStringLiteral("ReadAlias"))
                                        << QStringLiteral("default"),
                                    timeoutMs);
    if (alias.type() != QDBusMessage::ReplyMessage || alias.arguments().isEmpty()) {
        qCDebug(lcSecrets).noquote() << "no Secret Service to ask about its keyring:" << alias.errorMessage();
        return State::Unknown;
    }
    const QString collection = alias.arguments().constFirst().value<QDBusObjectPath>().path();
    if (collection.isEmpty())
        return State::Unknown;
    if (collection == QLatin1String("/"))
        return State::NoDefaultKeyring;

    const QDBusMessage locked = call(QDBusMessage::createMethodCall(kService, collection,
                                                                   QStringLiteral("org.freedesktop.DBus.Properties"),
                                                                   QStringLiteral("Get"))
                                         << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked"),
                                     timeoutMs);
    if (locked.type() != QDBusMessage::ReplyMessage || locked.arguments().isEmpty())
        return State::Unknown;
    return locked.arguments().constFirst().value<QDBusVariant>().variant().toBool() ? State::Locked : State::Ready;
}

} // namespace srtdesk
