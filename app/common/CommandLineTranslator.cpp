// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/CommandLineTranslator.h"

#include "core/LanguageCode.h"

#include <QtGlobal>

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

CommandLineTranslator::CommandLineTranslator() : m_installed(m_app, m_qt)
{
    m_installed.install(resolveLanguageCode(QStringLiteral("system")));
}

} // namespace srtdesk
