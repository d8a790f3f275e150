// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/AuthStore.h"

#include "core/rest/PasswordHasher.h"
#include "core/rest/RestLogging.h"
#include "core/secrets/SecretStore.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace srtdesk {

namespace {

constexpr int kLegacyFormatVersion = 1; // one administrator: username, passwordHash
constexpr int kFormatVersion = 2;       // users: [{name, role, passwordHash, generation}]

bool isArgon2id(const QByteArray &hash)
{
    return hash.startsWith("$argon2id$");
}

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

bool AuthStore::parseUsers(const QJsonObject &object, const std::function<QString(const QString &)> &damaged)
{
    QList<User> users;
    if (object.value(QStringLiteral("version")).toInt() == kLegacyFormatVersion) {
        const QString username = object.value(QStringLiteral("username")).toString();
        const QByteArray hash = object.value(QStringLiteral("passwordHash")).toString().toLatin1();
        if (username.isEmpty())
            return fail(damaged(tr("no user name")));
        if (!hash.isEmpty() && !isArgon2id(hash))
            return fail(damaged(tr("the password hash is not Argon2id")));
        if (!hash.isEmpty())
            users.append({username, UserRole::Admin, hash, 0});
        m_users = users;
        return true;
    }
    const QJsonArray list = object.value(QStringLiteral("users")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject entry = value.toObject();
        User user;
        user.name = entry.value(QStringLiteral("name")).toString();
        const auto role = userRoleFromWire(entry.value(QStringLiteral("role")).toString());
        user.passwordHash = entry.value(QStringLiteral("passwordHash")).toString().toLatin1();
        user.generation = entry.value(QStringLiteral("generation")).toInteger(-1);
        if (user.name.isEmpty() || !role || user.generation < 0)
            return fail(damaged(tr("a user without a name, role or token generation")));
        if (!isArgon2id(user.passwordHash))
            return fail(damaged(tr("the password hash of %1 is not Argon2id").arg(user.name)));
        user.role = *role;
        users.append(user);
    }
    m_users = users;
    return true;
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
    const int version = object.value(QStringLiteral("version")).toInt();
    if (version != kLegacyFormatVersion && version != kFormatVersion)
        return fail(damaged(tr("unknown format version")));
    const QByteArray key = QByteArray::fromBase64(object.value(QStringLiteral("signingKey")).toString().toLatin1());
    if (key.size() != kKeyBytes)
        return fail(damaged(tr("the signing key is not %1 bytes").arg(kKeyBytes)));
    if (!parseUsers(object, damaged))
        return false;
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
    m_users.clear();
    m_signingKey.clear();
    if (!m_secrets->isOpen())
        return fail(tr("The secret store is not open."));
    if (!migrateLegacyFile())
        return false;

    const SecretStore::ReadResult entry = m_secrets->read(kSecretKey);
    if (entry.status == SecretStore::ReadResult::Status::Failed)
        return fail(tr("The administrator password and token key cannot be read: %1").arg(entry.error));
    if (!entry.found()) {
        m_users.clear();
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
    QJsonArray users;
    for (const User &user : std::as_const(m_users)) {
        users.append(QJsonObject{{QStringLiteral("name"), user.name},
                                 {QStringLiteral("role"), toWire(user.role)},
                                 {QStringLiteral("passwordHash"), QString::fromLatin1(user.passwordHash)},
                                 {QStringLiteral("generation"), user.generation}});
    }
    QJsonObject object;
    object.insert(QStringLiteral("version"), kFormatVersion);
    object.insert(QStringLiteral("users"), users);
    object.insert(QStringLiteral("signingKey"), QString::fromLatin1(m_signingKey.toBase64()));
    if (!m_secrets->write(kSecretKey, QJsonDocument(object).toJson(QJsonDocument::Compact)))
        return fail(tr("The users and the token key cannot be stored: %1").arg(m_secrets->errorString()));
    return true;
}

qsizetype AuthStore::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).name == name)
            return i;
    }
    return -1;
}

std::optional<AuthStore::User> AuthStore::user(const QString &name) const
{
    const qsizetype index = indexOf(name);
    return index >= 0 ? std::optional<User>(m_users.at(index)) : std::nullopt;
}

int AuthStore::adminCount() const
{
    return int(std::count_if(m_users.cbegin(), m_users.cend(), [](const User &u) { return u.role == UserRole::Admin; }));
}

bool AuthStore::hasPassword() const
{
    return adminCount() > 0;
}

