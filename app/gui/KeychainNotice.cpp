// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/KeychainNotice.h"

#include "app/gui/GuiLogging.h"
#include "core/secrets/SecretStore.h"

#include <QMessageBox>

namespace srtdesk {

QString KeychainNotice::title()
{
    return tr("System keychain");
}

QString KeychainNotice::text()
{
    return tr("SRT Desk keeps the passphrases of your SRT links and its API keys in your desktop's keychain, "
              "not in its own files.");
}

QString KeychainNotice::details(KeyringStatus::State state)
{
    const QString ask = state == KeyringStatus::State::Locked
        ? tr("Your keyring is locked: your desktop will now ask for its password.")
        : tr("Your desktop has no keyring yet: it will now ask you to create one and to choose its password.");
    const QString otherwise = tr("If you cancel, or answer after more than %1 seconds, SRT Desk keeps them in a private "
                                 "file in its data directory for now, and moves them into the keychain at the next start "
                                 "that finds one.")
                                  .arg(SecretStore::kDefaultTimeoutMs / 1000);
    return ask + QStringLiteral("\n\n") + otherwise;
}

bool KeychainNotice::showIfNeeded(QWidget *parent)
{
    if (SecretStore::environmentPreference() == SecretStore::Preference::File)
        return false;
    const KeyringStatus::State state = KeyringStatus::query();
    if (state != KeyringStatus::State::NoDefaultKeyring && state != KeyringStatus::State::Locked)
        return false;
    qCInfo(lcGui).noquote() << "the desktop's keyring"
                            << (state == KeyringStatus::State::Locked ? "is locked" : "does not exist yet")
                            << "and will ask for a password: telling the operator first";
    QMessageBox box(QMessageBox::Information, title(), text(), QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("keychainNotice"));
    box.setInformativeText(details(state));
    box.exec();
    qCInfo(lcGui) << "keychain notice read; asking the keychain";
    return true;
}

} // namespace srtdesk
