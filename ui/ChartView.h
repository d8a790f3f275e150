// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

namespace srtdesk {

// A chart that the operator moves through time: the mouse wheel zooms around the pointer,
// dragging pans, a double-click goes back to the present; with the keyboard, ← and → pan,
// + and − (or ↑ and ↓) zoom, Home goes back to the present. It only asks (signals): the panel
// owns the range, shared by its charts.
class ChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

signals:
    // factor < 1 zooms in; `anchor` is where, from 0 (left edge of the plot) to 1 (right edge),
    // NaN from the keyboard: the middle, or the present while the range follows it.
    void zoomRequested(double factor, double anchor);
    // By `fraction` of the range shown; positive towards the present.
    void panRequested(double fraction);
    void presentRequested();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    double anchorAt(const QPointF &position) const;

    bool m_dragging = false;
    double m_lastX = 0;
};

} // namespace srtdesk
