// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/CommandLineTranslator.h"

#include "core/LanguageCode.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace srtdesk {

namespace {
// Qt 6.4's descriptions of the options QCommandLineParser::addHelpOption() adds, which Qt's
// own Spanish translation (qtbase_es) does not have: listed here so that lupdate puts them
// into SRT Desk's .ts files, whose translator then answers for Qt's context.
[[maybe_unused]] const char *const kQtHelpTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
};
} // namespace

CommandLineTranslator::CommandLineTranslator()
{
    const QString code = resolveLanguageCode(QStringLiteral("system"));
    if (code == QLatin1String("en"))
        return; // the source language
    if (m_app.load(QStringLiteral("srtdesk_") + code, QStringLiteral(":/i18n")))
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
}

CommandLineTranslator::~CommandLineTranslator()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
}

} // namespace srtdesk
