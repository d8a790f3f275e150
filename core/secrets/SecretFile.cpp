// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/SecretFile.h"

#include "core/secrets/SecretsLogging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

#include <unistd.h>

namespace srtdesk {

namespace {

constexpr int kFormatVersion = 1;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

bool SecretFile::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool SecretFile::exists() const
{
    return !m_path.isEmpty() && QFile::exists(m_path);
}

bool SecretFile::load(const QString &path)
{
    m_path = path;
    m_error.clear();
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    if ((file.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0) {
        qCWarning(lcSecrets).noquote() << QDir::toNativeSeparators(m_path)
                                       << "was readable by other users; its mode is now 0600";
        file.setPermissions(kOwnerOnly);
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.read(16 * 1024 * 1024), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || root.value(QStringLiteral("version")).toInt() != kFormatVersion
        || !root.value(QStringLiteral("secrets")).isObject()) {
        return fail(tr("The secret file %1 is damaged (not an SRT Desk secret file of version %2). It was left "
                       "untouched; restore a backup or move it away (its passphrases must then be entered again).")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(kFormatVersion));
    }
    const QJsonObject secrets = root.value(QStringLiteral("secrets")).toObject();
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        m_entries.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return true;
}

bool SecretFile::save(const QMap<QString, QByteArray> &entries)
{
    QJsonObject secrets;
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
        secrets.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    QJsonObject root;
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("secrets"), secrets);

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write the secret file %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    // The temporary file is private before any secret goes into it.
    if (!file.setPermissions(kOwnerOnly)) {
        file.cancelWriting();
        return fail(tr("Cannot make the secret file %1 private (mode 0600).").arg(QDir::toNativeSeparators(m_path)));
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(tr("Cannot write the secret file %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    return true;
}

bool SecretFile::set(const QString &key, const QByteArray &data)
{
    m_error.clear();
    QMap<QString, QByteArray> changed = m_entries;
    changed.insert(key, data);
    if (!save(changed))
        return false;
    m_entries = changed;
    return true;
}

bool SecretFile::remove(const QString &key)
{
    m_error.clear();
    if (!m_entries.contains(key))
        return true;
    QMap<QString, QByteArray> changed = m_entries;
    changed.remove(key);
    if (!save(changed))
        return false;
    m_entries = changed;
    return true;
}

bool SecretFile::erase()
{
    m_error.clear();
    QFile file(m_path);
    if (!file.exists()) {
        m_entries.clear();
        return true;
    }
    // Overwritten first, so that the secrets do not stay in the freed blocks of a simple
    // file system (no guarantee on copy-on-write or journaling ones).
    if (file.open(QIODevice::ReadWrite)) {
        const qint64 size = file.size();
        file.write(QByteArray(int(std::min<qint64>(size, 16 * 1024 * 1024)), '\0'));
        file.flush();
        ::fsync(file.handle());
        file.close();
    }
    if (!file.remove())
        return fail(tr("Cannot delete the secret file %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    m_entries.clear();
    return true;
}

} // namespace srtdesk
