// SPDX-License-Identifier: GPL-3.0-or-later
// Webhooks against real HTTP receivers on loopback (QTcpServer): signed bodies, retries,
// failures as events without loops, a full queue; and their secrets kept out of SQLite.
#include "core/alarms/EventLog.h"
#include "core/alarms/WebhookDispatcher.h"
#include "core/alarms/WebhookRegistry.h"
#include "core/model/AlarmText.h"
#include "core/model/WebhookJson.h"
#include "core/secrets/SecretStore.h"
#include "core/store/HistoryStore.h"
#include "core/store/ServiceStore.h"
#include "tests/common/IndependentHmac.h"
#include "tests/common/WebhookReceiver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk;
using srtdesk::test::hmacSha256Hex;
using srtdesk::test::WebhookReceiver;

namespace {

const QString kSecret = QStringLiteral("receiver-shared-secret-42");

EventRecord serviceEvent(EventType type)
{
    EventRecord event;
    event.type = type;
    event.serviceId = 3;
    event.kind = ServiceKind::Rx;
    event.serviceName = QStringLiteral("Studio B");
    return event;
}

// Ports of this suite: 39200-39299.
quint16 nextPort()
{
    static quint16 port = 39200;
    return port++;
}

} // namespace

class TestWebhooks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyEventIsPostedSigned();
    void failedDeliveriesAreRetriedWithBackOff();
    void finalFailureIsOneEventAndNeverLoops();
    void refusedConnectionAndPermanentErrors();
    void fullQueueDropsOldestAndSaysSo();
    void secretsStayOutOfTheDatabase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<EventLog> m_events;
};

void TestWebhooks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_history = std::make_unique<HistoryStore>();
    QVERIFY(m_history->open(m_dir->path()));
    m_events = std::make_unique<EventLog>(*m_history);
}

void TestWebhooks::cleanup()
{
    m_events.reset();
    m_history.reset();
    m_dir.reset();
}

void TestWebhooks::everyEventIsPostedSigned()
{
    WebhookReceiver first;
    WebhookReceiver second;
    QVERIFY(first.listen(nextPort()));
    QVERIFY(second.listen(nextPort()));
    WebhookDispatcher dispatcher(*m_events);
    const QString otherSecret = QStringLiteral("another-secret-for-two");
    dispatcher.setWebhooks({{first.url(), kSecret}, {second.url(QStringLiteral("/b")), otherSecret}});
    QSignalSpy delivered(&dispatcher, &WebhookDispatcher::delivered);

    const EventRecord added = m_events->record(serviceEvent(EventType::ServiceAdded));
    const EventRecord started = m_events->record(serviceEvent(EventType::ServiceStarted));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 4, 10000);
    QCOMPARE(first.requests().size(), 2);
    QCOMPARE(second.requests().size(), 2);
    for (const WebhookReceiver *receiver : {&first, &second}) {
        const QString secret = receiver == &first ? kSecret : otherSecret;
        for (const WebhookReceiver::Request &request : receiver->requests()) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
            QCOMPARE(request.headers.value("x-srtdesk-signature"), "sha256=" + hmacSha256Hex(request.body, secret.toUtf8()));
        }
    }
    // In event order, the API's JSON of each event.
    const QJsonObject body = QJsonDocument::fromJson(first.requests().at(0).body).object();
    QCOMPARE(body.value(QStringLiteral("Id")).toInteger(), added.id);
    QCOMPARE(body.value(QStringLiteral("Type")).toString(), QStringLiteral("service_added"));
    QCOMPARE(body.value(QStringLiteral("ServiceName")).toString(), QStringLiteral("Studio B"));
    QCOMPARE(body.value(QStringLiteral("Message")).toString(), QStringLiteral("Service added."));
    QCOMPARE(QJsonDocument::fromJson(first.requests().at(1).body).object().value(QStringLiteral("Id")).toInteger(),
             started.id);
    QCOMPARE(first.requests().at(0).path, QByteArray("/hook"));
    QCOMPARE(second.requests().at(0).path, QByteArray("/b"));
    // A wrong secret does not verify.
    QVERIFY(first.requests().at(0).headers.value("x-srtdesk-signature")
            != "sha256=" + hmacSha256Hex(first.requests().at(0).body, otherSecret.toUtf8()));
}

