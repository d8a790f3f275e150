// SPDX-License-Identifier: GPL-3.0-or-later
// One executable for the translations area: the .ts files, then the GUI in Spanish and back.
// Test function names on the command line run only the classes that have them.
#include "I18nTestSupport.h"
#include "TestLanguageSwitch.h"
#include "TestTranslationFiles.h"

#include "core/engine/SrtRuntime.h"
#include "tests/common/TestClassRunner.h"

#include <QApplication>

#include <memory>
#include <vector>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("srtdesk-test-i18n"));
    srtdesk::SrtRuntime runtime;
    srtdesk::i18ntest::setRuntime(&runtime);

    std::vector<std::unique_ptr<QObject>> tests;
    tests.push_back(std::make_unique<TestTranslationFiles>());
    tests.push_back(std::make_unique<TestLanguageSwitch>());

    return srtdesk::testing::runTestClasses(argc, argv, tests);
}
