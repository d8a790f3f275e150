// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail on real SQLite files: what AuditTrail records survives a reopen, is queried by
// time and user, is pruned like events, and an older history file (schema 1) gains the table
// without losing its events. What changed is taken from the field table, secrets only as
// "changed".
#include "core/audit/AuditTrail.h"
#include "core/model/AuditChanges.h"
#include "core/model/ServiceFields.h"
#include "core/store/HistorySchema.h"
#include "core/store/HistoryStore.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk;

namespace {

HistoryStore::Options quietOptions()
{
    HistoryStore::Options options;
    options.flushIntervalMs = 200;
    return options;
}

const AuditChange *changeOf(const QList<AuditChange> &changes, const QString &field)
{
    for (const AuditChange &change : changes) {
        if (change.field == field)
            return &change;
    }
    return nullptr;
}

QByteArray fileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void serviceChangesFromTheFieldTable();
    void rulesWebhooksAndUsers();
    void entriesSurviveReopenAndFilter();
    void retentionLikeEvents();
    void schemaOneFileGainsTheAuditTable();
};

void TestAuditTrail::serviceChangesFromTheFieldTable()
{
    ServiceConfig before = ServiceFields::defaults(ServiceKind::Rx);
    before.id = 7;
    before.serviceName = QStringLiteral("Studio");
    before.latency = 120;
    before.passPhrase = QStringLiteral("old-secret-passphrase");
    ServiceConfig after = before;
    after.latency = 900;
    after.mode = SrtMode::Listener;
    after.passPhrase = QStringLiteral("new-secret-passphrase");

    const QList<AuditChange> changes = AuditChanges::service(before, after);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(*changeOf(changes, QStringLiteral("Latency")),
             (AuditChange{QStringLiteral("Latency"), QStringLiteral("120"), QStringLiteral("900")}));
    QCOMPARE(*changeOf(changes, QStringLiteral("Mode")),
             (AuditChange{QStringLiteral("Mode"), QStringLiteral("caller"), QStringLiteral("listener")}));
    QCOMPARE(*changeOf(changes, QStringLiteral("PassPhrase")),
             (AuditChange{QStringLiteral("PassPhrase"), QString(), AuditChanges::kChanged}));

    // Added: every field with a value, the passphrase only as changed; deleted: the other way.
    const QList<AuditChange> added = AuditChanges::service(std::nullopt, before);
    QCOMPARE(changeOf(added, QStringLiteral("ServiceName"))->newValue, QStringLiteral("Studio"));
    QCOMPARE(changeOf(added, QStringLiteral("PassPhrase"))->newValue, AuditChanges::kChanged);
    const QList<AuditChange> deleted = AuditChanges::service(before, std::nullopt);
    QCOMPARE(changeOf(deleted, QStringLiteral("ServiceName"))->oldValue, QStringLiteral("Studio"));
    QCOMPARE(changeOf(deleted, QStringLiteral("PassPhrase"))->newValue, AuditChanges::kRemoved);
    // Nothing changed: nothing listed; a secret never appears in any of them.
    QVERIFY(AuditChanges::service(before, before).isEmpty());
    for (const QList<AuditChange> &list : {changes, added, deleted}) {
        for (const AuditChange &change : list) {
            QVERIFY(!change.oldValue.contains(QStringLiteral("secret-passphrase")));
            QVERIFY(!change.newValue.contains(QStringLiteral("secret-passphrase")));
        }
    }
}

void TestAuditTrail::rulesWebhooksAndUsers()
{
    const AlarmRules rules = AlarmRules::defaults();
    AlarmRules changed = rules;
    changed.rule(AlarmType::Rtt).threshold = rules.rule(AlarmType::Rtt).threshold + 50;
    const QList<AuditChange> ruleChanges = AuditChanges::rules(rules, changed);
    QCOMPARE(ruleChanges.size(), 1);
    QCOMPARE(ruleChanges.first().field, QStringLiteral("rtt.Threshold"));
    QCOMPARE(ruleChanges.first().newValue.toDouble(), changed.rule(AlarmType::Rtt).threshold);

    const QList<Webhook> before{{QStringLiteral("https://a.example/h"), QStringLiteral("first-webhook-secret")},
                                {QStringLiteral("https://b.example/h"), QStringLiteral("second-webhook-secret")}};
    const QList<Webhook> after{{QStringLiteral("https://a.example/h"), QStringLiteral("third-webhook-secret")},
                               {QStringLiteral("https://user:pw@c.example/h"), QStringLiteral("fourth-webhook-secret")}};
    const QList<AuditChange> hooks = AuditChanges::webhooks(before, after);
    QCOMPARE(hooks.size(), 3);
    QCOMPARE(*changeOf(hooks, QStringLiteral("https://a.example/h.Secret")),
             (AuditChange{QStringLiteral("https://a.example/h.Secret"), QString(), AuditChanges::kChanged}));
    QCOMPARE(changeOf(hooks, QStringLiteral("https://c.example/h"))->newValue, AuditChanges::kAdded); // no user info
    QCOMPARE(changeOf(hooks, QStringLiteral("https://b.example/h"))->newValue, AuditChanges::kRemoved);

    const QList<AuditChange> user = AuditChanges::user(UserRole::Operator, UserRole::Admin, true);
    QCOMPARE(user, (QList<AuditChange>{{QStringLiteral("Role"), QStringLiteral("operator"), QStringLiteral("admin")},
                                       {QStringLiteral("Password"), QString(), AuditChanges::kChanged}}));
}

