// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ServiceStore.h"

#include "core/model/AlarmRulesJson.h"
#include "core/model/ServiceFields.h"
#include "core/model/ServiceParser.h"
#include "core/model/ServiceSerializer.h"
#include "core/secrets/SecretStore.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/StoreLogging.h"
#include "core/store/StoreTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace srtdesk {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The configuration as stored: the original API's JSON without Id and without PassPhrase
// (the passphrase lives in the SecretStore).
QString configJson(const ServiceConfig &config)
{
    ServiceConfig withoutId = config;
    withoutId.id = 0;
    return QString::fromUtf8(ServiceSerializer::config(withoutId, ServiceSerializer::Passphrase::Omitted).toJson());
}

} // namespace

ServiceStore::ServiceStore()
    : m_connectionName(QStringLiteral("srtdesk-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ServiceStore::~ServiceStore()
{
    close();
}

bool ServiceStore::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcStore).noquote() << message;
    return false;
}

bool ServiceStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void ServiceStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ServiceStore::secretKey(ServiceKind kind, qint64 id)
{
    return toWire(kind) + QLatin1Char('/') + QString::number(id);
}

bool ServiceStore::open(const QString &dataDir)
{
    close();
    m_ownSecrets = std::make_unique<SecretStore>();
    if (!m_ownSecrets->open(dataDir)) {
        m_filePath = QDir(dataDir).filePath(kFileName);
        return fail(m_ownSecrets->errorString());
    }
    return open(dataDir, *m_ownSecrets);
}

bool ServiceStore::open(const QString &dataDir, SecretStore &secrets)
{
    close();
    if (&secrets != m_ownSecrets.get())
        m_ownSecrets.reset();
    m_secrets = &secrets;
    m_error.clear();
    if (!QDir().mkpath(dataDir))
        return fail(tr("Cannot create the data directory %1.").arg(QDir::toNativeSeparators(dataDir)));
    m_filePath = QDir(dataDir).filePath(kFileName);
    const QFileInfo info(m_filePath);
    if (info.exists() && !info.isReadable())
        return fail(tr("The database %1 is not readable (check its permissions).").arg(m_filePath));

    if (!openConnection())
        return false;

    // quick_check reads every page: a damaged or foreign file is refused here, before
    // anything is written to it.
    if (const QString problem = integrityProblem(); !problem.isEmpty()) {
        close();
        return fail(problem);
    }
    // secure_delete: deleted or overwritten content is zeroed, not left in free space.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !exec(QStringLiteral("PRAGMA foreign_keys=ON")) || !exec(QStringLiteral("PRAGMA secure_delete=ON"))) {
        const QString reason = m_error;
        close();
        return fail(tr("Cannot prepare the database %1: %2").arg(m_filePath, reason));
    }
    if (!migrate()) {
        const QString reason = m_error;
        close();
        m_error = reason;
        return false;
    }
    return true;
}

bool ServiceStore::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (db.open())
        return true;
    const QString reason = db.lastError().text();
    db = QSqlDatabase();
    close();
    return fail(tr("Cannot open the database %1: %2").arg(m_filePath, reason));
}

QString ServiceStore::integrityProblem()
{
    QSqlQuery check(QSqlDatabase::database(m_connectionName, false));
    if (check.exec(QStringLiteral("PRAGMA quick_check")) && check.next()
        && check.value(0).toString() == QLatin1String("ok")) {
        return {};
    }
    const QSqlError error = check.lastError();
    // quick_check lists every damaged page; the first line says enough.
    QString reason = error.isValid() ? error.text() : check.value(0).toString();
    reason = reason.remove(QStringLiteral("*** in database main ***")).trimmed().section(QLatin1Char('\n'), 0, 0);
    check = QSqlQuery();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another program holds the file, it is not damaged.
    if (error.nativeErrorCode() == QLatin1String("5") || error.nativeErrorCode() == QLatin1String("6")) {
        return tr("The database %1 is locked by another program (%2). Close that program and try again.")
            .arg(m_filePath, reason);
    }
    return tr("The database %1 is damaged or is not an SRT Desk database (%2). It was left untouched; "
              "restore a backup or move it away to start empty.")
        .arg(m_filePath, reason);
}

