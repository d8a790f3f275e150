// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ServicePane.h"

class QAbstractItemView;
class QLabel;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace srtdesk {

class ColumnFitter;
class OverviewModel;
class ServiceManager;

// Every service at a glance (OverviewModel) as a table or as tiles, paired services next to
// each other. The table sorts by any column; a third click on a header goes back to the pairs'
// order. While there is no service at all, a hint with buttons to add the first ones.
class OverviewPane final : public ServicePane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPane)

public:
    explicit OverviewPane(ServiceManager &manager, QWidget *parent = nullptr);

    OverviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListView *tiles() const { return m_tiles; }
    void setTilesShown(bool tiles);
    bool tilesShown() const;

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
    void createTable();
    void createTiles();
    QWidget *createHintPage();
    void fitColumns();
    void connectView(QAbstractItemView *view);
    void showContextMenu(QAbstractItemView *view, const QPoint &pos);
    void updatePage();
    void retranslateUi();
    QAbstractItemView *shownView() const;

    OverviewModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QListView *m_tiles = nullptr;
    ColumnFitter *m_fitter = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_addRx = nullptr;
    QPushButton *m_addTx = nullptr;
    bool m_tilesShown = false;
};

} // namespace srtdesk
