// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceStore and DataDirLock on real SQLite files in temporary directories.
#include "core/secrets/SecretStore.h"
#include "core/store/DataDirLock.h"
#include "core/store/ServiceStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk;

namespace {

ServiceConfig rx(const QString &name, int port = 7005)
{
    ServiceConfig c = ServiceConfig::defaults(ServiceKind::Rx);
    c.serviceName = name;
    c.peerIp = QStringLiteral("127.0.0.1");
    c.listenPort = port;
    c.udpAddress = QStringLiteral("239.1.1.1:5000");
    c.passPhrase = QStringLiteral("a passphrase with spaces ");
    c.fec = true;
    c.fecLayout = FecLayout::Even;
    c.fecArq = FecArq::Never;
    return c;
}

ServiceConfig tx(const QString &name)
{
    ServiceConfig c = ServiceConfig::defaults(ServiceKind::Tx);
    c.serviceName = name;
    c.listenPort = 9001;
    c.udpAddress = QStringLiteral("0.0.0.0:5000");
    c.inputBw = 6000;
    c.overHead = 30;
    return c;
}

// Every byte of the database and of its WAL, as a thief of the disk would read them.
QByteArray databaseBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

// Runs SQL on a file through a connection of the test's own, as another program would.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path) : m_name(QStringLiteral("raw-") + QString::number(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("raw open failed");
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlQuery exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql))
            qWarning() << sql << query.lastError().text();
        return query;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query = exec(sql);
        return query.next() ? query.value(0) : QVariant();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

// A file's schema as a sorted list: each table's columns (name, type, NOT NULL, key) and
// indexes (name, unique, columns). Column order and defaults are left out: an upgraded file
// has its added columns last, with the defaults that ALTER TABLE needed.
QStringList schemaOf(const QString &path)
{
    RawDatabase raw(path);
    QStringList tables;
    QSqlQuery tableQuery = raw.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (tableQuery.next())
        tables.append(tableQuery.value(0).toString());
    QStringList schema;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery columns = raw.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (columns.next()) {
            schema.append(QStringLiteral("column %1.%2 %3%4%5")
                              .arg(table, columns.value(1).toString(), columns.value(2).toString(),
                                   columns.value(3).toInt() ? QStringLiteral(" NOT NULL") : QString(),
                                   columns.value(5).toInt() ? QStringLiteral(" PRIMARY KEY") : QString()));
        }
        QSqlQuery indexes = raw.exec(QStringLiteral("PRAGMA index_list(%1)").arg(table));
        while (indexes.next()) {
            const QString index = indexes.value(1).toString();
            QStringList indexColumns;
            QSqlQuery info = raw.exec(QStringLiteral("PRAGMA index_info(%1)").arg(index));
            while (info.next())
                indexColumns.append(info.value(2).toString());
            schema.append(QStringLiteral("index %1.%2%3 (%4)")
                              .arg(table, index, indexes.value(2).toInt() ? QStringLiteral(" UNIQUE") : QString(),
                                   indexColumns.join(QStringLiteral(", "))));
        }
    }
    schema.sort();
    return schema;
}

// Schema 1 as the first release wrote it: no desired state, no updated_at.
void writeVersion1File(const QString &path)
{
    RawDatabase raw(path);
    raw.exec(QStringLiteral("CREATE TABLE services (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL "
                            "CHECK (kind IN ('rx', 'tx')), name TEXT NOT NULL, config TEXT NOT NULL, "
                            "created_at TEXT NOT NULL)"));
    raw.exec(QStringLiteral("PRAGMA user_version=1"));
}

} // namespace

class TestServiceStore : public QObject
{
    Q_OBJECT

private slots:
    void createsVersionedWalDatabase();
    void crudSurvivesReopen();
    void idsAreNeverReused();
    void desiredRunningPersists();
    void alarmOverridesAndSettingsPersist();
    void updateAndRemoveOfUnknownIdFail();
    void duplicateNameRefusedByTheSchemaToo();
    void migratesVersion1();
    void passphrasesStayOutOfTheDatabase();
    void migratesVersion2PassphrasesToTheSecretStore();
    void newAndUpgradedFilesHaveTheSameSchema();
    void failedUpgradeLeavesTheFileAsItWas();
    void refusesCorruptFile();
    void refusesNewerSchema();
    void reportsLockedDatabase();
    void reportsUncreatableDirectory();
    void secondOwnerOfDataDirIsRefused();
    void secondProcessIsRefused();
    void newDataDirIsPrivate();
};

