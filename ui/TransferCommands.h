// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

class QMainWindow;

namespace srtdesk {

class ServiceManager;

// Import and export of services as JSON files, as the operator does it: choose the file,
// confirm (passphrases left out unless asked for), and a report of what was added or skipped.
// The file formats are ServiceTransfer's.
class TransferCommands final
{
public:
    // Messages go to `window`'s status bar; dialogs belong to it.
    TransferCommands(ServiceManager &manager, QMainWindow &window);
    TransferCommands(const TransferCommands &) = delete;
    TransferCommands &operator=(const TransferCommands &) = delete;

    // `showService` is called with the first service added, before the report.
    void importServices(const std::function<void(qint64 id)> &showService);
    void exportServices();

private:
    ServiceManager &m_manager;
    QMainWindow &m_window;
};

} // namespace srtdesk
