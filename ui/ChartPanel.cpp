// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ChartPanel.h"

#include "core/ServiceManager.h"
#include "ui/UiLogging.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace srtdesk {

namespace {

// A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten, at least `minimum`.
double niceCeiling(double value, double minimum)
{
    value = std::max(value * 1.15, minimum);
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

const QColor kRttColor(0x2f, 0x6d, 0xb5);
const QColor kRateColor(0x2e, 0x9e, 0x44);
const QColor kLostColor(0xd2, 0x3a, 0x2e);
const QColor kRetransColor(0xe0, 0xa1, 0x00);
const QColor kDroppedColor(0x7b, 0x3f, 0xa0);

} // namespace

ChartPanel::ChartPanel(ServiceManager &manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
{
    setObjectName(QStringLiteral("ChartPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_windowLabel = new QLabel(this);
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("chartWindow"));
    for (int minutes : {1, 5, 15, 60})
        m_window->addItem(QString(), minutes);
    m_window->setCurrentIndex(1);
    m_png = new QPushButton(this);
    m_png->setObjectName(QStringLiteral("exportPng"));
    m_csv = new QPushButton(this);
    m_csv->setObjectName(QStringLiteral("exportCsv"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_windowLabel);
    bar->addWidget(m_window);
    bar->addWidget(m_png);
    bar->addWidget(m_csv);

    m_rtt = makeChart(1);
    m_rate = makeChart(1);
    m_packets = makeChart(3);
    m_rtt.series[0]->setColor(kRttColor);
    m_rate.series[0]->setColor(kRateColor);
    m_packets.series[0]->setColor(kLostColor);
    m_packets.series[1]->setColor(kRetransColor);
    m_packets.series[2]->setColor(kDroppedColor);
    m_rtt.series[0]->setObjectName(QStringLiteral("rttSeries"));
    m_rate.series[0]->setObjectName(QStringLiteral("rateSeries"));

    m_charts = new QWidget(this);
    auto *row = new QHBoxLayout(m_charts);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_rtt.view);
    row->addWidget(m_rate.view);
    row->addWidget(m_packets.view);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #707070;"));

    auto *stack = new QStackedLayout;
    stack->addWidget(m_empty);
    stack->addWidget(m_charts);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addLayout(stack, 1);

    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        emit windowMinutesChanged(windowMinutes());
    });
    connect(m_png, &QPushButton::clicked, this, &ChartPanel::exportPngInteractive);
    connect(m_csv, &QPushButton::clicked, this, &ChartPanel::exportCsvInteractive);
    connect(&m_manager, &ServiceManager::statisticsUpdated, this, [this] {
        if (isVisible()) // a hidden panel (closed or tabbed-away dock) catches up when shown
            refresh();
    });
    connect(&m_manager, &ServiceManager::serviceRemoved, this, [this](qint64 id) {
        if (id == m_serviceId)
            setService(0);
    });
    connect(&m_manager, &ServiceManager::serviceUpdated, this, [this](qint64 id) {
        if (id == m_serviceId)
            retranslateUi(); // the name may have changed
    });

    retranslateUi();
    refresh();
}

ChartPanel::Chart ChartPanel::makeChart(int seriesCount)
{
    Chart c;
    c.chart = new QChart;
    c.chart->setMargins(QMargins(2, 2, 2, 2));
    c.chart->setBackgroundRoundness(0);
    c.chart->legend()->setAlignment(Qt::AlignBottom);
    c.chart->legend()->setVisible(seriesCount > 1);
    c.chart->setAnimationOptions(QChart::NoAnimation);
    c.chart->setLocalizeNumbers(true); // axis numbers in the GUI's locale (decimal comma in Spanish)
    QFont titleFont = c.chart->titleFont();
    titleFont.setBold(true);
    c.chart->setTitleFont(titleFont);

    c.x = new QDateTimeAxis;
    c.x->setFormat(QStringLiteral("HH:mm:ss"));
    c.x->setTickCount(5);
    c.y = new QValueAxis;
    c.y->setLabelFormat(QStringLiteral("%.3g"));
    c.y->setTickCount(5);
    c.y->setMin(0);
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    for (int i = 0; i < seriesCount; ++i) {
        auto *series = new QLineSeries;
        QPen pen = series->pen();
        pen.setWidthF(1.8);
        series->setPen(pen);
        c.chart->addSeries(series);
        series->attachAxis(c.x);
        series->attachAxis(c.y);
        c.series.append(series);
    }
    c.view = new QChartView(c.chart, this);
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setMinimumSize(220, 160);
    return c;
}

void ChartPanel::setService(qint64 id)
{
    m_serviceId = id;
    if (const auto config = id ? m_manager.config(id) : std::nullopt)
        m_isRx = config->isRx();
    else
        m_serviceId = 0;
    retranslateUi();
    refresh();
}

void ChartPanel::setWindowMinutes(int minutes)
{
    const int index = m_window->findData(minutes);
    if (index >= 0)
        m_window->setCurrentIndex(index);
}

int ChartPanel::windowMinutes() const
{
    return m_window->currentData().toInt();
}

int ChartPanel::rttPointCount() const
{
    return int(m_rtt.series[0]->count());
}

int ChartPanel::ratePointCount() const
{
    return int(m_rate.series[0]->count());
}

void ChartPanel::updateAxes(Chart &chart, qint64 fromMs, qint64 toMs, double maxY)
{
    chart.x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    chart.y->setRange(0, niceCeiling(maxY, 1.0));
    chart.y->applyNiceNumbers(); // ticks on round values (0, 2, 4, … rather than 0, 1.25, 2.5, …)
}

void ChartPanel::refresh()
{
    auto *stack = static_cast<QStackedLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(1)->layout());
    stack->setCurrentIndex(m_serviceId ? 1 : 0);
    if (!m_serviceId) {
        m_samples.clear();
        for (Chart *c : {&m_rtt, &m_rate, &m_packets}) {
            for (QLineSeries *s : std::as_const(c->series))
                s->clear();
        }
        m_png->setEnabled(false);
        m_csv->setEnabled(false);
        return;
    }
    m_png->setEnabled(true);
    m_csv->setEnabled(true);