void TestServiceStore::createsVersionedWalDatabase()
{
    QTemporaryDir dir;
    ServiceStore store;
    QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), ServiceStore::kSchemaVersion);
    QVERIFY(QFile::exists(dir.filePath(ServiceStore::kFileName)));
    RawDatabase raw(store.filePath());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestServiceStore::crudSurvivesReopen()
{
    QTemporaryDir dir;
    qint64 rxId = 0;
    qint64 txId = 0;
    ServiceConfig changed = rx(QStringLiteral("changed"));
    {
        ServiceStore store;
        QVERIFY(store.open(dir.path()));
        rxId = store.insert(rx(QStringLiteral("first")), false).value_or(0);
        txId = store.insert(tx(QStringLiteral("second")), true).value_or(0);
        QVERIFY(rxId > 0 && txId > rxId);
        changed.id = rxId;
        changed.latency = 900;
        changed.ttl = 7;
        QVERIFY(store.update(changed));
    }
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    const auto records = store.loadAll();
    QVERIFY(records);
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(0).config, changed);
    QCOMPARE(records->at(0).config.passPhrase, QStringLiteral("a passphrase with spaces "));
    QCOMPARE(records->at(0).desiredRunning, false);
    ServiceConfig expectedTx = tx(QStringLiteral("second"));
    expectedTx.id = txId;
    QCOMPARE(records->at(1).config, expectedTx);
    QCOMPARE(records->at(1).desiredRunning, true);

    QVERIFY(store.remove(rxId));
    store.close();
    QVERIFY(store.open(dir.path()));
    QCOMPARE(store.loadAll()->size(), 1);
    QCOMPARE(store.loadAll()->first().config.id, txId);
}

void TestServiceStore::idsAreNeverReused()
{
    QTemporaryDir dir;
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    const qint64 a = *store.insert(rx(QStringLiteral("a")), false);
    const qint64 b = *store.insert(rx(QStringLiteral("b")), false);
    QVERIFY(store.remove(b));
    QVERIFY(store.remove(a));
    store.close();
    QVERIFY(store.open(dir.path()));
    const qint64 c = *store.insert(rx(QStringLiteral("c")), false);
    QVERIFY2(c > b, qPrintable(QStringLiteral("%1 after %2").arg(c).arg(b)));
}

void TestServiceStore::alarmOverridesAndSettingsPersist()
{
    QTemporaryDir dir;
    AlarmOverrides overrides;
    overrides.rule(AlarmType::Rtt).threshold = 120;
    overrides.rule(AlarmType::NoInput).enabled = false;
    qint64 withRules = 0;
    qint64 without = 0;
    {
        ServiceStore store;
        QVERIFY(store.open(dir.path()));
        withRules = *store.insert(rx(QStringLiteral("with rules")), false, overrides);
        without = *store.insert(tx(QStringLiteral("without")), false);
        ServiceConfig renamed = tx(QStringLiteral("renamed"));
        renamed.id = without;
        QVERIFY(store.update(renamed)); // nullopt: overrides untouched
        QVERIFY(!store.setting(QStringLiteral("alarm_rules")).has_value());
        QVERIFY(store.setSetting(QStringLiteral("alarm_rules"), QStringLiteral("{\"rtt\": {}}")));
        QVERIFY(store.setSetting(QStringLiteral("alarm_rules"), QStringLiteral("{}")));
    }
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    auto records = store.loadAll();
    QVERIFY(records && records->size() == 2);
    QVERIFY(records->at(0).alarms == overrides);
    QVERIFY(records->at(1).alarms.isEmpty());
    QCOMPARE(*store.setting(QStringLiteral("alarm_rules")), QStringLiteral("{}"));

    // Replaced, then cleared by an update; deleted with the service.
    ServiceConfig config = records->at(0).config;
    AlarmOverrides other;
    other.rule(AlarmType::Loss).windowSecs = 30;
    QVERIFY(store.update(config, other));
    QVERIFY(store.loadAll()->at(0).alarms == other);
    QVERIFY(store.update(config, AlarmOverrides{}));
    QVERIFY(store.loadAll()->at(0).alarms.isEmpty());
    QVERIFY(store.update(config, overrides));
    QVERIFY(store.remove(withRules));
    store.close();
    RawDatabase raw(dir.filePath(ServiceStore::kFileName));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM service_alarms")).toInt(), 0);
}

