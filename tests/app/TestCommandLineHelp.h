// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// `srtdesk --help` and `srtdeskd --help` speak the system's language (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG) like the window: every option's description, and the programs'
// descriptions, differ from the English ones under es_ES and are the Spanish translations
// committed in translations/srtdesk_es.ts. srtdeskd drops the translator after parsing: its
// REST API answers a Spanish environment in English.
class TestCommandLineHelp final : public QObject
{
    Q_OBJECT

private slots:
    void helpIsTranslated_data();
    void helpIsTranslated();
    void helpFollowsTheLocaleVariables_data();
    void helpFollowsTheLocaleVariables();
    void optionErrorsAreTranslated();
    void daemonApiStaysEnglish();
};
