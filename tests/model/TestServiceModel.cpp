// SPDX-License-Identifier: GPL-3.0-or-later
// The service model against the original API's own samples and every validation rule.
#include "core/model/ServiceParser.h"
#include "core/model/ServiceSerializer.h"
#include "core/model/ServiceValidator.h"
#include "core/model/UdpEndpoint.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace srtdesk;

namespace {

// The seed text is the contract: the samples are read from it, not copied by hand.
QString seedText()
{
    QFile file(QStringLiteral(SRTDESK_SOURCE_DIR "/tests/data/original-rest-api.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

// The JSON that follows "@ [METHOD] name (" in the seed, up to its end of line.
QByteArray seedSample(const QString &endpoint)
{
    const QString text = seedText();
    const QRegularExpression re(QStringLiteral("@ \\[[A-Z]+\\] %1 \\([^)]*\\)\\s*\\n([\\[{][^\\n]*)")
                                    .arg(QRegularExpression::escape(endpoint)));
    const auto match = re.match(text);
    if (!match.hasMatch())
        qFatal("no sample for %s in the seed", qPrintable(endpoint));
    return match.captured(1).trimmed().toUtf8();
}

QJsonObject seedObject(const QString &endpoint)
{
    const QJsonDocument doc = QJsonDocument::fromJson(seedSample(endpoint));
    return doc.isArray() ? doc.array().first().toObject() : doc.object();
}

// Keys of a JSON object text in their written order.
QStringList keysInOrder(const QByteArray &json)
{
    QStringList keys;
    const QRegularExpression re(QStringLiteral("\"([A-Za-z0-9 ]+)\"\\s*:"));
    auto it = re.globalMatch(QString::fromUtf8(json));
    while (it.hasNext())
        keys.append(it.next().captured(1));
    return keys;
}

ServiceConfig validRx()
{
    auto result = ServiceParser::parse(seedObject(QStringLiteral("add_rx")), ServiceConfig::defaults(ServiceKind::Rx));
    Q_ASSERT(result.ok());
    return result.config;
}

ServiceConfig validTx()
{
    auto result = ServiceParser::parse(seedObject(QStringLiteral("add_tx")), ServiceConfig::defaults(ServiceKind::Tx));
    Q_ASSERT(result.ok());
    return result.config;
}

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &error : errors)
        fields.append(error.field);
    return fields;
}

} // namespace

class TestServiceModel : public QObject
{
    Q_OBJECT

private slots:
    void seedSamplesParseValidateAndRoundTrip_data();
    void seedSamplesParseValidateAndRoundTrip();
    void serializerFollowsSeedFieldOrder_data();
    void serializerFollowsSeedFieldOrder();
    void seedGetElementsImport();
    void numericStringsAndCaseVariants();
    void aliasesOfTheOriginal();
    void typeErrorsNameTheField_data();
    void typeErrorsNameTheField();
    void malformedBody();
    void validationRules_data();
    void validationRules();
    void everyProblemAtOnce();
    void bondingModes();
    void listenerIgnoresPeerIp();
    void fecRulesOnlyWhenFecIsOn();
    void passphraseLimits();
    void passphraseMasking();
    void conflicts();
    void udpEndpoints();
    void partialUpdateKeepsBase();
};

void TestServiceModel::seedSamplesParseValidateAndRoundTrip_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("kind");
    QTest::newRow("add_rx") << QStringLiteral("add_rx") << int(ServiceKind::Rx);
    QTest::newRow("update_rx") << QStringLiteral("update_rx") << int(ServiceKind::Rx);
    QTest::newRow("add_tx") << QStringLiteral("add_tx") << int(ServiceKind::Tx);
    QTest::newRow("update_tx") << QStringLiteral("update_tx") << int(ServiceKind::Tx);
}

