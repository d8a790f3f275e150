// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// Defects a first use found (issue 16) in the link's display and the log, each seen with real
// links on loopback: a retrying caller's state flickering between two words and its tooltip
// disagreeing with the cell (8), the whole last error out of reach (8), Reconnections 0 on the
// RX that was edited while its TX shows 1 (8), RTT drawn at libsrt's 100 ms start value before
// any measurement (9), libsrt's internals at "Info and above" and a service filter that matched
// another service's name (10).
class TestLinkDefects : public QObject
{
    Q_OBJECT

private slots:
    void retryingCallerKeepsOneWordAndItsTooltipAgrees();
    void reconnectionsAgreeAfterTheRxIsEdited();
    void noRttBeforeTheFirstMeasurement();
    void libsrtInternalsAreDebug();
    void logFiltersByServiceNotByName();
};
