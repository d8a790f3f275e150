// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/PasswordHasher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace srtdesk {

namespace {

class Sodium
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    static void init()
    {
        // Idempotent and thread-safe; -1 only when the CSPRNG cannot be opened.
        if (sodium_init() < 0)
            qFatal("libsodium cannot be initialised (no source of randomness)");
    }
};

} // namespace

QByteArray PasswordHasher::hash(const QString &password)
{
    Sodium::init();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return {};
    }
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &hash, const QString &password)
{
    Sodium::init();
    if (hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    char stored[crypto_pwhash_STRBYTES] = {};
    memcpy(stored, hash.constData(), size_t(hash.size()));
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored, utf8.constData(), quint64(utf8.size())) == 0;
}

QByteArray PasswordHasher::randomBytes(int count)
{
    Sodium::init();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}

QString PasswordHasher::generatePassword()
{
    const QByteArray bytes = randomBytes(18);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool PasswordHasher::equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    Sodium::init();
    // Compare fixed-size digests so that neither the content nor the length leaks through timing.
    unsigned char da[crypto_generichash_BYTES];
    unsigned char db[crypto_generichash_BYTES];
    crypto_generichash(da, sizeof da, reinterpret_cast<const unsigned char *>(a.constData()), quint64(a.size()),
                       nullptr, 0);
    crypto_generichash(db, sizeof db, reinterpret_cast<const unsigned char *>(b.constData()), quint64(b.size()),
                       nullptr, 0);
    return sodium_memcmp(da, db, sizeof da) == 0;
}

QString PasswordHasher::checkStrength(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return Sodium::tr("The password must have at least %1 characters.").arg(kMinPasswordLength);
    if (password.size() > kMaxPasswordLength)
        return Sodium::tr("The password must have at most %1 characters.").arg(kMaxPasswordLength);
    return {};
}

} // namespace srtdesk
