#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace srtdesk {

// The REST API's own secrets: the administrator's user name and password hash (Argon2id)
// and the 256-bit key that signs tokens. Kept in `auth.json` in the data directory, mode
// 0600, replaced atomically (QSaveFile). The secrets issue moves them to the keychain.
class AuthStore
{
    Q_DECLARE_TR_FUNCTIONS(AuthStore)

public:
    static inline const QString kFileName = QStringLiteral("auth.json");
    static inline const QString kDefaultUsername = QStringLiteral("admin");
    static constexpr int kKeyBytes = 32;

    // Reads `dataDir`/auth.json. A missing file is not an error: the store is then empty
    // (no password) with a fresh signing key, and nothing is written until save().
    // false with errorString() when the file exists but cannot be read or is damaged.
    bool load(const QString &dataDir);
    // Writes the file atomically with mode 0600.
    bool save();

    QString filePath() const { return m_filePath; }
    QString errorString() const { return m_error; }

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

    QString m_filePath;
    QString m_error;
    QString m_username = kDefaultUsername;
    QByteArray m_passwordHash;
    QByteArray m_signingKey;
};

} // namespace srtdesk
