// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/AuthStore.h"

#include "core/rest/PasswordHasher.h"
#include "core/rest/RestLogging.h"
#include "core/secrets/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace srtdesk {

namespace {

constexpr int kFormatVersion = 1;

} // namespace

bool AuthStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString AuthStore::secretStoreName() const
{
    return m_secrets ? m_secrets->backendName() : QString();
}

bool AuthStore::parse(const QByteArray &content, const QString &where)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    const QJsonObject object = document.object();
    const auto damaged = [&where](const QString &reason) {
        return tr("%1 is damaged (%2). Delete it and set a new administrator password with "
                  "srtdeskd --set-admin-password.")
            .arg(where, reason);
    };
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(damaged(tr("not a JSON object")));
    if (object.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return fail(damaged(tr("unknown format version")));
    const QString username = object.value(QStringLiteral("username")).toString();
    const QByteArray hash = object.value(QStringLiteral("passwordHash")).toString().toLatin1();
    const QByteArray key = QByteArray::fromBase64(object.value(QStringLiteral("signingKey")).toString().toLatin1());
    if (username.isEmpty())
        return fail(damaged(tr("no user name")));
    if (!hash.isEmpty() && !hash.startsWith("$argon2id$"))
        return fail(damaged(tr("the password hash is not Argon2id")));
    if (key.size() != kKeyBytes)
        return fail(damaged(tr("the signing key is not %1 bytes").arg(kKeyBytes)));
    m_username = username;
    m_passwordHash = hash;
    m_signingKey = key;
    return true;
}

// auth.json of earlier versions: its content moves into the SecretStore, then the file goes
// (overwritten with zeros first).
bool AuthStore::migrateLegacyFile()
{
    const QString path = QDir(m_secrets->dataDir()).filePath(kLegacyFileName);
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray content = file.read(1024 * 1024);
    file.close();
    const SecretStore::ReadResult existing = m_secrets->read(kSecretKey);
    if (existing.status == SecretStore::ReadResult::Status::Failed)
        return fail(existing.error);
    if (!existing.found()) {
        // A moved file that could not be deleted last time is not read again over a newer entry.
        if (!parse(content, QDir::toNativeSeparators(path)))
            return false;
        if (!save())
            return false;
    }
    if (file.open(QIODevice::ReadWrite)) {
        file.write(QByteArray(int(file.size()), '\0'));
        file.flush();
        file.close();
    }
    if (!file.remove())
        return fail(tr("Cannot delete %1 after moving it to the secret store: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    qCInfo(lcRest).noquote() << "the administrator password hash and the token signing key moved from"
                             << QDir::toNativeSeparators(path) << "to the" << m_secrets->backendName()
                             << "secret store";
    return true;
}

bool AuthStore::load(SecretStore &secrets)
{
    m_error.clear();
    m_secrets = &secrets;
    m_username = kDefaultUsername;
    m_passwordHash.clear();
    m_signingKey.clear();
    if (!m_secrets->isOpen())
        return fail(tr("The secret store is not open."));
    if (!migrateLegacyFile())
        return false;

    const SecretStore::ReadResult entry = m_secrets->read(kSecretKey);
    if (entry.status == SecretStore::ReadResult::Status::Failed)
        return fail(tr("The administrator password and token key cannot be read: %1").arg(entry.error));
    if (!entry.found()) {
        m_username = kDefaultUsername;
        m_passwordHash.clear();
        rotateSigningKey();
        return true;
    }
    const QString where = m_secrets->backend() == SecretStore::Backend::Keychain
                              ? tr("The entry %1 of the system keychain (%2)").arg(kSecretKey, m_secrets->serviceName())
                              : tr("The entry %1 of %2").arg(kSecretKey, QDir::toNativeSeparators(m_secrets->filePath()));
    return parse(entry.data, where);
}

bool AuthStore::save()
{
    m_error.clear();
    if (!m_secrets)
        return fail(tr("The authentication store has no secret store; load() it first."));
    QJsonObject object;
    object.insert(QStringLiteral("version"), kFormatVersion);
    object.insert(QStringLiteral("username"), m_username);
    object.insert(QStringLiteral("passwordHash"), QString::fromLatin1(m_passwordHash));
    object.insert(QStringLiteral("signingKey"), QString::fromLatin1(m_signingKey.toBase64()));
    if (!m_secrets->write(kSecretKey, QJsonDocument(object).toJson(QJsonDocument::Compact)))
        return fail(tr("The administrator password and token key cannot be stored: %1").arg(m_secrets->errorString()));
    return true;
}

bool AuthStore::setPassword(const QString &password)
{
    m_error.clear();
    if (const QString problem = PasswordHasher::checkStrength(password); !problem.isEmpty())
        return fail(problem);
    const QByteArray hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return fail(tr("The password could not be hashed (out of memory)."));
    m_passwordHash = hash;
    return true;
}

bool AuthStore::checkCredentials(const QString &username, const QString &password) const
{
    const bool passwordOk = PasswordHasher::verify(m_passwordHash, password);
    const bool userOk = PasswordHasher::equalConstantTime(username.toUtf8(), m_username.toUtf8());
    return passwordOk && userOk && hasPassword();
}

void AuthStore::rotateSigningKey()
{
    m_signingKey = PasswordHasher::randomBytes(kKeyBytes);
}

} // namespace srtdesk
