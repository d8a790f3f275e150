// SPDX-License-Identifier: GPL-3.0-or-later
// One executable for the programs themselves (srtdesk, srtdeskd as processes, and app/'s own
// code): command lines in the system's language, signals, where settings live, the keychain
// notice. Always in a private D-Bus session with its own gnome-keyring: run alone, it re-runs
// itself through scripts/with-test-session. Test function names on the command line run only
// the classes that have them.
#include "TestCommandLineHelp.h"
#include "TestGuiProcess.h"
#include "TestKeychainNotice.h"

#include "tests/common/TestClassRunner.h"

#include <QApplication>

#include <cstdio>
#include <memory>
#include <unistd.h>
#include <vector>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariable("SRTDESK_IN_TEST_SESSION") != QLatin1String("1")) {
        std::vector<char *> arguments;
        static char script[] = SRTDESK_SOURCE_DIR "/scripts/with-test-session";
        arguments.push_back(script);
        for (int i = 0; i < argc; ++i)
            arguments.push_back(argv[i]);
        arguments.push_back(nullptr);
        ::execv(script, arguments.data());
        ::perror("with-test-session");
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("srtdesk-test-app"));

    std::vector<std::unique_ptr<QObject>> tests;
    tests.push_back(std::make_unique<TestCommandLineHelp>());
    tests.push_back(std::make_unique<TestGuiProcess>());
    tests.push_back(std::make_unique<TestKeychainNotice>());
    return srtdesk::testing::runTestClasses(argc, argv, tests);
}
