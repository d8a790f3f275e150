// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/SecretRedactor.h"

#include <algorithm>

namespace srtdesk {

void SecretRedactor::add(const QString &secret)
{
    if (secret.isEmpty())
        return;
    std::lock_guard lock(m_mutex);
    m_secrets.push_back(secret);
}

void SecretRedactor::remove(const QString &secret)
{
    if (secret.isEmpty())
        return;
    std::lock_guard lock(m_mutex);
    const auto it = std::find(m_secrets.begin(), m_secrets.end(), secret);
    if (it != m_secrets.end())
        m_secrets.erase(it);
}

QString SecretRedactor::redact(const QString &text) const
{
    std::lock_guard lock(m_mutex);
    if (m_secrets.empty())
        return text;
    QString result = text;
    for (const QString &secret : m_secrets)
        result.replace(secret, QStringLiteral("***"));
    return result;
}

} // namespace srtdesk
