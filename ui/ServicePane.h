// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceEnums.h"

#include <QList>
#include <QWidget>

#include <optional>

namespace srtdesk {

// One view of services in the window's tabs (the overview, the RX table, the TX table): it
// knows rows and selection, not what is done with them; the window connects its signals to
// the commands.
class ServicePane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicePane)

public:
    using QWidget::QWidget;

    // Names the pane's widgets and its saved header state: "overview", "rx", "tx".
    virtual QString key() const = 0;
    // The kind of service it shows; nullopt: both.
    virtual std::optional<ServiceKind> kind() const = 0;
    bool shows(ServiceKind serviceKind) const { return !kind() || *kind() == serviceKind; }

    virtual void setNameFilter(const QString &text) = 0;
    // The current row's service when it is selected, else the first selected one; 0: none.
    virtual qint64 currentServiceId() const = 0;
    virtual QList<qint64> selectedServiceIds() const = 0; // ascending
    // Makes the service's row current and selected; false when it is not shown here.
    virtual bool selectService(qint64 id) = 0;
    // Selects exactly these (those shown), the first one current.
    virtual void selectServices(const QList<qint64> &ids) = 0;

    virtual QByteArray saveHeaderState() const = 0;
    virtual void restoreHeaderState(const QByteArray &state) = 0;

signals:
    void selectionChanged();
    void editRequested();                    // double-click, or Enter on a row
    void addRequested(srtdesk::ServiceKind kind); // a first-run hint's button
    // Right-click (or the menu key) at `globalPos`; the row under it (if any) is selected first.
    void contextMenuRequested(const QPoint &globalPos, bool onRow);
};

} // namespace srtdesk