void TestServiceModel::seedSamplesParseValidateAndRoundTrip()
{
    QFETCH(QString, endpoint);
    QFETCH(int, kind);
    const QJsonObject body = seedObject(endpoint);
    const auto parsed = ServiceParser::parse(body, ServiceConfig::defaults(ServiceKind(kind)));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.value(0).message));
    QCOMPARE(ServiceValidator::validate(parsed.config), FieldErrors{});

    const QJsonObject written = ServiceSerializer::toObject(
        ServiceSerializer::config(parsed.config, ServiceSerializer::Passphrase::Included));
    // Every field of the sample comes back under the original's GET name with the same value.
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        QString key = it.key();
        if (key == QLatin1String("FecLayOut"))
            key = QStringLiteral("FecLayout");
        if (key == QLatin1String("FEC") && kind == int(ServiceKind::Tx))
            key = QStringLiteral("PacketFilter");
        QVERIFY2(written.contains(key), qPrintable(key));
        const QJsonValue original = it.value();
        const QJsonValue back = written.value(key);
        if (original.isString() && back.isDouble())
            QCOMPARE(back.toInteger(), original.toString().toLongLong());
        else
            QCOMPARE(back, original);
    }
    // Reading what was written gives the same service.
    const auto reread = ServiceParser::parse(written, ServiceConfig::defaults(ServiceKind(kind)));
    QVERIFY(reread.ok());
    QCOMPARE(reread.config, parsed.config);
}

void TestServiceModel::serializerFollowsSeedFieldOrder_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("kind");
    QTest::newRow("get_rx") << QStringLiteral("get_rx") << int(ServiceKind::Rx);
    QTest::newRow("get_one_rx") << QStringLiteral("get_one_rx") << int(ServiceKind::Rx);
    QTest::newRow("get_tx") << QStringLiteral("get_tx") << int(ServiceKind::Tx);
}

void TestServiceModel::serializerFollowsSeedFieldOrder()
{
    QFETCH(QString, endpoint);
    QFETCH(int, kind);
    const QStringList expected = keysInOrder(seedSample(endpoint));
    QVERIFY(expected.size() > 30);

    const auto parsed = ServiceParser::parse(seedObject(endpoint), ServiceConfig::defaults(ServiceKind(kind)));
    QVERIFY(parsed.ok());
    ServiceStatus status{parsed.config, true, {}};
    status.config.id = seedObject(endpoint).value(QStringLiteral("Id")).toInteger();
    status.stats.linkId = QStringLiteral("93f1946d9e");
    QStringList written = keysInOrder(ServiceSerializer::status(status, ServiceSerializer::Passphrase::Masked).toJson());
    // SRT Desk's extensions come after every field of the original.
    QCOMPARE(written.mid(0, expected.size()), expected);
    QVERIFY(written.mid(expected.size()).contains(QStringLiteral("LastError")));
}

void TestServiceModel::seedGetElementsImport()
{
    // An export from the original (its GET shape, statistics included) is a valid import.
    const auto rx = ServiceParser::parse(seedObject(QStringLiteral("get_one_rx")), ServiceConfig::defaults(ServiceKind::Rx));
    QVERIFY(rx.ok());
    QCOMPARE(rx.config.serviceName, QStringLiteral("Test_3"));
    QCOMPARE(rx.config.fecLayout, FecLayout::Staircase);
    QCOMPARE(rx.config.ttl, 24);
    // get_one_tx carries the original's slip (TxIp/UdpOut on a TX): still read as RxIp/UdpIn.
    const auto tx = ServiceParser::parse(seedObject(QStringLiteral("get_one_tx")), ServiceConfig::defaults(ServiceKind::Tx));
    QVERIFY(tx.ok());
    QCOMPARE(tx.config.udpAddress, QStringLiteral("224.10.10.149:5009"));
    QCOMPARE(tx.config.latency, 2000);
    QCOMPARE(tx.config.inputBw, qint64(6000));
}

void TestServiceModel::numericStringsAndCaseVariants()
{
    QJsonObject body = seedObject(QStringLiteral("add_tx"));
    body[QStringLiteral("ListenPort")] = QStringLiteral(" 9001 ");
    body[QStringLiteral("Mode")] = QStringLiteral("Listener");
    body[QStringLiteral("FecArq")] = QStringLiteral("ONREQ");
    body[QStringLiteral("FecLayOut")] = QStringLiteral("Even");
    body[QStringLiteral("Congestion")] = QStringLiteral("LIVE");
    body[QStringLiteral("GroupConnect")] = QStringLiteral("0");
    body[QStringLiteral("OverHead")] = 30.0;
    const auto parsed = ServiceParser::parse(body, ServiceConfig::defaults(ServiceKind::Tx));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.config.listenPort, 9001);
    QCOMPARE(parsed.config.mode, SrtMode::Listener);
    QCOMPARE(parsed.config.fecArq, FecArq::OnRequest);
    QCOMPARE(parsed.config.fecLayout, FecLayout::Even);
    QCOMPARE(parsed.config.overHead, 30);
    QCOMPARE(parsed.config.latency, 700);
    QCOMPARE(parsed.config.srtBw, qint64(12000));

    QJsonObject rx = seedObject(QStringLiteral("add_rx"));
    rx[QStringLiteral("Mode")] = QStringLiteral("Caller");
    rx[QStringLiteral("TlpktDrop")] = true;
    const auto rxParsed = ServiceParser::parse(rx, ServiceConfig::defaults(ServiceKind::Rx));
    QVERIFY(rxParsed.ok());
    QCOMPARE(rxParsed.config.mode, SrtMode::Caller);
    QCOMPARE(rxParsed.config.tlpktDrop, true);
}