void TestServiceStore::desiredRunningPersists()
{
    QTemporaryDir dir;
    qint64 id = 0;
    {
        ServiceStore store;
        QVERIFY(store.open(dir.path()));
        id = *store.insert(tx(QStringLiteral("t")), false);
        QVERIFY(store.setDesiredRunning(id, true));
    }
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    QCOMPARE(store.loadAll()->first().desiredRunning, true);
    QVERIFY(store.setDesiredRunning(id, false));
    QCOMPARE(store.loadAll()->first().desiredRunning, false);
}

void TestServiceStore::updateAndRemoveOfUnknownIdFail()
{
    QTemporaryDir dir;
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceConfig ghost = rx(QStringLiteral("ghost"));
    ghost.id = 42;
    QVERIFY(!store.update(ghost));
    QVERIFY(store.errorString().contains(QStringLiteral("42")));
    QVERIFY(!store.remove(42));
    QVERIFY(!store.setDesiredRunning(42, true));
    QVERIFY(store.loadAll()->isEmpty());
}

void TestServiceStore::duplicateNameRefusedByTheSchemaToo()
{
    QTemporaryDir dir;
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    QVERIFY(store.insert(rx(QStringLiteral("Main")), false));
    QVERIFY(!store.insert(rx(QStringLiteral("MAIN")), false));
    QVERIFY(!store.errorString().isEmpty());
    QVERIFY(store.insert(tx(QStringLiteral("Main")), false)); // other kind
    QCOMPARE(store.loadAll()->size(), 2);
}

void TestServiceStore::migratesVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(ServiceStore::kFileName);
    {
        // Schema 1 as the first release wrote it: no desired state, no updated_at.
        RawDatabase raw(path);
        raw.exec(QStringLiteral("CREATE TABLE services (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL "
                                "CHECK (kind IN ('rx', 'tx')), name TEXT NOT NULL, config TEXT NOT NULL, "
                                "created_at TEXT NOT NULL)"));
        raw.exec(QStringLiteral(
            "INSERT INTO services (id, kind, name, config, created_at) VALUES (7, 'rx', 'Old', "
            "'{\"ServiceName\": \"Old\", \"Mode\": \"Caller\", \"TxIp\": \"10.1.1.1\", \"ListenPort\": \"7005\", "
            "\"UdpOut\": \"239.1.1.1:5000\", \"FecLayOut\": \"even\"}', '2024-01-01T00:00:00Z')"));
        raw.exec(QStringLiteral("PRAGMA user_version=1"));
    }
    ServiceStore store;
    QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), ServiceStore::kSchemaVersion);
    const auto records = store.loadAll();
    QVERIFY(records);
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().config.id, qint64(7));
    QCOMPARE(records->first().config.serviceName, QStringLiteral("Old"));
    QCOMPARE(records->first().config.listenPort, 7005);
    QCOMPARE(records->first().config.fecLayout, FecLayout::Even);
    QCOMPARE(records->first().desiredRunning, false);
    QVERIFY(store.setDesiredRunning(7, true));
    // New ids continue after the migrated ones.
    QVERIFY(*store.insert(rx(QStringLiteral("New")), false) > 7);
}

