// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/StatsSample.h"
#include "ui/ChartRange.h"

#include <QList>
#include <QWidget>

#include <functional>

class QChart;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPushButton;
class QValueAxis;

namespace srtdesk {

class ChartView;
class ElidedLabel;
class ServiceManager;

// Line charts of one service's link: round-trip time, bit rate, and packets lost /
// retransmitted / dropped per interval, with a second service overlaid on request. Time on the
// x axis over a window of 1 minute to 24 hours that follows the present, or wherever the
// operator zooms and pans to (mouse or keyboard, the three charts together); y axes scale to
// the data. Measured values are drawn as straight lines between samples, and a sample without
// a measured RTT (no link, or libsrt's start value before its first measurement) has no RTT
// point. Exports the charts as PNG and the samples as CSV.
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    // The samples of a service between two times (ms since the epoch), oldest first: the one
    // place the charts read their data from.
    using HistorySource = std::function<QList<StatsSample>(qint64 serviceId, qint64 fromMs, qint64 toMs)>;

    explicit ChartPanel(ServiceManager &manager, QWidget *parent = nullptr);

    // The service shown (0: none).
    void setService(qint64 id);
    qint64 service() const { return m_serviceId; }
    // The service overlaid (0: none).
    void setCompareService(qint64 id);
    qint64 compareService() const { return m_compareId; }
    void setWindowMinutes(int minutes);
    int windowMinutes() const;
    // By default ServiceManager::history(), the in-memory ring of recent samples.
    void setHistorySource(HistorySource source);

    const ChartRange &range() const { return m_range; }
    void zoom(double factor, double anchor);
    void pan(double fraction);
    void showPresent();

    // What the charts hold now (tests, screenshots).
    int rttPointCount() const;
    int ratePointCount() const;
    int comparePointCount() const;
    QList<QPointF> rttPoints() const;
    QList<QPointF> ratePoints() const;
    QList<ChartView *> views() const;

    bool exportPng(const QString &path) const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // CSV text of the window shown: machine-readable (C locale, ISO 8601 UTC, epoch ms); an
    // RTT that was not measured is an empty field.
    static QByteArray toCsv(const QList<StatsSample> &samples);

signals:
    void windowMinutesChanged(int minutes);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Chart
    {
        QChart *chart = nullptr;
        ChartView *view = nullptr;
        QDateTimeAxis *x = nullptr;
        QValueAxis *y = nullptr;
        QList<QLineSeries *> series;
    };

    Chart makeChart(int seriesCount);
    QWidget *createBar();
    void refresh();
    void fillSeries(const QList<StatsSample> &samples, bool isRx, int first, double *maxRtt, double *maxRate,
                    double *maxPackets);
    QList<StatsSample> load(qint64 id, qint64 fromMs, qint64 toMs) const;
    void retranslateUi();
    void describeCharts();
    void fillCompareChoices();
    void exportPngInteractive();
    void exportCsvInteractive();
    void updateAxes(Chart &chart, qint64 fromMs, qint64 toMs, double maxY);
    void fitTimeLabels(Chart &chart);
    QString timeFormat() const;
    QString serviceTitle(qint64 id) const;

    ServiceManager &m_manager;
    HistorySource m_history;
    ChartRange m_range;
    qint64 m_serviceId = 0;
    qint64 m_compareId = 0;
    bool m_isRx = true;
    bool m_compareIsRx = true;
    QList<StatsSample> m_samples;

    ElidedLabel *m_title = nullptr;
    QLabel *m_windowLabel = nullptr;
    QComboBox *m_window = nullptr;
    QLabel *m_compareLabel = nullptr;
    QComboBox *m_compare = nullptr;
    QPushButton *m_present = nullptr;
    QPushButton *m_png = nullptr;
    QPushButton *m_csv = nullptr;
    QWidget *m_charts = nullptr;
    QLabel *m_empty = nullptr;
    Chart m_rtt;     // RTT; the compared service's RTT
    Chart m_rate;    // bit rate; the compared service's
    Chart m_packets; // lost, retransmitted, dropped; the compared service's lost
};

} // namespace srtdesk
