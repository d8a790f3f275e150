// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class TestServiceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void rowsFollowAddUpdateRemove();
    void startChangesOnlyTheStateCells();
    void twoHundredServicesTickWithoutReset();
    void sortsAndFiltersByName();
};
