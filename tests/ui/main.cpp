// One executable for the GUI area: every test class below runs in turn on one QApplication
// (offscreen platform, set by srtdesk_add_test) and one SrtRuntime.
#include "TestLiveLink.h"
#include "TestServiceDialog.h"
#include "TestServiceTableModel.h"
#include "TestUiMisc.h"
#include "UiTestSupport.h"

#include "core/engine/SrtRuntime.h"

#include <QApplication>
#include <QTest>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("srtdesk-test-ui"));
    srtdesk::SrtRuntime runtime;
    srtdesk::uitest::setRuntime(&runtime);

    int failures = 0;
    {
        TestServiceTableModel test;
        failures += QTest::qExec(&test, argc, argv);
    }
    {
        TestServiceDialog test;
        failures += QTest::qExec(&test, argc, argv);
    }
    {
        TestUiMisc test;
        failures += QTest::qExec(&test, argc, argv);
    }
    {
        TestLiveLink test;
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
