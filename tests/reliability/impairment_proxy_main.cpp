// SPDX-License-Identifier: GPL-3.0-or-later
// srtdesk-impairment-proxy: the test suite's impairment proxy as a program, for trying
// network faults by hand between two SRT peers on this machine.
#include "ImpairmentProxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <thread>

using srtdesk::test::ImpairmentProfile;
using srtdesk::test::ImpairmentProxy;

namespace {
volatile std::sig_atomic_t g_stop = 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("UDP relay that impairs SRT traffic: loss, bursts, delay, jitter, "
                                                    "reordering, duplication, blackouts."));
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Local port the caller sends to."), QStringLiteral("port"));
    const QCommandLineOption upstream(QStringLiteral("upstream"), QStringLiteral("host:port of the SRT listener."), QStringLiteral("address"));
    const QCommandLineOption loss(QStringLiteral("loss"), QStringLiteral("Random loss, %."), QStringLiteral("percent"), QStringLiteral("0"));
    const QCommandLineOption burst(QStringLiteral("burst"), QStringLiteral("Burst start chance %, and length: P,N."), QStringLiteral("P,N"));
    const QCommandLineOption delay(QStringLiteral("delay"), QStringLiteral("One-way delay, ms."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption jitter(QStringLiteral("jitter"), QStringLiteral("Extra random delay up to, ms."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption reorder(QStringLiteral("reorder"), QStringLiteral("Reorder chance, %."), QStringLiteral("percent"), QStringLiteral("0"));
    const QCommandLineOption duplicate(QStringLiteral("duplicate"), QStringLiteral("Duplicate chance, %."), QStringLiteral("percent"), QStringLiteral("0"));
    const QCommandLineOption blackout(QStringLiteral("blackout"), QStringLiteral("Blackout window START_MS,DURATION_MS (repeatable)."), QStringLiteral("window"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({listen, upstream, loss, burst, delay, jitter, reorder, duplicate, blackout, seed});
    parser.process(app);

    const QStringList up = parser.value(upstream).split(QLatin1Char(':'));
    if (!parser.isSet(listen) || up.size() != 2) {
        QTextStream(stderr) << "--listen and --upstream host:port are required\n";
        return 2;
    }
    ImpairmentProfile profile;
    profile.lossPercent = parser.value(loss).toDouble();
    profile.delayMs = parser.value(delay).toInt();
    profile.jitterMs = parser.value(jitter).toInt();
    profile.reorderPercent = parser.value(reorder).toDouble();
    profile.duplicatePercent = parser.value(duplicate).toDouble();
    if (parser.isSet(burst)) {
        const QStringList parts = parser.value(burst).split(QLatin1Char(','));
        profile.burstStartPercent = parts.value(0).toDouble();
        profile.burstLength = parts.value(1).toInt();
    }
    ImpairmentProxy proxy(parser.value(listen).toInt(), up[0].toStdString(), up[1].toInt(), parser.value(seed).toUInt());
    proxy.setProfile(profile);
    for (const QString &window : parser.values(blackout)) {
        const QStringList parts = window.split(QLatin1Char(','));
        proxy.scheduleBlackout(parts.value(0).toInt(), parts.value(1).toInt());
    }
    std::string error;
    if (!proxy.start(&error)) {
        QTextStream(stderr) << QString::fromStdString(error) << '\n';
        return 1;
    }
    std::signal(SIGINT, [](int) { g_stop = 1; });
    std::signal(SIGTERM, [](int) { g_stop = 1; });
    while (!g_stop)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    proxy.stop();
    for (auto direction : {ImpairmentProxy::ClientToUpstream, ImpairmentProxy::UpstreamToClient}) {
        const auto c = proxy.counters(direction);
        QTextStream(stdout) << (direction == ImpairmentProxy::ClientToUpstream ? "to upstream" : "to client")
                            << ": received " << c.received << " forwarded " << c.forwarded << " lost " << c.lost
                            << " duplicated " << c.duplicated << " reordered " << c.reordered << " blacked out "
                            << c.blackedOut << '\n';
    }
    return 0;
}
