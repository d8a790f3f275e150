// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QTableView>
#include <QTimer>

namespace srtdesk {

ColumnFitter::ColumnFitter(QTableView &view, const QList<Column> &columns)
    : QObject(&view)
    , m_view(view)
    , m_viewport(view.viewport())
    , m_header(*view.horizontalHeader())
    , m_columns(columns)
{
    // The last column takes the room left here (fit()): QHeaderView's own stretching never
    // shrinks it below the width it had, which pushed the header past a narrow viewport.
    m_header.setStretchLastSection(false);
    m_header.setTextElideMode(Qt::ElideRight);
    {
        const QScopedValueRollback<bool> fitting(m_fitting, true);
        for (const Column &c : std::as_const(m_columns))
            m_header.resizeSection(c.logical, c.preferred);
    }
    m_viewport->installEventFilter(this);
    connect(&m_header, &QHeaderView::sectionResized, this, &ColumnFitter::onSectionResized);
    connect(&m_header, &QHeaderView::sectionMoved, this, &ColumnFitter::fitSoon);
}

int ColumnFitter::widthFor(const QTableView &view, const QString &sample, const QString &title, bool withIcon)
{
    const QFontMetrics metrics = view.fontMetrics();
    QFont bold = view.font();
    bold.setBold(true);
    const int header = QFontMetrics(bold).horizontalAdvance(title) + 28; // margins and sort arrow
    const int cell = metrics.horizontalAdvance(sample) + 16 + (withIcon ? 22 : 0);
    return std::max(header, cell);
}

void ColumnFitter::adoptCurrentWidths()
{
    const int last = lastVisible();
    for (Column &c : m_columns) {
        const int size = m_header.sectionSize(c.logical);
        if (c.logical != last && size > 0)
            c.preferred = std::max(size, c.minimum);
    }
    fitSoon();
}

int ColumnFitter::lastVisible() const
{
    for (int visual = m_header.count() - 1; visual >= 0; --visual) {
        const int logical = m_header.logicalIndex(visual);
        if (!m_header.isSectionHidden(logical))
            return logical;
    }
    return -1;
}

void ColumnFitter::onSectionResized(int logical, int oldSize, int newSize)
{
    if (m_fitting)
        return;
    if (newSize == 0 || oldSize == 0) { // hidden or shown again: the others share the room anew
        fitSoon();
        return;
    }
    if (logical == lastVisible())
        return; // the header stretches it
    for (Column &c : m_columns) {
        if (c.logical == logical)
            c.preferred = std::max(newSize, c.minimum); // the operator's choice
    }
}

void ColumnFitter::fitSoon()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        fit();
    });
}

void ColumnFitter::fit()
{
    if (!m_view.isVisible())
        return; // a hidden view's width means nothing yet; showing it resizes the viewport
    const int available = m_view.viewport()->width();
    const int last = lastVisible();
    int need = 0;
    int slack = 0; // what the elastic columns can give up
    for (const Column &c : std::as_const(m_columns)) {
        if (m_header.isSectionHidden(c.logical))
            continue;
        // The last column takes what is left (the header stretches it): it needs its minimum.
        need += c.logical == last ? c.minimum : c.preferred;
        if (c.elastic && c.logical != last)
            slack += c.preferred - c.minimum;
    }
    const int excess = std::max(0, need - available);
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    int used = 0;
    int lastMinimum = 0;
    for (const Column &c : std::as_const(m_columns)) {
        if (m_header.isSectionHidden(c.logical))
            continue;
        if (c.logical == last) {
            lastMinimum = c.minimum;
            continue;
        }
        int width = c.preferred;
        if (excess > 0 && c.elastic && slack > 0)
            width -= int(std::min<qint64>(c.preferred - c.minimum, qint64(excess) * (c.preferred - c.minimum) / slack + 1));
        width = std::max(width, c.minimum);
        m_header.resizeSection(c.logical, width);
        used += width;
    }
    if (last >= 0)
        m_header.resizeSection(last, std::max(lastMinimum, available - used));
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fitSoon();
    return QObject::eventFilter(watched, event);
}

} // namespace srtdesk
