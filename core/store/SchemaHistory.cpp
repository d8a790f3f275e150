// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SchemaHistory.h"

#include "core/model/ServiceFields.h"
#include "core/secrets/SecretStore.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/ServiceStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>

namespace srtdesk {

namespace {

constexpr bool stepsFollowEachOther()
{
    int expected = SchemaHistory::kSteps[0].version;
    for (const SchemaHistory::Step &step : SchemaHistory::kSteps) {
        if (step.version != expected++)
            return false;
    }
    return SchemaHistory::kSteps[0].version == 2 && SchemaHistory::kBaselineVersion <= SchemaHistory::kLatestVersion;
}
static_assert(stepsFollowEachOther(), "schema steps lead from version 1 to the latest, one version each, in order");

} // namespace

bool SchemaHistory::createBaseline(SchemaMigrator &migrator)
{
    return migrator.exec(QStringLiteral(
               "CREATE TABLE services ("
               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
               " kind TEXT NOT NULL CHECK (kind IN ('rx', 'tx')),"
               " name TEXT NOT NULL,"
               " config TEXT NOT NULL,"
               " desired_running INTEGER NOT NULL DEFAULT 0,"
               " created_at TEXT NOT NULL,"
               " updated_at TEXT NOT NULL,"
               " passphrase_secret TEXT NOT NULL DEFAULT '')"))
        && migrator.exec(
            QStringLiteral("CREATE UNIQUE INDEX services_kind_name ON services (kind, name COLLATE NOCASE)"));
}

bool SchemaHistory::addDesiredRunningState(SchemaMigrator &migrator)
{
    return migrator.exec(QStringLiteral("ALTER TABLE services ADD COLUMN desired_running INTEGER NOT NULL DEFAULT 0"))
        && migrator.exec(QStringLiteral("ALTER TABLE services ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"))
        && migrator.exec(QStringLiteral("UPDATE services SET updated_at = created_at"))
        && migrator.exec(QStringLiteral(
            "CREATE UNIQUE INDEX IF NOT EXISTS services_kind_name ON services (kind, name COLLATE NOCASE)"));
}

// Schema 2 kept each passphrase in clear in the config JSON. Each moves to the SecretStore
// (stored before the upgrade commits) and leaves only its reference in the row.
bool SchemaHistory::movePassphrasesToSecretStore(SchemaMigrator &migrator)
{
    if (!migrator.exec(QStringLiteral("ALTER TABLE services ADD COLUMN passphrase_secret TEXT NOT NULL DEFAULT ''")))
        return false;
    struct Row
    {
        qint64 id;
        QString kind;
        QString config;
    };
    QList<Row> rows;
    {
        QSqlQuery query(migrator.database());
        if (!query.exec(QStringLiteral("SELECT id, kind, config FROM services ORDER BY id")))
            return migrator.fail(query.lastError().text());
        while (query.next())
            rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    }
    for (const Row &row : rows) {
        QJsonParseError parseError{};
        QJsonObject object = QJsonDocument::fromJson(row.config.toUtf8(), &parseError).object();
        if (parseError.error != QJsonParseError::NoError)
            return migrator.fail(tr("service %1 cannot be read (%2)").arg(row.id).arg(parseError.errorString()));
        const auto kind = serviceKindFromWire(row.kind);
        if (!kind)
            return migrator.fail(tr("service %1 has an unknown kind \"%2\"").arg(row.id).arg(row.kind));
        const QString passphrase = object.take(ServiceFields::get(FieldId::PassPhrase, *kind).apiName()).toString();
        QString key;
        if (!passphrase.isEmpty()) {
            key = ServiceStore::secretKey(*kind, row.id);
            if (!migrator.secrets().write(key, passphrase.toUtf8())) {
                return migrator.fail(tr("the passphrase of service %1 cannot be moved to the secret store: %2")
                                         .arg(row.id)
                                         .arg(migrator.secrets().errorString()));
            }
            migrator.countMovedSecret();
        }
        QSqlQuery update(migrator.database());
        update.prepare(QStringLiteral("UPDATE services SET config = ?, passphrase_secret = COALESCE(?, '') WHERE id = ?"));
        update.addBindValue(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        update.addBindValue(key);
        update.addBindValue(row.id);
        if (!update.exec())
            return migrator.fail(update.lastError().text());
    }
    return true;
}

// A service's alarm overrides go with it (ON DELETE CASCADE); webhook secrets are not in
// settings, only the keys under which the SecretStore keeps them.
bool SchemaHistory::addAlarmSettings(SchemaMigrator &migrator)
{
    return migrator.exec(QStringLiteral(
               "CREATE TABLE service_alarms ("
               " service_id INTEGER PRIMARY KEY REFERENCES services (id) ON DELETE CASCADE,"
               " overrides TEXT NOT NULL)"))
        && migrator.exec(QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
}

} // namespace srtdesk
