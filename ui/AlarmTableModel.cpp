// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AlarmTableModel.h"

#include "core/model/AlarmText.h"
#include "ui/UiIcons.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <limits>

namespace srtdesk {

namespace {

QByteArray csvField(const QString &text)
{
    QString quoted = text;
    if (!quoted.contains(QLatin1Char(',')) && !quoted.contains(QLatin1Char('"')) && !quoted.contains(QLatin1Char('\n')))
        return quoted.toUtf8();
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QString isoUtc(qint64 msecs)
{
    return msecs > 0 ? QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate) : QString();
}

bool sameIds(const QList<Alarm> &a, const QList<Alarm> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id)
            return false;
    }
    return true;
}

} // namespace

AlarmTableModel::AlarmTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AlarmTableModel::setAlarms(const QList<Alarm> &alarms)
{
    if (!sameIds(m_alarms, alarms)) {
        beginResetModel();
        m_alarms = alarms;
        endResetModel();
        return;
    }
    for (qsizetype row = 0; row < alarms.size(); ++row) {
        const Alarm &old = m_alarms.at(row);
        const Alarm &fresh = alarms.at(row);
        const bool changed = old.clearedAtMs != fresh.clearedAtMs || old.acknowledged != fresh.acknowledged
            || old.serviceName != fresh.serviceName || old.severity != fresh.severity;
        m_alarms[row] = fresh;
        if (changed)
            emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

void AlarmTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_alarms.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AlarmTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alarms.size());
}

int AlarmTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlarmTableModel::serviceText(const Alarm &alarm)
{
    return tr("%1 %2 %3")
        .arg(alarm.kind == ServiceKind::Rx ? tr("RX") : tr("TX"))
        .arg(alarm.serviceId)
        .arg(alarm.serviceName);
}

QString AlarmTableModel::timeText(qint64 msecs)
{
    if (msecs <= 0)
        return {};
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecs);
    const QLocale locale;
    if (time.date() == QDate::currentDate())
        return locale.toString(time.time(), QStringLiteral("HH:mm:ss"));
    return locale.toString(time, QLocale::ShortFormat);
}

QString AlarmTableModel::display(const Alarm &alarm, int column) const
{
    switch (column) {
    case SeverityColumn: return AlarmText::title(alarm.severity);
    case ServiceColumn: return serviceText(alarm);
    case SinceColumn: return timeText(alarm.raisedAtMs);
    case ClearedColumn: return alarm.isActive() ? tr("Active") : timeText(alarm.clearedAtMs);
    case MessageColumn: return AlarmText::title(alarm.type) + QStringLiteral(": ") + AlarmText::message(alarm);
    case AcknowledgedColumn: return alarm.acknowledged ? timeText(alarm.acknowledgedAtMs) : tr("No");
    }
    return {};
}

QVariant AlarmTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alarms.size())
        return {};
    const Alarm &alarm = m_alarms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(alarm, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == ServiceColumn)
            return display(alarm, index.column());
        if (index.column() == SinceColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(alarm.raisedAtMs), QLocale::LongFormat);
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return UiIcons::icon(alarm.severity == AlarmSeverity::Minor ? "level-warning" : "level-critical");
        return {};
    case Qt::ForegroundRole:
        if (!alarm.isActive())
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case Qt::FontRole:
        if (alarm.isActive() && !alarm.acknowledged) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case AlarmIdRole:
        return alarm.id;
    case ServiceIdRole:
        return alarm.serviceId;
    case SeverityRole:
        return int(alarm.severity);
    case SortRole:
        switch (index.column()) {
        case SeverityColumn: return int(alarm.severity);
        case SinceColumn: return alarm.raisedAtMs;
        case ClearedColumn: return alarm.isActive() ? std::numeric_limits<qint64>::max() : alarm.clearedAtMs;
        case AcknowledgedColumn: return alarm.acknowledgedAtMs;
        default: return display(alarm, index.column());
        }
    }
    return {};
}

QVariant AlarmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case ServiceColumn: return tr("Service");
    case SinceColumn: return tr("Since");
    case ClearedColumn: return tr("Cleared");
    case MessageColumn: return tr("Message");
    case AcknowledgedColumn: return tr("Acknowledged");
    }
    return {};
}

QByteArray AlarmTableModel::toCsv(const QList<Alarm> &alarms)
{
    QByteArray out("id,raised_utc,cleared_utc,severity,type,service_id,service,acknowledged_utc,message\n");
    for (const Alarm &alarm : alarms) {
        const QList<QByteArray> fields{QByteArray::number(alarm.id),
                                       isoUtc(alarm.raisedAtMs).toUtf8(),
                                       isoUtc(alarm.clearedAtMs).toUtf8(),
                                       toWire(alarm.severity).toUtf8(),
                                       toWire(alarm.type).toUtf8(),
                                       QByteArray::number(alarm.serviceId),
                                       csvField(alarm.serviceName),
                                       isoUtc(alarm.acknowledged ? alarm.acknowledgedAtMs : 0).toUtf8(),
                                       csvField(AlarmText::message(alarm))};
        out += fields.join(',') + '\n';
    }
    return out;
}

} // namespace srtdesk