void TestWebhooks::failedDeliveriesAreRetriedWithBackOff()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.listen(nextPort()));
    receiver.answerNext({503, 500, 429});
    WebhookDispatcher::Options options;
    options.retryDelaysMs = {50, 100, 200, 400};
    WebhookDispatcher dispatcher(*m_events, options);
    dispatcher.setWebhooks({{receiver.url(), kSecret}});
    QSignalSpy delivered(&dispatcher, &WebhookDispatcher::delivered);
    QSignalSpy recorded(m_events.get(), &EventLog::eventRecorded);
    m_events->record(serviceEvent(EventType::LinkUp));
    m_events->record(serviceEvent(EventType::LinkDown));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 2, 10000);
    // The first event took four attempts; the second waited behind it (order kept).
    QCOMPARE(receiver.requests().size(), 5);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(receiver.requests().at(i).body, receiver.requests().at(0).body);
    QVERIFY(receiver.requests().at(4).body.contains("link_down"));
    QCOMPARE(recorded.count(), 2); // no failure event: it got through in the end
    QCOMPARE(dispatcher.pendingDeliveries(), 0);
}

void TestWebhooks::finalFailureIsOneEventAndNeverLoops()
{
    WebhookReceiver failing;
    QVERIFY(failing.listen(nextPort()));
    failing.setDefaultStatus(500);
    WebhookReceiver healthy;
    QVERIFY(healthy.listen(nextPort()));
    WebhookDispatcher::Options options;
    options.retryDelaysMs = {20, 20};
    WebhookDispatcher dispatcher(*m_events, options);
    dispatcher.setWebhooks({{failing.url(), kSecret}, {healthy.url(), kSecret}});
    QSignalSpy recorded(m_events.get(), &EventLog::eventRecorded);
    m_events->record(serviceEvent(EventType::ServiceStopped));
    // The healthy receiver gets the event, then the failure event about the other one.
    QTRY_COMPARE_WITH_TIMEOUT(healthy.requests().size(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dispatcher.pendingDeliveries(), 0, 10000);
    QTest::qWait(300); // anything further would show up by now
    QCOMPARE(recorded.count(), 2);
    const EventRecord failure = recorded.at(1).at(0).value<EventRecord>();
    QCOMPARE(failure.type, EventType::WebhookFailed);
    QCOMPARE(failure.subject, failing.url());
    QVERIFY2(failure.detail.contains(QLatin1String("500")), qPrintable(failure.detail));
    QCOMPARE(QJsonDocument::fromJson(healthy.requests().at(1).body).object().value(QStringLiteral("Type")).toString(),
             QStringLiteral("webhook_failed"));
    // The failing one tried 3 times for each of the two events, and its failure with the
    // failure event was not reported again.
    QCOMPARE(failing.requests().size(), 6);
    QCOMPARE(m_events->events(-1, 100).size(), 2);
}

void TestWebhooks::refusedConnectionAndPermanentErrors()
{
    QTcpServer closed; // a port that nobody listens on any more
    QVERIFY(closed.listen(QHostAddress::LocalHost, nextPort()));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    WebhookReceiver notFound;
    QVERIFY(notFound.listen(nextPort()));
    notFound.setDefaultStatus(404);
    WebhookDispatcher::Options options;
    options.retryDelaysMs = {20};
    WebhookDispatcher dispatcher(*m_events, options);
    dispatcher.setWebhooks({{QStringLiteral("http://127.0.0.1:%1/x").arg(deadPort), kSecret}, {notFound.url(), kSecret}});
    QSignalSpy recorded(m_events.get(), &EventLog::eventRecorded);
    m_events->record(serviceEvent(EventType::ServiceDeleted));
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dispatcher.pendingDeliveries(), 0, 10000);
    QStringList details;
    for (int i = 1; i < 3; ++i)
        details << recorded.at(i).at(0).value<EventRecord>().detail;
    details.sort();
    QVERIFY2(details.join(QLatin1Char('|')).contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(details.join(QLatin1Char('|'))));
    QVERIFY(details.join(QLatin1Char('|')).contains(QLatin1String("HTTP 404")));
    // 404 is not retried: one attempt for the event, one for each failure event.
    QCOMPARE(notFound.requests().size(), 3);
}

