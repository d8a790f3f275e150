// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AppTranslators.h"

#include <QTranslator>

namespace srtdesk {

// SRT Desk's and Qt's translations (AppTranslators) for the system's language, installed while
// it lives: create it before the QCommandLineOptions, so that --help, and the errors
// QCommandLineParser prints, speak the language of LANGUAGE/LC_ALL/LC_MESSAGES/LANG as the
// window does. srtdeskd drops it right after parsing: its REST API and log stay English.
class CommandLineTranslator final
{
public:
    CommandLineTranslator();
    CommandLineTranslator(const CommandLineTranslator &) = delete;
    CommandLineTranslator &operator=(const CommandLineTranslator &) = delete;

private:
    QTranslator m_app;
    QTranslator m_qt;
    AppTranslators m_installed; // after the translators it installs
};

} // namespace srtdesk
