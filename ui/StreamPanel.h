// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ProbeReport.h"
#include "core/model/StreamHealth.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace srtdesk {

class ServiceManager;

// What the selected service carries (ServiceManager's stream monitoring): the programmes and
// their PIDs with codecs and rates, the TR 101 290 counters (last interval, since the link came
// up) with a trend of priority 1 errors, and, on request (Refresh), the probe's description of
// the elementary streams and a thumbnail of the picture.
class StreamPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamPanel)

public:
    // Intervals the trend keeps: two minutes at the default statistics interval.
    static constexpr int kTrendPoints = 120;

    explicit StreamPanel(ServiceManager &manager, QWidget *parent = nullptr);

    void setService(qint64 id);
    qint64 service() const { return m_serviceId; }
    // Shows one interval's health (what each statistics tick does with streamHealth()).
    void showHealth(const StreamHealth &health);
    // Asks for a probe and a thumbnail of the service (the Refresh button).
    void refresh();

    QTreeWidget *programmes() const { return m_programs; }
    QTableWidget *errors() const { return m_errors; }
    QString summary() const;
    QString probeText() const;
    bool hasThumbnail() const;
    const QList<double> &trend() const { return m_trend; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void readHealth();
    void render();
    void showPrograms(const StreamHealth &health);
    void showErrors(const StreamHealth &health);
    void showTrend();
    void onProbe(qint64 id, const ProbeReport &report, const QString &error);
    void onThumbnail(qint64 id, const QByteArray &jpeg, const QString &error);
    void clearProbe();
    void retranslateUi();

    ServiceManager &m_manager;
    qint64 m_serviceId = 0;
    StreamHealth m_health;
    QList<double> m_trend; // priority 1 errors per interval, oldest first
    ProbeReport m_report;
    QString m_probeError;

    QLabel *m_summary = nullptr;
    QTreeWidget *m_programs = nullptr;
    QTableWidget *m_errors = nullptr;
    QLabel *m_trendLabel = nullptr;
    QLabel *m_trendChart = nullptr;
    QLabel *m_thumbnail = nullptr;
    QLabel *m_probe = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace srtdesk
