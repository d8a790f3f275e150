// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TsHealthCell.h"

#include <QLocale>

namespace srtdesk {

OverviewCell TsHealthCell::of(const StreamHealth &health, HealthLevel alarmLevel)
{
    OverviewCell cell;
    cell.level = alarmLevel;
    switch (health.format) {
    case StreamFormat::None:
        return cell;
    case StreamFormat::Other:
        cell.text = tr("Not TS");
        cell.toolTip = tr("Data is flowing, but not as 188-byte MPEG-TS packets");
        return cell;
    case StreamFormat::MpegTs:
        break;
    }
    const qint64 errors = health.interval.priorityOne();
    cell.text = errors == 0 ? tr("TS OK") : tr("%n P1 error(s)", nullptr, int(errors));
    cell.toolTip = tr("MPEG-TS at %1 Mbit/s, %n programme(s)", nullptr, int(health.programs.size()))
                       .arg(QLocale().toString(health.tsMbitRate, 'f', 2))
        + QLatin1Char('\n')
        + tr("TR 101 290 priority 1 errors: %1 in the last interval, %2 since the link came up")
              .arg(errors)
              .arg(health.total.priorityOne());
    if (errors > 0)
        cell.level = worse(cell.level, HealthLevel::Warning);
    return cell;
}

} // namespace srtdesk
