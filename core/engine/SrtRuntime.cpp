#include "core/engine/SrtRuntime.h"

#include "core/engine/EngineLogging.h"
#include "core/engine/SecretRedactor.h"

#include <srt/srt.h>

#include <QCoreApplication>

namespace srtdesk {

namespace {

// Called from libsrt's threads. `opaque` is the runtime's SecretRedactor.
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
    case LOG_ERR:
        qCCritical(lcLibsrt).noquote() << where << text;
        break;
    case LOG_WARNING:
        qCWarning(lcLibsrt).noquote() << where << text;
        break;
    default:
        // libsrt's "note" and info levels narrate its internals (worker_ProcessConnectionRequest,
        // KMREQ/KMRSP, handshake steps) for its developers: debug for an operator. What an
        // operator needs (connected, rejected and why) the engine logs itself.
        qCDebug(lcLibsrt).noquote() << where << text;
        break;
    }
}

// libsrt's level follows what the Qt category lets through, so that libsrt does not
// format messages nobody will see (its debug level costs real CPU).
int libsrtLevelForCategory()
{
    if (lcLibsrt().isDebugEnabled())
        return LOG_DEBUG;
    if (lcLibsrt().isWarningEnabled())
        return LOG_WARNING;
    return LOG_ERR;
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
