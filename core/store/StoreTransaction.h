// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace srtdesk {

// One SQLite transaction that rolls back unless committed: every early return of a change
// leaves the file as it was.
class StoreTransaction
{
public:
    explicit StoreTransaction(QSqlDatabase db);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    bool isOpen() const { return m_open; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace srtdesk
