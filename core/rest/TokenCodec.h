// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace srtdesk {

// Issues and checks the API's bearer tokens: JWT signed with HS256 through libjwt, carrying
// sub, iat, nbf and exp. Only HS256 is accepted: "none", RS256 (key confusion) and every
// other algorithm are refused before libjwt verifies the signature, as are tampered,
// expired and not-yet-valid tokens.
class TokenCodec
{
    Q_DECLARE_TR_FUNCTIONS(TokenCodec)

public:
    static constexpr int kMaxTokenLength = 4096;

    struct Token
    {
        QByteArray jwt;
        qint64 expiresAt = 0; // seconds since the epoch
    };

    struct Verification
    {
        bool valid = false;
        QString subject;
        QString error; // why the token is refused, a sentence
    };

    TokenCodec(QByteArray key, int lifetimeSecs);

    int lifetimeSecs() const { return m_lifetimeSecs; }
    // An empty jwt when libjwt fails (out of memory).
    Token issue(const QString &subject, qint64 nowSecs) const;
    Verification verify(const QByteArray &token, qint64 nowSecs) const;

private:
    QByteArray m_key;
    int m_lifetimeSecs;
};

} // namespace srtdesk
