// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/TokenCodec.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <jwt.h>

#include <cerrno>
#include <cstdlib>
#include <memory>
#include <optional>

namespace srtdesk {

namespace {

struct JwtFree
{
    void operator()(jwt_t *jwt) const { jwt_free(jwt); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtFree>;

struct CharFree
{
    void operator()(char *text) const { free(text); }
};

bool isBase64Url(const QByteArray &part)
{
    for (const char c : part) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

// The grant as a whole number; nullopt when absent or not an integer.
std::optional<qint64> intGrant(jwt_t *jwt, const char *name)
{
    errno = 0;
    const long value = jwt_get_grant_int(jwt, name);
    if (errno != 0)
        return std::nullopt;
    return qint64(value);
}

} // namespace

TokenCodec::TokenCodec(QByteArray key, int lifetimeSecs) : m_key(std::move(key)), m_lifetimeSecs(lifetimeSecs) {}

TokenCodec::Token TokenCodec::issue(const QString &subject, qint64 nowSecs) const
{
    jwt_t *raw = nullptr;
    if (jwt_new(&raw) != 0)
        return {};
    JwtPtr jwt(raw);
    const qint64 exp = nowSecs + m_lifetimeSecs;
    const QByteArray sub = subject.toUtf8();
    if (jwt_add_grant_int(jwt.get(), "exp", long(exp)) != 0 || jwt_add_grant_int(jwt.get(), "iat", long(nowSecs)) != 0
        || jwt_add_grant_int(jwt.get(), "nbf", long(nowSecs)) != 0 || jwt_add_grant(jwt.get(), "sub", sub.constData()) != 0
        || jwt_set_alg(jwt.get(), JWT_ALG_HS256, reinterpret_cast<const unsigned char *>(m_key.constData()),
                       int(m_key.size()))
            != 0) {
        return {};
    }
    std::unique_ptr<char, CharFree> encoded(jwt_encode_str(jwt.get()));
    if (!encoded)
        return {};
    return {QByteArray(encoded.get()), exp};
}

TokenCodec::Verification TokenCodec::verify(const QByteArray &token, qint64 nowSecs) const
{
    const QString invalid = tr("The token is invalid; log in again at /v1/login.");
    if (token.isEmpty() || token.size() > kMaxTokenLength)
        return {false, {}, invalid};
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty())
        return {false, {}, invalid};
    for (const QByteArray &part : parts) {
        if (!isBase64Url(part))
            return {false, {}, invalid};
    }

    // The algorithm is ours to choose, never the token's: refuse anything but HS256 before
    // libjwt looks at the signature (alg "none", RS256 with our key as a public key, ...).
    const QByteArray headerJson = QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding);
    QJsonParseError parseError{};
    const QJsonDocument header = QJsonDocument::fromJson(headerJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !header.isObject())
        return {false, {}, invalid};
    const QJsonObject headerObject = header.object();
    if (headerObject.value(QStringLiteral("alg")).toString() != QLatin1String("HS256")
        || headerObject.contains(QStringLiteral("crit"))) {
        return {false, {}, tr("The token is not signed with HS256; log in again at /v1/login.")};
    }

    jwt_t *raw = nullptr;
    const int rc = jwt_decode(&raw, token.constData(), reinterpret_cast<const unsigned char *>(m_key.constData()),
                              int(m_key.size()));
    JwtPtr jwt(raw);
    if (rc != 0 || !jwt || jwt_get_alg(jwt.get()) != JWT_ALG_HS256)
        return {false, {}, invalid};

    const auto exp = intGrant(jwt.get(), "exp");
    const auto nbf = intGrant(jwt.get(), "nbf");
    const auto iat = intGrant(jwt.get(), "iat");
    const char *sub = jwt_get_grant(jwt.get(), "sub");
    if (!exp || !nbf || !iat || !sub || !*sub)
        return {false, {}, invalid};
    if (nowSecs >= *exp)
        return {false, {}, tr("The token has expired; log in again at /v1/login.")};
    if (nowSecs < *nbf || nowSecs < *iat)
        return {false, {}, tr("The token is not valid yet.")};
    return {true, QString::fromUtf8(sub), {}};
}

} // namespace srtdesk
