// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/UserRole.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace srtdesk {

class SecretStore;

// The REST API's own secrets: its users (name, role, Argon2id password hash and token
// generation) and the 256-bit key that signs tokens. Kept together as one entry ("rest/auth",
// a small JSON document) of the SecretStore: the system keychain, or its 0600 fallback file.
// Older versions kept one administrator there (format 1), or in `auth.json` in the data
// directory; load() reads both and the next save() writes format 2.
//
// A user's generation is in each token issued to them: changing their password or role, or
// revoking their tokens, counts it up, and the tokens with the old number stop working.
class AuthStore
{
    Q_DECLARE_TR_FUNCTIONS(AuthStore)

public:
    static inline const QString kSecretKey = QStringLiteral("rest/auth");
    static inline const QString kLegacyFileName = QStringLiteral("auth.json");
    static inline const QString kDefaultUsername = QStringLiteral("admin");
    static constexpr int kKeyBytes = 32;
    static constexpr int kMaxUsers = 1000;

    struct User
    {
        QString name;
        UserRole role = UserRole::Observer;
        QByteArray passwordHash;
        qint64 generation = 0;
    };

    // The result of a change of users: stored for good, or refused (nothing changed).
    struct Outcome
    {
        enum class Status { Done, Invalid, NotFound, Conflict, StoreFailed };
        Status status = Status::Done;
        QString message; // a sentence when refused
        bool ok() const { return status == Status::Done; }
    };

    // Reads the entry from `secrets` (which must outlive this store), first moving a legacy
    // auth.json of its data directory into it. No entry is not an error: the store is then
    // empty (no users) with a fresh signing key, and nothing is written until save().
    // false with errorString() when the entry or the legacy file cannot be read or is damaged.
    bool load(SecretStore &secrets);
    // Stores the entry; true once it is stored for good.
    bool save();

    QString errorString() const { return m_error; }
    // "keychain" or "file": where the secrets are (for /v1/health); "" before load().
    QString secretStoreName() const;

    // Whether an administrator can log in (false before the first start set a password).
    bool hasPassword() const;
    // The administrator "admin" of the original API: hashes and sets its password, creating
    // it (or making it an administrator again) when needed. Not saved yet; tokens issued
    // before keep working unless the caller rotates the signing key. false with errorString()
    // when too weak.
    bool setPassword(const QString &password);
    // Whether `username` and `password` are a user's. Always verifies a hash, so an unknown
    // user name takes as long as a wrong password.
    bool checkCredentials(const QString &username, const QString &password) const;
    std::optional<User> authenticate(const QString &username, const QString &password) const;

    QList<User> users() const { return m_users; }
    std::optional<User> user(const QString &name) const;
    int adminCount() const;

    // Each is stored before it returns Done. Refused: a user name taken (Conflict), a user that
    // does not exist (NotFound), a weak password (Invalid), or the last administrator deleted
    // or demoted (Conflict).
    Outcome addUser(const QString &name, UserRole role, const QString &password);
    Outcome updateUser(const QString &name, std::optional<UserRole> role, const std::optional<QString> &password);
    Outcome removeUser(const QString &name);
    // Every token of the user stops working.
    Outcome revokeTokens(const QString &name);

    QByteArray signingKey() const { return m_signingKey; }
    // A new random key: every token issued before becomes invalid.
    void rotateSigningKey();

private:
    bool fail(const QString &message);
    bool parse(const QByteArray &content, const QString &where);
    bool parseUsers(const QJsonObject &object, const std::function<QString(const QString &)> &damaged);
    bool migrateLegacyFile();
    qsizetype indexOf(const QString &name) const;
    // Stores the users as they are now, or puts `before` back.
    Outcome commit(const QList<User> &before);

    SecretStore *m_secrets = nullptr;
    QString m_error;
    QList<User> m_users;
    QByteArray m_signingKey;
};

} // namespace srtdesk
