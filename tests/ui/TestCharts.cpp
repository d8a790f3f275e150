// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCharts.h"

#include "UiTestSupport.h"
#include "tests/tools/UdpSequenceSender.h"
#include "ui/ChartPanel.h"
#include "ui/ChartRange.h"
#include "ui/ChartView.h"
#include "ui/SeriesDecimator.h"
#include "core/engine/SrtRuntime.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace srtdesk;
using namespace srtdesk::uitest;

void TestCharts::rangeFollowsZoomsAndPans()
{
    const qint64 now = 1'700'000'000'000;
    ChartRange range;
    range.setWindow(60 * 60000);
    QVERIFY(range.follows());
    QCOMPARE(range.at(now), std::make_pair(now - 3'600'000, now));
    // Zooming at the present keeps following it.
    range.zoom(0.5, 1.0, now);
    QVERIFY(range.follows());
    QCOMPARE(range.span(), qint64(1'800'000));
    // Zooming elsewhere fixes the range around that point.
    range.zoom(0.5, 0.5, now); // around now − 15 min
    QVERIFY(!range.follows());
    QCOMPARE(range.at(now), std::make_pair(now - 1'350'000, now - 450'000));
    // Panning back and forth; reaching the present follows it again.
    range.pan(-1.0, now);
    QCOMPARE(range.at(now), std::make_pair(now - 2'250'000, now - 1'350'000));
    range.pan(3.0, now);
    QVERIFY(range.follows());
    QCOMPARE(range.at(now + 5000), std::make_pair(now + 5000 - 900'000, now + 5000));
    // Limits: 10 s to 24 h.
    for (int i = 0; i < 30; ++i)
        range.zoom(0.5, 1.0, now);
    QCOMPARE(range.span(), ChartRange::kMinSpanMs);
    for (int i = 0; i < 30; ++i)
        range.zoom(2.0, 1.0, now);
    QCOMPARE(range.span(), ChartRange::kMaxSpanMs);
    // From the keyboard (no pointer): the present while following, else the middle.
    range.setWindow(600000);
    range.zoom(0.5, std::nan(""), now);
    QVERIFY(range.follows());
    QCOMPARE(range.span(), qint64(300000));
}

void TestCharts::decimationKeepsPeaks()
{
    QList<QPointF> day;
    for (int s = 0; s < 86400; ++s)
        day.append({double(s) * 1000.0, 5.0 + std::sin(s / 600.0)});
    day[40000].setY(50.0); // one spike
    day[70000].setY(0.0);  // one drop
    const QList<QPointF> drawn = SeriesDecimator::minMax(day, 600);
    QVERIFY2(drawn.size() <= 1200 && drawn.size() > 600, qPrintable(QString::number(drawn.size())));
    double top = 0, bottom = 100;
    for (int i = 0; i < drawn.size(); ++i) {
        top = std::max(top, drawn.at(i).y());
        bottom = std::min(bottom, drawn.at(i).y());
        if (i > 0)
            QVERIFY(drawn.at(i).x() > drawn.at(i - 1).x());
    }
    QCOMPARE(top, 50.0);
    QCOMPARE(bottom, 0.0);
    QCOMPARE(drawn.first(), day.first());
    // A short series passes as it is; a gap in time leaves no bucket behind.
    QCOMPARE(SeriesDecimator::minMax(day.mid(0, 100), 600), day.mid(0, 100));
    QList<QPointF> gap = day.mid(0, 3000) + day.mid(80000, 3000);
    QVERIFY(SeriesDecimator::minMax(gap, 100).size() <= 200);
}

void TestCharts::aDayOfSamplesZoomedAndPanned()
{
    Fixture f;
    const auto service = f.manager->add(rxListener(QStringLiteral("A day of history"), nextLinkPort(), nextLinkPort()));
    QVERIFY(service.ok());
    ChartPanel charts(*f.manager);
    // The last 24 h at 1 s, as a stored history will hand them in (one function: the seam).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<StatsSample> day;
    for (qint64 t = now - 86'400'000; t <= now; t += 1000) {
        StatsSample s;
        s.msecsSinceEpoch = t;
        s.recvMbps = 4.0;
        s.rttMs = (now - t) % 3'600'000 < 60'000 ? std::nan("") : 12.0; // a minute an hour unmeasured
        day.append(s);
    }
    day[day.size() / 2].recvMbps = 40.0;
    int asked = 0;
    charts.setHistorySource([&](qint64 id, qint64 from, qint64 to) {
        ++asked;
        QList<StatsSample> range;
        for (const StatsSample &s : std::as_const(day)) {
            if (id == service.id && s.msecsSinceEpoch >= from && s.msecsSinceEpoch <= to)
                range.append(s);
        }
        return range;
    });
    charts.resize(1200, 320);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    charts.setService(service.id);
    charts.setWindowMinutes(24 * 60);
    QVERIFY(asked > 0);
    QCOMPARE(charts.range().span(), qint64(86'400'000));
    // Drawn in about two points per pixel, the spike kept.
    QVERIFY2(charts.ratePointCount() < 3000, qPrintable(QString::number(charts.ratePointCount())));
    ChartView *rate = charts.views().at(1);
    double top = 0;
    for (const QPointF &p : qobject_cast<QLineSeries *>(rate->chart()->series().first())->points())
        top = std::max(top, p.y());
    QCOMPARE(top, 40.0);
    for (const QPointF &p : charts.rttPoints())
        QVERIFY(!std::isnan(p.y()));

    // The wheel zooms in around the pointer, on all three charts at once.
    const QRectF plot = rate->chart()->plotArea();
    const QPoint middle = rate->mapFromScene(plot.center());
    QWheelEvent wheel(middle, rate->mapToGlobal(middle), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(rate->viewport(), &wheel);
    QVERIFY(!charts.range().follows());
    QVERIFY(charts.range().span() < 86'400'000 * 0.7);
    const auto axisRange = [](ChartView *view) {
        const auto *axis = qobject_cast<QDateTimeAxis *>(view->chart()->axes(Qt::Horizontal).value(0));
        return std::make_pair(axis->min().toMSecsSinceEpoch(), axis->max().toMSecsSinceEpoch());
    };
    QCOMPARE(axisRange(charts.views().at(0)), axisRange(rate));
    QCOMPARE(axisRange(charts.views().at(2)), axisRange(rate));

    // Dragging to the right looks further back.
    const auto before = axisRange(rate);
    QTest::mousePress(rate->viewport(), Qt::LeftButton, Qt::NoModifier, middle);
    QMouseEvent move(QEvent::MouseMove, QPointF(middle + QPoint(120, 0)), rate->viewport()->mapToGlobal(QPointF(middle + QPoint(120, 0))),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(rate->viewport(), &move);
    QTest::mouseRelease(rate->viewport(), Qt::LeftButton, Qt::NoModifier, middle + QPoint(120, 0));
    QVERIFY(axisRange(rate).first < before.first);

    // From the keyboard: arrows pan, minus zooms out, Home comes back to the present.
    rate->setFocus();
    const auto beforeKeys = axisRange(rate);
    QTest::keyClick(rate, Qt::Key_Left);
    QVERIFY(axisRange(rate).first < beforeKeys.first);
    const qint64 span = charts.range().span();
    QTest::keyClick(rate, Qt::Key_Minus);
    QVERIFY(charts.range().span() > span);
    QTest::keyClick(rate, Qt::Key_Home);
    QVERIFY(charts.range().follows());
    QCOMPARE(charts.range().span(), qint64(86'400'000));
}

void TestCharts::secondServiceOverlaid()
{
    Fixture f;
    ServiceManager &manager = *f.manager;
    const int srtPort = nextLinkPort();
    const int udpIn = nextLinkPort();
    const auto tx = manager.add(txListener(QStringLiteral("Overlay TX"), srtPort, udpIn));
    const auto rx = manager.add(rxCaller(QStringLiteral("Overlay RX"), srtPort, nextLinkPort()));
    QVERIFY(tx.ok() && rx.ok());
    ChartPanel charts(manager);
    charts.resize(1200, 320);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    charts.setWindowMinutes(1);
    charts.setService(rx.id);
    charts.setCompareService(tx.id);
    QCOMPARE(charts.compareService(), tx.id);
    QVERIFY(manager.start(tx.id).ok());
    QVERIFY(manager.start(rx.id).ok());
    testtools::UdpSequenceSender::Options options;
    options.port = udpIn;
    options.mbps = 3.0;
    testtools::UdpSequenceSender sender(options);
    QString error;
    QVERIFY2(sender.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(charts.ratePointCount() >= 3 && charts.comparePointCount() >= 3, 15000);

    // Two lines on the rate chart, named after their services in the legend.
    ChartView *rate = charts.views().at(1);
    QVERIFY(rate->chart()->legend()->isVisible());
    QStringList shown;
    for (QLegendMarker *marker : rate->chart()->legend()->markers()) {
        if (marker->isVisible())
            shown.append(marker->label());
    }
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown.at(0).contains(QLatin1String("Overlay RX")) && shown.at(1).contains(QLatin1String("Overlay TX")),
             qPrintable(shown.join(QStringLiteral(" | "))));
    // Sent and received rates of one stream lie on one another.
    auto *received = qobject_cast<QLineSeries *>(rate->chart()->series().at(0));
    auto *sent = qobject_cast<QLineSeries *>(rate->chart()->series().at(1));
    QTRY_VERIFY_WITH_TIMEOUT(received->points().last().y() > 1.0 && sent->points().last().y() > 1.0, 10000);
    // Nothing to compare: the second line and its legend go.
    charts.setCompareService(0);
    QCOMPARE(charts.comparePointCount(), 0);
    QVERIFY(!rate->chart()->legend()->isVisible());
    sender.stop();
    manager.stopAll();
}

void TestCharts::theLastDaySurvivesARestart()
{
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 kHour = 3'600'000;
    qint64 id = 0;
    {
        // A day of running as the history file holds it: written through the window's own
        // AlarmSystem (HistoryStore, real SQLite), one sample a minute for the day and one a
        // second for the last hour, the first seconds of a link without a measured RTT.
        ServiceStore store;
        QVERIFY(store.open(dir.path()));
        ServiceManager manager(store, runtime());
        QVERIFY(manager.load());
        AlarmSystem alarms(manager, store, dir.path());
        id = manager.add(rxListener(QStringLiteral("Kept RX"), nextLinkPort(), nextLinkPort())).id;
        QList<HistorySample> day;
        const auto sample = [&](qint64 t, double rate, double rtt) {
            HistorySample s;
            s.serviceId = id;
            s.timeMs = t;
            s.mbitRate = rate;
            s.mbitRateMin = s.mbitRateMax = rate;
            s.rttMs = s.rttMaxMs = rtt;
            s.packets = 300;
            day.append(s);
        };
        for (qint64 t = now - 24 * kHour + 60'000; t < now - kHour; t += 60'000)
            sample(t, 2.0 + double((t / 60'000) % 10) / 10.0, 11.0);
        int second = 0;
        for (qint64 t = now - kHour + 1000; t < now - 1000; t += 1000, ++second)
            sample(t, 3.0, second < 5 ? 0.0 : 0.2); // 0: not measured yet
        alarms.history().addSamples(day);
        QVERIFY(alarms.history().flush());
    }

    // The window opens again on the same data directory.
    ServiceStore store;
    QVERIFY(store.open(dir.path()));
    ServiceManager manager(store, runtime());
    QVERIFY(manager.load());
    AlarmSystem alarms(manager, store, dir.path());
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(manager, alarms, settings, dir.path());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectService(id);
    ChartPanel *charts = window.chartPanel();
    QCOMPARE(charts->service(), id);
    charts->setWindowMinutes(24 * 60);
    QCOMPARE(charts->windowMinutes(), 24 * 60);
    QTRY_VERIFY(charts->ratePointCount() > 100);
    const QList<QPointF> rate = charts->ratePoints();
    QVERIFY2(rate.first().x() <= double(now - 23 * kHour),
             qPrintable(QDateTime::fromMSecsSinceEpoch(qint64(rate.first().x())).toString()));
    QVERIFY2(rate.last().x() >= double(now - 5 * 60'000), // the minutes not folded yet come from the seconds
             qPrintable(QDateTime::fromMSecsSinceEpoch(qint64(rate.last().x())).toString()));
    // Measured data as straight lines, never splines.
    for (ChartView *view : charts->views()) {
        for (QAbstractSeries *series : view->chart()->series())
            QCOMPARE(series->type(), QAbstractSeries::SeriesTypeLine);
    }
    // The last hour at 1 s: the seconds before the first measurement have no RTT point.
    charts->setWindowMinutes(60);
    QTRY_VERIFY(charts->ratePointCount() > 300); // decimated to the plot's width
    QVERIFY(charts->rttPointCount() > 300);
    for (const QPointF &point : charts->rttPoints())
        QVERIFY2(point.y() > 0.0, qPrintable(QString::number(point.y())));
    QVERIFY(charts->rttPoints().first().x() > charts->ratePoints().first().x());
}
