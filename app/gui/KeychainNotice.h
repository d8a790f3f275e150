// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/KeyringStatus.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace srtdesk {

// A word from SRT Desk before the desktop's keyring asks anything: on a desktop with no
// keyring yet (or a locked one), the first secret SecretStore stores makes the desktop ask
// for a new keyring's password (or the keyring's password), which without this notice came
// out of nowhere before the window. Shown, modal, only when the keyring will ask, and in the
// window's language (call it after the translators are installed).
class KeychainNotice final
{
    Q_DECLARE_TR_FUNCTIONS(KeychainNotice)

public:
    // Asks the Secret Service (KeyringStatus) unless $SRTDESK_SECRET_STORE asks for the file,
    // and shows the notice when its keyring will prompt. true when it was shown.
    static bool showIfNeeded(QWidget *parent = nullptr);
    // The notice's texts for a keyring that will prompt (NoDefaultKeyring or Locked).
    static QString title();
    static QString text();
    static QString details(KeyringStatus::State state);
};

} // namespace srtdesk
