// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace srtdesk {

class SecretStore;

// Brings an open database to SchemaHistory::kLatestVersion (PRAGMA user_version): a new file
// gets the baseline schema, an older one every step it lacks, all in one transaction, so an
// upgrade that fails leaves the file as it was. A newer file than this build knows is refused.
// After a step that took secrets out of rows, the file is rebuilt and its WAL emptied.
//
// It is also what each step works with: the connection, the secret store and the error.
class SchemaMigrator
{
    // Its messages are the store's, under the store's translation context.
    Q_DECLARE_TR_FUNCTIONS(ServiceStore)

public:
    // `filePath` names the file in messages; `secrets` must outlive the migrator.
    SchemaMigrator(QSqlDatabase db, const QString &filePath, SecretStore &secrets);
    SchemaMigrator(const SchemaMigrator &) = delete;
    SchemaMigrator &operator=(const SchemaMigrator &) = delete;

    // false with errorString() when the file cannot be upgraded (it is then unchanged).
    bool migrate();
    QString errorString() const { return m_error; }

    // The file's schema version; -1 when it cannot be read.
    static int schemaVersion(QSqlDatabase db);

    // For the steps.
    QSqlDatabase database() const { return m_db; }
    SecretStore &secrets() const { return m_secrets; }
    bool exec(const QString &sql);
    bool fail(const QString &message); // records and logs `message`; returns false
    void countMovedSecret() { ++m_movedSecrets; }

private:
    bool applySteps(int fromVersion, bool *removedSecrets);
    bool scrubFreedContent();

    QSqlDatabase m_db;
    QString m_filePath;
    SecretStore &m_secrets;
    QString m_error;
    int m_movedSecrets = 0;
};

} // namespace srtdesk
