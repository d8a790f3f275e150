// SPDX-License-Identifier: GPL-3.0-or-later
// srtdesk-udp-recv: counts sequence-numbered test datagrams (see UdpSequencePacket.h).
//   srtdesk-udp-recv --bind 127.0.0.1:5001 --duration 6
// Prints the counts as JSON when done (or on SIGINT/SIGTERM).
#include "tests/tools/UdpSequenceReceiver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <csignal>

using srtdesk::testtools::UdpSequenceReceiver;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Counts sequence-numbered UDP test datagrams."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("bind"), QStringLiteral("Local ip:port (a multicast group is joined)."),
                      QStringLiteral("ip:port")});
    parser.addOption({QStringLiteral("duration"), QStringLiteral("Seconds to listen (default: until a signal)."),
                      QStringLiteral("s")});
    parser.process(app);

    const QString bind = parser.value(QStringLiteral("bind"));
    const int colon = bind.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        parser.showHelp(2);
    UdpSequenceReceiver receiver;
    QString error;
    if (!receiver.start(bind.left(colon), bind.mid(colon + 1).toInt(), &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    if (parser.isSet(QStringLiteral("duration")))
        QTimer::singleShot(int(parser.value(QStringLiteral("duration")).toDouble() * 1000), &app, &QCoreApplication::quit);
    app.exec();
    receiver.stop();
    const auto c = receiver.counts();
    QTextStream(stdout) << QStringLiteral("{\"received\": %1, \"unique\": %2, \"missing\": %3, \"duplicates\": %4, "
                                         "\"outOfOrder\": %5, \"corrupted\": %6, \"bytes\": %7}")
                               .arg(c.received)
                               .arg(c.unique)
                               .arg(c.missing)
                               .arg(c.duplicates)
                               .arg(c.outOfOrder)
                               .arg(c.corrupted)
                               .arg(c.bytes)
                        << Qt::endl;
    return 0;
}
