// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceStatus.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace srtdesk {

// How every view (service tables, overview, tiles) words, draws and colours a service's link,
// so that a cell and its tooltip never disagree. A caller that failed and tries again is
// "Retrying" through all its attempts, rather than flickering between the engine's
// "waiting" (an attempt under way) and "disconnected" (between attempts).
//
// Its texts are translated in the service table's context, where they were first written.
class LinkPhase
{
    Q_DECLARE_TR_FUNCTIONS(srtdesk::ServiceTableModel)

public:
    enum Phase { Idle, Waiting, Connected, Retrying, Down };

    static Phase of(const ServiceStatus &status);
    static QString text(Phase phase);
    static QIcon icon(Phase phase);
    static QColor color(Phase phase);
    // The phase's word on the first line, then what it means for this service and its last error.
    static QString toolTip(const ServiceStatus &status);
    // Running before stopped, then connected > waiting > retrying > down.
    static int rank(const ServiceStatus &status);
};

} // namespace srtdesk
