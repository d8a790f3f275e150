// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace srtdesk {

// What the desktop's Secret Service (org.freedesktop.secrets, e.g. gnome-keyring) will do
// when SecretStore first stores a secret there: nothing visible (a default keyring exists
// and is unlocked), or ask the user to create a keyring, or to unlock it. Asked over D-Bus
// without storing anything, so that the window can say why before the desktop asks.
// Unknown without a session bus or Secret Service, or on KDE Plasma, where QtKeychain talks
// to KWallet rather than to the Secret Service.
class KeyringStatus
{
public:
    enum class State { Unknown, Ready, NoDefaultKeyring, Locked };

    // Waits at most `timeoutMs` per D-Bus call (starting the Secret Service by D-Bus
    // activation when it is not running, as the first secret would).
    static State query(int timeoutMs = 5000);
};

} // namespace srtdesk