void TestAuditTrail::entriesSurviveReopenAndFilter()
{
    QTemporaryDir dir;
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    {
        HistoryStore history(quietOptions());
        QVERIFY(history.open(dir.path()));
        AuditTrail audit(history);
        ServiceConfig config = ServiceFields::defaults(ServiceKind::Tx);
        config.id = 3;
        config.serviceName = QStringLiteral("Playout");
        config.passPhrase = QStringLiteral("a-passphrase-nobody-sees");
        audit.recordService(AuditAction::ServiceAdded, {QStringLiteral("alice"), QStringLiteral("192.0.2.7")},
                            std::nullopt, config);
        audit.record({QStringLiteral("bob"), QStringLiteral("::1")}, AuditAction::LoginSucceeded, QStringLiteral("user bob"));
        audit.recordCallerKicked(AuditTrail::Actor::local(), config, QStringLiteral("198.51.100.4:4000"));
        // Read while they may still wait for the writer, then after it wrote them.
        QCOMPARE(audit.query(-1, {}, 10).size(), 3);
        QVERIFY(history.flush());
        QCOMPARE(audit.query(-1, {}, 10).size(), 3);
    }
    HistoryStore reopened(quietOptions());
    QVERIFY(reopened.open(dir.path()));
    AuditTrail audit(reopened);
    const QList<AuditEntry> all = audit.query(-1, {}, 10);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).id, 1);
    QCOMPARE(all.at(0).user, QStringLiteral("alice"));
    QCOMPARE(all.at(0).source, QStringLiteral("192.0.2.7"));
    QCOMPARE(all.at(0).action, AuditAction::ServiceAdded);
    QCOMPARE(all.at(0).target, QStringLiteral("tx 3 Playout"));
    QVERIFY(all.at(0).timeMs >= start);
    QCOMPARE(changeOf(all.at(0).changes, QStringLiteral("PassPhrase"))->newValue, AuditChanges::kChanged);
    QCOMPARE(all.at(2).action, AuditAction::CallerKicked);
    QCOMPARE(all.at(2).source, AuditEntry::kLocalSource);
    QVERIFY(!all.at(2).user.isEmpty());
    // New ids continue after the ones in the file.
    QCOMPARE(audit.record({QStringLiteral("bob"), QStringLiteral("::1")}, AuditAction::TokensRevoked, {}).id, 4);
    QCOMPARE(audit.query(-1, QStringLiteral("bob"), 10).size(), 2);
    QCOMPARE(audit.query(-1, QStringLiteral("bob"), 1).first().id, 4); // the latest one
    QCOMPARE(audit.query(start, QStringLiteral("bob"), 1).first().id, 2); // the first since
    QVERIFY(audit.query(QDateTime::currentMSecsSinceEpoch() + 60000, {}, 10).isEmpty());
    QVERIFY(reopened.flush());
    QVERIFY(!fileBytes(reopened.filePath()).contains("a-passphrase-nobody-sees"));
}

void TestAuditTrail::retentionLikeEvents()
{
    QTemporaryDir dir;
    HistoryStore::Options options = quietOptions();
    options.retention.maxRows = 100;
    options.retention.maxAgeMs = HistoryRetention::kDayMs;
    HistoryStore history(options);
    QVERIFY(history.open(dir.path()));
    AuditTrail audit(history);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 30; ++i) {
        AuditEntry old;
        old.timeMs = now - 2 * HistoryRetention::kDayMs;
        old.user = QStringLiteral("old");
        audit.record(old);
    }
    for (int i = 0; i < 150; ++i)
        audit.record({QStringLiteral("new"), QStringLiteral("127.0.0.1")}, AuditAction::ServiceStarted, QStringLiteral("rx 1 A"));
    QVERIFY(history.flush());
    history.prune();
    const QList<AuditEntry> kept = audit.query(-1, {}, 10000);
    QCOMPARE(kept.size(), 100);
    QCOMPARE(kept.first().id, 81); // the newest 100 of 180
    QVERIFY(audit.query(-1, QStringLiteral("old"), 10000).isEmpty());
}

void TestAuditTrail::schemaOneFileGainsTheAuditTable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(HistoryStore::kFileName);
    {
        // A history file as version 1 wrote it: today's file without the audit table (step 2),
        // holding one event.
        HistoryStore current(quietOptions());
        QVERIFY(current.open(dir.path()));
        EventRecord event;
        event.id = 1;
        event.timeMs = 1000;
        event.type = EventType::ServiceStarted;
        event.serviceId = 4;
        event.serviceName = QStringLiteral("Feed");
        current.addEvent(event);
        QVERIFY(current.flush());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TABLE audit")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    HistoryStore history(quietOptions());
    QVERIFY2(history.open(dir.path()), qPrintable(history.errorString()));
    QCOMPARE(history.events(-1, 10).size(), 1);
    AuditTrail audit(history);
    audit.record({QStringLiteral("alice"), QStringLiteral("127.0.0.1")}, AuditAction::UserAdded, QStringLiteral("user carol"));
    QVERIFY(history.flush());
    QCOMPARE(history.audit(-1, {}, 10).size(), 1);
    history.close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), HistorySchema::kVersion);
        QVERIFY(query.exec(QStringLiteral("SELECT user_name, action FROM audit")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("alice"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("user_added"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