void TestServiceModel::aliasesOfTheOriginal()
{
    QJsonObject body = seedObject(QStringLiteral("add_tx"));
    body.remove(QStringLiteral("FEC"));
    body.remove(QStringLiteral("FecLayOut"));
    body[QStringLiteral("PacketFilter")] = 1;
    body[QStringLiteral("FecLayout")] = QStringLiteral("even");
    body[QStringLiteral("FecCols")] = 4;
    body[QStringLiteral("FecRows")] = 4;
    const auto parsed = ServiceParser::parse(body, ServiceConfig::defaults(ServiceKind::Tx));
    QVERIFY(parsed.ok());
    QVERIFY(parsed.config.fec);
    QCOMPARE(parsed.config.fecLayout, FecLayout::Even);
}

void TestServiceModel::typeErrorsNameTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("port text") << QStringLiteral("ListenPort") << QJsonValue(QStringLiteral("nine"));
    QTest::newRow("port fraction") << QStringLiteral("ListenPort") << QJsonValue(7005.5);
    QTest::newRow("latency bool") << QStringLiteral("Latency") << QJsonValue(true);
    QTest::newRow("mode unknown") << QStringLiteral("Mode") << QJsonValue(QStringLiteral("server"));
    QTest::newRow("mode number") << QStringLiteral("Mode") << QJsonValue(1);
    QTest::newRow("fec 2") << QStringLiteral("FEC") << QJsonValue(2);
    QTest::newRow("tlpktdrop text") << QStringLiteral("TlpktDrop") << QJsonValue(QStringLiteral("yes"));
    QTest::newRow("name number") << QStringLiteral("ServiceName") << QJsonValue(42);
    QTest::newRow("layout") << QStringLiteral("FecLayOut") << QJsonValue(QStringLiteral("diagonal"));
    QTest::newRow("arq") << QStringLiteral("FecArq") << QJsonValue(QStringLiteral("sometimes"));
    QTest::newRow("congestion") << QStringLiteral("Congestion") << QJsonValue(QStringLiteral("cubic"));
    QTest::newRow("transtype") << QStringLiteral("TransType") << QJsonValue(QStringLiteral("stream"));
    QTest::newRow("grouptype") << QStringLiteral("GroupType") << QJsonValue(QStringLiteral("balancing"));
    QTest::newRow("passphrase number") << QStringLiteral("PassPhrase") << QJsonValue(1234567890);
    QTest::newRow("udp array") << QStringLiteral("UdpOut") << QJsonValue(QJsonArray{1, 2});
}

void TestServiceModel::typeErrorsNameTheField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject body = seedObject(QStringLiteral("add_rx"));
    body[field] = value;
    const auto parsed = ServiceParser::parse(body, ServiceConfig::defaults(ServiceKind::Rx));
    QCOMPARE(fieldsOf(parsed.errors), QStringList{field});
    QVERIFY2(parsed.errors.first().message.contains(field), qPrintable(parsed.errors.first().message));
}

void TestServiceModel::malformedBody()
{
    const auto broken = ServiceParser::parse(QByteArray("{\"ServiceName\": "), ServiceConfig::defaults(ServiceKind::Rx));
    QCOMPARE(fieldsOf(broken.errors), QStringList{QStringLiteral("body")});
    QVERIFY(broken.errors.first().message.contains(QStringLiteral("JSON")));
    const auto array = ServiceParser::parse(QByteArray("[1,2]"), ServiceConfig::defaults(ServiceKind::Rx));
    QCOMPARE(fieldsOf(array.errors), QStringList{QStringLiteral("body")});
}