bool ServiceStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql))
        return fail(query.lastError().text());
    return true;
}

int ServiceStore::schemaVersion() const
{
    return SchemaMigrator::schemaVersion(QSqlDatabase::database(m_connectionName, false));
}

bool ServiceStore::migrate()
{
    SchemaMigrator migrator(QSqlDatabase::database(m_connectionName, false), m_filePath, *m_secrets);
    if (migrator.migrate())
        return true;
    m_error = migrator.errorString();
    return false;
}

QString ServiceStore::missingSecretMessage(qint64 id) const
{
    if (m_secrets->backend() == SecretStore::Backend::File) {
        return tr("The passphrase of service %1 is not in the secret file %2. It may be in a system keychain "
                  "that this process cannot reach (%3). Enter the passphrase again to use the service.")
            .arg(id)
            .arg(QDir::toNativeSeparators(m_secrets->filePath()), m_secrets->fallbackReason());
    }
    return tr("The passphrase of service %1 is not in the system keychain (%2). Enter the passphrase again to "
              "use the service.")
        .arg(id)
        .arg(m_secrets->serviceName());
}

std::optional<QList<ServiceStore::Record>> ServiceStore::loadAll()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral(
            "SELECT id, kind, config, desired_running, passphrase_secret FROM services ORDER BY id"))) {
        fail(tr("Cannot read the services from %1: %2").arg(m_filePath, query.lastError().text()));
        return std::nullopt;
    }
    QHash<qint64, AlarmOverrides> alarms;
    if (!readAlarmOverrides(&alarms))
        return std::nullopt;
    QList<Record> records;
    QStringList secretKeys;
    QList<qsizetype> withSecret;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const auto kind = serviceKindFromWire(query.value(1).toString());
        if (!kind) {
            fail(tr("Service %1 in %2 has an unknown kind \"%3\".").arg(id).arg(m_filePath, query.value(1).toString()));
            return std::nullopt;
        }
        const auto parsed = ServiceParser::parse(query.value(2).toString().toUtf8(), ServiceConfig::defaults(*kind));
        if (!parsed.ok()) {
            fail(tr("Service %1 in %2 cannot be read: %3").arg(id).arg(m_filePath, parsed.errors.first().message));
            return std::nullopt;
        }
        Record record{parsed.config, query.value(3).toInt() != 0, {}, alarms.value(id)};
        record.config.id = id;
        record.config.passPhrase.clear();
        if (const QString key = query.value(4).toString(); !key.isEmpty()) {
            secretKeys.append(key);
            withSecret.append(records.size());
        }
        records.append(record);
    }
    // One batch for every passphrase: one wait on the keychain, not one per service.
    const QList<SecretStore::ReadResult> secrets = m_secrets->readMany(secretKeys);
    for (qsizetype i = 0; i < withSecret.size(); ++i) {
        Record &record = records[withSecret.at(i)];
        const SecretStore::ReadResult &secret = secrets.at(i);
        if (secret.found()) {
            record.config.passPhrase = QString::fromUtf8(secret.data);
        } else {
            record.secretError = secret.status == SecretStore::ReadResult::Status::NotFound
                                     ? missingSecretMessage(record.config.id)
                                     : tr("The passphrase of service %1 cannot be read: %2")
                                           .arg(record.config.id)
                                           .arg(secret.error);
            qCWarning(lcStore).noquote() << record.secretError;
        }
    }
    return records;
}