    const qint64 windowMs = qint64(windowMinutes()) * 60 * 1000;
    m_samples = m_manager.history(m_serviceId, windowMs);

    QList<QPointF> rtt, rate, lost, retrans, dropped;
    rtt.reserve(m_samples.size());
    rate.reserve(m_samples.size());
    double maxRtt = 0, maxRate = 0, maxPackets = 0;
    for (const StatsSample &s : std::as_const(m_samples)) {
        const double t = double(s.msecsSinceEpoch);
        const double mbps = m_isRx ? s.recvMbps : s.sendMbps;
        rtt.append({t, s.rttMs});
        rate.append({t, mbps});
        lost.append({t, double(s.lost)});
        retrans.append({t, double(s.retransmitted)});
        dropped.append({t, double(s.dropped)});
        maxRtt = std::max(maxRtt, s.rttMs);
        maxRate = std::max(maxRate, mbps);
        maxPackets = std::max({maxPackets, double(s.lost), double(s.retransmitted), double(s.dropped)});
    }
    m_rtt.series[0]->replace(rtt);
    m_rate.series[0]->replace(rate);
    m_packets.series[0]->replace(lost);
    m_packets.series[1]->replace(retrans);
    m_packets.series[2]->replace(dropped);

    const qint64 to = m_samples.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : m_samples.last().msecsSinceEpoch;
    const qint64 from = to - windowMs;
    updateAxes(m_rtt, from, to, maxRtt);
    updateAxes(m_rate, from, to, maxRate);
    updateAxes(m_packets, from, to, maxPackets);
    const QString format = windowMinutes() >= 15 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss");
    for (Chart *c : {&m_rtt, &m_rate, &m_packets})
        c->x->setFormat(format);
}

void ChartPanel::retranslateUi()
{
    m_windowLabel->setText(tr("Window:"));
    m_window->setItemText(0, tr("1 minute"));
    m_window->setItemText(1, tr("5 minutes"));
    m_window->setItemText(2, tr("15 minutes"));
    m_window->setItemText(3, tr("60 minutes"));
    m_png->setText(tr("Export PNG…"));
    m_png->setToolTip(tr("Save the three charts as one image"));
    m_csv->setText(tr("Export CSV…"));
    m_csv->setToolTip(tr("Save the samples of the window shown as comma-separated values"));
    m_empty->setText(tr("Select a service in the table to see its round-trip time, bit rate and packet loss."));

    const auto config = m_serviceId ? m_manager.config(m_serviceId) : std::nullopt;
    m_title->setText(config ? tr("%1 %2 — %3").arg(config->isRx() ? tr("RX") : tr("TX")).arg(config->id).arg(config->serviceName)
                            : tr("No service selected"));
    for (Chart *c : {&m_rtt, &m_rate, &m_packets})
        c->chart->setLocale(QLocale());
    m_rtt.chart->setTitle(tr("Round-trip time (ms)"));
    m_rtt.series[0]->setName(tr("RTT"));
    m_rate.chart->setTitle(m_isRx ? tr("Received bit rate (Mbit/s)") : tr("Sent bit rate (Mbit/s)"));
    m_rate.series[0]->setName(tr("Mbit/s"));
    m_packets.chart->setTitle(tr("Packets per interval"));
    m_packets.series[0]->setName(tr("Lost"));
    m_packets.series[1]->setName(tr("Retransmitted"));
    m_packets.series[2]->setName(tr("Dropped"));
}

QByteArray ChartPanel::toCsv(const QList<StatsSample> &samples)
{
    QByteArray out("time_utc,epoch_ms,rtt_ms,send_mbps,recv_mbps,lost,retransmitted,dropped\n");
    const QLocale c = QLocale::c();
    for (const StatsSample &s : samples) {
        out += QDateTime::fromMSecsSinceEpoch(s.msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
        out += ',' + QByteArray::number(s.msecsSinceEpoch);
        out += ',' + c.toString(s.rttMs, 'f', 3).toUtf8();
        out += ',' + c.toString(s.sendMbps, 'f', 6).toUtf8();
        out += ',' + c.toString(s.recvMbps, 'f', 6).toUtf8();
        out += ',' + QByteArray::number(s.lost);
        out += ',' + QByteArray::number(s.retransmitted);
        out += ',' + QByteArray::number(s.dropped);
        out += '\n';
    }
    return out;
}

bool ChartPanel::exportPng(const QString &path) const
{
    return m_charts->grab().save(path, "PNG");
}

bool ChartPanel::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(m_samples)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ChartPanel::exportPngInteractive()
{
    const auto config = m_manager.config(m_serviceId);
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + QLatin1Char('/')
        + (config ? config->serviceName : QStringLiteral("srtdesk")) + QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export charts as PNG"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!exportPng(path))
        QMessageBox::warning(this, tr("Export charts"), tr("The image could not be written to %1.").arg(path));
}

void ChartPanel::exportCsvInteractive()
{
    const auto config = m_manager.config(m_serviceId);
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + (config ? config->serviceName : QStringLiteral("srtdesk")) + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export history as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export history"), tr("%1 could not be written: %2").arg(path, error));
}

void ChartPanel::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace srtdesk
