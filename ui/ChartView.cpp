// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ChartView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace srtdesk {

namespace {

constexpr double kZoomStep = 0.8;  // one wheel notch or key press
constexpr double kPanStep = 0.1;   // of the range, per arrow key press

} // namespace

ChartView::ChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setDragMode(QGraphicsView::NoDrag);
    setRubberBand(QChartView::NoRubberBand);
    setCursor(Qt::OpenHandCursor);
}

double ChartView::anchorAt(const QPointF &position) const
{
    const QRectF plot = chart()->plotArea();
    if (plot.width() <= 0)
        return 1.0;
    const QPointF inScene = mapToScene(position.toPoint());
    return std::clamp((inScene.x() - plot.left()) / plot.width(), 0.0, 1.0);
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    const double notches = double(delta) / 120.0;
    emit zoomRequested(std::pow(kZoomStep, notches), anchorAt(event->position()));
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_lastX = event->position().x();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    const double width = chart()->plotArea().width();
    if (m_dragging && width > 0) {
        const double dx = event->position().x() - m_lastX;
        m_lastX = event->position().x();
        if (dx != 0)
            emit panRequested(-dx / width); // dragging to the right looks further back
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    emit presentRequested();
    event->accept();
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        emit panRequested(-kPanStep);
        break;
    case Qt::Key_Right:
        emit panRequested(kPanStep);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Up:
        emit zoomRequested(kZoomStep, std::nan(""));
        break;
    case Qt::Key_Minus:
    case Qt::Key_Down:
        emit zoomRequested(1.0 / kZoomStep, std::nan(""));
        break;
    case Qt::Key_Home:
    case Qt::Key_End:
        emit presentRequested();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace srtdesk
