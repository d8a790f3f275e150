// SPDX-License-Identifier: GPL-3.0-or-later
// srtdesk-screenshots: renders SRT Desk's windows with real running services into PNG files.
//
//   srtdesk-screenshots <output dir> [seconds of traffic before the shots, default 40]
//
// Everything is real: a temporary data directory, libsrt links on loopback, UDP streams fed
// into the TX services, one link through an impairment proxy (loss and delay) so that the
// charts show retransmissions. Run it under xvfb-run (scripts/screenshots does).

#include "UiTestSupport.h"
#include "core/LogCollector.h"
#include "core/engine/SrtRuntime.h"
#include "tests/reliability/ImpairmentProxy.h"
#include "tests/tools/UdpSequenceSender.h"
#include "ui/AppSettings.h"
#include "ui/ChartPanel.h"
#include "ui/MainWindow.h"
#include "ui/ServiceDialog.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QTimer>
#include <QUdpSocket>

#include <cmath>
#include <cstdio>

using namespace srtdesk;

namespace {

void wait(int msecs)
{
    QEventLoop loop;
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget *widget, const QString &path)
{
    widget->repaint();
    QApplication::processEvents();
    const bool ok = widget->grab().save(path, "PNG");
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// A UDP source whose rate drifts slowly between ~3 and ~7 Mbit/s, like a VBR encoder.
class DriftingSource : public QObject
{
public:
    DriftingSource(quint16 port, QObject *parent)
        : QObject(parent)
        , m_port(port)
        , m_payload(1316, 'G')
    {
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_timer.start(5);
    }

private:
    void tick()
    {
        const double seconds = double(m_clock.elapsed()) / 1000.0;
        const double mbps = 5.0 + 2.0 * std::sin(seconds / 6.0) + 0.6 * std::sin(seconds * 1.3);
        const double elapsed = seconds - m_last;
        m_last = seconds;
        m_credit += mbps * 1e6 / 8.0 / double(m_payload.size()) * elapsed;
        while (m_credit >= 1.0) {
            m_socket.writeDatagram(m_payload, QHostAddress::LocalHost, m_port);
            m_credit -= 1.0;
        }
    }

    quint16 m_port;
    QByteArray m_payload;
    QUdpSocket m_socket;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_credit = 0;
};

ServiceConfig named(ServiceConfig c, const char *name)
{
    c.serviceName = QString::fromUtf8(name);
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    LogCollector log;
    log.install();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("srtdesk-screenshots"));
    QApplication::setApplicationDisplayName(QStringLiteral("SRT Desk"));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    const int seconds = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 40;
    QDir().mkpath(outDir);

    SrtRuntime runtime;
    uitest::setRuntime(&runtime);
    uitest::Fixture f;
    ServiceManager &manager = *f.manager;
    AppSettings settings(f.settingsPath());
    settings.setChartWindowMinutes(1);

    // Ports 29500-29599: apart from the test suites.
    const int txAPort = 29500, txAIn = 29501, rxAOut = 29502;
    const int txBPort = 29510, txBIn = 29511, rxBOut = 29512, proxyPort = 29513;
    const int rxCPort = 29520, rxCOut = 29521;
    const int rxDPeer = 29530, rxDOut = 29531;
    const int txEPort = 29540, txEIn = 29541;

    ServiceConfig txA = named(uitest::txListener({}, txAPort, txAIn), "Studio A programme");
    txA.srtBw = 12000;
    txA.inputBw = 8000;
    txA.latency = 300;
    ServiceConfig rxA = named(uitest::rxCaller({}, txAPort, rxAOut), "Madrid MCR");
    rxA.latency = 300;
    rxA.srtBw = 12000;

    ServiceConfig txB = named(uitest::txListener({}, txBPort, txBIn), "Sports 2 contribution");
    txB.passPhrase = QStringLiteral("correct horse battery");
    txB.latency = 400;
    ServiceConfig rxB = named(uitest::rxCaller({}, proxyPort, rxBOut), "Barcelona sports");
    rxB.passPhrase = txB.passPhrase;
    rxB.latency = 400;

    ServiceConfig rxC = named(uitest::rxListener({}, rxCPort, rxCOut), "Bilbao backup return");
    ServiceConfig rxD = named(uitest::rxCaller({}, rxDPeer, rxDOut), "Sevilla remote");
    rxD.peerIp = QStringLiteral("127.0.0.1");
    ServiceConfig txE = named(uitest::txListener({}, txEPort, txEIn), "Spare feed");

    QList<qint64> ids;
    for (const ServiceConfig &c : {txA, rxA, txB, rxB, rxC, rxD, txE}) {
        const auto result = manager.add(c);
        if (!result.ok()) {
            std::fprintf(stderr, "cannot add %s: %s\n", qPrintable(c.serviceName), qPrintable(result.message));
            return 1;
        }
        ids.append(result.id);
    }
    const qint64 rxAId = ids.at(1);
    const qint64 rxBId = ids.at(3);

    // Barcelona's link crosses a lossy, slow path.
    test::ImpairmentProxy proxy(proxyPort, "127.0.0.1", txBPort, 7);
    test::ImpairmentProfile profile;
    profile.lossPercent = 1.5;
    profile.delayMs = 18;
    profile.jitterMs = 4;
    proxy.setProfile(profile);
    std::string proxyError;
    if (!proxy.start(&proxyError)) {
        std::fprintf(stderr, "impairment proxy: %s\n", proxyError.c_str());
        return 1;
    }

    MainWindow window(manager, *f.alarms, settings, f.dir.path(), &log);
    window.resize(1480, 920);
    window.show();

    for (int i = 0; i < ids.size() - 1; ++i) // the spare stays stopped
        manager.start(ids.at(i));

    DriftingSource sourceA(quint16(txAIn), &app);
    testtools::UdpSequenceSender::Options options;
    options.port = txBIn;
    options.mbps = 3.5;
    testtools::UdpSequenceSender sourceB(options);
    QString error;
    if (!sourceB.start(&error)) {
        std::fprintf(stderr, "sender: %s\n", qPrintable(error));
        return 1;
    }

    window.selectService(rxAId);
    std::fprintf(stderr, "running traffic for %d s\n", seconds);
    wait(seconds * 1000);

    bool ok = true;
    ok &= save(&window, outDir + QStringLiteral("/main-window.png"));

    window.selectService(rxBId);
    wait(1500);
    ok &= save(&window, outDir + QStringLiteral("/main-window-lossy-link.png"));
    ok &= save(window.chartPanel(), outDir + QStringLiteral("/charts.png"));

    if (auto *logDock = window.findChild<QDockWidget *>(QStringLiteral("logDock"))) {
        logDock->raise();
        wait(300);
        ok &= save(&window, outDir + QStringLiteral("/main-window-log.png"));
    }

    {
        ServiceDialog dialog(manager, ServiceDialog::Purpose::Edit, *manager.config(rxBId), &window);
        dialog.show();
        wait(300);
        ok &= save(&dialog, outDir + QStringLiteral("/service-dialog-rx.png"));
    }
    {
        ServiceConfig draft = ServiceConfig::defaults(ServiceKind::Tx);
        ServiceDialog dialog(manager, ServiceDialog::Purpose::Add, draft, &window);
        dialog.show();
        // A user half-way through: a passphrase that is too short.
        if (auto *name = qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("ServiceName"))))
            name->setText(QStringLiteral("New contribution"));
        if (auto *pass = qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("PassPhrase"))))
            pass->setText(QStringLiteral("secret"));
        if (auto *udp = qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("UdpIn"))))
            udp->setText(QStringLiteral("239.1.1.1:5000"));
        wait(300);
        ok &= save(&dialog, outDir + QStringLiteral("/service-dialog-tx-invalid.png"));
    }
    {
        SettingsDialog dialog(settings, f.dir.path(), f.alarms->rules(), &window);
        dialog.show();
        wait(300);
        ok &= save(&dialog, outDir + QStringLiteral("/settings.png"));
    }

    sourceB.stop();
    proxy.stop();
    manager.stopAll();
    log.uninstall();
    return ok ? 0 : 1;
}
