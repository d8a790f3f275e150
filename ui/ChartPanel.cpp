// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ChartPanel.h"

#include "core/ServiceManager.h"
#include "ui/ChartView.h"
#include "ui/ElidedLabel.h"
#include "ui/SeriesDecimator.h"

#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
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
const QColor kCompareColor(0x55, 0x55, 0x55);

const QList<int> kWindowMinutes = {1, 5, 15, 60, 180, 360, 720, 1440};

// QtCharts cuts an x label to (plot width / tick count − 2 × 4 px of padding): this many ticks
// leave every label whole, with a little air.
int ticksThatFit(double plotWidth, double labelWidth)
{
    return std::clamp(int(plotWidth / (labelWidth + 8 + 12)), 2, 7);
}

void setSeriesShown(QChart *chart, QLineSeries *series, bool shown)
{
    series->setVisible(shown);
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(shown);
}

} // namespace

ChartPanel::ChartPanel(ServiceManager &manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
{
    setObjectName(QStringLiteral("ChartPanel"));
    m_history = [this](qint64 id, qint64 fromMs, qint64 toMs) {
        // The in-memory ring: samples are at most a few seconds apart, so a window reaching back
        // to `fromMs` from now holds them all; one sample either side keeps lines to the edges.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<StatsSample> recent = m_manager.history(id, std::max<qint64>(0, now - fromMs) + 60000);
        QList<StatsSample> inRange;
        for (qsizetype i = 0; i < recent.size(); ++i) {
            const qint64 t = recent.at(i).msecsSinceEpoch;
            const bool nextInside = i + 1 < recent.size() && recent.at(i + 1).msecsSinceEpoch >= fromMs;
            const bool previousInside = i > 0 && recent.at(i - 1).msecsSinceEpoch <= toMs;
            if ((t >= fromMs && t <= toMs) || (t < fromMs && nextInside) || (t > toMs && previousInside))
                inRange.append(recent.at(i));
        }
        return inRange;
    };

    m_rtt = makeChart(2);
    m_rate = makeChart(2);
    m_packets = makeChart(4);
    m_rtt.series[0]->setColor(kRttColor);
    m_rate.series[0]->setColor(kRateColor);
    m_packets.series[0]->setColor(kLostColor);
    m_packets.series[1]->setColor(kRetransColor);
    m_packets.series[2]->setColor(kDroppedColor);
    for (Chart *c : {&m_rtt, &m_rate, &m_packets}) {
        QLineSeries *compare = c->series.last();
        QPen pen = compare->pen();
        pen.setColor(kCompareColor);
        pen.setStyle(Qt::DashLine);
        compare->setPen(pen);
        setSeriesShown(c->chart, compare, false);
    }
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
    layout->addWidget(createBar());
    layout->addLayout(stack, 1);

    m_range.setWindow(qint64(windowMinutes()) * 60000);
    connect(&m_manager, &ServiceManager::statisticsUpdated, this, [this] {
        if (isVisible()) // a hidden panel (closed or tabbed-away dock) catches up when shown
            refresh();
    });
    connect(&m_manager, &ServiceManager::serviceRemoved, this, [this](qint64 id) {
        if (id == m_serviceId)
            setService(0);
        else if (id == m_compareId)
            setCompareService(0);
        fillCompareChoices();
    });
    for (auto signal : {&ServiceManager::serviceAdded, &ServiceManager::serviceUpdated}) {
        connect(&m_manager, signal, this, [this] {
            fillCompareChoices();
            retranslateUi(); // a name may have changed
        });
    }

    fillCompareChoices();
    retranslateUi();
    refresh();
}

QWidget *ChartPanel::createBar()
{
    auto *bar = new QWidget(this);
    m_title = new ElidedLabel(bar);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_windowLabel = new QLabel(bar);
    m_window = new QComboBox(bar);
    m_window->setObjectName(QStringLiteral("chartWindow"));
    for (int minutes : kWindowMinutes)
        m_window->addItem(QString(), minutes);
    m_window->setCurrentIndex(1);
    m_windowLabel->setBuddy(m_window);
    m_compareLabel = new QLabel(bar);
    m_compare = new QComboBox(bar);
    m_compare->setObjectName(QStringLiteral("chartCompare"));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compare->setMinimumContentsLength(14);
    m_compareLabel->setBuddy(m_compare);
    m_present = new QPushButton(bar);
    m_present->setObjectName(QStringLiteral("chartPresent"));
    m_present->setVisible(false);
    m_png = new QPushButton(bar);
    m_png->setObjectName(QStringLiteral("exportPng"));
    m_csv = new QPushButton(bar);
    m_csv->setObjectName(QStringLiteral("exportCsv"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_present);
    layout->addWidget(m_windowLabel);
    layout->addWidget(m_window);
    layout->addSpacing(6);
    layout->addWidget(m_compareLabel);
    layout->addWidget(m_compare);
    layout->addSpacing(6);
    layout->addWidget(m_png);
    layout->addWidget(m_csv);

    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_range.setWindow(qint64(windowMinutes()) * 60000);
        refresh();
        emit windowMinutesChanged(windowMinutes());
    });
    connect(m_compare, &QComboBox::activated, this,
            [this] { setCompareService(m_compare->currentData().toLongLong()); });
    connect(m_present, &QPushButton::clicked, this, &ChartPanel::showPresent);
    connect(m_png, &QPushButton::clicked, this, &ChartPanel::exportPngInteractive);
    connect(m_csv, &QPushButton::clicked, this, &ChartPanel::exportCsvInteractive);
    return bar;
}

