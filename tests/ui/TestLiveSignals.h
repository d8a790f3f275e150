// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// A frozen table must fail here: with real traffic on a loopback pair through a lossy path,
// the models must signal (dataChanged) every statistics cell that changes — RTT, bit rate,
// loss, the sparkline, and Reconnections after the link came back — not merely hold new
// values that a view would never repaint.
class TestLiveSignals : public QObject
{
    Q_OBJECT

private slots:
    void statisticsCellsAreSignalled();
};
