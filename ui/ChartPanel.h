// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/StatsSample.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPushButton;
class QValueAxis;

namespace srtdesk {

class ServiceManager;

// Line charts of one service's link, fed by ServiceManager::history(): round-trip time,
// bit rate, and packets lost / retransmitted / dropped per interval. Time on the x axis,
// a selectable window (1, 5, 15, 60 minutes), y axes that scale to the data. Exports the
// charts as PNG and the history as CSV.
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    explicit ChartPanel(ServiceManager &manager, QWidget *parent = nullptr);

    // The service shown (0: none).
    void setService(qint64 id);
    qint64 service() const { return m_serviceId; }
    void setWindowMinutes(int minutes);
    int windowMinutes() const;

    // Points now in each series (tests, screenshots).
    int rttPointCount() const;
    int ratePointCount() const;

    bool exportPng(const QString &path) const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // CSV text of the window shown: machine-readable (C locale, ISO 8601 UTC, epoch ms).
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
        QChartView *view = nullptr;
        QDateTimeAxis *x = nullptr;
        QValueAxis *y = nullptr;
        QList<QLineSeries *> series;
    };

    Chart makeChart(int seriesCount);
    void refresh();
    void retranslateUi();
    void exportPngInteractive();
    void exportCsvInteractive();
    void updateAxes(Chart &chart, qint64 fromMs, qint64 toMs, double maxY);

    ServiceManager &m_manager;
    qint64 m_serviceId = 0;
    bool m_isRx = true;
    QList<StatsSample> m_samples;

    QLabel *m_title = nullptr;
    QLabel *m_windowLabel = nullptr;
    QComboBox *m_window = nullptr;
    QPushButton *m_png = nullptr;
    QPushButton *m_csv = nullptr;
    QWidget *m_charts = nullptr;
    QLabel *m_empty = nullptr;
    Chart m_rtt;
    Chart m_rate;
    Chart m_packets;
};

} // namespace srtdesk
