#pragma once

#include <QObject>

class TestLiveLink : public QObject
{
    Q_OBJECT

private slots:
    void pairConnectsAndChartsMove();
};
