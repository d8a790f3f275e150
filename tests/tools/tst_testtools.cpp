// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic tools must themselves be right before the engine tests can trust them.
#include "tests/tools/UdpSequencePacket.h"
#include "tests/tools/UdpSequenceReceiver.h"
#include "tests/tools/UdpSequenceSender.h"

#include <QElapsedTimer>
#include <QTest>

#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace srtdesk::testtools;

namespace {
constexpr int kPortBase = 23900; // below the ephemeral range

void sendRaw(int port, const std::vector<char> &datagram)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(quint16(port));
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::sendto(fd, datagram.data(), datagram.size(), 0, reinterpret_cast<const sockaddr *>(&to), sizeof to);
    ::close(fd);
}

std::vector<char> packet(std::uint64_t sequence, std::size_t size = 1316)
{
    std::vector<char> data(size);
    UdpSequencePacket::fill(data.data(), size, sequence);
    return data;
}
} // namespace

class TestTools : public QObject
{
    Q_OBJECT

private slots:
    void packetRoundTrip()
    {
        for (std::uint64_t sequence : {0ULL, 1ULL, 77ULL, 123456789ULL}) {
            auto data = packet(sequence);
            std::uint64_t seen = 0;
            QCOMPARE(UdpSequencePacket::verify(data.data(), data.size(), &seen), UdpSequencePacket::Check::Ok);
            QCOMPARE(seen, sequence);
            data[700] = char(data[700] ^ 0x01);
            QCOMPARE(UdpSequencePacket::verify(data.data(), data.size(), &seen), UdpSequencePacket::Check::Corrupted);
        }
        auto data = packet(5);
        QCOMPARE(UdpSequencePacket::verify(data.data(), 1000, nullptr), UdpSequencePacket::Check::Corrupted);
        // Different sequence numbers give different payloads.
        QVERIFY(packet(1) != packet(2));
    }

    void senderPacesAndReceiverCounts()
    {
        UdpSequenceReceiver receiver;
        QString error;
        QVERIFY2(receiver.start(QStringLiteral("127.0.0.1"), kPortBase, &error), qPrintable(error));
        UdpSequenceSender::Options options;
        options.port = kPortBase;
        options.mbps = 21.056; // 2000 datagrams of 1316 bytes per second
        options.count = 1000;
        UdpSequenceSender sender(options);
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(sender.start(&error), qPrintable(error));
        sender.wait();
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(sender.sent(), 1000);
        QVERIFY2(elapsed >= 450 && elapsed < 1500, qPrintable(QString::number(elapsed)));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.counts().unique, 1000, 2000);
        const auto counts = receiver.counts();
        QCOMPARE(counts.missing, 0);
        QCOMPARE(counts.duplicates, 0);
        QCOMPARE(counts.outOfOrder, 0);
        QCOMPARE(counts.corrupted, 0);
        QCOMPARE(counts.highest, 999);
        QCOMPARE(counts.bytes, 1000 * 1316);
    }

    void receiverSeesFaults()
    {
        UdpSequenceReceiver receiver;
        QString error;
        QVERIFY2(receiver.start(QStringLiteral("127.0.0.1"), kPortBase + 1, &error), qPrintable(error));
        sendRaw(kPortBase + 1, packet(0));
        sendRaw(kPortBase + 1, packet(2));
        sendRaw(kPortBase + 1, packet(1));      // out of order
        sendRaw(kPortBase + 1, packet(2));      // duplicate
        sendRaw(kPortBase + 1, packet(5));      // 3 and 4 missing
        auto bad = packet(6);
        bad[100] = char(bad[100] ^ 0x40);
        sendRaw(kPortBase + 1, bad);            // corrupted
        QTRY_COMPARE_WITH_TIMEOUT(receiver.counts().received, 6, 2000);
        const auto counts = receiver.counts();
        QCOMPARE(counts.unique, 4);
        QCOMPARE(counts.outOfOrder, 1);
        QCOMPARE(counts.duplicates, 1);
        QCOMPARE(counts.missing, 2);
        QCOMPARE(counts.corrupted, 1);
        // Missing in a range: 3 and 4 in the middle, and 6 and 7 (a lost tail: 6 was corrupted).
        std::vector<std::uint64_t> first;
        QCOMPARE(receiver.missingIn(0, 8, &first), 4);
        QCOMPARE(first, (std::vector<std::uint64_t>{3, 4, 6, 7}));
        QCOMPARE(receiver.missingIn(0, 3), 0);
        QCOMPARE(receiver.missingIn(4, 6), 1);
    }
};

QTEST_GUILESS_MAIN(TestTools)
#include "tst_testtools.moc"