bool AuthStore::setPassword(const QString &password)
{
    m_error.clear();
    if (const QString problem = PasswordHasher::checkStrength(password); !problem.isEmpty())
        return fail(problem);
    const QByteArray hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return fail(tr("The password could not be hashed (out of memory)."));
    const qsizetype index = indexOf(kDefaultUsername);
    if (index < 0) {
        m_users.append({kDefaultUsername, UserRole::Admin, hash, 0});
        return true;
    }
    User &admin = m_users[index];
    if (admin.role != UserRole::Admin)
        ++admin.generation; // its tokens carried the lower role
    admin.role = UserRole::Admin;
    admin.passwordHash = hash;
    return true;
}

std::optional<AuthStore::User> AuthStore::authenticate(const QString &username, const QString &password) const
{
    // An unknown user costs one verification too: its time says nothing about which names exist.
    static const QByteArray unknownUserHash = PasswordHasher::hash(QStringLiteral("no such user, no such password"));
    const auto found = user(username);
    const bool passwordOk = PasswordHasher::verify(found ? found->passwordHash : unknownUserHash, password);
    if (!found || !passwordOk)
        return std::nullopt;
    return found;
}

bool AuthStore::checkCredentials(const QString &username, const QString &password) const
{
    return authenticate(username, password).has_value();
}

AuthStore::Outcome AuthStore::commit(const QList<User> &before)
{
    if (save())
        return {};
    m_users = before;
    return {Outcome::Status::StoreFailed, m_error};
}

AuthStore::Outcome AuthStore::addUser(const QString &name, UserRole role, const QString &password)
{
    for (const User &existing : std::as_const(m_users)) {
        if (existing.name.compare(name, Qt::CaseInsensitive) == 0)
            return {Outcome::Status::Conflict, tr("There is already a user named \"%1\".").arg(existing.name)};
    }
    if (m_users.size() >= kMaxUsers)
        return {Outcome::Status::Conflict, tr("There are already %1 users, the most this node keeps.").arg(kMaxUsers)};
    if (const QString problem = PasswordHasher::checkStrength(password); !problem.isEmpty())
        return {Outcome::Status::Invalid, problem};
    const QByteArray hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return {Outcome::Status::StoreFailed, tr("The password could not be hashed (out of memory).")};
    const QList<User> before = m_users;
    m_users.append({name, role, hash, 0});
    return commit(before);
}

AuthStore::Outcome AuthStore::updateUser(const QString &name, std::optional<UserRole> role,
                                         const std::optional<QString> &password)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return {Outcome::Status::NotFound, tr("There is no user named \"%1\".").arg(name)};
    const User current = m_users.at(index);
    if (role && *role != UserRole::Admin && current.role == UserRole::Admin && adminCount() == 1) {
        return {Outcome::Status::Conflict,
                tr("\"%1\" is the last administrator: make another user an administrator first.").arg(name)};
    }
    QByteArray hash = current.passwordHash;
    if (password) {
        if (const QString problem = PasswordHasher::checkStrength(*password); !problem.isEmpty())
            return {Outcome::Status::Invalid, problem};
        hash = PasswordHasher::hash(*password);
        if (hash.isEmpty())
            return {Outcome::Status::StoreFailed, tr("The password could not be hashed (out of memory).")};
    }
    const QList<User> before = m_users;
    User &changed = m_users[index];
    const bool roleChanged = role && *role != changed.role;
    if (role)
        changed.role = *role;
    changed.passwordHash = hash;
    if (roleChanged || password)
        ++changed.generation; // the user's tokens carried the old role, or were got with the old password
    return commit(before);
}

AuthStore::Outcome AuthStore::removeUser(const QString &name)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return {Outcome::Status::NotFound, tr("There is no user named \"%1\".").arg(name)};
    if (m_users.at(index).role == UserRole::Admin && adminCount() == 1) {
        return {Outcome::Status::Conflict,
                tr("\"%1\" is the last administrator and cannot be deleted: make another user an administrator "
                   "first.")
                    .arg(name)};
    }
    const QList<User> before = m_users;
    m_users.removeAt(index);
    return commit(before);
}

AuthStore::Outcome AuthStore::revokeTokens(const QString &name)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return {Outcome::Status::NotFound, tr("There is no user named \"%1\".").arg(name)};
    const QList<User> before = m_users;
    ++m_users[index].generation;
    return commit(before);
}

void AuthStore::rotateSigningKey()
{
    m_signingKey = PasswordHasher::randomBytes(kKeyBytes);
}

} // namespace srtdesk
