// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FieldSpinBox.h"

#include <algorithm>
#include <limits>

namespace srtdesk {

namespace {

int toInt(qint64 value)
{
    return int(std::clamp<qint64>(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

} // namespace

FieldSpinBox::FieldSpinBox(qint64 validMinimum, qint64 validMaximum, QWidget *parent)
    : QSpinBox(parent), m_validMinimum(toInt(validMinimum)), m_validMaximum(toInt(validMaximum))
{
    // 0 stays reachable below a positive minimum: it is how an unset port or FEC size shows.
    setRange(std::min(0, m_validMinimum), std::numeric_limits<int>::max());
    setAccelerated(true);
    setGroupSeparatorShown(false);
}

void FieldSpinBox::stepBy(int steps)
{
    const qint64 next = qint64(value()) + qint64(steps) * singleStep();
    setValue(int(std::clamp<qint64>(next, m_validMinimum, m_validMaximum)));
    selectAll();
}

QAbstractSpinBox::StepEnabled FieldSpinBox::stepEnabled() const
{
    if (isReadOnly())
        return StepNone;
    StepEnabled enabled = StepNone;
    if (value() < m_validMaximum)
        enabled |= StepUpEnabled;
    if (value() > m_validMinimum)
        enabled |= StepDownEnabled;
    return enabled;
}

} // namespace srtdesk
