// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// The parts the main window is made of: a table pane on its own, the bulk operation that
// start/stop/restart/delete and start all/stop all go through, and the window's wiring of
// failures to one message naming the services.
class TestWindowCommands : public QObject
{
    Q_OBJECT

private slots:
    void tablePaneSelectsAndFilters();
    void bulkOperationNamesFailuresAndSkipsOthers();
    void startOnSelectionReportsFailures();
    void startAllReportsFailures();
};