void TestServiceStore::passphrasesStayOutOfTheDatabase()
{
    QTemporaryDir dir;
    SecretStore secrets;
    QVERIFY2(secrets.open(dir.path()), qPrintable(secrets.errorString()));
    const QByteArray first("a passphrase with spaces ");
    const QByteArray second("the second passphrase, changed");
    qint64 id = 0;
    {
        ServiceStore store;
        QVERIFY(store.open(dir.path(), secrets));
        id = *store.insert(rx(QStringLiteral("enc")), false);
        QVERIFY(!databaseBytes(store.filePath()).contains(first));
        QCOMPARE(secrets.read(ServiceStore::secretKey(ServiceKind::Rx, id)).data, first);
        RawDatabase raw(store.filePath());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT passphrase_secret FROM services WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("rx/%1").arg(id));
        QVERIFY(!raw.scalar(QStringLiteral("SELECT config FROM services")).toString().contains(QStringLiteral("PassPhrase")));

        ServiceConfig changed = rx(QStringLiteral("enc"));
        changed.id = id;
        changed.passPhrase = QString::fromUtf8(second);
        QVERIFY(store.update(changed));
        QCOMPARE(secrets.read(ServiceStore::secretKey(ServiceKind::Rx, id)).data, second);
        const QByteArray bytes = databaseBytes(store.filePath());
        QVERIFY(!bytes.contains(first));
        QVERIFY(!bytes.contains(second));
    }
    {
        ServiceStore store;
        QVERIFY(store.open(dir.path(), secrets));
        const auto records = store.loadAll();
        QVERIFY(records);
        QCOMPARE(records->first().config.passPhrase, QString::fromUtf8(second));
        QVERIFY(records->first().secretError.isEmpty());

        // No passphrase any more: the entry goes from the secret store too.
        ServiceConfig clear = records->first().config;
        clear.passPhrase.clear();
        QVERIFY(store.update(clear));
        QCOMPARE(secrets.read(ServiceStore::secretKey(ServiceKind::Rx, id)).status,
                 SecretStore::ReadResult::Status::NotFound);
        clear.passPhrase = QString::fromUtf8(first);
        QVERIFY(store.update(clear));
        QVERIFY(store.remove(id));
        QCOMPARE(secrets.read(ServiceStore::secretKey(ServiceKind::Rx, id)).status,
                 SecretStore::ReadResult::Status::NotFound);
    }
    {
        // A passphrase that vanished from the secret store is reported, never replaced by none.
        ServiceStore store;
        QVERIFY(store.open(dir.path(), secrets));
        const qint64 lost = *store.insert(rx(QStringLiteral("lost"), 7010), false);
        QVERIFY(secrets.remove(ServiceStore::secretKey(ServiceKind::Rx, lost)));
        const auto records = store.loadAll();
        QVERIFY(records);
        QCOMPARE(records->size(), 1);
        QVERIFY(records->first().config.passPhrase.isEmpty());
        QVERIFY2(records->first().secretError.contains(QStringLiteral("not in the")),
                 qPrintable(records->first().secretError));
        QVERIFY(store.remove(lost));
    }
}

// Schema 2 kept passphrases in clear in the config JSON: they move to the secret store, and
// no byte of them stays in the file or its WAL (VACUUM, checkpoint).
void TestServiceStore::migratesVersion2PassphrasesToTheSecretStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(ServiceStore::kFileName);
    const QByteArray clear("clear-text-passphrase-of-schema-2");
    {
        RawDatabase raw(path);
        raw.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        raw.exec(QStringLiteral("CREATE TABLE services (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL "
                                "CHECK (kind IN ('rx', 'tx')), name TEXT NOT NULL, config TEXT NOT NULL, "
                                "desired_running INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, "
                                "updated_at TEXT NOT NULL)"));
        raw.exec(QStringLiteral("CREATE UNIQUE INDEX services_kind_name ON services (kind, name COLLATE NOCASE)"));
        for (int i = 0; i < 50; ++i) {
            // Deleted rows leave the passphrase in free pages unless the file is rebuilt.
            raw.exec(QStringLiteral("INSERT INTO services (kind, name, config, created_at, updated_at) VALUES ('tx', "
                                    "'gone%1', '{\"ServiceName\": \"gone%1\", \"PassPhrase\": \"%2\", "
                                    "\"Padding\": \"%3\"}', 'x', 'x')")
                         .arg(i)
                         .arg(QString::fromLatin1(clear), QString(400, QLatin1Char('p'))));
        }
        raw.exec(QStringLiteral("DELETE FROM services"));
        raw.exec(QStringLiteral(
            "INSERT INTO services (id, kind, name, config, desired_running, created_at, updated_at) VALUES (60, 'rx', "
            "'Old', '{\"ServiceName\": \"Old\", \"Mode\": \"Listener\", \"ListenPort\": \"7005\", "
            "\"UdpOut\": \"239.1.1.1:5000\", \"PassPhrase\": \"clear-text-passphrase-of-schema-2\", "
            "\"PbKeyLen\": \"32\"}', 1, 'x', 'x')"));
        raw.exec(QStringLiteral(
            "INSERT INTO services (id, kind, name, config, created_at, updated_at) VALUES (61, 'tx', 'Plain', "
            "'{\"ServiceName\": \"Plain\", \"ListenPort\": \"9001\", \"UdpIn\": \"0.0.0.0:5000\", "
            "\"PassPhrase\": \"\"}', 'x', 'x')"));
        raw.exec(QStringLiteral("PRAGMA user_version=2"));
    }
    QVERIFY(databaseBytes(path).contains(clear));

    SecretStore secrets;
    QVERIFY(secrets.open(dir.path()));
    {
        ServiceStore store;
        QVERIFY2(store.open(dir.path(), secrets), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), ServiceStore::kSchemaVersion);
        QVERIFY2(!databaseBytes(path).contains(clear), "a passphrase stayed in the database file or its WAL");
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), qint64(0));
        QCOMPARE(secrets.read(QStringLiteral("rx/60")).data, clear);
        QCOMPARE(secrets.read(QStringLiteral("tx/61")).status, SecretStore::ReadResult::Status::NotFound);
        const auto records = store.loadAll();
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).config.passPhrase, QString::fromLatin1(clear));
        QCOMPARE(records->at(0).config.pbKeyLen, 32);
        QCOMPARE(records->at(0).desiredRunning, true);
        QVERIFY(records->at(1).config.passPhrase.isEmpty());
    }
    QVERIFY(!databaseBytes(path).contains(clear));
    QVERIFY(secrets.remove(QStringLiteral("rx/60")));
}

