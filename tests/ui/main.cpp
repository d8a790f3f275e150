// One executable for the GUI area: every test class below runs in turn on one QApplication
// (offscreen platform, set by srtdesk_add_test) and one SrtRuntime. Test function names on
// the command line run only the classes that have them (e.g. `test_ui passesModelTester`).
#include "TestLiveLink.h"
#include "TestServiceDialog.h"
#include "TestServiceTableModel.h"
#include "TestUiMisc.h"
#include "UiTestSupport.h"

#include "core/engine/SrtRuntime.h"

#include <QApplication>
#include <QMetaMethod>
#include <QTest>

#include <memory>
#include <vector>

namespace {

// The test functions among `functions` that `test` has.
QStringList ownFunctions(const QObject &test, const QStringList &functions)
{
    QStringList own;
    const QMetaObject *meta = test.metaObject();
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
        const QString name = QString::fromLatin1(meta->method(i).name());
        for (const QString &function : functions) {
            if (function.section(QLatin1Char(':'), 0, 0) == name)
                own.append(function);
        }
    }
    return own;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("srtdesk-test-ui"));
    srtdesk::SrtRuntime runtime;
    srtdesk::uitest::setRuntime(&runtime);

    // Positional arguments that are not option values are test function names; each class
    // gets the options and only its own functions.
    QStringList options;
    QStringList functions;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1Char('-'))) {
            options.append(arg);
            if ((arg == QLatin1String("-o") || arg == QLatin1String("-maxwarnings") || arg == QLatin1String("-eventdelay")
                 || arg == QLatin1String("-keydelay") || arg == QLatin1String("-mousedelay"))
                && i + 1 < argc)
                options.append(QString::fromLocal8Bit(argv[++i]));
            continue;
        }
        functions.append(arg);
    }

    std::vector<std::unique_ptr<QObject>> tests;
    tests.push_back(std::make_unique<TestServiceTableModel>());
    tests.push_back(std::make_unique<TestServiceDialog>());
    tests.push_back(std::make_unique<TestUiMisc>());
    tests.push_back(std::make_unique<TestLiveLink>());

    int failures = 0;
    for (const auto &test : tests) {
        const QStringList own = ownFunctions(*test, functions);
        if (!functions.isEmpty() && own.isEmpty())
            continue;
        failures += QTest::qExec(test.get(), QStringList{QString::fromLocal8Bit(argv[0])} + options + own);
    }
    return failures == 0 ? 0 : 1;
}
