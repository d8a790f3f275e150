// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StreamPanel.h"

#include "core/ServiceManager.h"
#include "ui/SparklinePainter.h"
#include "ui/UiIcons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace srtdesk {

namespace {

constexpr QSize kThumbnailSize(320, 180);

// The TR 101 290 indicators in the table's order, with the counter each reads.
struct Indicator
{
    const char *name;
    bool priorityOne;
    qint64 TsErrorCounters::*counter;
};

constexpr Indicator kIndicators[] = {
    {QT_TRANSLATE_NOOP("srtdesk::StreamPanel", "1.1 TS sync loss"), true, &TsErrorCounters::syncLosses},
    {QT_TRANSLATE_NOOP("srtdesk::StreamPanel", "1.2 Sync byte error"), true, &TsErrorCounters::syncByteErrors},
    {QT_TRANSLATE_NOOP("srtdesk::StreamPanel", "1.3 PAT error"), true, &TsErrorCounters::patErrors},
    {QT_TRANSLATE_NOOP("srtdesk::StreamPanel", "1.4 Continuity count error"), true, &TsErrorCounters::ccErrors},
    {QT_TRANSLATE_NOOP("srtdesk::StreamPanel", "1.5 PMT error"), true, &TsErrorCounters::pmtErrors},
    {QT_TRANSLATE_NOOP("srtdesk::StreamPanel", "1.6 PID error"), true, &TsErrorCounters::pidErrors},
    {QT_TRANSLATE_NOOP("srtdesk::StreamPanel", "2.3 PCR repetition error"), false, &TsErrorCounters::pcrRepetitionErrors},
    {QT_TRANSLATE_NOOP("srtdesk::StreamPanel", "2.3 PCR discontinuity"), false, &TsErrorCounters::pcrDiscontinuities},
};

enum ErrorColumn { IndicatorColumn, IntervalColumn, TotalColumn };

} // namespace

