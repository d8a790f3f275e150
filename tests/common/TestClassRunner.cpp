// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/TestClassRunner.h"

#include <QMetaMethod>
#include <QStringList>
#include <QTest>

namespace srtdesk::testing {

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

bool takesValue(const QString &option)
{
    for (const char *name : {"-o", "-maxwarnings", "-eventdelay", "-keydelay", "-mousedelay"}) {
        if (option == QLatin1String(name))
            return true;
    }
    return false;
}

} // namespace

int runTestClasses(int argc, char *argv[], const std::vector<std::unique_ptr<QObject>> &tests)
{
    QStringList options;
    QStringList functions;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1Char('-'))) {
            options.append(arg);
            if (takesValue(arg) && i + 1 < argc)
                options.append(QString::fromLocal8Bit(argv[++i]));
            continue;
        }
        functions.append(arg);
    }

    int failures = 0;
    for (const auto &test : tests) {
        const QStringList own = ownFunctions(*test, functions);
        if (!functions.isEmpty() && own.isEmpty())
            continue;
        failures += QTest::qExec(test.get(), QStringList{QString::fromLocal8Bit(argv[0])} + options + own);
    }
    return failures == 0 ? 0 : 1;
}

} // namespace srtdesk::testing
