// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// The overview of every service (OverviewModel) over a real ServiceManager: model rules
// (QAbstractItemModelTester), pairs kept adjacent through edits, 1 000 services ticking without
// resets and with dataChanged only for changed cells (the cost of a tick measured and
// reported), the cells fed by other parts, the colours from one set of thresholds.
class TestOverviewModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterThroughChanges();
    void pairsStayAdjacentThroughEdits();
    void thousandServicesTickWithoutReset();
    void cellSourcesFeedTheirColumns();
    void thresholdsSetTheLevels();
    void encryptionLatencyAndPeer();
};
