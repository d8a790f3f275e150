// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class TestUiMisc : public QObject
{
    Q_OBJECT

private slots:
    void exportImportRoundTrip();
    void importsTheOriginalsGetAnswers();
    void importReportsConflicts();
    void settingsPersist();
    void settingsDialogWritesAndValidates();
    void logCollectorForwardsMessages();
    void logFilterByLevelAndService();
    void mainWindowFirstRunAndSummary();
    void mainWindowRemembersLayout();
    void chartCsvIsMachineReadable();
    void retranslatesAtRunTime();
};
