// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class TestLiveLink : public QObject
{
    Q_OBJECT

private slots:
    void pairConnectsAndChartsMove();
};