// A new file starts from the baseline schema and an old one takes every step: both must end
// with the same tables, or a step (or the baseline) was written for one path only.
void TestServiceStore::newAndUpgradedFilesHaveTheSameSchema()
{
    QTemporaryDir fresh;
    QTemporaryDir old;
    writeVersion1File(old.filePath(ServiceStore::kFileName));
    for (const QTemporaryDir *dir : {&fresh, &old}) {
        ServiceStore store;
        QVERIFY2(store.open(dir->path()), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), ServiceStore::kSchemaVersion);
    }
    const QStringList freshSchema = schemaOf(fresh.filePath(ServiceStore::kFileName));
    QVERIFY(freshSchema.contains(QStringLiteral("column services.passphrase_secret TEXT NOT NULL")));
    QVERIFY(freshSchema.contains(QStringLiteral("index services.services_kind_name UNIQUE (kind, name)")));
    QCOMPARE(schemaOf(old.filePath(ServiceStore::kFileName)), freshSchema);
}

// Every step runs in one transaction: a row that one step cannot read undoes the whole upgrade.
void TestServiceStore::failedUpgradeLeavesTheFileAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(ServiceStore::kFileName);
    writeVersion1File(path);
    {
        RawDatabase raw(path);
        raw.exec(QStringLiteral("INSERT INTO services (id, kind, name, config, created_at) VALUES (5, 'rx', 'Broken', "
                                "'{not json', '2024-01-01T00:00:00Z')"));
    }
    const QStringList before = schemaOf(path);

    ServiceStore store;
    QVERIFY(!store.open(dir.path()));
    QVERIFY2(store.errorString().contains(QStringLiteral("from schema 1 to %1").arg(ServiceStore::kSchemaVersion)),
             qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(QStringLiteral("service 5 cannot be read")), qPrintable(store.errorString()));
    QVERIFY(!store.isOpen());

    QCOMPARE(schemaOf(path), before);
    RawDatabase raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT config FROM services WHERE id = 5")).toString(), QStringLiteral("{not json"));
}

