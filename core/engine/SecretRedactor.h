// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <mutex>
#include <vector>

namespace srtdesk {

// The passphrases of the running links, so that no log line (ours or libsrt's) ever
// carries one: every line routed from libsrt passes through redact(). Process-wide because
// libsrt's log handler is process-wide; the registry lives in SrtRuntime.
class SecretRedactor
{
public:
    void add(const QString &secret);
    void remove(const QString &secret); // one registration of it
    // `text` with every registered secret replaced by "***".
    QString redact(const QString &text) const;

private:
    mutable std::mutex m_mutex;
    std::vector<QString> m_secrets;
};

} // namespace srtdesk