void TestWebhooks::fullQueueDropsOldestAndSaysSo()
{
    // A receiver that accepts connections and never answers: every delivery waits.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, nextPort()));
    WebhookDispatcher::Options options;
    options.queueLimit = 5;
    options.timeoutMs = 60000;
    WebhookDispatcher dispatcher(*m_events, options);
    dispatcher.setWebhooks({{QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()), kSecret}});
    QSignalSpy recorded(m_events.get(), &EventLog::eventRecorded);
    for (int i = 0; i < 20; ++i)
        m_events->record(serviceEvent(EventType::ServiceChanged)); // never blocks
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 21, 5000); // + one webhook_failed about the full queue
    QTest::qWait(200);
    QCOMPARE(recorded.count(), 21); // said once, not once per dropped event (nor for its own drop)
    const EventRecord overflow = recorded.last().at(0).value<EventRecord>();
    QCOMPARE(overflow.type, EventType::WebhookFailed);
    QCOMPARE(overflow.value, 1.0); // the first drop is reported at once; later ones at most once a minute
    QVERIFY(AlarmText::message(overflow).contains(QLatin1String("queue was full")));
    // One in flight and the 5 newest waiting: the newest event is the last one queued.
    QCOMPARE(dispatcher.pendingDeliveries(), 6);
}

void TestWebhooks::secretsStayOutOfTheDatabase()
{
    QTemporaryDir dir;
    const QString secondSecret = QStringLiteral("second-webhook-secret-77");
    QString keyOfSecond;
    {
        ServiceStore store;
        QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));
        WebhookRegistry registry(store);
        QString error;
        QString warning;
        QVERIFY(registry.load(&error, &warning));
        QVERIFY(registry.webhooks().isEmpty());
        QVERIFY2(registry.replace({{QStringLiteral("https://a.example/h"), kSecret},
                                   {QStringLiteral("https://b.example/h"), secondSecret}},
                                  &error),
                 qPrintable(error));
        // The row holds the URLs and the keys only.
        keyOfSecond = QJsonDocument::fromJson(store.setting(WebhookRegistry::kSettingKey)->toUtf8())
                          .array()
                          .at(1)
                          .toObject()
                          .value(QStringLiteral("SecretKey"))
                          .toString();
        QVERIFY(keyOfSecond.startsWith(QLatin1String("webhook/")));
        QCOMPARE(store.secretStore()->read(keyOfSecond).data, secondSecret.toUtf8());
    }
    for (const QString &file : QDir(dir.path()).entryList({QStringLiteral("srtdesk.sqlite*")})) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(kSecret.toUtf8()) && !bytes.contains(secondSecret.toUtf8()), qPrintable(file));
    }
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    WebhookRegistry registry(store);
    QString error;
    QString warning;
    QVERIFY(registry.load(&error, &warning));
    QVERIFY(warning.isEmpty());
    QCOMPARE(registry.webhooks().size(), 2);
    QCOMPARE(registry.webhooks().at(1).secret, secondSecret);
    // Dropping the second webhook deletes its secret too.
    QVERIFY(registry.replace({registry.webhooks().at(0)}, &error));
    QCOMPARE(store.secretStore()->read(keyOfSecond).status, SecretStore::ReadResult::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestWebhooks)
#include "TestWebhooks.moc"
