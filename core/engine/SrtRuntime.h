#pragma once

#include <QString>

namespace srtdesk {

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
    // Whether the linked libsrt was built with ENABLE_BONDING (srt_create_group works).
    bool bondingSupported() const { return m_bondingSupported; }
    // Why bonding is unavailable and how to get it; empty when supported.
    QString bondingUnavailableReason() const;

private:
    bool m_bondingSupported = false;
};

} // namespace srtdesk