ChartPanel::Chart ChartPanel::makeChart(int seriesCount)
{
    Chart c;
    c.chart = new QChart;
    c.chart->setMargins(QMargins(2, 2, 2, 2));
    c.chart->setBackgroundRoundness(0);
    c.chart->legend()->setAlignment(Qt::AlignBottom);
    c.chart->legend()->setVisible(seriesCount > 2);
    c.chart->setAnimationOptions(QChart::NoAnimation);
    c.chart->setLocalizeNumbers(true); // axis numbers in the GUI's locale (decimal comma in Spanish)
    QFont titleFont = c.chart->titleFont();
    titleFont.setBold(true);
    c.chart->setTitleFont(titleFont);

    c.x = new QDateTimeAxis;
    c.x->setFormat(QStringLiteral("HH:mm:ss"));
    c.x->setTickCount(4);
    c.y = new QValueAxis;
    c.y->setLabelFormat(QStringLiteral("%.3g"));
    c.y->setTickCount(5);
    c.y->setMin(0);
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    for (int i = 0; i < seriesCount; ++i) {
        auto *series = new QLineSeries; // measured values: straight lines, never smoothed
        QPen pen = series->pen();
        pen.setWidthF(1.8);
        series->setPen(pen);
        c.chart->addSeries(series);
        series->attachAxis(c.x);
        series->attachAxis(c.y);
        c.series.append(series);
    }
    c.view = new ChartView(c.chart, this);
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setMinimumSize(200, 150);
    connect(c.view, &ChartView::zoomRequested, this, &ChartPanel::zoom);
    connect(c.view, &ChartView::panRequested, this, &ChartPanel::pan);
    connect(c.view, &ChartView::presentRequested, this, &ChartPanel::showPresent);
    QChart *chart = c.chart;
    connect(chart, &QChart::plotAreaChanged, this, [this, chart] {
        for (Chart *each : {&m_rtt, &m_rate, &m_packets}) {
            if (each->chart == chart)
                fitTimeLabels(*each);
        }
    });
    return c;
}

void ChartPanel::setHistorySource(HistorySource source)
{
    m_history = std::move(source);
    refresh();
}

QList<StatsSample> ChartPanel::load(qint64 id, qint64 fromMs, qint64 toMs) const
{
    return id && m_history ? m_history(id, fromMs, toMs) : QList<StatsSample>();
}

void ChartPanel::setService(qint64 id)
{
    m_serviceId = id;
    if (const auto config = id ? m_manager.config(id) : std::nullopt)
        m_isRx = config->isRx();
    else
        m_serviceId = 0;
    if (m_compareId == m_serviceId)
        m_compareId = 0;
    fillCompareChoices();
    retranslateUi();
    refresh();
}

void ChartPanel::setCompareService(qint64 id)
{
    const auto config = id && id != m_serviceId ? m_manager.config(id) : std::nullopt;
    m_compareId = config ? id : 0;
    m_compareIsRx = config ? config->isRx() : true;
    const int index = m_compare->findData(m_compareId);
    m_compare->setCurrentIndex(index >= 0 ? index : 0);
    retranslateUi();
    refresh();
}

