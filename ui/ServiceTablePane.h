// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceEnums.h"

#include <QList>
#include <QStackedWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace srtdesk {

class ServiceManager;
class ServiceTableModel;

// The services of one kind as a sortable, filterable table, or, while there are none, a hint
// with a button to add the first one. Knows rows and selection, not what is done with them:
// the window connects its signals to the commands.
class ServiceTablePane final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceTablePane)

public:
    ServiceTablePane(ServiceManager &manager, ServiceKind kind, QWidget *parent = nullptr);

    ServiceKind kind() const;
    ServiceTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // "rx" or "tx": names the table's widgets and its saved header state.
    QString key() const;

    void setNameFilter(const QString &text);
    // The current row's service when it is selected, else the first selected one; 0: none.
    qint64 currentServiceId() const;
    QList<qint64> selectedServiceIds() const; // ascending
    // Makes the service's row current and selected; false when it is not shown here.
    bool selectService(qint64 id);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void selectionChanged();
    void editRequested();  // double-click, or Enter on a row
    void addRequested();   // the first-run hint's button
    // Right-click at `globalPos`; the row under it (if any) is selected first.
    void contextMenuRequested(const QPoint &globalPos, bool onRow);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createView();
    QWidget *createHintPage();
    void setDefaultColumnWidths();
    void showColumnMenu(const QPoint &pos);
    void onContextMenu(const QPoint &pos);
    void onActivated();
    void updateEmptyHint();
    void retranslateUi();

    ServiceTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_hintButton = nullptr;
};

} // namespace srtdesk
