// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AlarmRules.h"
#include "core/model/ServiceConfig.h"
#include "core/store/SchemaHistory.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace srtdesk {

class SecretStore;

// The services and their desired running state in one SQLite file (WAL mode), with a
// schema version and forward migrations (run by SchemaMigrator, listed in SchemaHistory).
// Every change is one transaction; ids come from AUTOINCREMENT, so they are stable and never
// reused. SQL lives in core/store and nowhere else.
// Used from one thread (the one that owns ServiceManager).
//
// Passphrases never enter the file: each one is kept in the SecretStore under "<kind>/<id>"
// (e.g. "rx/5"), and the row keeps only that reference (column passphrase_secret). A change
// is committed only after its passphrase is stored. Opening a schema 1 or 2 file (passphrases
// in clear in the JSON) moves them to the SecretStore, then VACUUMs and truncates the WAL so
// that no copy stays in free pages. secure_delete is on, so deleted content is zeroed.
class ServiceStore
{
    Q_DECLARE_TR_FUNCTIONS(ServiceStore)

public:
    static constexpr int kSchemaVersion = SchemaHistory::kLatestVersion;
    static inline const QString kFileName = QStringLiteral("srtdesk.sqlite");

    struct Record
    {
        ServiceConfig config;
        bool desiredRunning = false;
        // Why config.passPhrase could not be read from the secret store (the service then
        // has a passphrase that is unknown to this process and must not start); empty when ok.
        QString secretError;
        AlarmOverrides alarms; // the service's alarm rule overrides (table service_alarms)
    };

    ServiceStore();
    ~ServiceStore();
    ServiceStore(const ServiceStore &) = delete;
    ServiceStore &operator=(const ServiceStore &) = delete;

    // Opens or creates the database in `dataDir` and migrates it to kSchemaVersion, keeping
    // passphrases in `secrets` (opened on the same data directory; it must outlive this store).
    // false with errorString() when the file is unreadable, locked, corrupt or newer, or when
    // passphrases to migrate cannot be stored.
    bool open(const QString &dataDir, SecretStore &secrets);
    // The same with a SecretStore of its own, opened on `dataDir` (keychain or file fallback).
    bool open(const QString &dataDir);
    void close();
    bool isOpen() const;
    QString filePath() const { return m_filePath; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    SecretStore *secretStore() const { return m_secrets; }
    // The key of a service's passphrase in the SecretStore: "rx/5".
    static QString secretKey(ServiceKind kind, qint64 id);

    std::optional<QList<Record>> loadAll();
    // The new id, or nullopt with errorString(). `alarms`, when given, is written in the same
    // transaction (update: nullopt keeps the stored overrides).
    std::optional<qint64> insert(const ServiceConfig &config, bool desiredRunning,
                                 const std::optional<AlarmOverrides> &alarms = std::nullopt);
    bool update(const ServiceConfig &config, const std::optional<AlarmOverrides> &alarms = std::nullopt);
    bool remove(qint64 id);
    bool setDesiredRunning(qint64 id, bool running);

    // Settings of the node as a whole (the global alarm rules, the webhook list), one text per
    // key. setting(): nullopt when absent or unreadable (then errorString() is set).
    std::optional<QString> setting(const QString &key);
    bool setSetting(const QString &key, const QString &value);

private:
    bool openConnection();
    QString integrityProblem();
    bool exec(const QString &sql);
    bool migrate();
    QString missingSecretMessage(qint64 id) const;
    bool fail(const QString &message);
    bool writeAlarmOverrides(qint64 id, const AlarmOverrides &alarms);
    bool readAlarmOverrides(QHash<qint64, AlarmOverrides> *out);

    QString m_connectionName;
    QString m_filePath;
    QString m_error;
    std::unique_ptr<SecretStore> m_ownSecrets;
    SecretStore *m_secrets = nullptr;
};

} // namespace srtdesk
