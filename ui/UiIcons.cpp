// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/UiIcons.h"

#include <QHash>

namespace srtdesk {

QIcon UiIcons::icon(const char *name)
{
    static QHash<QByteArray, QIcon> cache;
    const QByteArray key(name);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const QIcon result(QStringLiteral(":/srtdesk/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
    cache.insert(key, result);
    return result;
}

QIcon UiIcons::appIcon()
{
    return icon("srtdesk");
}

QIcon UiIcons::linkIcon(LinkState state, bool running)
{
    if (!running)
        return icon("link-idle");
    switch (state) {
    case LinkState::Connected:
        return icon("link-connected");
    case LinkState::Waiting:
        return icon("link-waiting");
    case LinkState::Disconnected:
        break;
    }
    return icon("link-disconnected");
}

QColor UiIcons::linkColor(LinkState state, bool running)
{
    if (!running)
        return QColor(0x70, 0x70, 0x70);
    switch (state) {
    case LinkState::Connected:
        return QColor(0x1d, 0x7a, 0x32);
    case LinkState::Waiting:
        return QColor(0x9a, 0x6a, 0x00);
    case LinkState::Disconnected:
        break;
    }
    return QColor(0xb0, 0x24, 0x1b);
}

QColor UiIcons::levelColor(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Normal:
        break;
    case HealthLevel::Warning:
        return QColor(0x9a, 0x6a, 0x00);
    case HealthLevel::Critical:
        return QColor(0xb0, 0x24, 0x1b);
    }
    return {};
}

QIcon UiIcons::levelIcon(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Normal:
        break;
    case HealthLevel::Warning:
        return icon("level-warning");
    case HealthLevel::Critical:
        return icon("level-critical");
    }
    return {};
}

} // namespace srtdesk