void ChartPanel::fillCompareChoices()
{
    const QSignalBlocker block(m_compare);
    m_compare->clear();
    m_compare->addItem(tr("Nothing"), qint64(0));
    for (const ServiceStatus &s : m_manager.list()) {
        if (s.config.id != m_serviceId)
            m_compare->addItem(serviceTitle(s.config.id), s.config.id);
    }
    const int index = m_compare->findData(m_compareId);
    m_compare->setCurrentIndex(index >= 0 ? index : 0);
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

void ChartPanel::zoom(double factor, double anchor)
{
    m_range.zoom(factor, anchor, QDateTime::currentMSecsSinceEpoch());
    refresh();
}

void ChartPanel::pan(double fraction)
{
    m_range.pan(fraction, QDateTime::currentMSecsSinceEpoch());
    refresh();
}

void ChartPanel::showPresent()
{
    m_range.setWindow(qint64(windowMinutes()) * 60000);
    refresh();
}

int ChartPanel::rttPointCount() const
{
    return int(m_rtt.series[0]->count());
}

int ChartPanel::ratePointCount() const
{
    return int(m_rate.series[0]->count());
}

int ChartPanel::comparePointCount() const
{
    return int(m_rate.series[1]->count());
}

QList<QPointF> ChartPanel::rttPoints() const
{
    return m_rtt.series[0]->points();
}

QList<QPointF> ChartPanel::ratePoints() const
{
    return m_rate.series[0]->points();
}

QList<ChartView *> ChartPanel::views() const
{
    return {m_rtt.view, m_rate.view, m_packets.view};
}

QString ChartPanel::timeFormat() const
{
    const qint64 span = m_range.span();
    if (span <= 15 * 60000)
        return QStringLiteral("HH:mm:ss");
    return span < 24 * 60 * 60000 ? QStringLiteral("HH:mm") : QStringLiteral("ddd HH:mm");
}

void ChartPanel::fitTimeLabels(Chart &chart)
{
    const QString sample = chart.chart->locale().toString(QDateTime(QDate(2024, 12, 25), QTime(23, 58, 58)),
                                                          chart.x->format());
    const int ticks = ticksThatFit(chart.chart->plotArea().width(),
                                   QFontMetricsF(chart.x->labelsFont()).horizontalAdvance(sample));
    if (ticks != chart.x->tickCount())
        chart.x->setTickCount(ticks);
}

void ChartPanel::updateAxes(Chart &chart, qint64 fromMs, qint64 toMs, double maxY)
{
    chart.x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    chart.x->setFormat(timeFormat());
    chart.y->setRange(0, niceCeiling(maxY, 1.0));
    chart.y->applyNiceNumbers(); // ticks on round values (0, 2, 4, … rather than 0, 1.25, 2.5, …)
    fitTimeLabels(chart);
}

void ChartPanel::fillSeries(const QList<StatsSample> &samples, bool isRx, int first, double *maxRtt, double *maxRate,
                            double *maxPackets)
{
    QList<QPointF> rtt, rate, lost, retrans, dropped;
    for (const StatsSample &s : samples) {
        const double t = double(s.msecsSinceEpoch);
        const double mbps = isRx ? s.recvMbps : s.sendMbps;
        if (!std::isnan(s.rttMs)) { // no point where nothing was measured
            rtt.append({t, s.rttMs});
            *maxRtt = std::max(*maxRtt, s.rttMs);
        }
        rate.append({t, mbps});
        lost.append({t, double(s.lost)});
        retrans.append({t, double(s.retransmitted)});
        dropped.append({t, double(s.dropped)});
        *maxRate = std::max(*maxRate, mbps);
        *maxPackets = std::max({*maxPackets, double(s.lost), double(s.retransmitted), double(s.dropped)});
    }
    // About two points per pixel: a day of samples draws as fast as a minute.
    const int buckets = std::max(100, int(m_rate.chart->plotArea().width()));
    m_rtt.series[first]->replace(SeriesDecimator::minMax(rtt, buckets));
    m_rate.series[first]->replace(SeriesDecimator::minMax(rate, buckets));
    if (first == 0) {
        m_packets.series[0]->replace(SeriesDecimator::minMax(lost, buckets));
        m_packets.series[1]->replace(SeriesDecimator::minMax(retrans, buckets));
        m_packets.series[2]->replace(SeriesDecimator::minMax(dropped, buckets));
    } else {
        m_packets.series[3]->replace(SeriesDecimator::minMax(lost, buckets));
    }
}

void ChartPanel::refresh()
{
    auto *stack = static_cast<QStackedLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(1)->layout());
    stack->setCurrentIndex(m_serviceId ? 1 : 0);
    m_present->setVisible(m_serviceId && !m_range.follows());
    m_png->setEnabled(m_serviceId != 0);
    m_csv->setEnabled(m_serviceId != 0);
    m_compare->setEnabled(m_serviceId != 0);
    if (!m_serviceId) {
        m_samples.clear();
        for (Chart *c : {&m_rtt, &m_rate, &m_packets}) {
            for (QLineSeries *s : std::as_const(c->series))
                s->clear();
        }
        return;
    }
    const auto [from, to] = m_range.at(QDateTime::currentMSecsSinceEpoch());
    m_samples = load(m_serviceId, from, to);
    double maxRtt = 0, maxRate = 0, maxPackets = 0;
    fillSeries(m_samples, m_isRx, 0, &maxRtt, &maxRate, &maxPackets);
    const QList<StatsSample> compared = load(m_compareId, from, to);
    fillSeries(compared, m_compareIsRx, 1, &maxRtt, &maxRate, &maxPackets);
    for (Chart *c : {&m_rtt, &m_rate, &m_packets}) {
        setSeriesShown(c->chart, c->series.last(), m_compareId != 0);
        if (c != &m_packets)
            c->chart->legend()->setVisible(m_compareId != 0);
    }
    updateAxes(m_rtt, from, to, maxRtt);
    updateAxes(m_rate, from, to, maxRate);
    updateAxes(m_packets, from, to, maxPackets);
    describeCharts();
}