void TestServiceModel::validationRules_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    const int rx = int(ServiceKind::Rx);
    const int tx = int(ServiceKind::Tx);
    auto row = [](const char *name, int kind, const char *key, const QJsonValue &value, const char *field = nullptr) {
        QTest::newRow(name) << kind << QString::fromLatin1(key) << value
                            << QString::fromLatin1(field ? field : key);
    };
    row("name empty", rx, "ServiceName", QStringLiteral("  "));
    row("name too long", rx, "ServiceName", QString(65, QLatin1Char('n')));
    row("name with NUL", rx, "ServiceName", QString::fromUtf16(u"a\u0000b", 3));
    row("name with newline", tx, "ServiceName", QStringLiteral("line\nbreak"));
    row("name with lone surrogate", rx, "ServiceName", QString(QString(QChar(0xD800)) + QStringLiteral("x")));
    row("caller without peer", rx, "TxIp", QStringLiteral(""));
    row("rendezvous tx without peer", tx, "Mode", QStringLiteral("rendezvous"), "RxIp");
    row("peer not an address", rx, "TxIp", QStringLiteral("300.1.1.1"));
    row("peer with spaces", rx, "TxIp", QStringLiteral("my host"));
    row("port zero", rx, "ListenPort", 0);
    row("port too big", tx, "ListenPort", 65536);
    row("port negative", tx, "ListenPort", -5);
    row("udpout missing", rx, "UdpOut", QStringLiteral(""));
    row("udpout no port", rx, "UdpOut", QStringLiteral("239.1.1.1"));
    row("udpout bad ip", rx, "UdpOut", QStringLiteral("239.1.1:5000"));
    row("udpout port 0", rx, "UdpOut", QStringLiteral("239.1.1.1:0"));
    row("udpout any", rx, "UdpOut", QStringLiteral("0.0.0.0:5000"));
    row("udpin bad", tx, "UdpIn", QStringLiteral("localhost:5000"));
    row("latency low", rx, "Latency", 19);
    row("latency high", tx, "Latency", 60001);
    row("srtbw negative", rx, "SrtBw", -1);
    row("srtbw high", tx, "SrtBw", 10000001);
    row("inputbw negative", tx, "InputBw", -1);
    row("overhead low", tx, "OverHead", 4);
    row("overhead high", tx, "OverHead", 101);
    row("passphrase short", rx, "PassPhrase", QStringLiteral("12345678"));
    row("passphrase long", tx, "PassPhrase", QString(80, QLatin1Char('p')));
    row("pbkeylen", rx, "PbKeyLen", 20);
    row("ttl zero", rx, "TTL", 0);
    row("ttl high", rx, "TTL", 256);
    row("weight1", rx, "Ip1Weight", 32768);
    row("weight2 negative", rx, "Ip2Weight", -1);
    row("bindip", tx, "BindIp", QStringLiteral("eth0"));
}

void TestServiceModel::validationRules()
{
    QFETCH(int, kind);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject body = seedObject(kind == int(ServiceKind::Rx) ? QStringLiteral("add_rx") : QStringLiteral("add_tx"));
    body[key] = value;
    const auto parsed = ServiceParser::parse(body, ServiceConfig::defaults(ServiceKind(kind)));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.value(0).message));
    const FieldErrors errors = ServiceValidator::validate(parsed.config);
    QCOMPARE(fieldsOf(errors), QStringList{field});
    QVERIFY2(errors.first().message.contains(field), qPrintable(errors.first().message));
}

void TestServiceModel::everyProblemAtOnce()
{
    ServiceConfig config = ServiceConfig::defaults(ServiceKind::Rx);
    config.latency = 5;
    config.pbKeyLen = 8;
    config.ttl = 0;
    const QStringList fields = fieldsOf(ServiceValidator::validate(config));
    for (const char *expected : {"ServiceName", "TxIp", "ListenPort", "UdpOut", "Latency", "PbKeyLen", "TTL"})
        QVERIFY2(fields.contains(QLatin1String(expected)), expected);
    QCOMPARE(fields.size(), 7);

    // Parse errors are all reported too, not only the first.
    QJsonObject body = seedObject(QStringLiteral("add_rx"));
    body[QStringLiteral("Mode")] = QStringLiteral("x");
    body[QStringLiteral("ListenPort")] = QStringLiteral("y");
    body[QStringLiteral("FEC")] = 9;
    QCOMPARE(ServiceParser::parse(body, ServiceConfig::defaults(ServiceKind::Rx)).errors.size(), 3);
}