std::optional<qint64> ServiceStore::insert(const ServiceConfig &config, bool desiredRunning,
                                          const std::optional<AlarmOverrides> &alarms)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    StoreTransaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO services (kind, name, config, desired_running, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    const QString now = nowText();
    query.addBindValue(toWire(config.kind));
    query.addBindValue(config.serviceName);
    query.addBindValue(configJson(config));
    query.addBindValue(desiredRunning ? 1 : 0);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!transaction.isOpen() || !query.exec()) {
        fail(tr("Cannot save the service in %1: %2").arg(m_filePath, query.lastError().text()));
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (alarms && !writeAlarmOverrides(id, *alarms))
        return std::nullopt;
    QString key;
    if (!config.passPhrase.isEmpty()) {
        // The passphrase is stored before the row is committed: an acknowledged service
        // always has its passphrase. The transaction rolls back if it cannot be stored.
        key = secretKey(config.kind, id);
        if (!m_secrets->write(key, config.passPhrase.toUtf8())) {
            fail(tr("The service was not saved: its passphrase could not be stored. %1").arg(m_secrets->errorString()));
            return std::nullopt;
        }
        QSqlQuery reference(db);
        reference.prepare(QStringLiteral("UPDATE services SET passphrase_secret = COALESCE(?, '') WHERE id = ?"));
        reference.addBindValue(key);
        reference.addBindValue(id);
        if (!reference.exec()) {
            fail(tr("Cannot save the service in %1: %2").arg(m_filePath, reference.lastError().text()));
            m_secrets->remove(key);
            return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        fail(tr("Cannot save the service in %1: %2").arg(m_filePath, db.lastError().text()));
        if (!key.isEmpty())
            m_secrets->remove(key);
        return std::nullopt;
    }
    return id;
}

bool ServiceStore::update(const ServiceConfig &config, const std::optional<AlarmOverrides> &alarms)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    StoreTransaction transaction(db);
    QString oldKey;
    {
        QSqlQuery current(db);
        current.prepare(QStringLiteral("SELECT passphrase_secret FROM services WHERE id = ? AND kind = ?"));
        current.addBindValue(config.id);
        current.addBindValue(toWire(config.kind));
        if (!transaction.isOpen() || !current.exec())
            return fail(tr("Cannot save service %1 in %2: %3").arg(config.id).arg(m_filePath, current.lastError().text()));
        if (!current.next())
            return fail(tr("Service %1 is not in %2.").arg(config.id).arg(m_filePath));
        oldKey = current.value(0).toString();
    }
    const QString key = config.passPhrase.isEmpty() ? QString() : secretKey(config.kind, config.id);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE services SET name = ?, config = ?, passphrase_secret = COALESCE(?, ''), updated_at = ? WHERE id = ? AND kind = ?"));
    query.addBindValue(config.serviceName);
    query.addBindValue(configJson(config));
    query.addBindValue(key);
    query.addBindValue(nowText());
    query.addBindValue(config.id);
    query.addBindValue(toWire(config.kind));
    if (!query.exec())
        return fail(tr("Cannot save service %1 in %2: %3").arg(config.id).arg(m_filePath, query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return fail(tr("Service %1 is not in %2.").arg(config.id).arg(m_filePath));
    if (alarms && !writeAlarmOverrides(config.id, *alarms))
        return false;

    // The new passphrase is stored before the commit; the previous one is kept in memory to
    // put it back if the commit fails. An unchanged passphrase is not written again.
    SecretStore::ReadResult previous;
    previous.status = SecretStore::ReadResult::Status::NotFound;
    bool written = false;
    if (!key.isEmpty()) {
        if (oldKey == key)
            previous = m_secrets->read(key);
        const QByteArray secret = config.passPhrase.toUtf8();
        if (!previous.found() || previous.data != secret) {
            if (!m_secrets->write(key, secret)) {
                return fail(tr("Service %1 was not saved: its passphrase could not be stored. %2")
                                .arg(config.id)
                                .arg(m_secrets->errorString()));
            }
            written = true;
        }
    }
    if (!transaction.commit()) {
        const QString reason = db.lastError().text();
        if (written) {
            if (previous.found())
                m_secrets->write(key, previous.data);
            else
                m_secrets->remove(key);
        }
        return fail(tr("Cannot save service %1 in %2: %3").arg(config.id).arg(m_filePath, reason));
    }
    if (!oldKey.isEmpty() && oldKey != key && !m_secrets->remove(oldKey)) {
        qCWarning(lcStore).noquote() << "the former passphrase of service" << config.id
                                     << "could not be deleted from the secret store:" << m_secrets->errorString();
    }
    return true;
}

bool ServiceStore::remove(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    StoreTransaction transaction(db);
    QString key;
    {
        QSqlQuery current(db);
        current.prepare(QStringLiteral("SELECT passphrase_secret FROM services WHERE id = ?"));
        current.addBindValue(id);
        if (transaction.isOpen() && current.exec() && current.next())
            key = current.value(0).toString();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM services WHERE id = ?"));
    query.addBindValue(id);
    if (!transaction.isOpen() || !query.exec())
        return fail(tr("Cannot delete service %1 from %2: %3").arg(id).arg(m_filePath, query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return fail(tr("Service %1 is not in %2.").arg(id).arg(m_filePath));
    if (!transaction.commit())
        return fail(tr("Cannot delete service %1 from %2: %3").arg(id).arg(m_filePath, db.lastError().text()));
    // After the commit: the row no longer points to it. A failure leaves an unused entry.
    if (!key.isEmpty() && !m_secrets->remove(key)) {
        qCWarning(lcStore).noquote() << "the passphrase of deleted service" << id
                                     << "could not be deleted from the secret store:" << m_secrets->errorString();
    }
    return true;
}

bool ServiceStore::setDesiredRunning(qint64 id, bool running)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    StoreTransaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE services SET desired_running = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(running ? 1 : 0);
    query.addBindValue(nowText());
    query.addBindValue(id);
    if (!transaction.isOpen() || !query.exec())
        return fail(tr("Cannot save the state of service %1 in %2: %3").arg(id).arg(m_filePath, query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return fail(tr("Service %1 is not in %2.").arg(id).arg(m_filePath));
    if (!transaction.commit())
        return fail(tr("Cannot save the state of service %1 in %2: %3").arg(id).arg(m_filePath, db.lastError().text()));
    return true;
}

// Within the caller's transaction. No overrides, no row.
bool ServiceStore::writeAlarmOverrides(qint64 id, const AlarmOverrides &alarms)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (alarms.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM service_alarms WHERE service_id = ?"));
        query.addBindValue(id);
    } else {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO service_alarms (service_id, overrides) VALUES (?, ?)"));
        query.addBindValue(id);
        query.addBindValue(AlarmRulesJson::toStored(alarms));
    }
    if (!query.exec())
        return fail(tr("Cannot save the alarm settings of service %1 in %2: %3").arg(id).arg(m_filePath, query.lastError().text()));
    return true;
}

bool ServiceStore::readAlarmOverrides(QHash<qint64, AlarmOverrides> *out)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT service_id, overrides FROM service_alarms")))
        return fail(tr("Cannot read the alarm settings from %1: %2").arg(m_filePath, query.lastError().text()));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const auto overrides = AlarmRulesJson::overridesFromStored(query.value(1).toString());
        if (!overrides)
            return fail(tr("The alarm settings of service %1 in %2 cannot be read.").arg(id).arg(m_filePath));
        out->insert(id, *overrides);
    }
    return true;
}

std::optional<QString> ServiceStore::setting(const QString &key)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        fail(tr("Cannot read the setting %1 from %2: %3").arg(key, m_filePath, query.lastError().text()));
        return std::nullopt;
    }
    m_error.clear();
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool ServiceStore::setSetting(const QString &key, const QString &value)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    StoreTransaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!transaction.isOpen() || !query.exec())
        return fail(tr("Cannot save the setting %1 in %2: %3").arg(key, m_filePath, query.lastError().text()));
    if (!transaction.commit())
        return fail(tr("Cannot save the setting %1 in %2: %3").arg(key, m_filePath, db.lastError().text()));
    return true;
}

} // namespace srtdesk
