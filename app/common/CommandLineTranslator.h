// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

namespace srtdesk {

// SRT Desk's translation (:/i18n/srtdesk_<code>.qm) and Qt's own (qtbase_<code>.qm) for the
// system's language, installed while it lives: create it before the QCommandLineOptions, so
// that --help, and the errors QCommandLineParser prints, speak the language of
// LANGUAGE/LC_ALL/LC_MESSAGES/LANG as the window does. Nothing when the language is English.
// srtdeskd drops it right after parsing: its REST API and log stay English.
class CommandLineTranslator final
{
public:
    CommandLineTranslator();
    ~CommandLineTranslator();
    CommandLineTranslator(const CommandLineTranslator &) = delete;
    CommandLineTranslator &operator=(const CommandLineTranslator &) = delete;

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace srtdesk
