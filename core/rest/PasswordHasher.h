// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace srtdesk {

// Salted slow password hashes (Argon2id through libsodium's crypto_pwhash_str), and random
// passwords and keys from libsodium's CSPRNG.
class PasswordHasher
{
public:
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxPasswordLength = 1024;

    // "$argon2id$v=19$m=...,t=...,p=1$salt$hash"; empty when hashing failed (out of memory).
    static QByteArray hash(const QString &password);
    // Constant time with respect to the password; false for a malformed hash.
    static bool verify(const QByteArray &hash, const QString &password);
    // A password of 24 characters from 18 random bytes (base64url), shown once to the operator.
    static QString generatePassword();
    static QByteArray randomBytes(int count);
    // Constant-time comparison of two byte strings (the lengths may differ).
    static bool equalConstantTime(const QByteArray &a, const QByteArray &b);
    // Empty when acceptable, otherwise a sentence saying why not.
    static QString checkStrength(const QString &password);
};

} // namespace srtdesk
