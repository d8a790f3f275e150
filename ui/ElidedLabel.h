// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

namespace srtdesk {

// A one-line label that gives up width before its neighbours do: too narrow, it ends its text
// with "…" and shows the whole text as its tooltip. (A QLabel never shrinks below its text, so
// in a status bar it pushes the widgets on its right out of sight instead.)
class ElidedLabel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateToolTip();

    QString m_text;
};

} // namespace srtdesk
