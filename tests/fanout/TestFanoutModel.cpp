// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14 in core/model: MaxCallers, AllowedPeers and StreamId as rows of the field table
// (defaults, validation with the field's API name or label, parser, serializer, a stored
// service read back from a real SQLite file), IPv6 addresses in every address field, and port
// conflicts that understand IPv6 and dual-stack listeners.
#include "core/model/CallerJson.h"
#include "core/model/PeerAllowList.h"
#include "core/model/ServiceFields.h"
#include "core/model/ServiceParser.h"
#include "core/model/ServiceSerializer.h"
#include "core/model/ServiceValidator.h"
#include "core/model/UdpEndpoint.h"
#include "core/store/ServiceStore.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace srtdesk;

namespace {

ServiceConfig validTx()
{
    ServiceConfig c = ServiceConfig::defaults(ServiceKind::Tx);
    c.serviceName = QStringLiteral("fan");
    c.listenPort = 4200;
    c.udpAddress = QStringLiteral("239.1.1.1:5000");
    return c;
}

ServiceConfig validRx()
{
    ServiceConfig c = ServiceConfig::defaults(ServiceKind::Rx);
    c.serviceName = QStringLiteral("rx");
    c.peerIp = QStringLiteral("127.0.0.1");
    c.listenPort = 4200;
    c.udpAddress = QStringLiteral("127.0.0.1:5000");
    return c;
}

QString messageFor(const FieldErrors &errors, const QString &field)
{
    for (const FieldError &error : errors) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

QString allMessages(const FieldErrors &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages << error.message;
    return messages.join(QLatin1Char(' '));
}

} // namespace

class TestFanoutModel : public QObject
{
    Q_OBJECT

private slots:
    void newFieldsAreRowsWithTheOriginalDefaults()
    {
        const ServiceConfig tx = ServiceConfig::defaults(ServiceKind::Tx);
        QCOMPARE(tx.maxCallers, 1);
        QVERIFY(tx.allowedPeers.isEmpty());
        QVERIFY(ServiceFields::find(FieldId::MaxCallers, ServiceKind::Tx));
        QVERIFY(!ServiceFields::find(FieldId::MaxCallers, ServiceKind::Rx));
        QVERIFY(ServiceFields::find(FieldId::AllowedPeers, ServiceKind::Tx));
        QVERIFY(ServiceFields::find(FieldId::StreamId, ServiceKind::Rx));
        QVERIFY(!ServiceFields::find(FieldId::StreamId, ServiceKind::Tx));
        // The form shows them with the connection settings.
        QCOMPARE(ServiceFields::get(FieldId::MaxCallers, ServiceKind::Tx).group, FieldGroup::Connection);
        QCOMPARE(ServiceFields::get(FieldId::AllowedPeers, ServiceKind::Tx).group, FieldGroup::Connection);
        QCOMPARE(ServiceFields::get(FieldId::StreamId, ServiceKind::Rx).group, FieldGroup::Connection);
        QCOMPARE(ServiceFields::get(FieldId::MaxCallers, ServiceKind::Tx).condition, FieldCondition::Listens);
        QCOMPARE(ServiceFields::get(FieldId::StreamId, ServiceKind::Rx).condition, FieldCondition::CallsPeer);
        // A body of the original without them: exactly the defaults.
        const auto parsed = ServiceParser::parse(QJsonObject{{QStringLiteral("ServiceName"), QStringLiteral("fan")}},
                                                 ServiceConfig::defaults(ServiceKind::Tx));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.config.maxCallers, 1);
    }