QString ChartPanel::serviceTitle(qint64 id) const
{
    const auto config = id ? m_manager.config(id) : std::nullopt;
    if (!config)
        return {};
    return tr("%1 %2 — %3").arg(config->isRx() ? tr("RX") : tr("TX")).arg(config->id).arg(config->serviceName);
}

void ChartPanel::describeCharts()
{
    // What a screen reader says of each chart: the last values and how to move through time.
    const QLocale locale;
    const QString keys = tr("Left and right arrows move in time, plus and minus zoom, Home returns to the present.");
    const auto last = [&](const QLineSeries *series, const QString &unit) {
        return series->count() == 0 ? tr("no value") : locale.toString(series->at(series->count() - 1).y(), 'f', 2) + unit;
    };
    m_rtt.view->setAccessibleDescription(tr("Last value: %1.").arg(last(m_rtt.series[0], tr(" ms"))) + QLatin1Char(' ') + keys);
    m_rate.view->setAccessibleDescription(tr("Last value: %1.").arg(last(m_rate.series[0], tr(" Mbit/s"))) + QLatin1Char(' ')
                                          + keys);
    m_packets.view->setAccessibleDescription(tr("Last lost: %1.").arg(last(m_packets.series[0], QString())) + QLatin1Char(' ')
                                             + keys);
}

void ChartPanel::retranslateUi()
{
    m_windowLabel->setText(tr("Window:"));
    const QStringList windows = {tr("1 minute"), tr("5 minutes"), tr("15 minutes"), tr("60 minutes"),
                                 tr("3 hours"),  tr("6 hours"),   tr("12 hours"),   tr("24 hours")};
    for (int i = 0; i < windows.size(); ++i)
        m_window->setItemText(i, windows.at(i));
    m_window->setToolTip(tr("How far back the charts reach. Zoom with the mouse wheel, drag to move in time."));
    m_compareLabel->setText(tr("Compare with:"));
    m_compare->setToolTip(tr("Draw a second service's values over this one's, as a dashed line"));
    m_compare->setItemText(0, tr("Nothing"));
    m_present->setText(tr("Back to now"));
    m_present->setToolTip(tr("Follow the present again (Home, or a double-click on a chart)"));
    m_png->setText(tr("Export PNG…"));
    m_png->setToolTip(tr("Save the three charts as one image"));
    m_csv->setText(tr("Export CSV…"));
    m_csv->setToolTip(tr("Save the samples of the window shown as comma-separated values"));
    m_empty->setText(tr("Select a service in the table to see its round-trip time, bit rate and packet loss."));

    const QString title = serviceTitle(m_serviceId);
    m_title->setText(title.isEmpty() ? tr("No service selected") : title);
    for (Chart *c : {&m_rtt, &m_rate, &m_packets})
        c->chart->setLocale(QLocale());
    m_rtt.chart->setTitle(tr("Round-trip time (ms)"));
    m_rate.chart->setTitle(m_isRx ? tr("Received bit rate (Mbit/s)") : tr("Sent bit rate (Mbit/s)"));
    m_packets.chart->setTitle(tr("Packets per interval"));
    const bool comparing = m_compareId != 0;
    m_rtt.series[0]->setName(comparing ? title : tr("RTT"));
    m_rate.series[0]->setName(comparing ? title : tr("Mbit/s"));
    m_packets.series[0]->setName(tr("Lost"));
    m_packets.series[1]->setName(tr("Retransmitted"));
    m_packets.series[2]->setName(tr("Dropped"));
    const QString other = serviceTitle(m_compareId);
    m_rtt.series[1]->setName(other);
    m_rate.series[1]->setName(other);
    m_packets.series[3]->setName(tr("Lost: %1").arg(other));
    for (Chart *c : {&m_rtt, &m_rate, &m_packets})
        c->view->setAccessibleName(c->chart->title());
    describeCharts();
}

QByteArray ChartPanel::toCsv(const QList<StatsSample> &samples)
{
    QByteArray out("time_utc,epoch_ms,rtt_ms,send_mbps,recv_mbps,lost,retransmitted,dropped\n");
    const QLocale c = QLocale::c();
    for (const StatsSample &s : samples) {
        out += QDateTime::fromMSecsSinceEpoch(s.msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
        out += ',' + QByteArray::number(s.msecsSinceEpoch);
        out += ',' + (std::isnan(s.rttMs) ? QByteArray() : c.toString(s.rttMs, 'f', 3).toUtf8());
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
