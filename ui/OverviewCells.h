// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/OverviewRow.h"
#include "ui/StatsThresholds.h"

#include <QCoreApplication>
#include <QVariant>

namespace srtdesk {

// The overview's cells from a row: text, tooltip, sort value and level of each column, and
// whether a column's cell differs between two versions of a row (what a tick signals).
// Translated in the overview's context.
class OverviewCells
{
    Q_DECLARE_TR_FUNCTIONS(srtdesk::OverviewModel)

public:
    OverviewCells() = default;

    QVariant display(const OverviewRow &row, int column) const;
    QVariant toolTip(const OverviewRow &row, int column) const;
    QVariant sortValue(const OverviewRow &row, int column) const;
    HealthLevel level(const OverviewRow &row, int column) const;
    bool changed(const OverviewRow &old, const OverviewRow &fresh, int column) const;
    // The bit rate and its sparkline in words (tooltip, screen readers).
    QString rateText(const OverviewRow &row) const;
    // What a screen reader says of a cell: the sparkline in words, a name without the arrow.
    QVariant accessibleText(const OverviewRow &row, int column) const;

    static QString kindText(ServiceKind kind);
    static QString encryptionText(const ServiceConfig &config);
    static QString peerText(const ServiceStatus &status);

private:
    QString lossToolTip(const OverviewRow &row) const;
};

} // namespace srtdesk
