// SPDX-License-Identifier: GPL-3.0-or-later
// srtdesk-udp-send: sends sequence-numbered test datagrams (see UdpSequencePacket.h).
//   srtdesk-udp-send --to 127.0.0.1:5000 --rate 10 [--size 1316] [--duration 5 | --count N]
#include "tests/tools/UdpSequenceSender.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using srtdesk::testtools::UdpSequenceSender;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sends sequence-numbered UDP test datagrams at a steady rate."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("to"), QStringLiteral("Destination ip:port."), QStringLiteral("ip:port")});
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Rate in Mbit/s (default 10)."), QStringLiteral("mbps"),
                      QStringLiteral("10")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Datagram size in bytes (default 1316)."),
                      QStringLiteral("bytes"), QStringLiteral("1316")});
    parser.addOption({QStringLiteral("duration"), QStringLiteral("Seconds to send."), QStringLiteral("s")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("Datagrams to send."), QStringLiteral("n")});
    parser.process(app);

    const QString to = parser.value(QStringLiteral("to"));
    const int colon = to.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        parser.showHelp(2);
    UdpSequenceSender::Options options;
    options.host = to.left(colon);
    options.port = to.mid(colon + 1).toInt();
    options.mbps = parser.value(QStringLiteral("rate")).toDouble();
    options.datagramBytes = parser.value(QStringLiteral("size")).toInt();
    if (parser.isSet(QStringLiteral("duration")))
        options.durationMs = int(parser.value(QStringLiteral("duration")).toDouble() * 1000);
    if (parser.isSet(QStringLiteral("count")))
        options.count = parser.value(QStringLiteral("count")).toLongLong();

    UdpSequenceSender sender(options);
    QString error;
    QTextStream out(stdout);
    if (!sender.start(&error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    sender.wait();
    out << QStringLiteral("{\"sent\": %1, \"errors\": %2}").arg(sender.sent()).arg(sender.sendErrors()) << Qt::endl;
    return sender.sendErrors() == 0 ? 0 : 1;
}
