// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestGuiProcess.h"

#include "AppTestSupport.h"
#include "core/model/ServiceConfig.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ServiceStore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QFile>
#include <QNetworkDatagram>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <optional>

using namespace srtdesk;
using namespace srtdesk::apptest;

namespace {

constexpr quint16 kSrtPort = 35520;
constexpr quint16 kUdpIn = 35521;
constexpr quint16 kUdpOut = 35522;

// Datagrams into the GUI's TX (UdpIn) come out of srt-live-transmit (its UDP output) within
// `timeoutMs`: the SRT link carries traffic.
bool carriesTraffic(QUdpSocket &out, int timeoutMs)
{
    QUdpSocket sender;
    const QByteArray payload(1316, 'g');
    bool arrived = false;
    waitFor(
        [&] {
            sender.writeDatagram(payload, QHostAddress::LocalHost, kUdpIn);
            while (out.hasPendingDatagrams()) {
                arrived = out.receiveDatagram().data() == payload || arrived;
            }
            return arrived;
        },
        timeoutMs);
    return arrived;
}

std::optional<bool> desiredRunning(const QString &dataDir, qint64 id)
{
    SecretStore secrets;
    ServiceStore store;
    if (!secrets.open(dataDir, SecretStore::Preference::File) || !store.open(dataDir, secrets))
        return std::nullopt;
    const auto records = store.loadAll();
    if (!records)
        return std::nullopt;
    for (const ServiceStore::Record &record : *records) {
        if (record.config.id == id)
            return record.desiredRunning;
    }
    return std::nullopt;
}

void writeIni(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

// srtdesk started with `arguments` until its language is applied, then SIGTERM: the settings
// file it used and the language it read from it.
struct SettingsSeen
{
    QString file;
    QString language;
};

SettingsSeen runForSettings(const QProcessEnvironment &environment, const QStringList &arguments)
{
    ProgramProcess gui(QStringLiteral("srtdesk"), environment);
    gui.start(arguments);
    SettingsSeen seen;
    if (!gui.waitForLog("srtdesk.ui: language ")) {
        qWarning().noquote() << "srtdesk did not start:" << gui.log();
        return seen;
    }
    if (!gui.signalAndWait(SIGTERM) || gui.exitCode() != 0)
        qWarning().noquote() << "srtdesk did not stop on SIGTERM:" << gui.log();
    const QString log = QString::fromUtf8(gui.log());
    seen.file = QRegularExpression(QStringLiteral("srtdesk.gui: settings in (\\S+)")).match(log).captured(1);
    seen.language = QRegularExpression(QStringLiteral("srtdesk.ui: language \"(\\w+)\"")).match(log).captured(1);
    return seen;
}

} // namespace

void TestGuiProcess::signalsStopLinksAndKeepDesiredStates()
{
    const QString slt = QStandardPaths::findExecutable(QStringLiteral("srt-live-transmit"));
    QVERIFY2(!slt.isEmpty(), "srt-live-transmit is missing: run scripts/setup");
    QTemporaryDir root;
    const QString dataDir = root.filePath(QStringLiteral("state"));
    qint64 id = 0;
    {
        SecretStore secrets;
        ServiceStore store;
        QVERIFY(secrets.open(dataDir, SecretStore::Preference::File));
        QVERIFY2(store.open(dataDir, secrets), qPrintable(store.errorString()));
        ServiceConfig tx = ServiceConfig::defaults(ServiceKind::Tx);
        tx.serviceName = QStringLiteral("gui-signal-tx");
        tx.mode = SrtMode::Caller;
        tx.peerIp = QStringLiteral("127.0.0.1");
        tx.listenPort = kSrtPort;
        tx.udpAddress = QStringLiteral("127.0.0.1:%1").arg(kUdpIn);
        tx.latency = 80;
        const auto inserted = store.insert(tx, true); // running when the window last stopped
        QVERIFY2(inserted, qPrintable(store.errorString()));
        id = *inserted;
    }

    QUdpSocket out;
    QVERIFY(out.bind(QHostAddress::LocalHost, kUdpOut));
    QProcess peer; // an independent SRT listener that goes back to listening after a disconnect
    peer.setProcessChannelMode(QProcess::MergedChannels);
    peer.start(slt, {QStringLiteral("srt://127.0.0.1:%1?mode=listener&latency=80").arg(kSrtPort),
                     QStringLiteral("udp://127.0.0.1:%1").arg(kUdpOut)});
    QVERIFY(peer.waitForStarted());

    const QProcessEnvironment environment = isolatedEnvironment(root.path());
    for (const int signalNumber : {SIGTERM, SIGINT}) {
        const QByteArray name = signalNumber == SIGTERM ? "SIGTERM" : "SIGINT";
        ProgramProcess gui(QStringLiteral("srtdesk"), environment);
        gui.start({QStringLiteral("--data-dir"), dataDir});
        QVERIFY2(gui.waitForLog("connected with"), gui.log().constData());
        QVERIFY2(carriesTraffic(out, 10000), gui.log().constData());

        QVERIFY2(gui.signalAndWait(signalNumber), name.constData());
        QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
        QCOMPARE(gui.exitCode(), 0);
        const QByteArray log = gui.log();
        const qsizetype received = log.indexOf(QByteArray(name + " received: stopping every link"));
        QVERIFY2(received >= 0, log.constData());
        // The engine closed the link (not the process's end), then the program said goodbye.
        const qsizetype stopped = log.indexOf("service gui-signal-tx stopped", received);
        QVERIFY2(stopped > received, log.constData());
        QVERIFY2(log.indexOf("srtdesk.gui: stopped", stopped) > stopped, log.constData());
        QTest::qWait(500); // what was in flight (the 80 ms latency buffer) arrives, then no more
        while (out.hasPendingDatagrams())
            out.receiveDatagram();
        QVERIFY2(!carriesTraffic(out, 1000), "traffic still flows after the window stopped");

        // The desired state stays "running": the next start resumes the link (next loop).
        QCOMPARE(desiredRunning(dataDir, id), std::optional<bool>(true));
    }
    QCOMPARE(peer.state(), QProcess::Running);
    peer.kill();
    peer.waitForFinished(5000);
}

void TestGuiProcess::settingsLiveBesideTheDataDirectory()
{
    QTemporaryDir root;
    QProcessEnvironment environment = isolatedEnvironment(root.path());
    const QString userFile = root.filePath(QStringLiteral("config/srtdesk/srtdesk.conf"));
    const QString chosenDir = root.filePath(QStringLiteral("chosen"));
    const QString chosenFile = chosenDir + QStringLiteral("/srtdesk.conf");
    const QString explicitFile = root.filePath(QStringLiteral("explicit.ini"));
    writeIni(userFile, "[ui]\nlanguage=en\n");
    writeIni(chosenFile, "[ui]\nlanguage=es\n");
    writeIni(explicitFile, "[ui]\nlanguage=en\n");

    // --data-dir: the file in that directory.
    SettingsSeen seen = runForSettings(environment, {QStringLiteral("--data-dir"), chosenDir});
    QCOMPARE(seen.file, chosenFile);
    QCOMPARE(seen.language, QStringLiteral("es"));

    // No data directory chosen: the user's configuration, as before.
    seen = runForSettings(environment, {});
    QCOMPARE(seen.file, userFile);
    QCOMPARE(seen.language, QStringLiteral("en"));

    // $SRTDESK_DATA_DIR chooses the directory as --data-dir does.
    QProcessEnvironment withVariable = environment;
    withVariable.insert(QStringLiteral("SRTDESK_DATA_DIR"), chosenDir);
    seen = runForSettings(withVariable, {});
    QCOMPARE(seen.file, chosenFile);
    QCOMPARE(seen.language, QStringLiteral("es"));

    // --settings wins over both.
    seen = runForSettings(environment, {QStringLiteral("--data-dir"), chosenDir, QStringLiteral("--settings"), explicitFile});
    QCOMPARE(seen.file, explicitFile);
    QCOMPARE(seen.language, QStringLiteral("en"));

    // Each data directory has its own: a second one starts from the defaults.
    const QString otherDir = root.filePath(QStringLiteral("other"));
    seen = runForSettings(environment, {QStringLiteral("--data-dir"), otherDir});
    QCOMPARE(seen.file, otherDir + QStringLiteral("/srtdesk.conf"));
    QCOMPARE(seen.language, QStringLiteral("system"));
}
