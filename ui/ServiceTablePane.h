// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ServicePane.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace srtdesk {

class ColumnFitter;
class ServiceManager;
class ServiceTableModel;

// The services of one kind as a sortable, filterable table, or, while there are none, a hint
// with a button to add the first one. Its columns fit the window's width (ColumnFitter).
class ServiceTablePane final : public ServicePane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceTablePane)

public:
    ServiceTablePane(ServiceManager &manager, ServiceKind kind, QWidget *parent = nullptr);

    ServiceTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    QString key() const override;
    std::optional<ServiceKind> kind() const override;
    void setNameFilter(const QString &text) override;
    qint64 currentServiceId() const override;
    QList<qint64> selectedServiceIds() const override;
    bool selectService(qint64 id) override;
    void selectServices(const QList<qint64> &ids) override;
    QByteArray saveHeaderState() const override;
    void restoreHeaderState(const QByteArray &state) override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createView();
    QWidget *createHintPage();
    void fitColumns();
    ServiceKind serviceKind() const;
    void showColumnMenu(const QPoint &pos);
    void onContextMenu(const QPoint &pos);
    void onActivated();
    void updateEmptyHint();
    void retranslateUi();

    ServiceTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    ColumnFitter *m_fitter = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_hintButton = nullptr;
};

} // namespace srtdesk