StreamPanel::StreamPanel(ServiceManager &manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
{
    setObjectName(QStringLiteral("StreamPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("streamSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_programs = new QTreeWidget(this);
    m_programs->setObjectName(QStringLiteral("streamProgrammes"));
    m_programs->setColumnCount(5);
    m_programs->setRootIsDecorated(true);
    m_programs->setUniformRowHeights(true);
    m_programs->header()->setStretchLastSection(false);
    m_programs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_errors = new QTableWidget(int(std::size(kIndicators)), 3, this);
    m_errors->setObjectName(QStringLiteral("streamErrors"));
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setSelectionMode(QAbstractItemView::NoSelection);
    m_errors->horizontalHeader()->setSectionResizeMode(IndicatorColumn, QHeaderView::Stretch);
    m_errors->horizontalHeader()->setSectionResizeMode(IntervalColumn, QHeaderView::ResizeToContents);
    m_errors->horizontalHeader()->setSectionResizeMode(TotalColumn, QHeaderView::ResizeToContents);
    m_errors->verticalHeader()->setDefaultSectionSize(m_errors->fontMetrics().height() + 6);
    for (int row = 0; row < m_errors->rowCount(); ++row) {
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem;
            if (column != IndicatorColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_errors->setItem(row, column, item);
        }
    }
    m_trendLabel = new QLabel(this);
    m_trendChart = new QLabel(this);
    m_trendChart->setObjectName(QStringLiteral("streamTrend"));
    m_trendChart->setMinimumHeight(36);
    m_trendChart->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_thumbnail = new QLabel(this);
    m_thumbnail->setObjectName(QStringLiteral("streamThumbnail"));
    m_thumbnail->setFixedSize(kThumbnailSize);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setStyleSheet(QStringLiteral("background: #202020; color: #c0c0c0;"));
    m_thumbnail->setWordWrap(true);
    m_refresh = new QPushButton(UiIcons::icon("restart"), QString(), this);
    m_refresh->setObjectName(QStringLiteral("streamRefresh"));
    m_probe = new QLabel(this);
    m_probe->setObjectName(QStringLiteral("streamProbe"));
    m_probe->setWordWrap(true);
    m_probe->setTextFormat(Qt::PlainText);
    m_probe->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_probe->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_refresh, &QPushButton::clicked, this, &StreamPanel::refresh);

    auto *left = new QVBoxLayout;
    left->addWidget(m_summary);
    left->addWidget(m_programs, 3);
    left->addWidget(m_errors, 2);
    left->addWidget(m_trendLabel);
    left->addWidget(m_trendChart);
    auto *right = new QVBoxLayout;
    right->addWidget(m_thumbnail);
    right->addWidget(m_refresh, 0, Qt::AlignLeft);
    right->addWidget(m_probe, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(&m_manager, &ServiceManager::statisticsUpdated, this, [this] {
        if (isVisible()) // a hidden dock catches up when shown: the trend is of what was seen
            readHealth();
    });
    connect(&m_manager, &ServiceManager::probeFinished, this, &StreamPanel::onProbe);
    connect(&m_manager, &ServiceManager::thumbnailFinished, this, &StreamPanel::onThumbnail);
    retranslateUi();
    setService(0);
}

void StreamPanel::setService(qint64 id)
{
    const bool changed = id != m_serviceId;
    m_serviceId = m_manager.config(id) ? id : 0;
    if (changed) {
        m_trend.clear();
        clearProbe();
    }
    m_refresh->setEnabled(m_serviceId != 0);
    readHealth();
}

void StreamPanel::readHealth()
{
    showHealth(m_serviceId ? m_manager.streamHealth(m_serviceId) : StreamHealth{});
}

void StreamPanel::showHealth(const StreamHealth &health)
{
    m_health = health;
    if (health.format == StreamFormat::MpegTs) {
        m_trend.append(double(health.interval.priorityOne()));
        if (m_trend.size() > kTrendPoints)
            m_trend.removeFirst();
    }
    render();
}

void StreamPanel::render()
{
    const StreamHealth &health = m_health;
    const QLocale locale;
    switch (health.format) {
    case StreamFormat::None:
        m_summary->setText(!m_serviceId ? tr("Select a service to see the stream it carries.")
                                        : tr("No stream: nothing came in during the last interval."));
        break;
    case StreamFormat::Other:
        m_summary->setText(tr("Data that is not an MPEG transport stream"));
        break;
    case StreamFormat::MpegTs:
        m_summary->setText(tr("MPEG-TS · %1 Mbit/s · %n programme(s)", nullptr, int(health.programs.size()))
                               .arg(locale.toString(health.tsMbitRate, 'f', 2)));
        break;
    }
    showPrograms(health);
    showErrors(health);
    showTrend();
}

void StreamPanel::showPrograms(const StreamHealth &health)
{
    const QLocale locale;
    m_programs->clear();
    for (const TsProgramInfo &program : health.programs) {
        auto *top = new QTreeWidgetItem(m_programs);
        top->setText(0, tr("Programme %1").arg(program.number));
        top->setText(1, tr("PMT PID %1 · PCR PID %2").arg(program.pmtPid).arg(program.pcrPid));
        for (const TsPidInfo &pid : program.pids) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(0, tr("PID %1").arg(pid.pid));
            switch (pid.kind) {
            case PidKind::Video: item->setText(1, tr("Video")); break;
            case PidKind::Audio: item->setText(1, tr("Audio")); break;
            case PidKind::Data: item->setText(1, tr("Data")); break;
            case PidKind::Psi: item->setText(1, tr("PSI")); break;
            }
            item->setText(2, pid.codec.isEmpty() ? (pid.streamType ? tr("type 0x%1").arg(pid.streamType, 2, 16, QLatin1Char('0'))
                                                                   : QString())
                                                 : pid.codec);
            item->setText(3, pid.language);
            item->setText(4, tr("%1 Mbit/s").arg(locale.toString(pid.mbitRate, 'f', 3)));
            item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_programs->expandAll();
}

void StreamPanel::showErrors(const StreamHealth &health)
{
    const bool ts = health.format == StreamFormat::MpegTs;
    for (int row = 0; row < m_errors->rowCount(); ++row) {
        const Indicator &indicator = kIndicators[row];
        const qint64 interval = health.interval.*indicator.counter;
        const qint64 total = health.total.*indicator.counter;
        m_errors->item(row, IntervalColumn)->setText(ts ? QString::number(interval) : QString());
        m_errors->item(row, TotalColumn)->setText(ts ? QString::number(total) : QString());
        const HealthLevel level = !ts || total == 0 ? HealthLevel::Normal
            : interval > 0 && indicator.priorityOne ? HealthLevel::Critical
                                                    : HealthLevel::Warning;
        const QBrush brush = level == HealthLevel::Normal ? QBrush() : QBrush(UiIcons::levelColor(level));
        for (int column : {IntervalColumn, TotalColumn})
            m_errors->item(row, column)->setForeground(brush);
    }
}

void StreamPanel::showTrend()
{
    const qreal ratio = devicePixelRatioF();
    const QSize size(std::max(120, m_trendChart->width()), m_trendChart->minimumHeight());
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const bool errors = std::any_of(m_trend.cbegin(), m_trend.cend(), [](double v) { return v > 0; });
    SparklinePainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)).adjusted(1, 2, -1, -2), m_trend,
                            UiIcons::levelColor(errors ? HealthLevel::Critical : HealthLevel::Normal));
    painter.end();
    m_trendChart->setPixmap(pixmap);
    const double worst = m_trend.isEmpty() ? 0 : *std::max_element(m_trend.cbegin(), m_trend.cend());
    m_trendChart->setAccessibleName(tr("Priority 1 errors per interval"));
    m_trendChart->setAccessibleDescription(tr("Last %n interval(s): at most %1 errors in one.", nullptr, int(m_trend.size()))
                                               .arg(worst));
}

void StreamPanel::refresh()
{
    if (!m_serviceId)
        return;
    m_probe->setText(tr("Probing the stream…"));
    m_thumbnail->setText(tr("Taking a picture…"));
    m_refresh->setEnabled(false);
    m_manager.requestProbe(m_serviceId);
    m_manager.requestThumbnail(m_serviceId);
}

void StreamPanel::onProbe(qint64 id, const ProbeReport &report, const QString &error)
{
    if (id != m_serviceId)
        return;
    m_refresh->setEnabled(true);
    m_report = report;
    m_probeError = error;
    if (!error.isEmpty()) {
        m_probe->setText(error);
        return;
    }
    QStringList lines{tr("%1, %2 s probed").arg(report.format, QLocale().toString(report.bufferedSecs, 'f', 1))};
    for (const ProbeStream &s : report.streams) {
        QString line = tr("PID %1: %2").arg(s.pid).arg(s.codec);
        if (!s.profile.isEmpty())
            line += QStringLiteral(" (%1)").arg(s.profile);
        if (s.kind == PidKind::Video && s.width > 0)
            line += tr(", %1×%2 at %3 frames/s").arg(s.width).arg(s.height).arg(QLocale().toString(s.frameRate, 'f', 2));
        if (s.kind == PidKind::Audio && s.sampleRate > 0)
            line += tr(", %n channel(s) at %1 Hz", nullptr, s.channels).arg(s.sampleRate);
        if (!s.language.isEmpty())
            line += QStringLiteral(", ") + s.language;
        if (s.bitRate > 0)
            line += tr(", %1 kbit/s").arg(s.bitRate / 1000);
        lines.append(line);
    }
    m_probe->setText(lines.join(QLatin1Char('\n')));
}

void StreamPanel::onThumbnail(qint64 id, const QByteArray &jpeg, const QString &error)
{
    if (id != m_serviceId)
        return;
    m_refresh->setEnabled(true);
    QPixmap picture;
    if (!error.isEmpty() || !picture.loadFromData(jpeg, "JPEG")) {
        m_thumbnail->setPixmap({});
        m_thumbnail->setText(error.isEmpty() ? tr("The picture could not be read.") : error);
        return;
    }
    m_thumbnail->setPixmap(picture.scaled(kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void StreamPanel::clearProbe()
{
    m_report = {};
    m_probeError.clear();
    m_probe->setText(tr("Refresh to probe the stream: codecs, picture size, audio."));
    m_thumbnail->setPixmap({});
    m_thumbnail->setText(tr("No picture yet"));
}

QString StreamPanel::summary() const
{
    return m_summary->text();
}

QString StreamPanel::probeText() const
{
    return m_probe->text();
}

bool StreamPanel::hasThumbnail() const
{
    return !m_thumbnail->pixmap().isNull();
}

void StreamPanel::retranslateUi()
{
    m_programs->setHeaderLabels({tr("Programme / PID"), tr("Kind"), tr("Codec"), tr("Language"), tr("Rate")});
    m_programs->setAccessibleName(tr("Programmes and PIDs"));
    m_errors->setHorizontalHeaderLabels({tr("TR 101 290 indicator"), tr("Last interval"), tr("Since the link came up")});
    m_errors->setAccessibleName(tr("TR 101 290 counters"));
    for (int row = 0; row < m_errors->rowCount(); ++row)
        m_errors->item(row, IndicatorColumn)->setText(tr(kIndicators[row].name));
    m_trendLabel->setText(tr("Priority 1 errors per interval:"));
    m_refresh->setText(tr("&Refresh picture and probe"));
    m_refresh->setToolTip(tr("Probe a few seconds of the stream (codecs, picture size, audio) and take a thumbnail"));
    m_thumbnail->setAccessibleName(tr("Thumbnail of the picture"));
    if (m_report.streams.isEmpty() && m_probeError.isEmpty())
        clearProbe();
    render();
}

void StreamPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace srtdesk
