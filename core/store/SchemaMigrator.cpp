// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SchemaMigrator.h"

#include "core/secrets/SecretStore.h"
#include "core/store/SchemaHistory.h"
#include "core/store/StoreLogging.h"
#include "core/store/StoreTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace srtdesk {

SchemaMigrator::SchemaMigrator(QSqlDatabase db, const QString &filePath, SecretStore &secrets)
    : m_db(db), m_filePath(filePath), m_secrets(secrets)
{
}

bool SchemaMigrator::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcStore).noquote() << message;
    return false;
}

bool SchemaMigrator::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return fail(query.lastError().text());
    return true;
}

int SchemaMigrator::schemaVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool SchemaMigrator::migrate()
{
    constexpr int latest = SchemaHistory::kLatestVersion;
    const int version = schemaVersion(m_db);
    if (version < 0)
        return fail(tr("Cannot read the schema version of %1.").arg(m_filePath));
    if (version > latest) {
        return fail(tr("The database %1 was written by a newer SRT Desk (schema %2; this version knows up to %3).")
                        .arg(m_filePath)
                        .arg(version)
                        .arg(latest));
    }
    if (version == latest)
        return true;

    StoreTransaction transaction(m_db);
    if (!transaction.isOpen())
        return fail(tr("Cannot start a transaction on %1: %2").arg(m_filePath, m_db.lastError().text()));
    bool removedSecrets = false;
    if (!applySteps(version, &removedSecrets) || !exec(QStringLiteral("PRAGMA user_version=%1").arg(latest))) {
        return fail(tr("Cannot upgrade the database %1 from schema %2 to %3: %4")
                        .arg(m_filePath)
                        .arg(version)
                        .arg(latest)
                        .arg(m_error));
    }
    if (!transaction.commit())
        return fail(tr("Cannot commit the upgrade of %1: %2").arg(m_filePath, m_db.lastError().text()));
    if (version != 0)
        qCInfo(lcStore) << "migrated" << m_filePath << "from schema" << version << "to" << latest;
    if (removedSecrets) {
        // Passphrases were in the file until now: rebuild it and empty the WAL.
        if (!scrubFreedContent())
            return false;
        if (m_movedSecrets > 0) {
            qCInfo(lcStore).noquote() << m_movedSecrets << "passphrase(s) moved from" << m_filePath << "to the"
                                      << m_secrets.backendName() << "secret store; the database was vacuumed";
        }
    }
    return true;
}

// A new file (version 0) starts from the baseline; then every step after the file's version.
bool SchemaMigrator::applySteps(int fromVersion, bool *removedSecrets)
{
    if (fromVersion == 0) {
        if (!SchemaHistory::createBaseline(*this))
            return false;
        fromVersion = SchemaHistory::kBaselineVersion;
    }
    for (const SchemaHistory::Step &step : SchemaHistory::kSteps) {
        if (step.version <= fromVersion)
            continue;
        if (!step.apply(*this))
            return false;
        *removedSecrets = *removedSecrets || step.removesSecrets;
    }
    return true;
}

// Rebuilds the file (VACUUM: no free page keeps old content) and moves everything out of the
// WAL, truncating it to zero bytes.
bool SchemaMigrator::scrubFreedContent()
{
    if (!exec(QStringLiteral("VACUUM")))
        return fail(tr("Cannot vacuum the database %1: %2").arg(m_filePath, m_error));
    QSqlQuery checkpoint(m_db);
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next()
        || checkpoint.value(0).toInt() != 0) {
        return fail(tr("Cannot checkpoint the write-ahead log of %1: %2")
                        .arg(m_filePath, checkpoint.lastError().isValid() ? checkpoint.lastError().text()
                                                                          : tr("the database is busy")));
    }
    return true;
}

} // namespace srtdesk
