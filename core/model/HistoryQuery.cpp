// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/HistoryQuery.h"

#include <QDateTime>
#include <QStringList>

namespace srtdesk {

namespace {

void refuseUnknown(const QUrlQuery &query, const QStringList &known, FieldErrors &errors)
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!known.contains(item.first)) {
            errors.append({item.first.left(40), HistoryQuery::tr("%1 is not a parameter of this path (%2).")
                                                    .arg(item.first.left(40), known.join(QStringLiteral(", ")))});
        }
    }
}

int readLimit(const QUrlQuery &query, int fallback, FieldErrors &errors)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return fallback;
    bool ok = false;
    const int limit = query.queryItemValue(QStringLiteral("limit")).trimmed().toInt(&ok);
    if (!ok || limit < 1 || limit > HistoryQuery::kMaxLimit) {
        errors.append({QStringLiteral("limit"),
                       HistoryQuery::tr("limit must be a whole number from 1 to %1.").arg(HistoryQuery::kMaxLimit)});
        return fallback;
    }
    return limit;
}

} // namespace

qint64 HistoryQuery::parseTime(const QString &text)
{
    // A '+' of an offset arrives as a space when the client did not percent-encode it.
    QString normalized = text.trimmed();
    normalized.replace(QLatin1Char(' '), QLatin1Char('+'));
    QDateTime time = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!time.isValid())
        return -1;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    const qint64 msecs = time.toMSecsSinceEpoch();
    return msecs >= 0 ? msecs : -1;
}

HistoryQuery::Events HistoryQuery::events(const QUrlQuery &query)
{
    Events result;
    refuseUnknown(query, {QStringLiteral("since"), QStringLiteral("limit")}, result.errors);
    if (query.hasQueryItem(QStringLiteral("since"))) {
        const QString text = query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded);
        result.sinceMs = parseTime(text);
        if (result.sinceMs < 0) {
            result.errors.append({QStringLiteral("since"),
                                  tr("since must be an ISO 8601 time such as 2026-01-31T08:00:00Z (got \"%1\").")
                                      .arg(text.left(40))});
        }
    }
    result.limit = readLimit(query, kDefaultEventLimit, result.errors);
    return result;
}

HistoryQuery::Alarms HistoryQuery::alarms(const QUrlQuery &query)
{
    Alarms result;
    refuseUnknown(query, {QStringLiteral("all"), QStringLiteral("limit")}, result.errors);
    if (query.hasQueryItem(QStringLiteral("all"))) {
        const QString all = query.queryItemValue(QStringLiteral("all")).trimmed();
        if (all == QLatin1String("1") || all.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            result.all = true;
        else if (all != QLatin1String("0") && all.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
            result.errors.append({QStringLiteral("all"), tr("all must be 1 (cleared alarms too) or 0.")});
    }
    result.limit = readLimit(query, kDefaultAlarmLimit, result.errors);
    return result;
}

} // namespace srtdesk
