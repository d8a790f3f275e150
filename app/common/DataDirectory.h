// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace srtdesk {

class DataDirLock;
class SecretStore;
class ServiceStore;

// Where SRT Desk keeps its data, shared by srtdesk and srtdeskd so that both open the same
// services: `option` (--data-dir) when given, else $SRTDESK_DATA_DIR, else
// QStandardPaths::AppDataLocation for the application name "srtdesk"
// (~/.local/share/srtdesk on Linux), whatever the running program is called.
QString resolveDataDir(const QString &option);
// true when the data directory is chosen (`option`, i.e. --data-dir, or $SRTDESK_DATA_DIR)
// rather than the default one: the window then keeps its settings in it too.
bool isDataDirChosen(const QString &option);

// openDataDir's answer when `beforeSecrets` said to stop (the process is quitting).
constexpr int kOpenStopped = -1;

// Takes the data directory for this process, then opens the store in it. On failure `error`
// says why (which process holds the directory, or what is wrong with the database) and the
// return value is the process exit code to use: 2 directory in use or not creatable,
// 3 database unusable. 0 on success.
int openDataDir(const QString &dataDir, DataDirLock &lock, ServiceStore &store, QString *error);
// The same, deciding first where secrets are kept (system keychain or 0600 file; see
// SecretStore) and opening the store over `secrets`. 6 when no secret store can be used.
// `beforeSecrets`, when given, runs once the directory is this process's and before the
// keychain is first asked (the window's notice about a keyring prompt); when it returns
// false, the directory is released and the answer is kOpenStopped.
int openDataDir(const QString &dataDir, DataDirLock &lock, SecretStore &secrets, ServiceStore &store, QString *error,
                const std::function<bool()> &beforeSecrets = {});

} // namespace srtdesk
