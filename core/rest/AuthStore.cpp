#include "core/rest/AuthStore.h"

#include "core/rest/PasswordHasher.h"
#include "core/rest/RestLogging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace srtdesk {

namespace {

constexpr int kFormatVersion = 1;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

bool AuthStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool AuthStore::load(const QString &dataDir)
{
    m_error.clear();
    m_filePath = QDir(dataDir).filePath(kFileName);
    m_username = kDefaultUsername;
    m_passwordHash.clear();
    m_signingKey.clear();

    QFile file(m_filePath);
    if (!file.exists()) {
        rotateSigningKey();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
    if ((file.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0) {
        qCWarning(lcRest).noquote() << QDir::toNativeSeparators(m_filePath)
                                    << "was readable by other users; its mode is now 0600";
        file.setPermissions(kOwnerOnly);
    }
    const QByteArray content = file.read(1024 * 1024);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    const QJsonObject object = document.object();
    const auto damaged = [this](const QString &reason) {
        return tr("%1 is damaged (%2). Move it away and set a new administrator password with "
                  "srtdeskd --set-admin-password.")
            .arg(QDir::toNativeSeparators(m_filePath), reason);
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

bool AuthStore::save()
{
    m_error.clear();
    if (m_filePath.isEmpty())
        return fail(tr("The authentication store has no file; load() it first."));
    QJsonObject object;
    object.insert(QStringLiteral("version"), kFormatVersion);
    object.insert(QStringLiteral("username"), m_username);
    object.insert(QStringLiteral("passwordHash"), QString::fromLatin1(m_passwordHash));
    object.insert(QStringLiteral("signingKey"), QString::fromLatin1(m_signingKey.toBase64()));

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
    // The temporary file gets mode 0600 before any secret is written into it.
    if (!file.setPermissions(kOwnerOnly)) {
        file.cancelWriting();
        return fail(tr("Cannot make %1 private (mode 0600).").arg(QDir::toNativeSeparators(m_filePath)));
    }
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
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