void TestServiceModel::bondingModes()
{
    ServiceConfig rx = validRx();
    rx.groupConnect = true;
    rx.groupIp1 = QStringLiteral("127.0.0.1");
    rx.groupIp2 = QStringLiteral("127.0.0.2");
    QCOMPARE(ServiceValidator::validate(rx), FieldErrors{});
    rx.mode = SrtMode::Rendezvous;
    QCOMPARE(fieldsOf(ServiceValidator::validate(rx)), QStringList{QStringLiteral("GroupConnect")});
    ServiceConfig tx = validTx();
    tx.groupConnect = true;
    QCOMPARE(ServiceValidator::validate(tx), FieldErrors{});
    tx.mode = SrtMode::Caller;
    tx.peerIp = QStringLiteral("127.0.0.1");
    QCOMPARE(fieldsOf(ServiceValidator::validate(tx)), QStringList{QStringLiteral("GroupConnect")});
}

void TestServiceModel::listenerIgnoresPeerIp()
{
    ServiceConfig tx = validTx();
    QCOMPARE(tx.mode, SrtMode::Listener);
    tx.peerIp = QStringLiteral("not valid at all!");
    QCOMPARE(ServiceValidator::validate(tx), FieldErrors{});
    ServiceConfig rx = validRx();
    rx.peerIp = QStringLiteral("encoder-2.studio.example");
    QCOMPARE(ServiceValidator::validate(rx), FieldErrors{});
}

void TestServiceModel::fecRulesOnlyWhenFecIsOn()
{
    ServiceConfig tx = validTx();
    QCOMPARE(tx.fecCols, 0); // the original's TX sample sends 0/0 with FEC off
    QCOMPARE(ServiceValidator::validate(tx), FieldErrors{});
    tx.fec = true;
    QCOMPARE(fieldsOf(ServiceValidator::validate(tx)), (QStringList{QStringLiteral("FecCols"), QStringLiteral("FecRows")}));
    tx.fecCols = 10;
    tx.fecRows = 5;
    QCOMPARE(ServiceValidator::validate(tx), FieldErrors{});
    tx.transType = TransType::File;
    QCOMPARE(fieldsOf(ServiceValidator::validate(tx)), QStringList{QStringLiteral("FEC")});
}

void TestServiceModel::passphraseLimits()
{
    ServiceConfig rx = validRx();
    rx.passPhrase = QString(10, QLatin1Char('a'));
    QVERIFY(ServiceValidator::validate(rx).isEmpty());
    rx.passPhrase = QString(79, QLatin1Char('a'));
    QVERIFY(ServiceValidator::validate(rx).isEmpty());
    rx.passPhrase.clear();
    QVERIFY(ServiceValidator::validate(rx).isEmpty());
    rx.passPhrase = QString(9, QLatin1Char('a'));
    QCOMPARE(fieldsOf(ServiceValidator::validate(rx)), QStringList{QStringLiteral("PassPhrase")});
    // libsrt counts bytes: 40 two-byte characters are 80 bytes, one too many.
    rx.passPhrase = QString(40, QChar(0x00F1));
    QCOMPARE(fieldsOf(ServiceValidator::validate(rx)), QStringList{QStringLiteral("PassPhrase")});
}

void TestServiceModel::passphraseMasking()
{
    ServiceConfig rx = validRx();
    const QByteArray masked = ServiceSerializer::config(rx, ServiceSerializer::Passphrase::Masked).toJson();
    QVERIFY(!masked.contains("mysecretpassword"));
    QVERIFY(masked.contains("\"PassPhrase\": \"********\""));
    rx.passPhrase.clear();
    QVERIFY(ServiceSerializer::config(rx, ServiceSerializer::Passphrase::Masked).toJson().contains("\"PassPhrase\": \"\""));
    QVERIFY(!ServiceSerializer::config(validRx(), ServiceSerializer::Passphrase::Omitted).toJson().contains("PassPhrase"));
    QVERIFY(ServiceSerializer::config(validRx(), ServiceSerializer::Passphrase::Included).toJson().contains("mysecretpassword"));
}