    void maxCallersIsValidatedForListenersOnly()
    {
        ServiceConfig c = validTx();
        c.maxCallers = 65;
        QCOMPARE(messageFor(ServiceValidator::validate(c), QStringLiteral("MaxCallers")),
                 QStringLiteral("MaxCallers must be between 1 and 64."));
        QVERIFY(messageFor(ServiceValidator::validate(c, FieldNaming::Label), QStringLiteral("MaxCallers"))
                    .startsWith(QStringLiteral("Maximum callers must be between 1 and 64")));
        c.maxCallers = 0;
        QVERIFY(!messageFor(ServiceValidator::validate(c), QStringLiteral("MaxCallers")).isEmpty());
        c.maxCallers = 64;
        QVERIFY(ServiceValidator::validate(c).isEmpty());
        c.maxCallers = 99;
        c.mode = SrtMode::Caller; // a caller has no callers: not checked
        c.peerIp = QStringLiteral("127.0.0.1");
        QVERIFY(messageFor(ServiceValidator::validate(c), QStringLiteral("MaxCallers")).isEmpty());
        // Numbers as the original sends them: numeric strings too.
        const auto parsed = ServiceParser::parse(QJsonObject{{QStringLiteral("MaxCallers"), QStringLiteral("20")}}, validTx());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.config.maxCallers, 20);
    }

    void allowedPeersReadAddressesAndRanges()
    {
        ServiceConfig c = validTx();
        c.allowedPeers = QStringLiteral("127.0.0.2/32, 10.0.0.0/8,::1/128 , 2001:db8::/32, 192.0.2.7");
        QVERIFY(ServiceValidator::validate(c).isEmpty());
        for (const QString bad : {QStringLiteral("10.0.0.0/33"), QStringLiteral("eth0"), QStringLiteral("::1/129"),
                                  QStringLiteral("1.2.3/8"), QStringLiteral("127.0.0.1,,")}) {
            c.allowedPeers = bad;
            const QString message = messageFor(ServiceValidator::validate(c), QStringLiteral("AllowedPeers"));
            QVERIFY2(message.startsWith(QStringLiteral("AllowedPeers: \"")), qPrintable(bad + QStringLiteral(": ") + message));
            QVERIFY(message.contains(QStringLiteral("IPv4 or IPv6")));
        }
        const auto list = PeerAllowList::parse(QStringLiteral("127.0.0.2/32, ::1/128"));
        QVERIFY(list);
        QVERIFY(list->allows(QHostAddress(QStringLiteral("127.0.0.2"))));
        QVERIFY(list->allows(QHostAddress(QStringLiteral("::ffff:127.0.0.2")))); // via a dual-stack listener
        QVERIFY(!list->allows(QHostAddress(QStringLiteral("127.0.0.1"))));
        QVERIFY(list->allows(QHostAddress(QStringLiteral("::1"))));
        QVERIFY(!list->allows(QHostAddress(QStringLiteral("::2"))));
        QVERIFY(PeerAllowList::parse(QString())->allowsEveryone());
        QVERIFY(!PeerAllowList::nobody().allows(QHostAddress(QStringLiteral("127.0.0.1"))));
    }

    void streamIdCountsBytes()
    {
        ServiceConfig c = validRx();
        c.streamId = QStringLiteral("#!::r=live/feed1,m=request");
        QVERIFY(ServiceValidator::validate(c).isEmpty());
        c.streamId = QString(512, QLatin1Char('a'));
        QVERIFY(ServiceValidator::validate(c).isEmpty());
        c.streamId = QString(513, QLatin1Char('a'));
        QVERIFY(!messageFor(ServiceValidator::validate(c), QStringLiteral("StreamId")).isEmpty());
        c.streamId = QString(300, QChar(0x00E9)); // 600 bytes in UTF-8
        QCOMPARE(messageFor(ServiceValidator::validate(c), QStringLiteral("StreamId")),
                 QStringLiteral("StreamId must be at most 512 bytes long in UTF-8; it has 600."));
    }

    void ipv6AddressesEverywhere()
    {
        ServiceConfig rx = validRx();
        rx.peerIp = QStringLiteral("::1");
        rx.udpAddress = QStringLiteral("[::1]:5000");
        rx.bindIp = QStringLiteral("::1");
        QVERIFY2(ServiceValidator::validate(rx).isEmpty(), qPrintable(allMessages(ServiceValidator::validate(rx))));
        rx.udpAddress = QStringLiteral("[ff05::1:3]:5000");
        QVERIFY(ServiceValidator::validate(rx).isEmpty());
        QVERIFY(UdpEndpoint::parse(rx.udpAddress)->isMulticast());
        QCOMPARE(UdpEndpoint::parse(QStringLiteral("[2001:DB8::7]:5000"))->toString(), QStringLiteral("[2001:db8::7]:5000"));
        QVERIFY(UdpEndpoint::parse(QStringLiteral("[::]:5000"))->isAny());
        QVERIFY(!UdpEndpoint::parse(QStringLiteral("::1:5000")));
        QVERIFY(!UdpEndpoint::parse(QStringLiteral("[127.0.0.1]:5000")));
        QVERIFY(!UdpEndpoint::parse(QStringLiteral("[fe80::1%eth0]:5000")));
        rx.udpAddress = QStringLiteral("::1:5000");
        QCOMPARE(messageFor(ServiceValidator::validate(rx), QStringLiteral("UdpOut")),
                 QStringLiteral("UdpOut \"::1:5000\" must be ip:port with an IPv4 address, or [ip]:port with an IPv6 "
                                "address, and a port from 1 to 65535."));
        rx.udpAddress = QStringLiteral("[::]:5000");
        QVERIFY(!messageFor(ServiceValidator::validate(rx), QStringLiteral("UdpOut")).isEmpty()); // no destination
        rx.udpAddress = QStringLiteral("[::1]:5000");
        rx.peerIp = QStringLiteral("::1::2");
        QCOMPARE(messageFor(ServiceValidator::validate(rx), QStringLiteral("TxIp")),
                 QStringLiteral("TxIp \"::1::2\" is neither an IPv4 or IPv6 address nor a host name."));
        rx.peerIp = QStringLiteral("::1");
        rx.bindIp = QStringLiteral("eth0");
        QCOMPARE(messageFor(ServiceValidator::validate(rx), QStringLiteral("BindIp")),
                 QStringLiteral("BindIp must be an IPv4 or IPv6 address of this machine, or empty."));
    }

    void conflictsUnderstandIpv6()
    {
        ServiceConfig a = validTx();
        a.id = 1;
        a.udpAddress = QStringLiteral("127.0.0.1:6000");
        ServiceConfig b = validTx();
        b.id = 2;
        b.serviceName = QStringLiteral("other");
        b.udpAddress = QStringLiteral("[::1]:6000");
        // Same UDP input port on IPv4 and IPv6 loopback: two sockets, no conflict...
        b.listenPort = 4300;
        QVERIFY(ServiceValidator::conflicts(b, {a}).isEmpty());
        // ...but [::] takes both families.
        b.udpAddress = QStringLiteral("[::]:6000");
        QCOMPARE(ServiceValidator::conflicts(b, {a}).size(), 1);
        b.udpAddress = QStringLiteral("[::1]:6001");
        // Listeners: empty BindIp is dual-stack and meets every address; two addresses do not meet.
        b.listenPort = a.listenPort;
        QCOMPARE(ServiceValidator::conflicts(b, {a}).first().field, QStringLiteral("ListenPort"));
        a.bindIp = QStringLiteral("127.0.0.1");
        b.bindIp = QStringLiteral("::1");
        QVERIFY(ServiceValidator::conflicts(b, {a}).isEmpty());
        b.bindIp = QStringLiteral("::");
        QCOMPARE(ServiceValidator::conflicts(b, {a}).size(), 1);
    }

    void serializerAndStoreKeepTheNewFields()
    {
        ServiceConfig tx = validTx();
        tx.maxCallers = 20;
        tx.allowedPeers = QStringLiteral("127.0.0.2/32, ::1/128");
        tx.bindIp = QStringLiteral("::1");
        tx.udpAddress = QStringLiteral("[::1]:5000");
        const QJsonObject written = ServiceSerializer::toObject(ServiceSerializer::config(tx, ServiceSerializer::Passphrase::Included));
        QCOMPARE(written.value(QStringLiteral("MaxCallers")).toInt(), 20);
        QCOMPARE(written.value(QStringLiteral("AllowedPeers")).toString(), tx.allowedPeers);
        // Empty extensions stay out of the original's shape.
        const QJsonObject plain = ServiceSerializer::toObject(ServiceSerializer::config(validTx(), ServiceSerializer::Passphrase::Included));
        QVERIFY(!plain.contains(QStringLiteral("AllowedPeers")));
        QVERIFY(!plain.contains(QStringLiteral("MaxCallers"))); // 1: the original's behaviour and shape
        ServiceConfig rx = validRx();
        rx.streamId = QStringLiteral("#!::r=feed,m=request");
        rx.peerIp = QStringLiteral("::1");

        QTemporaryDir dir;
        QList<qint64> ids;
        {
            ServiceStore store;
            QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));
            for (const ServiceConfig &c : {tx, rx}) {
                const auto id = store.insert(c, false);
                QVERIFY2(id, qPrintable(store.errorString()));
                ids << *id;
            }
        }
        ServiceStore reopened;
        QVERIFY(reopened.open(dir.path()));
        const auto records = reopened.loadAll();
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        ServiceConfig backTx = records->at(0).config;
        ServiceConfig backRx = records->at(1).config;
        tx.id = ids[0];
        rx.id = ids[1];
        QCOMPARE(backTx, tx);
        QCOMPARE(backRx, rx);
    }

    void callersJsonAndKickBody()
    {
        CallerStats caller;
        caller.peer = QStringLiteral("[::1]:4000");
        caller.streamId = QStringLiteral("feed");
        caller.connectedSince = QDateTime(QDate(2025, 3, 1), QTime(12, 30, 5), Qt::UTC);
        caller.linkRtt = 1.5;
        caller.sendPacketsLost = 3;
        const QJsonArray array = CallerJson::array({caller});
        const QJsonObject one = array.first().toObject();
        QStringList keys = one.keys();
        QStringList expected = CallerJson::keys();
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(one.value(QStringLiteral("ConnectedSince")).toString(), QStringLiteral("2025-03-01T12:30:05Z"));
        QCOMPARE(one.value(QStringLiteral("SendPacketsLost")).toInteger(), 3);

        FieldErrors errors;
        QCOMPARE(CallerJson::kickedPeer("{\"Peer\": \" 127.0.0.1:4000 \"}", &errors), QStringLiteral("127.0.0.1:4000"));
        QVERIFY(errors.isEmpty());
        QVERIFY(!CallerJson::kickedPeer("{\"Peer\": 4}", &errors));
        QCOMPARE(errors.last().field, QStringLiteral("Peer"));
        QVERIFY(!CallerJson::kickedPeer("[1]", &errors));
        QCOMPARE(errors.last().field, QStringLiteral("body"));
    }
};

QTEST_GUILESS_MAIN(TestFanoutModel)
#include "TestFanoutModel.moc"
