// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/StoreTransaction.h"

namespace srtdesk {

StoreTransaction::StoreTransaction(QSqlDatabase db) : m_db(db)
{
    m_open = m_db.transaction();
}

StoreTransaction::~StoreTransaction()
{
    if (m_open)
        m_db.rollback();
}

bool StoreTransaction::commit()
{
    m_open = false;
    return m_db.commit();
}

} // namespace srtdesk
