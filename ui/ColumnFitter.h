// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QHeaderView;
class QTableView;

namespace srtdesk {

// Keeps a table's columns inside its width. Each column has a preferred width (its default,
// or what the operator dragged it to) and a minimum; while the preferred widths of the columns
// shown do not fit, the elastic columns (names, addresses, messages) give up room in proportion
// to what they have above their minimum, and their texts are elided (the full text is in the
// tooltip). A narrow window thus shows every column rather than a horizontal scroll bar. The
// last column shown takes the room left.
class ColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)

public:
    struct Column
    {
        int logical = 0;
        int preferred = 100;
        int minimum = 40;
        bool elastic = false;
    };

    // Sets the preferred widths on `view`; its last column takes the room left.
    ColumnFitter(QTableView &view, const QList<Column> &columns);

    // A width that shows `sample` (and a header `title`) whole in the view's font, plus padding
    // for the cell margins, a sort indicator and an icon when `withIcon`.
    static int widthFor(const QTableView &view, const QString &sample, const QString &title, bool withIcon = false);

    // The widths now on the header become the preferred ones (after restoring a saved state).
    void adoptCurrentWidths();
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSectionResized(int logical, int oldSize, int newSize);
    int lastVisible() const;
    void fitSoon();

    QTableView &m_view;
    // Kept apart from m_view: its events still come while the view is half destroyed, when
    // calling m_view.viewport() would be undefined behaviour.
    QWidget *const m_viewport;
    QHeaderView &m_header;
    QList<Column> m_columns;
    bool m_fitting = false;
    bool m_pending = false;
};

} // namespace srtdesk
