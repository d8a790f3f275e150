// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// The window's notice before the desktop's keyring first asks for a password (issue 16,
// defect 12), against a real gnome-keyring: with an unlocked default keyring (the test
// session) nothing is shown; on a desktop with no keyring yet (a nested private D-Bus session
// whose gnome-keyring has none) the notice comes before the keychain is asked, in-process
// through the same openDataDir() as main(), and in the real srtdesk, which SIGTERM then stops
// before the keyring is touched. The notice's texts are in the operator's language.
class TestKeychainNotice final : public QObject
{
    Q_OBJECT

private slots:
    void noNoticeWhenTheKeyringWillNotAsk();
    void noticeComesBeforeTheKeyringIsAsked();
    void noticeSpeaksTheOperatorsLanguage();
};
