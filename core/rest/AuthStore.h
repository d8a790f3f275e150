// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace srtdesk {

class SecretStore;

// The REST API's own secrets: the administrator's user name and password hash (Argon2id)
// and the 256-bit key that signs tokens. Kept together as one entry ("rest/auth", a small
// JSON document) of the SecretStore: the system keychain, or its 0600 fallback file. Older
// versions kept them in `auth.json` in the data directory; load() moves that file's content
// into the SecretStore and deletes the file.
class AuthStore
{
    Q_DECLARE_TR_FUNCTIONS(AuthStore)

public:
    static inline const QString kSecretKey = QStringLiteral("rest/auth");
    static inline const QString kLegacyFileName = QStringLiteral("auth.json");
    static inline const QString kDefaultUsername = QStringLiteral("admin");
    static constexpr int kKeyBytes = 32;

    // Reads the entry from `secrets` (which must outlive this store), first moving a legacy
    // auth.json of its data directory into it. No entry is not an error: the store is then
    // empty (no password) with a fresh signing key, and nothing is written until save().
    // false with errorString() when the entry or the legacy file cannot be read or is damaged.
    bool load(SecretStore &secrets);
    // Stores the entry; true once it is stored for good.
    bool save();

    QString errorString() const { return m_error; }
    // "keychain" or "file": where the secrets are (for /v1/health); "" before load().
    QString secretStoreName() const;

    QString username() const { return m_username; }
    bool hasPassword() const { return !m_passwordHash.isEmpty(); }
    // Hashes and sets the password (not saved yet). false with errorString() when too weak.
    bool setPassword(const QString &password);
    // Whether `username` and `password` are the administrator's. Always verifies the hash,
    // so an unknown user name takes as long as a wrong password.
    bool checkCredentials(const QString &username, const QString &password) const;

    QByteArray signingKey() const { return m_signingKey; }
    // A new random key: every token issued before becomes invalid.
    void rotateSigningKey();

private:
    bool fail(const QString &message);
    bool parse(const QByteArray &content, const QString &where);
    bool migrateLegacyFile();

    SecretStore *m_secrets = nullptr;
    QString m_error;
    QString m_username = kDefaultUsername;
    QByteArray m_passwordHash;
    QByteArray m_signingKey;
};

} // namespace srtdesk
