// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>

namespace srtdesk::test {

// RFC 2104 HMAC-SHA256 as hex, written out here so that tests that check webhook signatures
// do not reuse the code they check (QMessageAuthenticationCode).
inline QByteArray hmacSha256Hex(const QByteArray &message, QByteArray key)
{
    constexpr int block = 64;
    if (key.size() > block)
        key = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    key.append(QByteArray(block - key.size(), '\0'));
    QByteArray inner(block, '\0');
    QByteArray outer(block, '\0');
    for (int i = 0; i < block; ++i) {
        inner[i] = char(key[i] ^ 0x36);
        outer[i] = char(key[i] ^ 0x5c);
    }
    const QByteArray innerHash = QCryptographicHash::hash(QByteArray(inner + message), QCryptographicHash::Sha256);
    return QCryptographicHash::hash(QByteArray(outer + innerHash), QCryptographicHash::Sha256).toHex();
}

} // namespace srtdesk::test
