// One executable for the translations area: the .ts files, then the GUI in Spanish and back.
// Test function names on the command line run only the classes that have them.
#include "I18nTestSupport.h"
#include "TestLanguageSwitch.h"
#include "TestTranslationFiles.h"

#include "core/engine/SrtRuntime.h"

#include <QApplication>
#include <QMetaMethod>
#include <QTest>

#include <memory>
#include <vector>

namespace {

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
    QApplication::setApplicationName(QStringLiteral("srtdesk-test-i18n"));
    srtdesk::SrtRuntime runtime;
    srtdesk::i18ntest::setRuntime(&runtime);

    QStringList options;
    QStringList functions;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1Char('-'))) {
            options.append(arg);
            if ((arg == QLatin1String("-o") || arg == QLatin1String("-maxwarnings")) && i + 1 < argc)
                options.append(QString::fromLocal8Bit(argv[++i]));
            continue;
        }
        functions.append(arg);
    }

    std::vector<std::unique_ptr<QObject>> tests;
    tests.push_back(std::make_unique<TestTranslationFiles>());
    tests.push_back(std::make_unique<TestLanguageSwitch>());

    int failures = 0;
    for (const auto &test : tests) {
        const QStringList own = ownFunctions(*test, functions);
        if (!functions.isEmpty() && own.isEmpty())
            continue;
        failures += QTest::qExec(test.get(), QStringList{QString::fromLocal8Bit(argv[0])} + options + own);
    }
    return failures == 0 ? 0 : 1;
}
