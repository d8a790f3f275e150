// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStreamPanel.h"

#include "UiTestSupport.h"
#include "core/monitor/TsAnalyzer.h"
#include "tests/monitor/TsFixtures.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/StreamPanel.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace srtdesk;
using namespace srtdesk::uitest;
using namespace tsfixtures;

namespace {

constexpr std::int64_t kStartUs = 1'000'000'000;

// The last full interval (1 s) the analyser published while `ts` was fed at its mux rate.
StreamHealth analysed(const QByteArray &ts)
{
    TsAnalyzer analyzer;
    analyzer.linkUp(kStartUs);
    feed(analyzer, ts, kStartUs);
    return *analyzer.latest();
}

QStringList column(const QTreeWidget &tree, int column)
{
    QStringList texts;
    for (int top = 0; top < tree.topLevelItemCount(); ++top) {
        for (int child = 0; child < tree.topLevelItem(top)->childCount(); ++child)
            texts.append(tree.topLevelItem(top)->child(child)->text(column));
    }
    return texts;
}

} // namespace

void TestStreamPanel::initTestCase()
{
    QTemporaryDir dir;
    const QString path = makeTwoProgramStream(dir.path(), 2.0);
    QVERIFY2(!path.isEmpty(), "ffmpeg could not make the two-program stream");
    m_ts = readFile(path);
    QVERIFY(m_ts.size() > 100 * kPacket);
}

void TestStreamPanel::showsProgrammesPidsAndCodecs()
{
    Fixture f;
    StreamPanel panel(*f.manager);
    QVERIFY(panel.summary().contains(QLatin1String("Select a service")));
    panel.showHealth(analysed(m_ts));
    // Two programmes: MPEG-2 video + MP2 (eng), H.264 + AAC (deu), as ffmpeg made them.
    QTreeWidget *tree = panel.programmes();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QVERIFY2(panel.summary().contains(QLatin1String("MPEG-TS")) && panel.summary().contains(QLatin1String("2 programme")),
             qPrintable(panel.summary()));
    const QStringList codecs = column(*tree, 2);
    for (const char *codec : {"mpeg2video", "mp2", "h264", "aac"})
        QVERIFY2(codecs.contains(QLatin1String(codec)), qPrintable(codecs.join(QLatin1Char(','))));
    const QStringList languages = column(*tree, 3);
    QVERIFY(languages.contains(QStringLiteral("eng")) && languages.contains(QStringLiteral("deu")));
    QVERIFY(column(*tree, 1).contains(QStringLiteral("Video")) && column(*tree, 1).contains(QStringLiteral("Audio")));
    // A clean stream: every counter 0.
    QTableWidget *errors = panel.errors();
    for (int row = 0; row < errors->rowCount(); ++row)
        QCOMPARE(errors->item(row, 2)->text(), QStringLiteral("0"));
    QCOMPARE(panel.trend(), QList<double>{0.0});
}

void TestStreamPanel::countsErrorsAndTrendsThem()
{
    Fixture f;
    StreamPanel panel(*f.manager);
    const StreamHealth clean = analysed(m_ts);
    panel.showHealth(clean);
    // Every 50th packet of the first video PID goes missing: continuity count errors.
    int videoPid = -1;
    for (const TsPidInfo &pid : clean.programs.value(0).pids) {
        if (pid.kind == PidKind::Video && videoPid < 0)
            videoPid = pid.pid;
    }
    QVERIFY(videoPid > 0);
    QByteArray damaged;
    int seen = 0;
    for (int i = 0; i < m_ts.size() / kPacket; ++i) {
        if (pidOf(m_ts, i) == videoPid && ++seen % 50 == 0)
            continue;
        damaged.append(m_ts.mid(i * kPacket, kPacket));
    }
    panel.showHealth(analysed(damaged));
    QTableWidget *errors = panel.errors();
    int ccRow = -1;
    for (int row = 0; row < errors->rowCount(); ++row) {
        if (errors->item(row, 0)->text().contains(QLatin1String("Continuity")))
            ccRow = row;
    }
    QVERIFY(ccRow >= 0);
    QVERIFY2(errors->item(ccRow, 1)->text().toInt() > 0, qPrintable(errors->item(ccRow, 1)->text()));
    QVERIFY(errors->item(ccRow, 1)->foreground().color().isValid());
    QCOMPARE(panel.trend().size(), 2);
    QCOMPARE(panel.trend().first(), 0.0);
    QVERIFY(panel.trend().last() > 0);
}

void TestStreamPanel::refreshAsksForProbeAndThumbnail()
{
    Fixture f;
    const auto id = f.manager->add(rxListener(QStringLiteral("Probed"), nextLinkPort(), nextLinkPort())).id;
    StreamPanel panel(*f.manager);
    auto *refresh = panel.findChild<QPushButton *>(QStringLiteral("streamRefresh"));
    QVERIFY(refresh && !refresh->isEnabled()); // nothing selected
    panel.setService(id);
    QVERIFY(refresh->isEnabled());
    QVERIFY(panel.summary().contains(QLatin1String("No stream")));
    QSignalSpy probed(f.manager.get(), &ServiceManager::probeFinished);
    QSignalSpy pictured(f.manager.get(), &ServiceManager::thumbnailFinished);
    refresh->click();
    QVERIFY(!refresh->isEnabled()); // until the answers come
    QTRY_COMPARE(probed.count(), 1);
    QTRY_COMPARE(pictured.count(), 1);
    QCOMPARE(probed.first().at(0).toLongLong(), id);
    // What came back is what the panel shows.
    const QString error = probed.first().at(2).toString();
    if (!error.isEmpty())
        QCOMPARE(panel.probeText(), error);
    else
        QVERIFY(panel.probeText().contains(QLatin1String("PID")));
    QCOMPARE(panel.hasThumbnail(), pictured.first().at(2).toString().isEmpty());
    QVERIFY(refresh->isEnabled());
}

void TestStreamPanel::followsTheSelectedService()
{
    Fixture f;
    const auto a = f.manager->add(rxListener(QStringLiteral("First"), nextLinkPort(), nextLinkPort())).id;
    const auto b = f.manager->add(txListener(QStringLiteral("Second"), nextLinkPort(), nextLinkPort())).id;
    AppSettings settings(f.settingsPath());
    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("streamDock")));
    window.selectService(a);
    QCOMPARE(window.streamPanel()->service(), a);
    window.selectService(b);
    QCOMPARE(window.streamPanel()->service(), b);
}
