// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/AppInfo.h"

#include "core/engine/SrtRuntime.h"

namespace srtdesk {

QString versionText(const QString &program)
{
    return program + QLatin1Char(' ') + QStringLiteral(SRTDESK_VERSION) + QLatin1Char('\n') + QStringLiteral("libsrt ")
        + SrtRuntime::libraryVersion() + QLatin1Char('\n');
}

} // namespace srtdesk
