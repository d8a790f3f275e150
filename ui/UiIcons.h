// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/LinkStats.h"
#include "ui/HealthLevel.h"

#include <QColor>
#include <QIcon>

namespace srtdesk {

// The GUI's icons (SVG under :/srtdesk/icons) and the colours of link states, in one place
// so that the table, the status bar and the tray agree. Link states never rely on colour
// alone: each has its own icon shape (check, clock, cross, dash) and a word.
class UiIcons
{
public:
    static QIcon icon(const char *name); // "start" -> :/srtdesk/icons/start.svg
    static QIcon appIcon();

    // `running` false shows the neutral "idle" look whatever the last state was.
    static QIcon linkIcon(LinkState state, bool running);
    static QColor linkColor(LinkState state, bool running);
    // A statistic's colour at a level (text on the window's background); invalid for Normal,
    // which keeps the view's own colour.
    static QColor levelColor(HealthLevel level);
    // Its shape (warning triangle, alarm octagon); null for Normal.
    static QIcon levelIcon(HealthLevel level);
};

} // namespace srtdesk
