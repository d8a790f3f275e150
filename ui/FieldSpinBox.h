// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSpinBox>

namespace srtdesk {

// A spin box for a whole-number field of the field table. Its arrows, wheel and page keys
// stay within the field's valid range, but any whole number can be typed: a value outside
// the range stays as typed and the validator's message says what is allowed, instead of
// the keystroke being dropped (70000 must not silently become 7000 in a port field).
class FieldSpinBox final : public QSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldSpinBox)

public:
    FieldSpinBox(qint64 validMinimum, qint64 validMaximum, QWidget *parent = nullptr);

    int validMinimum() const { return m_validMinimum; }
    int validMaximum() const { return m_validMaximum; }

    void stepBy(int steps) override;

protected:
    StepEnabled stepEnabled() const override;

private:
    int m_validMinimum;
    int m_validMaximum;
};

} // namespace srtdesk