void TestServiceModel::conflicts()
{
    ServiceConfig txA = validTx();
    txA.id = 1;
    ServiceConfig txB = validTx();
    txB.id = 2;
    txB.serviceName = QStringLiteral("tx_2"); // differs only in case
    txB.udpAddress = QStringLiteral("127.0.0.1:6000");
    txB.listenPort = 9002;
    QCOMPARE(fieldsOf(ServiceValidator::conflicts(txB, {txA, txB})), QStringList{QStringLiteral("ServiceName")});

    txB.serviceName = QStringLiteral("TX_B");
    QVERIFY(ServiceValidator::conflicts(txB, {txA, txB}).isEmpty());

    txB.listenPort = txA.listenPort; // both listeners on 9001
    const FieldErrors portClash = ServiceValidator::conflicts(txB, {txA});
    QCOMPARE(fieldsOf(portClash), QStringList{QStringLiteral("ListenPort")});
    QVERIFY(portClash.first().message.contains(QStringLiteral("9001")));
    QVERIFY(portClash.first().message.contains(QStringLiteral("TX_2")));

    // An SRT caller binds nothing: no clash.
    txB.mode = SrtMode::Caller;
    txB.peerIp = QStringLiteral("127.0.0.1");
    QVERIFY(ServiceValidator::conflicts(txB, {txA}).isEmpty());

    // A UDP input on another service's SRT port clashes.
    txB.udpAddress = QStringLiteral("0.0.0.0:9001");
    QCOMPARE(fieldsOf(ServiceValidator::conflicts(txB, {txA})), QStringList{QStringLiteral("UdpIn")});

    // Two TX reading one multicast group share it; a unicast input on that port does not.
    txB.udpAddress = txA.udpAddress;
    QVERIFY(ServiceValidator::conflicts(txB, {txA}).isEmpty());
    txB.udpAddress = QStringLiteral("127.0.0.1:5009");
    QCOMPARE(fieldsOf(ServiceValidator::conflicts(txB, {txA})), QStringList{QStringLiteral("UdpIn")});

    // Listeners bound to two different addresses share a port number.
    txA.bindIp = QStringLiteral("127.0.0.1");
    txB = validTx();
    txB.id = 2;
    txB.serviceName = QStringLiteral("other");
    txB.udpAddress = QStringLiteral("127.0.0.1:6000");
    txB.bindIp = QStringLiteral("127.0.0.2");
    QVERIFY(ServiceValidator::conflicts(txB, {txA}).isEmpty());

    // Same name in the other kind is fine.
    ServiceConfig rx = validRx();
    rx.serviceName = txA.serviceName;
    QVERIFY(ServiceValidator::conflicts(rx, {txA}).isEmpty());
}

void TestServiceModel::udpEndpoints()
{
    const auto multicast = UdpEndpoint::parse(QStringLiteral("224.10.10.149:5009"));
    QVERIFY(multicast);
    QVERIFY(multicast->isMulticast());
    QCOMPARE(multicast->port, 5009);
    const auto any = UdpEndpoint::parse(QStringLiteral(" 0.0.0.0:5000 "));
    QVERIFY(any && any->isAny() && !any->isMulticast());
    QVERIFY(!UdpEndpoint::parse(QStringLiteral("239.255.255.255:")));
    QVERIFY(!UdpEndpoint::parse(QStringLiteral("1.2.3.4:+80")));
    QVERIFY(!UdpEndpoint::parse(QStringLiteral("1.2.3.4:65536")));
    QVERIFY(!UdpEndpoint::parse(QStringLiteral("1.2.3.256:80")));
    QVERIFY(UdpEndpoint::parse(QStringLiteral("239.255.255.255:65535"))->isMulticast());
    QVERIFY(!UdpEndpoint::parse(QStringLiteral("240.0.0.1:5000"))->isMulticast());
    QVERIFY(isHostName(QStringLiteral("srt-gw.example.org")));
    QVERIFY(!isHostName(QStringLiteral("10.0.0.300")));
    QVERIFY(!isHostName(QStringLiteral("-bad.example")));
}

void TestServiceModel::partialUpdateKeepsBase()
{
    const ServiceConfig base = validRx();
    QJsonObject change;
    change[QStringLiteral("Latency")] = QStringLiteral("1500");
    const auto parsed = ServiceParser::parse(change, base);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.config.latency, 1500);
    ServiceConfig expected = base;
    expected.latency = 1500;
    QCOMPARE(parsed.config, expected);
}

QTEST_GUILESS_MAIN(TestServiceModel)
#include "TestServiceModel.moc"
