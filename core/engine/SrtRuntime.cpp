// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/SrtRuntime.h"

#include "core/engine/EngineLogging.h"
#include "core/engine/SecretRedactor.h"

#include <srt/srt.h>

#include <QCoreApplication>

namespace srtdesk {

namespace {

// libsrt's message text starts with its severity and functional area, e.g. "!W:SRT.cn:"; "cn"
// is connection establishment and handshake.
bool isHandshake(const QString &text)
{
    return text.contains(QLatin1String(":SRT.cn:"));
}

// Called from libsrt's threads. `opaque` is the runtime's SecretRedactor.
//
// libsrt's log narrates its internals for its developers. What an operator needs from it the
// engine reports in its own words: a link up, a rejection and libsrt's reason for it
// (srt_getrejectreason), lost and dropped packets in the statistics. So, at the operator's
// levels: libsrt's critical messages stay critical; its errors are warnings, except those of
// the handshake, which repeat a rejection the engine reports; its warnings (a wrong passphrase
// is five of them, every "RCV-DROPPED" one more), notes and info (worker_ProcessConnectionRequest,
// KMREQ…) are debug.
void routeLibsrtLog(void *opaque, int level, const char * /*file*/, int /*line*/, const char *area,
                    const char *message)
{
    const auto *redactor = static_cast<const SecretRedactor *>(opaque);
    QString text = QString::fromUtf8(message).trimmed();
    if (redactor)
        text = redactor->redact(text);
    const QString where = area ? QString::fromUtf8(area) : QString();
    switch (level) {
    case LOG_EMERG:
    case LOG_ALERT:
    case LOG_CRIT:
        qCCritical(lcLibsrt).noquote() << where << text;
        break;
    case LOG_ERR:
        if (!isHandshake(text)) {
            qCWarning(lcLibsrt).noquote() << where << text;
            break;
        }
        Q_FALLTHROUGH();
    default:
        qCDebug(lcLibsrt).noquote() << where << text;
        break;
    }
}

// libsrt's level follows what the Qt category lets through, so that libsrt does not format
// messages nobody will see (its debug level costs real CPU): below debug, only its errors
// reach an operator's level (routeLibsrtLog).
int libsrtLevelForCategory()
{
    if (lcLibsrt().isDebugEnabled())
        return LOG_DEBUG;
    return lcLibsrt().isWarningEnabled() ? LOG_ERR : LOG_CRIT;
}

} // namespace

SrtRuntime::SrtRuntime() : m_redactor(std::make_unique<SecretRedactor>())
{
    followLogCategory();
    srt_setlogflags(SRT_LOGF_DISABLE_TIME | SRT_LOGF_DISABLE_THREADNAME | SRT_LOGF_DISABLE_EOL);
    srt_setloghandler(m_redactor.get(), &routeLibsrtLog);
    if (srt_startup() < 0)
        qCCritical(lcEngine) << "srt_startup failed:" << srt_getlasterror_str();

    // Debian's libsrt is built without ENABLE_BONDING: srt_create_group then fails.
    const SRTSOCKET group = srt_create_group(SRT_GTYPE_BACKUP);
    m_bondingSupported = group != SRT_INVALID_SOCK;
    if (m_bondingSupported)
        srt_close(group);
    qCInfo(lcEngine).noquote() << "libsrt" << libraryVersion()
                               << (m_bondingSupported ? "with bonding" : "without bonding");
    if (!m_bondingSupported)
        qCInfo(lcEngine).noquote() << bondingUnavailableReason();
}

SrtRuntime::~SrtRuntime()
{
    srt_cleanup();
    srt_setloghandler(nullptr, nullptr);
}

void SrtRuntime::followLogCategory()
{
    srt_setloglevel(libsrtLevelForCategory());
}

QString SrtRuntime::libraryVersion()
{
    const uint32_t version = srt_getversion();
    return QStringLiteral("%1.%2.%3")
        .arg((version >> 16) & 0xFF)
        .arg((version >> 8) & 0xFF)
        .arg(version & 0xFF);
}

QString SrtRuntime::bondingUnavailableReason() const
{
    if (m_bondingSupported)
        return {};
    return QCoreApplication::translate(
               "SrtRuntime",
               "Bonding (GroupConnect) is unavailable: the linked libsrt %1 was built without bonding "
               "support (ENABLE_BONDING). To use it, build SRT Desk with the CMake option "
               "SRTDESK_BONDED_LIBSRT=ON, which compiles libsrt with bonding from Debian's source "
               "package 1.5.1-1+deb12u1; note that this source lacks the fixes for CVE-2026-55868 and "
               "CVE-2026-55869 that Debian's binary package has.")
        .arg(libraryVersion());
}

} // namespace srtdesk
