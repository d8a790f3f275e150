// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace srtdesk {

class SecretRedactor;

// Owns libsrt's process-wide state: srt_startup() in the constructor, srt_cleanup() in the
// destructor, libsrt's log routed into the "srtdesk.libsrt" logging category. Create exactly
// one, in main(), before any RelayWorker; destroy it after the last one.
class SrtRuntime
{
public:
    SrtRuntime();
    ~SrtRuntime();
    SrtRuntime(const SrtRuntime &) = delete;
    SrtRuntime &operator=(const SrtRuntime &) = delete;

    // "1.5.1"
    static QString libraryVersion();
    // Sets libsrt's log level from what the srtdesk.libsrt category lets through now (done at
    // construction; again after the logging rules changed).
    static void followLogCategory();
    // Whether the linked libsrt was built with ENABLE_BONDING (srt_create_group works).
    bool bondingSupported() const { return m_bondingSupported; }
    // Why bonding is unavailable and how to get it; empty when supported.
    QString bondingUnavailableReason() const;

private:
    friend class RelayWorker; // registers its passphrase so that no log line carries it

    bool m_bondingSupported = false;
    std::unique_ptr<SecretRedactor> m_redactor;
};

} // namespace srtdesk