void TestServiceStore::refusesCorruptFile()
{
    QTemporaryDir dir;
    {
        ServiceStore store;
        QVERIFY(store.open(dir.path()));
        for (int i = 0; i < 50; ++i)
            QVERIFY(store.insert(rx(QStringLiteral("svc%1").arg(i), 1000 + i), false));
    }
    const QString path = dir.filePath(ServiceStore::kFileName);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 4096);
    // Scribble over everything after the header page.
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char((i * 37) & 0xff);
    file.seek(0);
    file.write(bytes);
    file.close();

    ServiceStore store;
    QVERIFY(!store.open(dir.path()));
    QVERIFY2(store.errorString().contains(QStringLiteral("damaged")), qPrintable(store.errorString()));
    QVERIFY(!store.isOpen());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes); // left untouched

    // A file that is not SQLite at all.
    QTemporaryDir other;
    QFile junk(other.filePath(ServiceStore::kFileName));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'x'));
    junk.close();
    QVERIFY(!store.open(other.path()));
    QVERIFY2(store.errorString().contains(QStringLiteral("damaged")), qPrintable(store.errorString()));
}

void TestServiceStore::refusesNewerSchema()
{
    QTemporaryDir dir;
    {
        ServiceStore store;
        QVERIFY(store.open(dir.path()));
    }
    {
        RawDatabase raw(dir.filePath(ServiceStore::kFileName));
        raw.exec(QStringLiteral("PRAGMA user_version=99"));
    }
    ServiceStore store;
    QVERIFY(!store.open(dir.path()));
    QVERIFY2(store.errorString().contains(QStringLiteral("newer")), qPrintable(store.errorString()));
}

void TestServiceStore::reportsLockedDatabase()
{
    QTemporaryDir dir;
    {
        ServiceStore store;
        QVERIFY(store.open(dir.path()));
        QVERIFY(store.insert(rx(QStringLiteral("a")), false));
    }
    RawDatabase holder(dir.filePath(ServiceStore::kFileName));
    holder.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"));
    holder.exec(QStringLiteral("BEGIN EXCLUSIVE"));
    holder.exec(QStringLiteral("UPDATE services SET name = name"));

    ServiceStore store;
    QVERIFY(!store.open(dir.path()));
    QVERIFY2(store.errorString().contains(QStringLiteral("locked")), qPrintable(store.errorString()));
    holder.exec(QStringLiteral("COMMIT"));
}

void TestServiceStore::reportsUncreatableDirectory()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ServiceStore store;
    QVERIFY(!store.open(dir.filePath(QStringLiteral("file/sub"))));
    QVERIFY2(store.errorString().contains(QStringLiteral("Cannot create")), qPrintable(store.errorString()));
}

void TestServiceStore::secondOwnerOfDataDirIsRefused()
{
    QTemporaryDir dir;
    DataDirLock first;
    QVERIFY2(first.acquire(dir.path()), qPrintable(first.errorString()));
    DataDirLock second;
    QVERIFY(!second.acquire(dir.path()));
    QVERIFY2(second.errorString().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(second.errorString()));
    first.release();
    QVERIFY2(second.acquire(dir.path()), qPrintable(second.errorString()));
}

void TestServiceStore::secondProcessIsRefused()
{
    // The lock is held by another process: flock-based, visible across processes.
    QTemporaryDir dir;
    QProcess holder;
    holder.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import fcntl,os,socket,sys,time\n"
                                 "p=sys.argv[1]+'/srtdesk.lock'\n"
                                 "f=open(p,'w'); f.write('%d\\nholder\\n%s\\n' % (os.getpid(), socket.gethostname())); f.flush()\n"
                                 "fcntl.flock(f, fcntl.LOCK_EX)\n"
                                 "print('locked', flush=True); time.sleep(30)\n"),
                  dir.path()});
    QVERIFY(holder.waitForReadyRead(10000));
    DataDirLock lock;
    QVERIFY(!lock.acquire(dir.path()));
    QVERIFY2(lock.errorString().contains(QString::number(holder.processId())), qPrintable(lock.errorString()));
    holder.kill();
    holder.waitForFinished();
    QVERIFY2(lock.acquire(dir.path()), qPrintable(lock.errorString())); // stale once its owner is gone
}

void TestServiceStore::newDataDirIsPrivate()
{
    QTemporaryDir parent;
    const QString dataDir = parent.filePath(QStringLiteral("fresh"));
    DataDirLock lock;
    QVERIFY(lock.acquire(dataDir));
    QCOMPARE(QFile::permissions(dataDir) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    QVERIFY(QFile::permissions(dataDir) & QFileDevice::WriteOwner);
}

QTEST_GUILESS_MAIN(TestServiceStore)
#include "TestServiceStore.moc"
