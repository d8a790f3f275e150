// SPDX-License-Identifier: GPL-3.0-or-later
// One executable for the GUI area: every test class below runs in turn on one QApplication
// (offscreen platform, set by srtdesk_add_test) and one SrtRuntime. Test function names on
// the command line run only the classes that have them (e.g. `test_ui passesModelTester`).
#include "TestAlarmsDock.h"
#include "TestCharts.h"
#include "TestLinkDefects.h"
#include "TestLiveLink.h"
#include "TestLiveSignals.h"
#include "TestOverviewModel.h"
#include "TestServiceDialog.h"
#include "TestServiceTableModel.h"
#include "TestStreamPanel.h"
#include "TestUiMisc.h"
#include "TestWindowCommands.h"
#include "TestWindowLayout.h"
#include "UiTestSupport.h"

#include "core/engine/SrtRuntime.h"
#include "tests/common/TestClassRunner.h"

#include <QApplication>

#include <memory>
#include <vector>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("srtdesk-test-ui"));
    srtdesk::SrtRuntime runtime;
    srtdesk::uitest::setRuntime(&runtime);

    std::vector<std::unique_ptr<QObject>> tests;
    tests.push_back(std::make_unique<TestServiceTableModel>());
    tests.push_back(std::make_unique<TestServiceDialog>());
    tests.push_back(std::make_unique<TestUiMisc>());
    tests.push_back(std::make_unique<TestWindowCommands>());
    tests.push_back(std::make_unique<TestLiveLink>());
    tests.push_back(std::make_unique<TestOverviewModel>());
    tests.push_back(std::make_unique<TestLiveSignals>());
    tests.push_back(std::make_unique<TestLinkDefects>());
    tests.push_back(std::make_unique<TestWindowLayout>());
    tests.push_back(std::make_unique<TestCharts>());
    tests.push_back(std::make_unique<TestAlarmsDock>());
    tests.push_back(std::make_unique<TestStreamPanel>());

    return srtdesk::testing::runTestClasses(argc, argv, tests);
}
