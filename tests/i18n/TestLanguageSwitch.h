// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// The GUI with Spanish selected: menus, toolbar, service dialog, a core validation message,
// Qt's own buttons and the locale of numbers are Spanish; choosing English in Settings brings
// English back at once, without a restart; "system" follows a Spanish system locale.
class TestLanguageSwitch final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void spanishThenEnglishAtRunTime();
    void numbersFollowTheLocaleExportsDoNot();
    void followsSpanishSystemLocale();
    void restAnswersStayEnglish();
};
